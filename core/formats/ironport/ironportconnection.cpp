#include "ironportlines.h"

// Connection lines: "New SMTP ICID", "ICID <icid> ..." (HAT policy, TLS, sender checks, disconnects) and SMTP AUTH.

namespace IronPortLines {

// "New SMTP ICID <icid> interface <ifname> (<ifip>) address <ip> reverse dns host <rdns> verified <yes/no>";
// very old: "... interface <ifname> address <ip>".
void parseNewIcid(ByteScanner& scan, ParsedEvent* event)
{
    event->set(EventKind::Connect, Side::Server);
    QByteArrayView icid;
    if (!scan.digits(&icid))
        return;
    addConnectionId(event, FieldKey::Icid, icid);
    scan.skipSpaces();
    if (!scan.literal("interface ") && !scan.literal("Interface "))
        return;
    const QByteArrayView rest = scan.rest();
    const qsizetype addressAt = rest.indexOf(" address ");
    const QByteArrayView head = addressAt < 0 ? rest : rest.first(addressAt);
    // the listener name may contain spaces ("Data 1"); its IP is the last parenthesis
    const qsizetype open = head.lastIndexOf(" (");
    if (open >= 0) {
        event->add(FieldKey::Interface, head.first(open));
        QByteArrayView ip = head.sliced(open + 2);
        if (ip.endsWith(')'))
            ip.chop(1);
        event->add(FieldKey::LocalIp, ip);
    } else {
        event->add(FieldKey::Interface, head);
    }
    if (addressAt < 0)
        return;
    ByteScanner tail(rest.sliced(addressAt + 9));
    event->add(FieldKey::PeerIp, tail.token());
    tail.skipSpaces();
    if (!tail.literal("reverse dns host"))
        return;
    tail.skipSpaces(); // vendor logs show "host  name" with two spaces
    const QByteArrayView rdns = tail.token();
    if (rdns != "unknown" && rdns != "verified")
        event->add(FieldKey::PeerHost, rdns);
    tail.skipSpaces();
    if (tail.rest().startsWith("verified"))
        event->add(FieldKey::Verdict, tail.rest());
}

// Everything after "ICID <icid> ".
void parseIcidLine(QByteArrayView icid, QByteArrayView what, QByteArrayView message, ParsedEvent* event)
{
    addConnectionId(event, FieldKey::Icid, icid);
    ByteScanner scan(what);

    // HAT decision: "<POLICY> SG <group> match <rule> SBRS <score> [country <c>]"
    qsizetype word = 0;
    while (word < what.size() && (Bytes::isUpper(what[word]) || what[word] == '_'))
        ++word;
    if (word > 0 && what.sliced(word).startsWith(" SG ")) {
        const QByteArrayView policy = what.first(word);
        qsizetype end = word + 4;
        while (end < what.size() && what[end] != ' ')
            ++end;
        const bool refused = policy == "REJECT" || policy == "TCPREFUSE";
        event->set(refused ? EventKind::Rejected : EventKind::Connect, Side::Server);
        event->add(FieldKey::Verdict, what.first(end));
        if (refused)
            event->add(FieldKey::Stage, QByteArrayView("CONNECT"));
        return;
    }
    if (what.startsWith("SBRS ")) { // 3.7 short form
        event->set(EventKind::Connect, Side::Server);
        event->add(FieldKey::Verdict, what);
        return;
    }
    if (what.startsWith("Delayed HAT REJECT")) {
        // the connection is refused, but the answer is given at RCPT so that recipients get logged
        event->set(EventKind::Rejected, Side::Server);
        event->add(FieldKey::Verdict, what.first(18)); // "Delayed HAT REJECT"
        event->add(FieldKey::Stage, QByteArrayView("RCPT"));
        const qsizetype open = what.lastIndexOf('(');
        if (open >= 0)
            event->add(FieldKey::PeerIp, Bytes::unwrap(what.sliced(open), '(', ')'));
        return;
    }
    if (scan.literal("TLS ")) {
        setTls(event, Side::Server, scan.rest());
        return;
    }
    if (scan.literal("Address: ")) { // sender verification
        const QByteArrayView sender = scan.token();
        scan.skipSpaces();
        const bool rejected = scan.rest().startsWith("sender rejected");
        event->set(rejected ? EventKind::Rejected : EventKind::ScanVerdict, Side::Server);
        event->add(FieldKey::Sender, address(sender));
        if (rejected) {
            event->add(FieldKey::Stage, QByteArrayView("MAIL"));
            event->add(FieldKey::Reply, labelled(scan.rest(), ", "));
        } else {
            event->add(FieldKey::Verdict, scan.rest());
        }
        return;
    }
    if (scan.literal("Invalid sender address")) {
        event->set(EventKind::Rejected, Side::Server);
        event->add(FieldKey::Stage, QByteArrayView("MAIL"));
        scan.literal(':');
        event->add(FieldKey::Reply, scan.rest().trimmed());
        return;
    }
    QByteArrayView mid;
    if (takeId(scan, "MID ", &mid)) { // "ICID i MID m Invalid recipient address: <why> '<raw>'"
        event->add(FieldKey::Mid, mid);
        scan.skipSpaces();
        if (scan.literal("Invalid recipient address")) {
            event->set(EventKind::Rejected, Side::Server);
            event->add(FieldKey::Stage, QByteArrayView("RCPT"));
            scan.literal(':');
            const QByteArrayView reason = scan.rest().trimmed();
            event->add(FieldKey::Reply, reason); // ends with the offending text, not always an address
            return;
        }
        setOther(event, Side::Server, message);
        return;
    }
    if (scan.literal("Receiving Failed: ") || scan.literal("Injection Failed: ")) {
        event->set(EventKind::Rejected, Side::Server);
        const QByteArrayView reason = scan.rest();
        // connection-level limits refuse the session; the others (size, loop) refuse the message at DATA
        const bool connection = reason.startsWith("Connection") || reason.startsWith("Protocol")
            || reason.startsWith("Resources") || reason.startsWith("Memory") || reason.startsWith("Queue");
        event->add(FieldKey::Stage, QByteArrayView(connection ? "CONNECT" : "DATA"));
        event->add(FieldKey::Reply, reason);
        return;
    }
    if (what.startsWith("Unknown command") || what.startsWith("Bad syntax for command")) {
        event->set(EventKind::Other, Side::Server);
        event->add(FieldKey::Reply, what);
        return;
    }
    if (scan.literal("Connection from ")) { // "... lost after n seconds (DNS query took n seconds), before ..."
        event->set(EventKind::Disconnect, Side::Server);
        event->add(FieldKey::PeerIp, scan.token());
        event->add(FieldKey::Status, QByteArrayView("lost"));
        const qsizetype lost = what.indexOf("lost after");
        if (lost >= 0)
            event->add(FieldKey::Reply, what.sliced(lost));
        return;
    }
    if (scan.literal("disconnected address ")) {
        event->set(EventKind::Disconnect, Side::Server);
        QByteArrayView ip = scan.token();
        if (ip.endsWith(','))
            ip.chop(1);
        event->add(FieldKey::PeerIp, ip);
        event->add(FieldKey::Status, QByteArrayView("disconnected"));
        scan.skipSpaces();
        event->add(FieldKey::Reply, scan.rest());
        return;
    }
    if (what == "lost" || what == "close") {
        event->set(EventKind::Disconnect, Side::Server);
        event->add(FieldKey::Status, what);
        return;
    }
    setOther(event, Side::Server, message);
}

// "SMTP Auth: (ICID <icid>) succeeded/failed for user: <u> using AUTH mechanism: <m> with profile: <p>",
// also without the colon after "Auth" (older releases).
void parseSmtpAuth(QByteArrayView rest, ParsedEvent* event)
{
    event->set(EventKind::Auth, Side::Server);
    ByteScanner scan(rest);
    scan.literal(':');
    scan.skipSpaces();
    QByteArrayView icid;
    if (scan.literal('(') && takeId(scan, "ICID ", &icid)) {
        addConnectionId(event, FieldKey::Icid, icid);
        scan.literal(')');
    }
    scan.skipSpaces();
    const QByteArrayView what = scan.rest();
    if (what.startsWith("succeeded"))
        event->add(FieldKey::Status, QByteArrayView("succeeded"));
    else if (what.startsWith("failed") || what.startsWith("was required"))
        event->add(FieldKey::Status, QByteArrayView("failed"));
    const QByteArrayView user = labelled(what, "for user: ", " using AUTH");
    event->add(FieldKey::SaslUser, user);
    event->add(FieldKey::Reply, what);
    addLooseIds(what, event);
}

} // namespace IronPortLines
