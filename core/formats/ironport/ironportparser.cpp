#include "ironportparser.h"

#include "parsing/bytescanner.h"
#include "parsing/syslogheader.h"
#include "parsing/timestamps.h"

// formats.md section 1. Every line is "<header> <Level>: <message>"; the message starts with a fixed phrase
// ("New SMTP ICID", "MID n ...", "Delivery start ...") that decides the line type. Everything works on the
// record's bytes: field views point into it, nothing is allocated.

namespace {

using Bytes::isDigit;

bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isAlnum(char c)
{
    return isDigit(c) || isAlpha(c);
}

// The appliance pads some lines with a trailing space (corpus: "ICID 60140291 close ").
QByteArrayView chopBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

// ---------------------------------------------------------------------------------------------------------
// Header

// "<Level>: " (or "<Level>:" ending the line); returns the bytes used, 0 if there is no level.
qsizetype levelPrefix(QByteArrayView text)
{
    static constexpr QByteArrayView levels[] = { "Info", "Warning", "Critical", "Debug", "Trace" };
    for (QByteArrayView level : levels) {
        const qsizetype n = level.size();
        if (text.size() > n && text.startsWith(level) && text[n] == ':') {
            if (text.size() == n + 1)
                return n + 1;
            if (text[n + 1] == ' ')
                return n + 2;
        }
    }
    return 0;
}

bool isWeekday(QByteArrayView text)
{
    static constexpr QByteArrayView days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    for (QByteArrayView day : days) {
        if (text.startsWith(day))
            return true;
    }
    return false;
}

struct Header
{
    enum Match {
        None, // no timestamp header at all
        TimeOnly, // a timestamp (and syslog host/tag) but no IronPort level
        Full,
    };
    CivilTime time;
    QByteArrayView host;
    QByteArrayView program;
    QByteArrayView message;
    bool syslog = false;
};

// "Oct 19 06:33:29 2011 host tag: ..." (syslog-ng configured to add the year; seen in third-party parsers).
bool parseSyslogWithYear(QByteArrayView line, Header* header)
{
    QByteArrayView text = line;
    if (text.startsWith('<')) {
        const qsizetype close = text.indexOf('>');
        if (close < 2 || close > 4)
            return false;
        text = text.sliced(close + 1);
    }
    CivilTime time;
    const qsizetype used = Timestamps::parseBsd(text, &time);
    if (used == 0 || text.size() < used + 7 || text[used] != ' ' || text[used + 5] != ' ')
        return false;
    for (qsizetype i = used + 1; i < used + 5; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    time.year = int(Bytes::toUInt(text.sliced(used + 1, 4)));
    ByteScanner scan(text.sliced(used + 6));
    QByteArrayView first = scan.token();
    QByteArrayView host;
    if (!first.endsWith(':')) {
        host = first;
        if (!scan.literal(' '))
            return false;
        first = scan.token();
        if (!first.endsWith(':'))
            return false;
    }
    first.chop(1);
    const qsizetype bracket = first.indexOf('[');
    if (bracket >= 0)
        first.truncate(bracket);
    if (first.isEmpty())
        return false;
    scan.literal(' ');
    header->time = time;
    header->host = host;
    header->program = first;
    header->message = scan.rest();
    header->syslog = true;
    return true;
}

Header::Match readHeader(QByteArrayView line, Header* header)
{
    // File form: "Wed Mar 27 09:14:02 2024 Info: ..."
    if (line.size() > 4 && isWeekday(line) && line[3] == ' ') {
        const qsizetype used = Timestamps::parseCtime(line, &header->time);
        if (used == 0)
            return Header::None;
        if (used >= line.size() || line[used] != ' ')
            return Header::TimeOnly;
        const QByteArrayView rest = line.sliced(used + 1);
        const qsizetype level = levelPrefix(rest);
        if (level == 0)
            return Header::TimeOnly;
        header->message = rest.sliced(level);
        return Header::Full;
    }
    if (line.isEmpty() || !(line.front() == '<' || isAlnum(line.front())))
        return Header::None;
    if (!parseSyslogWithYear(line, header)) {
        SyslogHeader syslog;
        if (!syslog.parse(line))
            return Header::None;
        header->time = syslog.time;
        header->host = syslog.host;
        header->program = syslog.tag;
        header->message = syslog.message;
        header->syslog = true;
    }
    const qsizetype level = levelPrefix(header->message);
    if (level == 0)
        return Header::TimeOnly;
    header->message = header->message.sliced(level);
    return Header::Full;
}

// ---------------------------------------------------------------------------------------------------------
// Pieces of messages

// "<word><digits>" at the scanner, the digits ending at a word boundary; consumed only if it matches.
bool takeId(ByteScanner& scan, QByteArrayView word, QByteArrayView* id)
{
    ByteScanner probe = scan;
    if (!probe.literal(word) || !probe.digits(id) || isAlnum(probe.peek()))
        return false;
    scan = probe;
    return true;
}

// ICID 0 and DCID 0 stand for "no real connection" (generated mail, DNS failures): not a key to group by.
void addConnectionId(ParsedEvent* event, FieldKey key, QByteArrayView id)
{
    if (id != "0")
        event->add(key, id);
}

// The first "MID n" / "ICID n" / "DCID n" / "RCID n" anywhere in text, not preceded by a letter (so that
// "CrtMID" does not count), also as "MID: n". Keys the event already has are left alone.
void addLooseIds(QByteArrayView text, ParsedEvent* event)
{
    static constexpr struct
    {
        QByteArrayView word;
        FieldKey key;
    } words[] = { { "MID", FieldKey::Mid }, { "ICID", FieldKey::Icid }, { "DCID", FieldKey::Dcid },
        { "RCID", FieldKey::Rcid } };
    for (const auto& word : words) {
        if (event->find(word.key))
            continue;
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype at = text.indexOf(word.word, from);
            if (at < 0)
                break;
            from = at + word.word.size();
            if (at > 0 && isAlpha(text[at - 1]))
                continue;
            qsizetype i = from;
            if (i < text.size() && text[i] == ':')
                ++i;
            if (i >= text.size() || text[i] != ' ')
                continue;
            const qsizetype start = ++i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            if (i == start || (i < text.size() && isAlpha(text[i])))
                continue;
            const QByteArrayView id = text.sliced(start, i - start);
            if (word.key == FieldKey::Mid || word.key == FieldKey::Rcid)
                event->add(word.key, id);
            else
                addConnectionId(event, word.key, id);
            break;
        }
    }
}

// An envelope address as logged: "<a@b>" (brackets dropped, "<>" gives nothing) or a bare word.
QByteArrayView address(QByteArrayView text)
{
    if (text.startsWith('<')) {
        const qsizetype close = text.indexOf('>');
        return close < 0 ? text.sliced(1) : text.sliced(1, close - 1);
    }
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

// A string printed by Python's repr(): '...', or "..." when the text holds a quote, with backslash escapes.
// The escapes stay as logged (a view cannot hold the unescaped text). Unquoted text (newer releases) is taken
// as it is; a missing closing quote (truncated line) takes the rest. *after receives what follows.
QByteArrayView reprString(QByteArrayView text, QByteArrayView* after = nullptr)
{
    if (after)
        *after = {};
    if (text.isEmpty() || (text.front() != '\'' && text.front() != '"'))
        return text;
    const char quote = text.front();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (after)
                *after = text.sliced(i + 1);
            return text.sliced(1, i - 1);
        }
    }
    return text.sliced(1);
}

// A recipient list "[0, 1]" (with or without a leading "RID "), or a single number: the list as logged
// without the brackets. Consumes it.
QByteArrayView ridList(ByteScanner& scan)
{
    scan.skipSpaces();
    if (scan.literal("RID"))
        scan.skipSpaces();
    QByteArrayView digits;
    if (scan.digits(&digits))
        return digits;
    if (!scan.literal('['))
        return {};
    const QByteArrayView list = scan.upTo(']');
    scan.literal(']');
    return list.trimmed();
}

// The SMTP code of a Python reply tuple "('550', ['5.1.1 ...'])" in text; 0 if none (DNS errors log '000').
std::uint32_t tupleReplyCode(QByteArrayView text)
{
    qsizetype at = text.indexOf("('");
    if (at < 0)
        at = text.indexOf("(\"");
    if (at < 0 || at + 6 > text.size())
        return 0;
    const QByteArrayView code = text.sliced(at + 2, 3);
    if (text[at + 5] != text[at + 1] || !isDigit(code[0]) || !isDigit(code[1]) || !isDigit(code[2]))
        return 0;
    const std::uint32_t value = Bytes::toUInt(code);
    return value >= 200 && value < 600 ? value : 0;
}

void addNumber(ParsedEvent* event, FieldKey key, QByteArrayView digits)
{
    bool ok = false;
    const std::uint32_t value = Bytes::toUInt(digits, &ok);
    if (ok)
        event->addNumber(key, value);
}

// The text after "<label>" in text, up to the next " <word>:" label of the same line ("IP: a details: b").
QByteArrayView labelled(QByteArrayView text, QByteArrayView label, QByteArrayView next = {})
{
    const qsizetype at = text.indexOf(label);
    if (at < 0)
        return {};
    QByteArrayView value = text.sliced(at + label.size());
    if (!next.isEmpty()) {
        const qsizetype end = value.indexOf(next);
        if (end >= 0)
            value.truncate(end);
    }
    return value.trimmed();
}

void setOther(ParsedEvent* event, Side side, QByteArrayView message)
{
    event->set(EventKind::Other, side);
    event->add(FieldKey::Reply, message);
    addLooseIds(message, event);
}

// ---------------------------------------------------------------------------------------------------------
// Connection lines

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

// Everything after "ICID <icid> ".
void parseIcidLine(QByteArrayView icid, QByteArrayView what, QByteArrayView message, ParsedEvent* event)
{
    addConnectionId(event, FieldKey::Icid, icid);
    ByteScanner scan(what);

    // HAT decision: "<POLICY> SG <group> match <rule> SBRS <score> [country <c>]"
    qsizetype word = 0;
    while (word < what.size() && ((what[word] >= 'A' && what[word] <= 'Z') || what[word] == '_'))
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
        event->set(EventKind::Tls, Side::Server);
        const QByteArrayView rest = scan.rest();
        event->add(FieldKey::Tls, rest);
        if (rest.startsWith("success"))
            event->add(FieldKey::Status, QByteArrayView("success"));
        else if (rest.startsWith("failed") || rest.startsWith("was required"))
            event->add(FieldKey::Status, QByteArrayView("failed"));
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

// ---------------------------------------------------------------------------------------------------------
// Message lines: "MID <mid> ..."

bool startsWithAny(QByteArrayView text, std::initializer_list<QByteArrayView> prefixes)
{
    for (QByteArrayView prefix : prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    return false;
}

// "MID <mid> ICID <icid> ..." (envelope lines). ICID 0 marks a message made by the appliance itself.
void parseEnvelope(QByteArrayView icid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event)
{
    const Side side = icid == "0" ? Side::Internal : Side::Server;
    addConnectionId(event, FieldKey::Icid, icid);
    scan.skipSpaces();
    if (scan.literal("From:")) {
        scan.skipSpaces();
        event->set(EventKind::MailFrom, side);
        event->add(FieldKey::Sender, address(scan.rest()));
        return;
    }
    QByteArrayView rid;
    if (takeId(scan, "RID ", &rid)) {
        event->add(FieldKey::Rid, rid);
        scan.skipSpaces();
        event->set(EventKind::RcptTo, side);
        if (scan.literal("To:")) {
            scan.skipSpaces();
            event->add(FieldKey::Recipient, address(scan.rest()));
        }
        return;
    }
    if (scan.literal("To:")) { // "To: <rcpt> Rejected by <RAT/LDAPACCEPT/...>"
        scan.skipSpaces();
        const QByteArrayView rest = scan.rest();
        event->set(EventKind::Rejected, Side::Server);
        event->add(FieldKey::Stage, QByteArrayView("RCPT"));
        event->add(FieldKey::Recipient, address(rest));
        event->add(FieldKey::Verdict, labelled(rest, " Rejected by "));
        return;
    }
    const QByteArrayView verdict = scan.rest();
    if (scan.literal("invalid bounce")) { // bounce verification
        const QByteArrayView rest = scan.rest();
        const QByteArrayView rcpt = labelled(rest, "rcpt address ", " ");
        if (!rcpt.isEmpty() && rest.contains("rejected")) {
            event->set(EventKind::Rejected, Side::Server);
            event->add(FieldKey::Stage, QByteArrayView("RCPT"));
            event->add(FieldKey::Recipient, address(rcpt));
        } else {
            event->set(EventKind::ScanVerdict, Side::Internal);
        }
        event->add(FieldKey::Verdict, verdict);
        return;
    }
    setOther(event, side, message);
}

// "MID <new> [was ]generated based on MID <old> by ..." / "... generated for bounce of MID <old>"
bool parseGenerated(QByteArrayView what, ParsedEvent* event)
{
    ByteScanner scan(what);
    scan.literal("was ");
    if (!scan.literal("generated "))
        return false;
    const bool bounce = scan.literal("for bounce of ");
    if (!bounce && !scan.literal("based on "))
        return false;
    event->set(bounce ? EventKind::DsnGenerated : EventKind::Derived, Side::Internal);
    QByteArrayView parent;
    if (takeId(scan, "MID ", &parent))
        event->add(FieldKey::ParentId, parent);
    scan.skipSpaces();
    if (scan.literal("by "))
        event->add(FieldKey::Verdict, scan.rest());
    return true;
}

void parseMidLine(QByteArrayView mid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event)
{
    event->add(FieldKey::Mid, mid);
    scan.literal(','); // "Warning: MID 77120, Message Scanning Problem: ..."
    scan.skipSpaces();
    const QByteArrayView what = scan.rest();

    QByteArrayView id;
    if (takeId(scan, "ICID ", &id)) {
        parseEnvelope(id, scan, message, event);
        return;
    }
    if (scan.literal("Message-ID")) {
        scan.skipSpaces();
        event->set(EventKind::Header, Side::Server);
        event->add(FieldKey::MessageId, reprString(scan.rest()));
        return;
    }
    if (scan.literal("Subject")) {
        scan.literal(' ');
        event->set(EventKind::Header, Side::Server);
        event->add(FieldKey::Subject, reprString(scan.rest()));
        return;
    }
    if (scan.literal("ready ")) { // "ready <bytes> bytes from <sender>"
        event->set(EventKind::Accepted, Side::Server);
        QByteArrayView size;
        if (scan.digits(&size))
            addNumber(event, FieldKey::Size, size);
        scan.skipSpaces();
        scan.literal("bytes");
        scan.skipSpaces();
        if (scan.literal("from "))
            event->add(FieldKey::Sender, address(scan.rest()));
        return;
    }
    if (what.startsWith("RID")) { // "RID [<rids>] Response '<text>'" (3.7: unquoted)
        const QByteArrayView rids = ridList(scan);
        scan.skipSpaces();
        if (!scan.literal("Response")) {
            setOther(event, Side::Client, message);
            event->add(FieldKey::Rid, rids);
            return;
        }
        scan.skipSpaces();
        event->set(EventKind::SmtpReply, Side::Client);
        event->add(FieldKey::Rid, rids);
        const QByteArrayView reply = reprString(scan.rest());
        event->add(FieldKey::Reply, reply);
        const std::uint32_t code = Bytes::leadingReplyCode(reply);
        if (code != 0)
            event->addNumber(FieldKey::ReplyCode, code);
        event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(reply));
        event->add(FieldKey::NextHopId, Bytes::nextHopIdIn(reply));
        return;
    }
    if (scan.literal("to ")) { // "to [RID ][<rids>] pending till <ctime> [<profile>]"
        const QByteArrayView rids = ridList(scan);
        scan.skipSpaces();
        if (scan.rest().startsWith("pending")) {
            event->set(EventKind::Queued, Side::Internal);
            event->add(FieldKey::Rid, rids);
            event->add(FieldKey::Status, QByteArrayView("pending"));
            event->add(FieldKey::Reply, scan.rest());
            return;
        }
        setOther(event, Side::Internal, message);
        return;
    }
    if (what.startsWith("queued for delivery")) {
        event->set(EventKind::Queued, Side::Internal);
        return;
    }
    if (scan.literal("was split creating ")) {
        event->set(EventKind::Derived, Side::Internal);
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::ChildId, id);
        event->add(FieldKey::Verdict, labelled(scan.rest(), "due to "));
        return;
    }
    if (scan.literal("rewritten to ")) { // "rewritten to [MID ]<new> by <agent> [filter '<f>']"
        event->set(EventKind::Derived, Side::Internal);
        scan.literal("MID ");
        if (scan.digits(&id))
            event->add(FieldKey::ChildId, id);
        event->add(FieldKey::Verdict, labelled(scan.rest(), "by "));
        return;
    }
    if (parseGenerated(what, event))
        return;
    if (what.startsWith("quarantined to ")) {
        event->set(EventKind::Quarantined, Side::Internal);
        event->add(FieldKey::Verdict, what);
        return;
    }
    if (what.startsWith("was dropped by ") || what.startsWith("was bounced by ")) { // pre-4.5 filter actions
        event->set(what[4] == 'd' ? EventKind::Dropped : EventKind::Bounced, Side::Internal);
        event->add(FieldKey::Verdict, what.sliced(4));
        return;
    }
    if (startsWithAny(what,
            { "interim ", "using engine", "antivirus", "AMP ", "Outbreak Filters", "Virus Threat Level", "URL ", "SPF:",
                "DKIM:", "DomainKeys:", "DMARC:", "SDR:", "DLP ", "Custom Log Entry", "was too big", "masquerading ",
                "IncomingRelay", "attachment ", "matched all recipients", "Brightmail ", "Message Scanning Problem",
                "Global unsubscribe", "released ", "deleted from ", "could not be split" })) {
        event->set(EventKind::ScanVerdict, Side::Internal);
        event->add(FieldKey::Verdict, what);
        return;
    }
    setOther(event, Side::Internal, message);
}

// ---------------------------------------------------------------------------------------------------------
// Delivery lines

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
    QByteArrayView id;
    if (scan.literal("DCID")) {
        scan.literal(':');
        scan.skipSpaces();
        if (scan.digits(&id))
            addConnectionId(event, FieldKey::Dcid, id);
        scan.skipSpaces();
    }
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
        event->set(EventKind::Tls, Side::Client);
        const QByteArrayView rest = scan.rest();
        event->add(FieldKey::Tls, rest);
        if (rest.startsWith("success"))
            event->add(FieldKey::Status, QByteArrayView("success"));
        else if (rest.startsWith("failed") || rest.startsWith("was required"))
            event->add(FieldKey::Status, QByteArrayView("failed"));
        return;
    }
    setOther(event, Side::Client, message);
}

// ---------------------------------------------------------------------------------------------------------
// Quarantine, routing and system lines

// "ISQ: Tagging MID m for quarantine", "ISQ: Quarantined MID m", "ISQ: Reinjected MID a as MID b" (EUQ: before 5.0)
void parseSpamQuarantine(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(rest);
    QByteArrayView mid, child;
    if (scan.literal("Reinjected ") && takeId(scan, "MID ", &mid)) {
        event->set(EventKind::Derived, Side::Internal);
        event->add(FieldKey::Mid, mid);
        scan.skipSpaces();
        if (scan.literal("as ") && takeId(scan, "MID ", &child))
            event->add(FieldKey::ChildId, child);
        event->add(FieldKey::Verdict, rest);
        return;
    }
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    const bool into = rest.startsWith("Tagging") || rest.startsWith("Quarantined");
    event->set(into ? EventKind::Quarantined : EventKind::ScanVerdict, Side::Internal);
    event->add(FieldKey::Verdict, rest);
}

// "RPC Delivery start RCID r MID m to local IronPort Spam Quarantine", "RPC Message done RCID r MID m", ...
void parseRpc(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    event->set(EventKind::Quarantined, Side::Internal);
    event->add(FieldKey::Verdict, rest);
    if (rest.startsWith("Message rejected"))
        event->add(FieldKey::Status, QByteArrayView("rejected"));
}

// "Alias match: MID m RID r recipient <r> mapped to <list>", "LDAP: <Action> query <q> MID m RID r address <a>"
void parseRouting(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    event->set(EventKind::ScanVerdict, Side::Internal);
    const qsizetype ridAt = rest.indexOf("RID");
    if (ridAt >= 0) { // "RID 0", older "RID: 0"
        ByteScanner scan(rest.sliced(ridAt + 3));
        scan.literal(':');
        scan.skipSpaces();
        QByteArrayView rid;
        if (scan.digits(&rid))
            event->add(FieldKey::Rid, rid);
    }
    QByteArrayView rcpt = labelled(rest, "recipient ", " ");
    if (rcpt.isEmpty())
        rcpt = labelled(rest, "address ", " ");
    event->add(FieldKey::Recipient, address(rcpt));
    event->add(FieldKey::Verdict, message);
}

// "Time offset from UTC: -21600 seconds"
void parseTimeOffset(QByteArrayView rest, ParsedEvent* event)
{
    ByteScanner scan(rest.trimmed());
    const bool negative = scan.literal('-');
    if (!negative)
        scan.literal('+');
    std::uint64_t seconds = 0;
    if (!scan.number(&seconds) || seconds > 86400)
        return;
    event->declaresUtcOffset = true;
    event->utcOffsetSeconds = negative ? -int(seconds) : int(seconds);
}

// Housekeeping not tied to a message (formats.md phase SYS).
bool parseSystemLine(QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(message);
    if (scan.literal("Version: ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        event->add(FieldKey::SerialNumber, labelled(message, " SN: ", " "));
        return true;
    }
    if (scan.literal("Time offset from UTC: ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        parseTimeOffset(scan.rest(), event);
        return true;
    }
    // "Status:" lines hold counters named CrtMID, CrtICID...: never read IDs from them.
    if (startsWithAny(message,
            { "Begin Logfile", "End Logfile", "Status:", "Internal SMTP", "DNS ", "lame DNS", "CASE cache status",
                "Checkpoint", "Deliveries are currently", "SenderBase upload", "Senderbase upload",
                "SMTP server starting", "SMTP server shut" })
        || message.contains(" alert was sent to ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        return true;
    }
    return false;
}

void parseMessage(QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(message);
    QByteArrayView id;

    if (takeId(scan, "MID ", &id)) {
        parseMidLine(id, scan, message, event);
        return;
    }
    if (takeId(scan, "ICID ", &id)) {
        scan.skipSpaces();
        parseIcidLine(id, scan.rest(), message, event);
        return;
    }
    if (takeId(scan, "DCID ", &id)) {
        parseDcidLine(id, scan, message, event);
        return;
    }
    if (scan.literal("New SMTP ICID ")) {
        parseNewIcid(scan, event);
        return;
    }
    if (scan.literal("New SMTP DCID ")) {
        parseNewDcid(scan, event);
        return;
    }
    if (scan.literal("Start MID ")) { // "Start MID <mid> ICID <icid> [(ISQ Notification)]"
        QByteArrayView icid;
        if (scan.digits(&id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        takeId(scan, "ICID ", &icid);
        addConnectionId(event, FieldKey::Icid, icid);
        event->set(EventKind::MailFrom, icid == "0" ? Side::Internal : Side::Server);
        scan.skipSpaces();
        event->add(FieldKey::Verdict, Bytes::unwrap(scan.rest(), '(', ')'));
        return;
    }
    if (scan.literal("Delivery start ")) {
        event->set(EventKind::DeliveryStart, Side::Client);
        parseDeliveryIds(scan, event);
        if (scan.literal("to "))
            event->add(FieldKey::Relay, scan.rest()); // "to offbox IronPort Spam Quarantine"
        return;
    }
    if (scan.literal("Message done ")) {
        event->set(EventKind::Delivered, Side::Client);
        parseDeliveryIds(scan, event);
        if (scan.peek() == '(')
            event->add(FieldKey::Verdict, Bytes::unwrap(scan.rest(), '(', ')')); // "(external quarantine)"
        return;
    }
    if (scan.literal("Message finished ")) { // "Message finished MID <mid> done|aborted"
        event->set(EventKind::Finished, Side::Internal);
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        event->add(FieldKey::Status, scan.token());
        return;
    }
    if (scan.literal("Message aborted ")) {
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        const QByteArrayView why = scan.rest();
        if (why.startsWith("Receiving aborted") || why.startsWith("Injection aborted")) {
            // the client went away or refused during DATA
            event->set(EventKind::Rejected, Side::Server);
            event->add(FieldKey::Status, QByteArrayView("aborted"));
            event->add(FieldKey::Stage, QByteArrayView("DATA"));
            event->add(FieldKey::Reply, why);
        } else if (why.startsWith("Bounced by ")) {
            event->set(EventKind::Bounced, Side::Internal);
            event->add(FieldKey::Verdict, why.sliced(11));
        } else {
            event->set(EventKind::Dropped, Side::Internal);
            event->add(FieldKey::Verdict, why.startsWith("Dropped by ") ? why.sliced(11) : why);
        }
        return;
    }
    if (scan.literal("Message ") && scan.digits(&id)) { // pre-4.5 "Message <mid> to [0] pending till ..."
        event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        if (scan.literal("to")) {
            const QByteArrayView rids = ridList(scan);
            scan.skipSpaces();
            if (scan.rest().startsWith("pending")) {
                event->set(EventKind::Queued, Side::Internal);
                event->add(FieldKey::Rid, rids);
                event->add(FieldKey::Status, QByteArrayView("pending"));
                event->add(FieldKey::Reply, scan.rest());
                return;
            }
        }
        setOther(event, Side::Internal, message);
        return;
    }
    scan = ByteScanner(message);
    if (scan.literal("Bounced: ")) {
        parseBounce(scan.rest(), EventKind::Bounced, event);
        return;
    }
    if (scan.literal("Delayed: ")) {
        parseBounce(scan.rest(), EventKind::Deferred, event);
        return;
    }
    if (scan.literal("Double bounce: ")) {
        parseBounce(scan.rest(), EventKind::Bounced, event);
        event->add(FieldKey::Status, QByteArrayView("double bounce"));
        return;
    }
    if (scan.literal("Connection Error: ")) {
        parseConnectionError(scan.rest(), event);
        return;
    }
    if (scan.literal("Possible Delivery: ")) { // "Possible Delivery: DCID: d MID m to [<rids>]"
        event->set(EventKind::Delivered, Side::Client);
        event->add(FieldKey::Status, QByteArrayView("possible"));
        if (scan.literal("DCID")) {
            scan.literal(':');
            scan.skipSpaces();
            if (scan.digits(&id))
                addConnectionId(event, FieldKey::Dcid, id);
        }
        parseDeliveryIds(scan, event);
        return;
    }
    if (scan.literal("Deleted: ")) { // "Deleted: MID m to [<rids>]" (deleterecipients)
        event->set(EventKind::Dropped, Side::Internal);
        event->add(FieldKey::Status, QByteArrayView("deleted"));
        parseDeliveryIds(scan, event);
        return;
    }
    if (scan.literal("SMTP Auth")) {
        parseSmtpAuth(scan.rest(), event);
        return;
    }
    if (scan.literal("SMTP server connection killed")) {
        event->set(EventKind::Disconnect, Side::Server);
        event->add(FieldKey::Status, QByteArrayView("killed"));
        addLooseIds(message, event);
        return;
    }
    if (scan.literal("SMTP client connection killed")) {
        event->set(EventKind::DeliveryDisconnect, Side::Client);
        event->add(FieldKey::Status, QByteArrayView("killed"));
        addLooseIds(message, event);
        return;
    }
    if (scan.literal("ISQ: ") || scan.literal("EUQ: ")) {
        parseSpamQuarantine(scan.rest(), message, event);
        return;
    }
    if (scan.literal("RPC ")) {
        parseRpc(scan.rest(), message, event);
        return;
    }
    if (scan.literal("Alias match: ") || scan.literal("LDAP: ") || scan.literal("Global unsubscribe ")) {
        parseRouting(scan.rest(), message, event);
        return;
    }
    if (parseSystemLine(message, event))
        return;
    setOther(event, Side::None, message);
}

} // namespace

int IronPortParser::recognise(QByteArrayView line) const
{
    Header header;
    return readHeader(line, &header) == Header::Full ? 2 : 0;
}

bool IronPortParser::startsRecord(QByteArrayView line) const
{
    // Any timestamped line starts a record; only header-less lines continue one (formats.md 1.6).
    Header header;
    return readHeader(line, &header) != Header::None;
}

bool IronPortParser::parse(QByteArrayView record, ParsedEvent* event) const
{
    Header header;
    const Header::Match match = readHeader(record, &header);
    if (match == Header::None)
        return false;
    event->time = header.time;
    event->host = header.host;
    event->program = header.program;
    event->pid = 0;
    if (match == Header::TimeOnly) {
        if (!header.syslog)
            return false; // a ctime stamp without a level: not an IronPort line
        // another program's line in a shared syslog file: understood as far as syslog goes
        event->set(EventKind::Other, Side::None);
        event->add(FieldKey::Reply, chopBlanks(header.message));
        return true;
    }
    event->set(EventKind::Other, Side::None);
    parseMessage(chopBlanks(header.message), event);
    return true;
}
