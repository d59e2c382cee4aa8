#include "postfixparser.h"

#include "parsing/bytescanner.h"
#include "parsing/syslogheader.h"

namespace {

using Bytes::unwrapAngle;

bool isUpperHex(char c)
{
    return Bytes::isDigit(c) || (c >= 'A' && c <= 'F');
}

// A queue ID: short (upper-case hex, 6+), long (base-52 time, 'z', inode; 10+), or NOQUEUE. formats.md 2.2
bool isQueueId(QByteArrayView text)
{
    if (text == "NOQUEUE")
        return true;
    if (text.size() < 6 || text.size() > 32)
        return false;
    bool allHex = true;
    bool hasZ = false;
    for (char c : text) {
        if (!Bytes::isAlnum(c))
            return false;
        allHex = allHex && isUpperHex(c);
        hasZ = hasZ || c == 'z';
    }
    return allHex || (hasZ && text.size() >= 10);
}

// The daemon is the last component of the tag: postfix/smtpd, postfix-out/smtp, postfix/submission/smtpd.
QByteArrayView daemonOf(QByteArrayView tag)
{
    const qsizetype slash = tag.lastIndexOf('/');
    return slash < 0 ? tag : tag.sliced(slash + 1);
}

bool isPostfixTag(QByteArrayView tag)
{
    return tag.startsWith("postfix") || tag.startsWith("postlog");
}

// Splits "key=value" items. Values in <...> may hold separators. With commas the items are ", "-separated
// (delivery and qmgr lines); otherwise space-separated (reject lines).
template <typename Callback>
void forEachKeyValue(QByteArrayView text, bool commas, Callback callback)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        const qsizetype keyStart = i;
        while (i < text.size() && text[i] != '=' && text[i] != ' ' && text[i] != ',')
            ++i;
        if (i >= text.size() || text[i] != '=') {
            // not a key=value item: skip the word
            while (i < text.size() && text[i] != (commas ? ',' : ' '))
                ++i;
            continue;
        }
        const QByteArrayView key = text.sliced(keyStart, i - keyStart);
        ++i;
        const qsizetype valueStart = i;
        if (i < text.size() && text[i] == '<') {
            const qsizetype close = text.indexOf('>', i);
            i = close < 0 ? text.size() : close + 1;
        } else {
            while (i < text.size() && text[i] != (commas ? ',' : ' '))
                ++i;
        }
        callback(key, text.sliced(valueStart, i - valueStart));
    }
}

void addHostIp(ParsedEvent* event, QByteArrayView hostIp)
{
    QByteArrayView host, ip, port;
    if (!Bytes::splitHostIp(hostIp, &host, &ip, &port)) {
        event->add(FieldKey::PeerHost, hostIp);
        return;
    }
    event->add(FieldKey::PeerHost, host);
    event->add(FieldKey::PeerIp, ip);
    bool ok = false;
    const std::uint32_t number = Bytes::toUInt(port, &ok);
    if (ok)
        event->addNumber(FieldKey::PeerPort, number);
}

// "... from name[ip]" or "... from name[ip]:port" at the end of text (or before "; " / ": ").
QByteArrayView clientAfterFrom(QByteArrayView text)
{
    const qsizetype at = text.indexOf(" from ");
    if (at < 0)
        return {};
    QByteArrayView rest = text.sliced(at + 6);
    const qsizetype close = rest.indexOf(']');
    if (close < 0)
        return {};
    qsizetype end = close + 1;
    if (end + 1 < rest.size() && rest[end] == ':' && Bytes::isDigit(rest[end + 1])) {
        ++end;
        while (end < rest.size() && Bytes::isDigit(rest[end]))
            ++end;
    }
    return rest.first(end);
}

// The first "name[ip]" word in free text ("lost connection with mx[192.0.2.1] while ...").
QByteArrayView firstHostIp(QByteArrayView text)
{
    const qsizetype open = text.indexOf('[');
    const qsizetype close = open < 0 ? -1 : text.indexOf(']', open);
    if (close < 0)
        return {};
    const qsizetype start = text.first(open).lastIndexOf(' ') + 1;
    return text.sliced(start, close + 1 - start);
}

// The reply inside a status text: "host mx[ip] said: 550 5.1.1 No such user (in reply to RCPT TO command)"
// or a local reply "250 2.0.0 Ok: queued as X".
void addReply(ParsedEvent* event, QByteArrayView text)
{
    event->add(FieldKey::Reply, text);
    QByteArrayView reply = text;
    const qsizetype said = text.indexOf(" said: ");
    if (said >= 0)
        reply = text.sliced(said + 7);
    const std::uint32_t code = Bytes::leadingReplyCode(reply);
    if (code != 0)
        event->addNumber(FieldKey::ReplyCode, code);
    const QByteArrayView next = Bytes::nextHopIdIn(text);
    if (!next.isEmpty())
        event->add(FieldKey::NextHopId, next);
}

EventKind deliveryKind(QByteArrayView status)
{
    if (status == "sent" || status == "deliverable" || status == "delivered" || status == "relayed"
        || status == "expanded")
        return EventKind::Delivered;
    if (status == "deferred" || status == "SOFTBOUNCE" || status == "delayed")
        return EventKind::Deferred;
    if (status == "bounced" || status == "undeliverable" || status == "failed")
        return EventKind::Bounced;
    if (status == "expired")
        return EventKind::Expired;
    return EventKind::Other;
}

// QID: to=<r>, orig_to=<o>, relay=R, delay=D, delays=a/b/c/d, dsn=x.y.z, status=S (text)
bool parseDelivery(QByteArrayView message, ParsedEvent* event)
{
    const qsizetype statusAt = message.indexOf(", status=");
    if (statusAt < 0)
        return false;
    QByteArrayView statusPart = message.sliced(statusAt + 9);
    const qsizetype space = statusPart.indexOf(' ');
    const QByteArrayView status = space < 0 ? statusPart : statusPart.first(space);
    QByteArrayView text = space < 0 ? QByteArrayView() : statusPart.sliced(space + 1);
    if (text.startsWith('(') && text.endsWith(')'))
        text = text.sliced(1, text.size() - 2);

    event->set(deliveryKind(status), Side::Client);
    event->add(FieldKey::Status, status);
    forEachKeyValue(message.first(statusAt), true, [event](QByteArrayView key, QByteArrayView value) {
        if (key == "to") {
            event->add(FieldKey::Recipient, unwrapAngle(value));
        } else if (key == "orig_to") {
            event->add(FieldKey::OrigRecipient, unwrapAngle(value));
        } else if (key == "relay") {
            event->add(FieldKey::Relay, value);
            if (value.contains('['))
                addHostIp(event, value);
        } else if (key == "delay") {
            bool ok = false;
            const std::uint32_t ms = Bytes::secondsToMilliseconds(value, &ok);
            if (ok)
                event->addNumber(FieldKey::Delay, ms);
        } else if (key == "dsn") {
            event->add(FieldKey::EnhancedStatus, value);
        } else if (key == "tls") {
            event->add(FieldKey::Tls, value);
        }
    });
    if (!text.isEmpty()) {
        addReply(event, text);
        static constexpr QByteArrayView forwardedAs("forwarded as ");
        const qsizetype forwarded = text.indexOf(forwardedAs);
        if (forwarded >= 0)
            event->add(FieldKey::ChildId, text.sliced(forwarded + forwardedAs.size()).trimmed());
    }
    return true;
}

// [QID|NOQUEUE]: <action>: <STAGE> from name[ip]: <reply>; from=<s> to=<r> proto=P helo=<h>
// Actions: reject, reject_warning, hold, discard, redirect, filter, bcc, warn, info, hangup and milter-*.
bool parseAction(QByteArrayView message, ParsedEvent* event, Side side)
{
    const qsizetype colon = message.indexOf(": ");
    if (colon <= 0)
        return false;
    const QByteArrayView action = message.first(colon);
    for (char c : action) {
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-'))
            return false;
    }
    QByteArrayView rest = message.sliced(colon + 2);
    const qsizetype semicolon = rest.lastIndexOf("; from=");
    const qsizetype kvAt = semicolon >= 0 ? semicolon : rest.lastIndexOf("; ");
    QByteArrayView head = kvAt >= 0 ? rest.first(kvAt) : rest;
    const QByteArrayView keyValues = kvAt >= 0 ? rest.sliced(kvAt + 2) : QByteArrayView();

    EventKind kind = EventKind::ScanVerdict;
    if (action == "reject" || action == "milter-reject")
        kind = EventKind::Rejected;
    else if (action == "discard" || action == "milter-discard")
        kind = EventKind::Dropped;
    else if (action == "hold" || action == "milter-hold")
        kind = EventKind::Quarantined;
    else if (action == "hangup")
        kind = EventKind::Disconnect;
    event->set(kind, side);
    event->add(FieldKey::Verdict, action);

    // "<STAGE> from name[ip]: text" (smtpd, postscreen) or "header|body <text> from name[ip]; ..." (cleanup)
    qsizetype stageEnd = 0;
    while (stageEnd < head.size() && ((head[stageEnd] >= 'A' && head[stageEnd] <= 'Z') || head[stageEnd] == '-'))
        ++stageEnd;
    if (stageEnd > 0 && head.sliced(stageEnd).startsWith(" from "))
        event->add(FieldKey::Stage, head.first(stageEnd));
    const QByteArrayView client = clientAfterFrom(head);
    if (!client.isEmpty()) {
        addHostIp(event, client);
        const qsizetype textAt = head.indexOf(client) + client.size();
        if (head.sliced(textAt).startsWith(": "))
            head = head.sliced(textAt + 2);
    }
    event->add(FieldKey::Reply, head);
    const std::uint32_t code = Bytes::leadingReplyCode(head);
    if (code != 0)
        event->addNumber(FieldKey::ReplyCode, code);
    event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(head));

    forEachKeyValue(keyValues, keyValues.contains(", "), [event](QByteArrayView key, QByteArrayView value) {
        if (key == "from")
            event->add(FieldKey::Sender, unwrapAngle(value));
        else if (key == "to")
            event->add(FieldKey::Recipient, unwrapAngle(value));
        else if (key == "helo")
            event->add(FieldKey::Helo, unwrapAngle(value));
        else if (key == "sasl_username")
            event->add(FieldKey::SaslUser, value);
    });
    return true;
}

bool parseSmtpd(QByteArrayView qid, QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(message);
    if (scan.literal("connect from ")) {
        event->set(EventKind::Connect, Side::Server);
        addHostIp(event, scan.rest());
        return true;
    }
    if (scan.literal("disconnect from ")) {
        event->set(EventKind::Disconnect, Side::Server);
        addHostIp(event, scan.token());
        event->add(FieldKey::Verdict, scan.rest().trimmed()); // the command counters
        return true;
    }
    if (message.startsWith("lost connection after ") || message.startsWith("timeout after ")
        || message.startsWith("too many errors after ")) {
        event->set(EventKind::Disconnect, Side::Server);
        const qsizetype after = message.indexOf(" after ");
        const QByteArrayView stageAndClient = message.sliced(after + 7);
        const qsizetype from = stageAndClient.indexOf(" from ");
        event->add(FieldKey::Status, message.first(after));
        if (from > 0)
            event->add(FieldKey::Stage, stageAndClient.first(from));
        addHostIp(event, clientAfterFrom(message));
        return true;
    }
    if (!qid.isEmpty() && scan.literal("client=")) {
        event->set(EventKind::MailFrom, Side::Server);
        const QByteArrayView client = scan.upTo(',');
        addHostIp(event, client);
        forEachKeyValue(scan.rest(), true, [event](QByteArrayView key, QByteArrayView value) {
            if (key == "sasl_username")
                event->add(FieldKey::SaslUser, value);
            else if (key == "orig_queue_id")
                event->add(FieldKey::ParentId, value);
        });
        return true;
    }
    if (message.contains(" TLS connection ")) {
        event->set(EventKind::Tls, Side::Server);
        addHostIp(event, clientAfterFrom(message));
        event->add(FieldKey::Tls, message);
        return true;
    }
    if (scan.literal("warning: ") && message.contains(" authentication failed")) {
        event->set(EventKind::Auth, Side::Server);
        event->add(FieldKey::Status, QByteArrayView("failed"));
        addHostIp(event, scan.upTo(':'));
        event->add(FieldKey::Reply, message.sliced(9));
        return true;
    }
    if (message.startsWith("improper command pipelining after ")) {
        event->set(EventKind::ScanVerdict, Side::Server);
        event->add(FieldKey::Verdict, QByteArrayView("improper command pipelining"));
        addHostIp(event, clientAfterFrom(message));
        return true;
    }
    return parseAction(message, event, Side::Server);
}

// postscreen: CONNECT from [ip]:port to [ip]:port, PASS NEW [ip]:port, DISCONNECT [ip]:port, ...
bool parsePostscreen(QByteArrayView message, ParsedEvent* event)
{
    if (message.startsWith("NOQUEUE: "))
        return parseAction(message.sliced(9), event, Side::Server);
    const qsizetype open = message.indexOf('[');
    if (open < 0)
        return false;
    const QByteArrayView what = message.first(open).trimmed();
    QByteArrayView peer = message.sliced(open);
    const qsizetype end = peer.indexOf(' ');
    const QByteArrayView rest = end < 0 ? QByteArrayView() : peer.sliced(end + 1);
    if (end >= 0)
        peer = peer.first(end);
    if (peer.endsWith(':'))
        peer.chop(1);
    QByteArrayView host, ip, port;
    if (!Bytes::splitHostIp(peer, &host, &ip, &port))
        return false;
    event->add(FieldKey::PeerIp, ip);
    bool ok = false;
    const std::uint32_t portNumber = Bytes::toUInt(port, &ok);
    if (ok)
        event->addNumber(FieldKey::PeerPort, portNumber);
    if (what == "CONNECT from") {
        event->set(EventKind::Connect, Side::Server);
    } else if (what == "DISCONNECT" || what.startsWith("HANGUP")) {
        event->set(EventKind::Disconnect, Side::Server);
        event->add(FieldKey::Verdict, what);
    } else {
        event->set(EventKind::ScanVerdict, Side::Server);
        event->add(FieldKey::Verdict, what);
        if (what.endsWith(" from") || what.endsWith(" for"))
            event->add(FieldKey::Reply, rest);
    }
    return true;
}

bool parseQueueManager(QByteArrayView message, ParsedEvent* event)
{
    if (message == "removed" || message.startsWith("removed ")) {
        event->set(EventKind::Finished, Side::Internal);
        return true;
    }
    if (message.startsWith("skipped, still being delivered")) {
        event->set(EventKind::Queued, Side::Internal);
        event->add(FieldKey::Status, QByteArrayView("skipped"));
        return true;
    }
    if (!message.startsWith("from="))
        return false;
    const bool active = message.endsWith("(queue active)");
    const qsizetype statusAt = message.indexOf(", status=");
    event->set(active ? EventKind::Queued : (statusAt >= 0 ? EventKind::Expired : EventKind::Queued), Side::Internal);
    forEachKeyValue(message, true, [event](QByteArrayView key, QByteArrayView value) {
        if (key == "from") {
            event->add(FieldKey::Sender, unwrapAngle(value));
        } else if (key == "size") {
            bool ok = false;
            const std::uint32_t size = Bytes::toUInt(value, &ok);
            if (ok)
                event->addNumber(FieldKey::Size, size);
        } else if (key == "status") {
            event->add(FieldKey::Status, value);
        }
    });
    return true;
}

bool parseMessageLine(QByteArrayView daemon, QByteArrayView qid, QByteArrayView message, ParsedEvent* event)
{
    const bool delivery = daemon == "smtp" || daemon == "lmtp" || daemon == "local" || daemon == "virtual"
        || daemon == "pipe" || daemon == "error" || daemon == "retry" || daemon == "discard";
    if (!qid.isEmpty() && message.startsWith("to=") && parseDelivery(message, event))
        return true;
    if (daemon == "smtpd" || daemon == "submission" || daemon == "smtps")
        return parseSmtpd(qid, message, event);
    if (daemon == "postscreen")
        return parsePostscreen(message, event);
    if (daemon == "qmgr" || daemon == "oqmgr")
        return parseQueueManager(message, event);
    if (daemon == "cleanup") {
        if (message.startsWith("message-id=") || message.startsWith("resent-message-id=")) {
            event->set(EventKind::Header, Side::Server);
            event->add(FieldKey::MessageId, message.sliced(message.indexOf('=') + 1).trimmed());
            return true;
        }
        if (message.startsWith("removed")) {
            event->set(EventKind::Finished, Side::Server);
            event->add(FieldKey::Status, message);
            return true;
        }
        return parseAction(message, event, Side::Server);
    }
    if (daemon == "pickup") {
        if (!message.startsWith("uid="))
            return false;
        event->set(EventKind::MailFrom, Side::Internal);
        forEachKeyValue(message, false, [event](QByteArrayView key, QByteArrayView value) {
            if (key == "from")
                event->add(FieldKey::Sender, unwrapAngle(value));
        });
        return true;
    }
    if (daemon == "bounce" || daemon == "defer" || daemon == "trace") {
        static constexpr QByteArrayView notification(" notification: ");
        const qsizetype at = message.indexOf(notification);
        if (at < 0)
            return false;
        event->set(EventKind::DsnGenerated, Side::Internal);
        event->add(FieldKey::Verdict, message.first(at));
        event->add(FieldKey::ChildId, message.sliced(at + notification.size()).trimmed());
        return true;
    }
    if (daemon == "postsuper") {
        if (message.startsWith("removed"))
            event->set(EventKind::Finished, Side::Internal);
        else if (message.startsWith("placed on hold"))
            event->set(EventKind::Quarantined, Side::Internal);
        else
            event->set(EventKind::Queued, Side::Internal);
        event->add(FieldKey::Status, message);
        return true;
    }
    if (delivery) {
        // "QID: host mx[ip] said: ...", "QID: lost connection with ...", "QID: conversation with ..."
        event->set(EventKind::Other, Side::Client);
        addReply(event, message);
        const QByteArrayView peer = firstHostIp(message);
        if (!peer.isEmpty())
            addHostIp(event, peer);
        return true;
    }
    return false;
}

bool parseDaemonLine(QByteArrayView daemon, QByteArrayView message, ParsedEvent* event)
{
    // Messages that are not about one queue file.
    if (daemon == "smtp" || daemon == "lmtp") {
        if (message.startsWith("connect to ")) {
            event->set(EventKind::DeliveryConnect, Side::Client);
            const qsizetype colon = message.indexOf(": ", 11);
            const QByteArrayView peer = colon < 0 ? message.sliced(11) : message.sliced(11, colon - 11);
            addHostIp(event, peer);
            if (colon >= 0)
                event->add(FieldKey::Reply, message.sliced(colon + 2));
            return true;
        }
        if (message.contains(" TLS connection ")) {
            event->set(EventKind::Tls, Side::Client);
            const qsizetype to = message.indexOf(" to ");
            if (to >= 0) {
                QByteArrayView peer = message.sliced(to + 4);
                peer = peer.first(qMax<qsizetype>(0, peer.indexOf(": ")));
                addHostIp(event, peer);
            }
            event->add(FieldKey::Tls, message);
            return true;
        }
    }
    if (daemon == "smtpd" || daemon == "submission" || daemon == "smtps" || daemon == "postscreen"
        || daemon == "cleanup") {
        if (daemon == "postscreen" ? parsePostscreen(message, event) : parseSmtpd({}, message, event))
            return true;
    }
    if (daemon == "dnsblog" && message.startsWith("addr ")) {
        event->set(EventKind::ScanVerdict, Side::Server);
        ByteScanner scan(message.sliced(5));
        event->add(FieldKey::PeerIp, scan.token());
        event->add(FieldKey::Verdict, scan.rest().trimmed());
        return true;
    }
    if (daemon == "anvil" || daemon == "scache") {
        // "statistics: max connection rate 1/60s for (smtpd:192.0.2.25) at ..."; the service may itself be
        // host:port ("(127.0.0.1:2525:192.0.2.25)")
        event->set(EventKind::Other, Side::None);
        event->add(FieldKey::Reply, message);
        const qsizetype open = message.indexOf(" for (");
        const qsizetype close = open < 0 ? -1 : message.indexOf(')', open);
        if (close > open) {
            QByteArrayView inside = message.sliced(open + 6, close - open - 6);
            qsizetype colon = inside.indexOf(':');
            if (colon > 0 && inside.first(colon).contains('.'))
                colon = inside.indexOf(':', colon + 1);
            if (colon > 0)
                event->add(FieldKey::PeerIp, inside.sliced(colon + 1));
        }
        return true;
    }
    if (daemon == "master" || daemon == "postfix-script" || daemon == "postfix") {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        return true;
    }
    return false;
}

// A Postfix line of a type we do not model: kept as "other" with its text and the peer it names, if any.
void markOther(ParsedEvent* event, QByteArrayView text, Side side)
{
    event->set(EventKind::Other, side);
    event->add(FieldKey::Reply, text);
    const QByteArrayView peer = firstHostIp(text);
    if (!peer.isEmpty())
        addHostIp(event, peer);
}

} // namespace

int PostfixParser::recognise(QByteArrayView line) const
{
    SyslogHeader header;
    if (!header.parse(line) || !isPostfixTag(header.tag))
        return 0;
    return header.hasPid ? 2 : 1;
}

bool PostfixParser::parse(QByteArrayView record, ParsedEvent* event) const
{
    SyslogHeader header;
    if (!header.parse(record))
        return false;
    event->time = header.time;
    event->host = header.host;
    event->program = header.tag;
    event->pid = header.pid;
    event->kind = EventKind::Other;
    if (!isPostfixTag(header.tag))
        return true; // another daemon's line in a shared syslog file: understood as far as syslog goes

    const QByteArrayView daemon = daemonOf(header.tag);
    QByteArrayView message = header.message;
    if (daemon == "smtpd" || daemon == "submission" || daemon == "smtps")
        event->addNumber(FieldKey::SmtpdPid, header.pid);

    // Severity prefixes: warnings are kept as such unless they are a known event (SASL failures).
    for (QByteArrayView severity : { QByteArrayView("warning: "), QByteArrayView("error: "),
             QByteArrayView("fatal: "), QByteArrayView("panic: ") }) {
        if (message.startsWith(severity)) {
            if (severity.startsWith("warning") && message.contains(" authentication failed")
                && parseSmtpd({}, message, event))
                return true;
            event->set(EventKind::System, Side::None);
            event->add(FieldKey::Status, severity.first(severity.size() - 2));
            event->add(FieldKey::Reply, message.sliced(severity.size()));
            // "warning: name[ip]: ..." / "... from name[ip]": the client the warning is about
            const QByteArrayView rest = message.sliced(severity.size());
            const qsizetype idEnd = rest.indexOf(": ");
            if (idEnd > 0 && isQueueId(rest.first(idEnd)) && rest.first(idEnd) != "NOQUEUE")
                event->add(FieldKey::QueueId, rest.first(idEnd));
            const qsizetype bracket = rest.indexOf("]: ");
            const QByteArrayView client = bracket > 0 && !rest.first(bracket).contains(' ')
                ? rest.first(bracket + 1)
                : clientAfterFrom(rest);
            if (!client.isEmpty())
                addHostIp(event, client);
            return true;
        }
    }

    // "QID: message" or "NOQUEUE: message"
    const qsizetype colon = message.indexOf(": ");
    if (colon > 0 && isQueueId(message.first(colon))) {
        const QByteArrayView qid = message.first(colon);
        if (qid != "NOQUEUE")
            event->add(FieldKey::QueueId, qid);
        const QByteArrayView rest = message.sliced(colon + 2);
        const bool understood = (daemon == "postscreen" || (qid == "NOQUEUE" && daemon != "smtpd"))
            ? parseAction(rest, event, Side::Server)
            : parseMessageLine(daemon, qid == "NOQUEUE" ? QByteArrayView() : qid, rest, event);
        if (!understood)
            markOther(event, rest, Side::None);
        return true;
    }
    if (!parseDaemonLine(daemon, message, event))
        markOther(event, message, daemon == "smtp" || daemon == "lmtp" ? Side::Client : Side::None);
    return true;
}
