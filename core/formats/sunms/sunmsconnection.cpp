// Connection information (LOG_CONNECTION: source system, transport, application), the events built from
// an entry, including connection entries (+/- O/C/X/Y/U), and header-log lines (LOG_HEADER).
#include "sunmsfields.h"

#include "parsing/bytescanner.h"

#include <array>

namespace SunMsFields {

bool isHostName(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 255)
        return false;
    for (char c : text) {
        if (!(Bytes::isLower(c) || Bytes::isUpper(c) || Bytes::isDigit(c) || c == '.' || c == '-' || c == '_'))
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
    while (i < text.size() && Bytes::isUpper(text[i]))
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
        name = Bytes::firstToken(text);
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
        if (!(Bytes::isHexDigit(c) || c == '.' || c == ':' || Bytes::isLower(c) || Bytes::isUpper(c)))
            return 0;
    }
    *helo = name;
    *rdns = inner.first(bracket).trimmed();
    *ip = address;
    return close + 1;
}

namespace {

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
        const QByteArrayView host = Bytes::skipBlanks(diag.sliced(4));
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
    const QByteArrayView code = smtp >= 0 ? Bytes::skipBlanks(diag.sliced(smtp + 5)) : diag;
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
    return isAddressType(address) ? Bytes::skipBlanks(address.sliced(address.indexOf(';') + 1)) : address;
}

} // namespace

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
    text = Bytes::chopBlanks(Bytes::skipBlanks(text));
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0) {
        event->add(FieldKey::Reply, text);
        return;
    }
    const QByteArrayView name = text.first(colon).trimmed();
    const QByteArrayView value = Bytes::skipBlanks(text.sliced(colon + 1));
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
    while (i < text.size() && (Bytes::isLower(text[i]) || Bytes::isUpper(text[i]) || Bytes::isDigit(text[i]) || text[i] == '-'))
        ++i;
    return i > 2 && i < text.size() && text[i] == ':';
}

} // namespace SunMsFields
