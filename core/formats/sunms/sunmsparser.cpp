#include "sunmsparser.h"

#include "parsing/bytescanner.h"
#include "parsing/syslogheader.h"
#include "parsing/timestamps.h"

#include <array>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isHexDigit(char c)
{
    return Bytes::isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QByteArrayView skipBlanks(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.sliced(i);
}
QByteArrayView chopBlanks(QByteArrayView text)
{
    qsizetype n = text.size();
    while (n > 0 && (isBlank(text[n - 1]) || text[n - 1] == '\r' || text[n - 1] == '\n'))
        --n;
    return text.first(n);
}
// Up to the next space; fields are separated by exactly one space (formats.md 3.7).
QByteArrayView token(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!Bytes::isDigit(c))
            return false;
    }
    return true;
}
// Channel names are lower case: l, tcp_local, ims-ms, conversion. Longer ones overflow the 12-column field.
bool isChannel(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (char c : text) {
        if (!(isLower(c) || Bytes::isDigit(c) || c == '_' || c == '-' || c == '.'))
            return false;
    }
    return true;
}
// The action letter and its modifiers: E, EES, DEC, RE, J.
bool isActionCode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 8)
        return false;
    for (char c : text) {
        if (!isUpper(c))
            return false;
    }
    return true;
}
// LOG_PROCESS: hex pid, optional thread, sequence: 6a1c.4.17, 1e488.0.
bool isProcess(QByteArrayView text)
{
    int parts = 0;
    int run = 0;
    for (char c : text) {
        if (c == '.') {
            if (run == 0)
                return false;
            ++parts;
            run = 0;
        } else if (isHexDigit(c) && run < 8) {
            ++run;
        } else {
            return false;
        }
    }
    if (run == 0)
        return false;
    ++parts;
    return parts == 2 || parts == 3;
}
std::uint32_t hexValue(QByteArrayView text)
{
    std::uint32_t value = 0;
    int digits = 0;
    for (char c : text) {
        if (!isHexDigit(c) || ++digits > 8)
            break;
        const int v = Bytes::isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * 16 + std::uint32_t(v);
    }
    return value;
}
// An address-type prefix anchors the original recipient: "rfc822;user@dom", also a bare "rfc822;".
bool isAddressType(QByteArrayView text)
{
    const qsizetype semicolon = text.indexOf(';');
    if (semicolon < 1 || semicolon > 16)
        return false;
    const QByteArrayView type = text.first(semicolon);
    if (type == "dns" || type == "smtp")
        return false; // diagnostic parts
    for (char c : type) {
        if (!(isLower(c) || Bytes::isDigit(c) || c == '-'))
            return false;
    }
    return true;
}
bool isQueuePath(QByteArrayView text)
{
    return text.startsWith('/') || text.contains("queue/") || text.contains("queue\\");
}
// Whether a token can be an envelope address (an empty field, a path, a message-id or a reply code cannot).
bool looksLikeAddress(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 2048 || isDigits(text) || isQueuePath(text))
        return false;
    const char first = text.front();
    if (first == '<' || first == '(' || first == '*' || first == '[' || first == '|')
        return false;
    if (text == "TCP" || text == "SMTP" || text == "ESMTP" || text == "LMTP")
        return false; // the start of a diagnostic ("TCP active open: ...")
    return !text.contains(';') && !text.contains('|');
}
bool isHostName(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 255)
        return false;
    for (char c : text) {
        if (!(isLower(c) || isUpper(c) || Bytes::isDigit(c) || c == '.' || c == '-' || c == '_'))
            return false;
    }
    return true;
}
bool isTransport(QByteArrayView text)
{
    return text.startsWith("TCP|") || text.startsWith("(TCP|");
}
// SMTP, SMTP/initial-host/dns-host[/TLS info]; a bare protocol name only right after the transport.
bool isApplication(QByteArrayView text, bool afterTransport)
{
    qsizetype i = 0;
    while (i < text.size() && isUpper(text[i]))
        ++i;
    if (i < 2 || i > 8)
        return false;
    if (i == text.size())
        return afterTransport;
    return text[i] == '/';
}

// The source system of LOG_CONNECTION bit 0: "helo (rdns [ip])", also "(rdns [ip])". Returns the bytes
// it spans at the start of text, 0 if text does not start with one.
qsizetype sourceSystemLength(QByteArrayView text, QByteArrayView* helo, QByteArrayView* rdns, QByteArrayView* ip)
{
    qsizetype open = 0;
    QByteArrayView name;
    if (!text.startsWith('(')) {
        name = token(text);
        if (name.isEmpty() || name.contains(';') || name.contains('(') || name.contains(')'))
            return 0;
        open = name.size() + 1;
        if (open >= text.size() || text[open] != '(')
            return 0;
    }
    const qsizetype close = text.indexOf(')', open);
    if (close < 0)
        return 0;
    const QByteArrayView inner = text.sliced(open + 1, close - open - 1);
    const qsizetype bracket = inner.lastIndexOf('[');
    if (!inner.endsWith(']') || bracket < 0)
        return 0;
    const QByteArrayView address = inner.sliced(bracket + 1, inner.size() - bracket - 2);
    if (address.isEmpty())
        return 0;
    for (char c : address) {
        if (!(isHexDigit(c) || c == '.' || c == ':' || isLower(c) || isUpper(c)))
            return 0;
    }
    *helo = name;
    *rdns = inner.first(bracket).trimmed();
    *ip = address;
    return close + 1;
}

// One entry, whichever way it was written (plain LOG_FORMAT=1, XML LOG_FORMAT=4).
struct Entry
{
    QByteArrayView node, process, src, dst, direction, action, size;
    bool addresses = false; // the from/orig/cur part was present
    QByteArrayView from, orig, cur;
    QByteArrayView queueFile, messageId, parentId, user;
    QByteArrayView helo, rdns, sourceIp; // source system
    QByteArrayView remoteName; // outbound: the system name in front of dns;
    QByteArrayView transport, application, diagnostic;
};

// The head of an entry: [node] [process] src [dst] action, [node] [process] chan +/- action, or
// [node] [process] > header.
struct Head
{
    QByteArrayView node, process, src, dst, direction, action;
    QByteArrayView rest; // after the action
    bool header = false;
};

bool parseHead(QByteArrayView body, Head* head)
{
    // The head is column-padded, so here runs of blanks do separate tokens.
    constexpr int MaxTokens = 7;
    std::array<QByteArrayView, MaxTokens> tokens;
    std::array<qsizetype, MaxTokens> starts {};
    std::array<qsizetype, MaxTokens> ends {};
    int n = 0;
    qsizetype i = 0;
    while (n < MaxTokens) {
        while (i < body.size() && isBlank(body[i]))
            ++i;
        if (i >= body.size())
            break;
        starts[size_t(n)] = i;
        while (i < body.size() && !isBlank(body[i]))
            ++i;
        ends[size_t(n)] = i;
        tokens[size_t(n)] = body.sliced(starts[size_t(n)], i - starts[size_t(n)]);
        ++n;
    }
    auto tok = [&tokens](int k) { return tokens[size_t(k)]; };

    int at = -1;
    for (int k = 0; k < n && k <= 4; ++k) {
        if (tok(k) == ">" && k <= 2) {
            at = k;
            head->header = true;
            break;
        }
        if (k == 0)
            continue;
        if (tok(k) == "+" || tok(k) == "-") {
            at = k;
            head->direction = tok(k);
            break;
        }
        if (isActionCode(tok(k)) && (k + 1 >= n || isDigits(tok(k + 1)))) {
            at = k;
            head->action = tok(k);
            break;
        }
    }
    if (at < 0)
        return false;

    int first = 0;
    for (int k = 0; k < at && k < 2; ++k) {
        if (isProcess(tok(k))) {
            if (k == 1)
                head->node = tok(0);
            head->process = tok(k);
            first = k + 1;
            break;
        }
    }
    int channels = at - first;
    const bool hasProcess = !head->process.isEmpty();

    if (head->header) {
        if (channels == 1 && !hasProcess)
            head->node = tok(0);
        else if (channels != 0)
            return false;
        head->rest = body.sliced(ends[size_t(at)]);
        return true;
    }
    if (!head->direction.isEmpty()) {
        if (!hasProcess && channels == 2) {
            head->node = tok(0);
            first = 1;
            channels = 1;
        }
        if (channels != 1)
            return false;
        head->src = tok(first);
        qsizetype restAt = ends[size_t(at)];
        if (at + 1 < n && isActionCode(tok(at + 1))) {
            head->action = tok(at + 1);
            restAt = ends[size_t(at + 1)];
        }
        head->rest = body.sliced(restAt);
        return isChannel(head->src);
    }
    if (!hasProcess && channels == 3) {
        head->node = tok(0);
        first = 1;
        channels = 2;
    } else if (!hasProcess && channels == 2 && head->action.front() != 'E') {
        // Node and source, or source and destination? Each channel column is 12 wide plus a space, so a blank
        // destination leaves 13 or more blanks before the action, and a short first token followed by a single
        // space is not a padded channel. An enqueue always names its destination.
        const bool blankDestination = starts[size_t(at)] - ends[1] >= 13;
        if (blankDestination || (tok(0).size() < 12 && starts[1] - ends[0] == 1)) {
            head->node = tok(0);
            first = 1;
            channels = 1;
        }
    }
    if (channels < 1 || channels > 2)
        return false;
    head->src = tok(first);
    if (channels == 2)
        head->dst = tok(first + 1);
    head->rest = body.sliced(ends[size_t(at)]);
    return isChannel(head->src) && (head->dst.isEmpty() || isChannel(head->dst));
}

// "<id>" or "<new>,<original>" (notifications).
void splitMessageIds(QByteArrayView text, Entry* entry)
{
    const qsizetype close = text.indexOf('>');
    if (close < 0) {
        entry->messageId = text; // truncated
        return;
    }
    entry->messageId = text.first(close + 1);
    const QByteArrayView rest = text.sliced(close + 1);
    if (rest.startsWith(",<"))
        entry->parentId = rest.sliced(1);
}

// The optional fields after the current recipient, classified by shape (formats.md 3.4, 3.7); the first
// token that fits none starts the diagnostic.
void parseOptionalFields(QByteArrayView text, Entry* entry, bool connection)
{
    QByteArrayView rest = text;
    while (true) {
        rest = skipBlanks(rest); // empty optional fields leave extra spaces
        if (rest.isEmpty())
            return;
        const QByteArrayView tok = token(rest);
        const QByteArrayView after = rest.sliced(tok.size());
        const QByteArrayView next = token(skipBlanks(after));
        if (tok.startsWith('<') && entry->messageId.isEmpty()) {
            splitMessageIds(tok, entry);
            rest = after;
            continue;
        }
        if (isQueuePath(tok) && entry->queueFile.isEmpty()) {
            entry->queueFile = tok;
            rest = after;
            continue;
        }
        if (tok.startsWith('*') && tok.size() > 1 && entry->user.isEmpty()) {
            entry->user = tok;
            rest = after;
            continue;
        }
        if (isTransport(tok) && entry->transport.isEmpty()) {
            entry->transport = tok;
            rest = after;
            continue;
        }
        if (isApplication(tok, !entry->transport.isEmpty()) && entry->application.isEmpty()) {
            entry->application = tok;
            rest = after;
            continue;
        }
        if (!connection) {
            QByteArrayView helo, rdns, ip;
            const qsizetype used
                = entry->sourceIp.isEmpty() ? sourceSystemLength(rest, &helo, &rdns, &ip) : qsizetype(0);
            if (used > 0) {
                entry->helo = helo;
                entry->rdns = rdns;
                entry->sourceIp = ip;
                rest = rest.sliced(used);
                continue;
            }
            // outbound with LOG_CONNECTION: "<remote system> dns;<host> (TCP|...) ..."
            if (next.startsWith("dns;") && isHostName(tok) && entry->remoteName.isEmpty()) {
                entry->remoteName = tok;
                rest = after;
                continue;
            }
            // LOG_NOTARY flags, unless this is the reply of a J entry ("550 5.7.1 ...")
            if (isDigits(tok) && tok.size() <= 5) {
                const bool reply = Bytes::leadingReplyCode(rest) != 0 && !next.isEmpty() && !next.startsWith('<')
                    && !isQueuePath(next);
                if (!reply) {
                    rest = after;
                    continue;
                }
            }
            // LOG_USERNAME without SASL: the owning user, in front of the source system
            if (isHostName(tok) && sourceSystemLength(skipBlanks(after), &helo, &rdns, &ip) > 0) {
                rest = after;
                continue;
            }
        }
        entry->diagnostic = chopBlanks(rest);
        return;
    }
}

// <size> <from> <orig-rcpt> <cur-rcpt> [optional fields] [diagnostic], after the action.
void parseMessageFields(QByteArrayView text, Entry* entry)
{
    QByteArrayView t = skipBlanks(text);
    const QByteArrayView size = token(t);
    if (!isDigits(size))
        return parseOptionalFields(t, entry, false);
    entry->size = size;
    t = t.sliced(size.size());
    if (t.startsWith(' '))
        t = t.sliced(1);

    // The address-type token anchors the original recipient; what comes before it is the envelope From,
    // empty for notifications (two spaces in the file, one once the manual's layout is joined).
    qsizetype pos = 0;
    qsizetype anchor = -1;
    for (int index = 0; index < 4 && pos <= t.size(); ++index) {
        const QByteArrayView tok = token(t.sliced(pos));
        if (isAddressType(tok)) {
            anchor = pos;
            break;
        }
        if (tok != "<>" && (tok.startsWith('<') || tok.startsWith('/') || tok.startsWith('(') || isQueuePath(tok)))
            break;
        pos += tok.size() + 1;
    }
    QByteArrayView rest = t;
    if (anchor < 0) {
        // no address type (truncated, or not LOG_FORMAT=1): take what looks like the From
        const QByteArrayView from = token(t);
        if (looksLikeAddress(from) || from == "<>") {
            entry->addresses = true;
            entry->from = from == "<>" ? QByteArrayView() : from;
            rest = t.sliced(from.size());
        }
        return parseOptionalFields(rest, entry, false);
    }
    entry->addresses = true;
    const QByteArrayView from = chopBlanks(skipBlanks(t.first(anchor)));
    entry->from = from == "<>" ? QByteArrayView() : from;
    rest = t.sliced(anchor);
    const QByteArrayView orig = token(rest);
    rest = rest.sliced(orig.size());
    entry->orig = orig.sliced(orig.indexOf(';') + 1);
    if (entry->orig.isEmpty() && rest.size() > 1 && rest[0] == ' ' && rest[1] != ' ') {
        // "rfc822; addr": the address belongs to the original recipient only if a current one follows;
        // otherwise the original is empty and addr is the current recipient (vendor example 21-6).
        const QByteArrayView x = token(rest.sliced(1));
        const QByteArrayView afterX = rest.sliced(1 + x.size());
        const QByteArrayView y = afterX.startsWith(' ') ? token(afterX.sliced(1)) : QByteArrayView();
        if (looksLikeAddress(x) && looksLikeAddress(y) && (y.contains('@') || y == x)) {
            entry->orig = x;
            rest = afterX;
        }
    }
    if (rest.startsWith(' ')) {
        const QByteArrayView cur = token(rest.sliced(1));
        if (cur == "<>") {
            rest = rest.sliced(1 + cur.size());
        } else if (looksLikeAddress(cur)) {
            entry->cur = cur;
            rest = rest.sliced(1 + cur.size());
        }
        // else: empty current recipient (J entries), or its second space lost by the manual's layout
    }
    parseOptionalFields(rest, entry, false);
}

void addPort(ParsedEvent* event, FieldKey key, QByteArrayView text)
{
    bool ok = false;
    const std::uint32_t port = Bytes::toUInt(text, &ok);
    if (ok && port <= 65535)
        event->addNumber(key, port);
}

// TCP|local-ip|local-port|remote-ip|remote-port, with or without parentheses.
void addTransport(ParsedEvent* event, QByteArrayView text)
{
    if (event->find(FieldKey::LocalIp))
        return; // D entries of LOG_CONNECTION=3 repeat it
    if (text.startsWith('('))
        text = text.sliced(1);
    const qsizetype close = text.indexOf(')');
    if (close >= 0)
        text = text.first(close);
    std::array<QByteArrayView, 5> parts;
    int n = 0;
    while (n < 5) {
        const qsizetype bar = text.indexOf('|');
        parts[size_t(n++)] = bar < 0 ? text : text.first(bar);
        if (bar < 0)
            break;
        text = text.sliced(bar + 1);
    }
    if (n < 2)
        return;
    event->add(FieldKey::LocalIp, parts[1]);
    if (n > 2)
        addPort(event, FieldKey::LocalPort, parts[2]);
    if (n > 3 && !event->find(FieldKey::PeerIp))
        event->add(FieldKey::PeerIp, parts[3]);
    if (n > 4)
        addPort(event, FieldKey::PeerPort, parts[4]);
}

// SMTP/initial-host/dns-host[/TLS info]
void addApplication(ParsedEvent* event, QByteArrayView text, bool outbound)
{
    const qsizetype slash1 = text.indexOf('/');
    if (slash1 < 0)
        return;
    const qsizetype slash2 = text.indexOf('/', slash1 + 1);
    if (slash2 < 0)
        return;
    const qsizetype slash3 = text.indexOf('/', slash2 + 1);
    const QByteArrayView dnsHost = slash3 < 0 ? text.sliced(slash2 + 1) : text.sliced(slash2 + 1, slash3 - slash2 - 1);
    if (!event->find(FieldKey::PeerHost))
        event->add(FieldKey::PeerHost, dnsHost);
    if (outbound)
        event->add(FieldKey::Relay, dnsHost);
    if (slash3 >= 0)
        event->add(FieldKey::Tls, text.sliced(slash3 + 1));
}

// dns;<host> (TCP|...) (<banner>) smtp;<code> <text>, or free text (Q), or the reply sent (J).
void addDiagnostic(ParsedEvent* event, QByteArrayView diag)
{
    if (diag.isEmpty())
        return;
    if (diag.startsWith("dns;")) {
        const QByteArrayView host = skipBlanks(diag.sliced(4));
        qsizetype n = 0;
        while (n < host.size() && host[n] != ' ' && host[n] != '(')
            ++n;
        event->add(FieldKey::Relay, host.first(n));
    }
    const qsizetype transport = diag.indexOf("(TCP|");
    if (transport >= 0)
        addTransport(event, diag.sliced(transport));
    const qsizetype smtp = diag.indexOf("smtp;");
    const QByteArrayView reply = smtp >= 0 ? diag.sliced(smtp) : diag;
    const QByteArrayView code = smtp >= 0 ? skipBlanks(diag.sliced(smtp + 5)) : diag;
    event->add(FieldKey::Reply, reply);
    const std::uint32_t replyCode = Bytes::leadingReplyCode(code);
    if (replyCode != 0)
        event->addNumber(FieldKey::ReplyCode, replyCode);
    event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(code));
    event->add(FieldKey::NextHopId, Bytes::nextHopIdIn(code));
}

void classify(const Entry& entry, ParsedEvent* event)
{
    const char action = entry.action.isEmpty() ? '\0' : entry.action.front();
    const bool tcp = entry.src.startsWith("tcp_");
    if (!entry.direction.isEmpty()) {
        const bool inbound = entry.direction == "+";
        const Side side = inbound ? Side::Server : Side::Client;
        switch (action) {
        case 'O':
            return event->set(inbound ? EventKind::Connect : EventKind::DeliveryConnect, side);
        case 'C':
            return event->set(inbound ? EventKind::Disconnect : EventKind::DeliveryDisconnect, side);
        case 'X':
            return event->set(EventKind::Rejected, side);
        case 'Y':
            return event->set(EventKind::Deferred, side);
        case 'U':
            return event->set(EventKind::Auth, side);
        default:
            return event->set(EventKind::Other, side);
        }
    }
    const Side delivering = tcp ? Side::Client : Side::Internal;
    switch (action) {
    case 'E':
        // notifications: enqueued to the process channel with an empty From, and "<new>,<original>"
        if ((entry.addresses && entry.from.isEmpty() && entry.dst == "process") || !entry.parentId.isEmpty())
            return event->set(EventKind::DsnGenerated, Side::Internal);
        return event->set(tcp ? EventKind::Accepted : EventKind::Queued, tcp ? Side::Server : Side::Internal);
    case 'D':
        return event->set(EventKind::Delivered, delivering);
    case 'Q':
    case 'Z':
        return event->set(EventKind::Deferred, delivering);
    case 'R':
        return event->set(EventKind::Bounced, delivering);
    case 'J':
        return event->set(EventKind::Rejected, Side::Server);
    case 'K':
        return event->set(EventKind::Rejected, Side::Internal);
    case 'B':
        return event->set(EventKind::Other, Side::Server);
    case 'W':
        return event->set(EventKind::DsnGenerated, Side::Internal);
    case 'V':
        return event->set(EventKind::Dropped, Side::Server);
    default:
        return event->set(EventKind::Other, Side::None);
    }
}

QByteArrayView withoutAddressType(QByteArrayView address)
{
    return isAddressType(address) ? skipBlanks(address.sliced(address.indexOf(';') + 1)) : address;
}

void addEntry(const Entry& entry, ParsedEvent* event)
{
    if (event->host.isEmpty())
        event->host = entry.node;
    event->program = entry.src;
    if (!entry.process.isEmpty()) {
        event->add(FieldKey::Process, entry.process);
        event->pid = hexValue(entry.process);
    }
    event->add(FieldKey::SourceChannel, entry.src);
    event->add(FieldKey::DestChannel, entry.dst);
    event->add(FieldKey::Action, entry.action);
    bool ok = false;
    const std::uint32_t size = Bytes::toUInt(entry.size, &ok);
    if (ok)
        event->addNumber(FieldKey::Size, size);
    event->add(FieldKey::Sender, entry.from);
    event->add(FieldKey::OrigRecipient, withoutAddressType(entry.orig));
    event->add(FieldKey::Recipient, entry.cur);
    event->add(FieldKey::QueueFile, entry.queueFile);
    event->add(FieldKey::MessageId, entry.messageId);
    event->add(FieldKey::ParentId, entry.parentId);
    if (entry.user.startsWith('*'))
        event->add(FieldKey::SaslUser, entry.user.sliced(1));
    event->add(FieldKey::Helo, entry.helo);
    event->add(FieldKey::PeerHost, entry.rdns);
    event->add(FieldKey::PeerIp, entry.sourceIp);
    event->add(FieldKey::PeerHost, entry.remoteName);
    if (!entry.transport.isEmpty())
        addTransport(event, entry.transport);
    if (!entry.application.isEmpty())
        addApplication(event, entry.application, entry.direction == "-");
    addDiagnostic(event, entry.diagnostic);
    classify(entry, event);
}

// Header logging (LOG_HEADER, channel logheader): "> Subject: text".
void addHeader(QByteArrayView text, ParsedEvent* event)
{
    event->set(EventKind::Header, Side::Internal);
    text = chopBlanks(skipBlanks(text));
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0) {
        event->add(FieldKey::Reply, text);
        return;
    }
    const QByteArrayView name = text.first(colon).trimmed();
    const QByteArrayView value = skipBlanks(text.sliced(colon + 1));
    event->add(FieldKey::Status, name);
    if (name.compare("Subject", Qt::CaseInsensitive) == 0)
        event->add(FieldKey::Subject, value);
    else if (name.compare("Message-ID", Qt::CaseInsensitive) == 0)
        event->add(FieldKey::MessageId, value);
    else
        event->add(FieldKey::Reply, value);
}

// "> Name:" — a header-log line whose timestamp was left off.
bool isHeaderLine(QByteArrayView text)
{
    if (!text.startsWith("> "))
        return false;
    qsizetype i = 2;
    while (i < text.size() && (isLower(text[i]) || isUpper(text[i]) || Bytes::isDigit(text[i]) || text[i] == '-'))
        ++i;
    return i > 2 && i < text.size() && text[i] == ':';
}

// A Sun timestamp followed by a blank or the end.
qsizetype sunTimestamp(QByteArrayView text, CivilTime* time)
{
    CivilTime parsed;
    const qsizetype used = Timestamps::parseSun(text, &parsed);
    if (used == 0 || (used < text.size() && !isBlank(text[used])))
        return 0;
    *time = parsed;
    return used;
}

// <en .../>, <co .../>, <he .../> (LOG_FORMAT=4); returns the element's first letter or 0.
char xmlElement(QByteArrayView text)
{
    if (text.size() < 4 || text[0] != '<')
        return 0;
    const bool known = (text[1] == 'e' && text[2] == 'n') || (text[1] == 'c' && text[2] == 'o')
        || (text[1] == 'h' && text[2] == 'e');
    if (!known || !(isBlank(text[3]) || text[3] == '/' || text[3] == '>'))
        return 0;
    return text[1];
}

template <typename Callback>
void forEachAttribute(QByteArrayView text, Callback callback)
{
    qsizetype i = 3;
    while (i < text.size()) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        if (i >= text.size() || text[i] == '/' || text[i] == '>')
            return;
        const qsizetype nameStart = i;
        while (i < text.size() && text[i] != '=' && !isBlank(text[i]) && text[i] != '/' && text[i] != '>')
            ++i;
        if (i == nameStart || i + 1 >= text.size() || text[i] != '=')
            return;
        const QByteArrayView name = text.sliced(nameStart, i - nameStart);
        const char quote = text[i + 1];
        if (quote != '"' && quote != '\'')
            return;
        const qsizetype start = i + 2;
        const qsizetype end = text.indexOf(quote, start);
        if (end < 0) {
            callback(name, text.sliced(start)); // truncated
            return;
        }
        callback(name, text.sliced(start, end - start));
        i = end + 1;
    }
}

bool xmlTimestamp(QByteArrayView value, CivilTime* time)
{
    return Timestamps::parseIso(value, time) > 0;
}

// "&lt;new&gt;,&lt;original&gt;": the ids without their escaped brackets (the views must stay in the record).
void splitXmlMessageIds(QByteArrayView value, Entry* entry)
{
    if (value.startsWith('<'))
        return splitMessageIds(value, entry);
    auto strip = [](QByteArrayView id) {
        if (id.startsWith("&lt;"))
            id = id.sliced(4);
        if (id.endsWith("&gt;"))
            id.chop(4);
        return id;
    };
    const qsizetype comma = value.indexOf("&gt;,&lt;");
    if (comma < 0) {
        entry->messageId = strip(value);
        return;
    }
    entry->messageId = strip(value.first(comma + 4));
    entry->parentId = strip(value.sliced(comma + 5));
}

bool parseXml(QByteArrayView text, ParsedEvent* event)
{
    const char element = xmlElement(text);
    Entry entry;
    QByteArrayView header;
    forEachAttribute(text, [&](QByteArrayView name, QByteArrayView value) {
        if (name == "ts") {
            CivilTime time;
            if (xmlTimestamp(value, &time))
                event->time = time;
        } else if (name == "no") {
            entry.node = value;
        } else if (name == "pi") {
            entry.process = value;
        } else if (name == "sc") {
            entry.src = value;
        } else if (name == "dc") {
            entry.dst = value;
        } else if (name == "dr") {
            entry.direction = value;
        } else if (name == "ac") {
            entry.action = value;
        } else if (name == "sz") {
            entry.size = value;
        } else if (name == "so") {
            entry.addresses = true;
            entry.from = value == "&lt;&gt;" ? QByteArrayView() : value;
        } else if (name == "od") {
            entry.orig = value;
        } else if (name == "de") {
            entry.cur = value == "&lt;&gt;" ? QByteArrayView() : value;
        } else if (name == "fi") {
            entry.queueFile = value;
        } else if (name == "mi") {
            splitXmlMessageIds(value, &entry);
        } else if (name == "us") {
            entry.user = value;
        } else if (name == "ss") {
            QByteArrayView helo, rdns, ip;
            if (sourceSystemLength(value, &helo, &rdns, &ip) > 0) {
                entry.helo = helo;
                entry.rdns = rdns;
                entry.sourceIp = ip;
            } else {
                entry.helo = value;
            }
        } else if (name == "tr") {
            entry.transport = value;
        } else if (name == "ap") {
            entry.application = value;
        } else if (name == "di") {
            entry.diagnostic = value;
        } else if (header.isEmpty() && element == 'h' && value.contains(':')) {
            header = value; // attribute names of header entries are not documented [I]
        }
    });
    if (element == 'h') {
        if (!entry.process.isEmpty()) {
            event->add(FieldKey::Process, entry.process);
            event->pid = hexValue(entry.process);
        }
        if (event->host.isEmpty())
            event->host = entry.node;
        addHeader(header, event);
        return true;
    }
    if (entry.src.isEmpty() && entry.action.isEmpty())
        return false;
    addEntry(entry, event);
    return true;
}

// Everything after the timestamp (or after the syslog header of a copy without one).
bool parseBody(QByteArrayView body, ParsedEvent* event)
{
    Head head;
    if (!parseHead(body, &head))
        return false;
    if (head.header) {
        if (event->host.isEmpty())
            event->host = head.node;
        if (!head.process.isEmpty()) {
            event->add(FieldKey::Process, head.process);
            event->pid = hexValue(head.process);
        }
        addHeader(head.rest, event);
        return true;
    }
    Entry entry;
    entry.node = head.node;
    entry.process = head.process;
    entry.src = head.src;
    entry.dst = head.dst;
    entry.direction = head.direction;
    entry.action = head.action;
    if (head.direction.isEmpty())
        parseMessageFields(head.rest, &entry);
    else
        parseOptionalFields(head.rest, &entry, true);
    addEntry(entry, event);
    return true;
}

// A syslog copy without the MTA's own timestamp must look like an entry more strictly.
bool plausibleWithoutTimestamp(QByteArrayView message)
{
    Head head;
    if (!parseHead(message, &head) || head.header)
        return false;
    const QByteArrayView rest = skipBlanks(head.rest);
    if (!head.direction.isEmpty())
        return !head.action.isEmpty() && isTransport(rest);
    return QByteArrayView("EDQRJKBWZV").contains(head.action.front()) && isDigits(token(rest)) && rest.contains(';');
}

int recogniseBody(QByteArrayView body)
{
    Head head;
    if (parseHead(body, &head))
        return 2;
    // a bare timestamp, or an entry cut off before its action
    body = skipBlanks(body);
    QByteArrayView first = token(body);
    if (isProcess(first))
        first = token(skipBlanks(body.sliced(first.size())));
    return body.isEmpty() || isChannel(first) ? 1 : 0;
}

} // namespace

int SunMsParser::recognise(QByteArrayView line) const
{
    const QByteArrayView text = chopBlanks(skipBlanks(line));
    if (text.isEmpty())
        return 0;
    if (xmlElement(text)) {
        CivilTime time;
        const qsizetype ts = text.indexOf(" ts=\"");
        return ts > 0 && xmlTimestamp(text.sliced(ts + 5), &time) ? 2 : 1;
    }
    CivilTime time;
    qsizetype used = sunTimestamp(text, &time);
    if (used > 0)
        return recogniseBody(text.sliced(used));
    if (isHeaderLine(text))
        return 1;
    SyslogHeader header;
    if (text.data() == line.data() && header.parse(text)) {
        used = sunTimestamp(header.message, &time);
        if (used > 0)
            return recogniseBody(header.message.sliced(used));
        if (xmlElement(header.message))
            return 1;
        return plausibleWithoutTimestamp(header.message) ? 1 : 0;
    }
    return 0;
}

bool SunMsParser::startsRecord(QByteArrayView line) const
{
    const QByteArrayView text = skipBlanks(line);
    if (text.isEmpty())
        return false;
    CivilTime time;
    if (Bytes::isDigit(text.front()) && sunTimestamp(text, &time) > 0)
        return true;
    if (xmlElement(text) || isHeaderLine(text))
        return true;
    // syslog copies start in the first column; the manual's continuation lines are indented
    SyslogHeader header;
    return text.data() == line.data() && header.parse(line);
}

bool SunMsParser::parse(QByteArrayView record, ParsedEvent* event) const
{
    const QByteArrayView text = chopBlanks(skipBlanks(record));
    if (text.isEmpty())
        return false;
    if (xmlElement(text))
        return parseXml(text, event);
    qsizetype used = sunTimestamp(text, &event->time);
    if (used > 0)
        return parseBody(text.sliced(used), event);
    if (isHeaderLine(text)) {
        addHeader(text.sliced(2), event);
        return true;
    }
    SyslogHeader header;
    if (!header.parse(text))
        return false;
    // LOG_MESSAGES_SYSLOG copy: the syslog header, then the entry with or without its own timestamp [I]
    event->time = header.time;
    event->host = header.host;
    const QByteArrayView message = chopBlanks(header.message);
    if (xmlElement(message))
        return parseXml(message, event);
    used = sunTimestamp(message, &event->time);
    if (used > 0)
        return parseBody(message.sliced(used), event);
    return plausibleWithoutTimestamp(message) && parseBody(message, event);
}
