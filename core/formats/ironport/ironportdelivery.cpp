#include "ironportlines.h"

// Delivery lines: "New SMTP DCID", "DCID <dcid> ...", delivery start/done, bounces and connection errors.

namespace IronPortLines {

// "New SMTP DCID <dcid> interface <local-ip> address <remote-ip> [port <port>]"
void parseNewDcid(ByteScanner& scan, ParsedEvent* event)
{
    event->set(EventKind::DeliveryConnect, Side::Client);
    QByteArrayView dcid;
    if (!scan.digits(&dcid))
        return;
    addConnectionId(event, FieldKey::Dcid, dcid);
    const QByteArrayView rest = scan.rest();
    event->add(FieldKey::LocalIp, labelled(rest, " interface ", " "));
    event->add(FieldKey::PeerIp, labelled(rest, " address ", " "));
    addNumber(event, FieldKey::PeerPort, labelled(rest, " port ", " "));
}

// "Delivery start DCID <d> MID <m> to RID [<rids>] [to <quarantine>]" and "Message done DCID <d> MID <m> to
// RID [<rids>] [<header list>|(<note>)]".
void parseDeliveryIds(ByteScanner& scan, ParsedEvent* event)
{
    QByteArrayView id;
    if (takeId(scan, "DCID ", &id))
        addConnectionId(event, FieldKey::Dcid, id);
    scan.skipSpaces();
    if (takeId(scan, "MID ", &id))
        event->add(FieldKey::Mid, id);
    scan.skipSpaces();
    if (scan.literal("to"))
        event->add(FieldKey::Rid, ridList(scan));
    scan.skipSpaces();
}

// "Bounced:"/"Delayed:" of the mail log ("DCID[:] d (MID|Message) m [From: <s> To: <r>] to [RID ]r - x.y.z -
// <reason> ('<code>', [...]) [<hdrs>]") and of the bounce log ("<mid>:<rid> From:<s> To:<r> Reason: "..."
// Response: "...""). Also "Double bounce: (MID|Message) m to [RID ]r - ...".
void parseBounce(QByteArrayView text, EventKind kind, ParsedEvent* event)
{
    event->set(kind, Side::Client);
    ByteScanner scan(text);
    QByteArrayView mid, rid;
    {
        ByteScanner probe = scan;
        if (probe.digits(&mid) && probe.literal(':') && probe.digits(&rid)) { // bounce log
            event->add(FieldKey::Mid, mid);
            event->add(FieldKey::Rid, rid);
            const QByteArrayView rest = probe.rest();
            event->add(FieldKey::Sender, address(labelled(rest, "From:")));
            event->add(FieldKey::Recipient, address(labelled(rest, "To:")));
            const QByteArrayView reason = reprString(labelled(rest, "Reason: "));
            const QByteArrayView dsn = Bytes::enhancedStatusIn(reason);
            event->add(FieldKey::EnhancedStatus, dsn);
            event->add(FieldKey::Reply, dsn.isEmpty() ? reason : labelled(reason, " - "));
            const std::uint32_t code = tupleReplyCode(labelled(rest, "Response: "));
            if (code != 0)
                event->addNumber(FieldKey::ReplyCode, code);
            return;
        }
    }
    if (takeLabelledDcid(scan, event))
        scan.skipSpaces();
    QByteArrayView id;
    if (takeId(scan, "MID ", &id) || takeId(scan, "Message ", &id))
        event->add(FieldKey::Mid, id);
    const QByteArrayView rest = scan.rest();
    const qsizetype dash = rest.indexOf(" - ");
    const QByteArrayView head = dash < 0 ? rest : rest.first(dash);
    event->add(FieldKey::Sender, address(labelled(head, "From: ")));
    event->add(FieldKey::Recipient, address(labelled(head, "To: ")));
    // "RID <r>" (or "to <r>" in the oldest form)
    qsizetype ridAt = head.lastIndexOf("RID ");
    if (ridAt < 0) {
        ridAt = head.lastIndexOf(" to ");
        if (ridAt >= 0)
            ridAt += 4;
    }
    if (ridAt >= 0) {
        ByteScanner ridScan(head.sliced(ridAt));
        event->add(FieldKey::Rid, ridList(ridScan));
    }
    if (dash < 0)
        return;
    QByteArrayView reason = rest.sliced(dash + 3);
    const QByteArrayView dsn = Bytes::enhancedStatusIn(reason);
    event->add(FieldKey::EnhancedStatus, dsn);
    if (!dsn.isEmpty() && reason.sliced(dsn.size()).startsWith(" - "))
        reason = reason.sliced(dsn.size() + 3);
    // drop the logged header list after the reply tuple: "... ('550', [...]) []"
    if (reason.endsWith(']')) {
        const qsizetype list = reason.lastIndexOf(") [");
        if (list >= 0)
            reason.truncate(list + 1);
    }
    event->add(FieldKey::Reply, reason);
    const std::uint32_t code = tupleReplyCode(reason);
    if (code != 0)
        event->addNumber(FieldKey::ReplyCode, code);
}

// "Connection Error: DCID: <d> IP: <ip> details: <d> interface: <ip> reason: <r>" (older releases put the
// reason first: "Connection Error: connection timed out DCID: <d> IP: ...").
void parseConnectionError(QByteArrayView rest, ParsedEvent* event)
{
    event->set(EventKind::DeliveryConnect, Side::Client);
    event->add(FieldKey::Status, QByteArrayView("error"));
    addLooseIds(rest, event);
    event->add(FieldKey::PeerIp, labelled(rest, "IP: ", " "));
    event->add(FieldKey::LocalIp, labelled(rest, "interface: ", " "));
    QByteArrayView reason = labelled(rest, "reason: ");
    if (reason.isEmpty()) {
        const qsizetype dcid = rest.indexOf("DCID");
        reason = dcid > 0 ? rest.first(dcid).trimmed() : labelled(rest, "details: ", " interface:");
    }
    event->add(FieldKey::Reply, reason);
}

// "DCID <dcid> close|TLS success ...|TLS failed: ...|IP <ip> TLS was required but ..."
void parseDcidLine(QByteArrayView dcid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event)
{
    addConnectionId(event, FieldKey::Dcid, dcid);
    scan.skipSpaces();
    const QByteArrayView what = scan.rest();
    if (what == "close") {
        event->set(EventKind::DeliveryDisconnect, Side::Client);
        return;
    }
    if (scan.literal("IP ")) {
        event->add(FieldKey::PeerIp, scan.token());
        scan.skipSpaces();
    }
    if (scan.literal("TLS ")) {
        setTls(event, Side::Client, scan.rest());
        return;
    }
    setOther(event, Side::Client, message);
}

} // namespace IronPortLines
