// acceptlog, inlog and receivelog: the receiver's connection, acceptance and SMTP dialogue logs.

#include "epostcommon.h"
#include "epostsublogs.h"

namespace {

using namespace EPost;
using Bytes::unwrapAngle;

// "250 <a@b>... Sender ok.", "550 5.1.1 <a@b> ... User unknown.": the address a reply is about.
void addReplyAddress(ParsedEvent* event, QByteArrayView reply)
{
    const qsizetype open = reply.indexOf('<');
    if (open < 0)
        return;
    const qsizetype close = reply.indexOf('>', open);
    if (close < 0)
        return;
    const QByteArrayView address = reply.sliced(open + 1, close - open - 1);
    const QByteArrayView after = reply.sliced(close + 1);
    if (!after.startsWith("...") && !after.startsWith(" ..."))
        return;
    if (after.contains("Sender"))
        event->add(FieldKey::Sender, address);
    else if (after.contains("Recipient") || after.contains("User unknown") || after.contains("user unknown"))
        event->add(FieldKey::Recipient, address);
}

// [ts], (server), [ip]:port[ SSL], Client accept now.
// [ts], (server), host [ip], sender-or-reason,<Bid>,ok|abort
class AcceptLogParser final : public EPostParser
{
public:
    AcceptLogParser()
        : EPostParser(QLatin1StringView("acceptlog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        if (!timestamp(&scan, event) || !scan.literal(", ("))
            return false;
        const QByteArrayView server = scan.upTo(')');
        if (!scan.literal("), "))
            return false;
        if (scan.peek() == '[')
            return connectRecord(scan, server, event);
        return resultRecord(scan.rest(), server, event);
    }

private:
    static bool connectRecord(ByteScanner scan, QByteArrayView server, ParsedEvent* event)
    {
        scan.literal('[');
        const QByteArrayView ip = scan.upTo(']');
        std::uint64_t port = 0;
        if (!scan.literal("]:") || !scan.number(&port))
            return false;
        // The receiver appends " SSL" on its implicit-TLS listener.
        const QByteArrayView flags = Bytes::skipBlanks(scan.upTo(','));
        if (!scan.literal(", Client accept now"))
            return false;
        event->set(EventKind::Connect, Side::Server);
        event->host = server;
        event->add(FieldKey::PeerIp, ip);
        // The receiver takes this port from getsockname() on the accepted socket: it is the local (listener)
        // port, not the client's, whatever the vendor's column heading says.
        if (port <= 0xffff)
            event->addNumber(FieldKey::LocalPort, std::uint32_t(port));
        event->add(FieldKey::Tls, flags);
        return true;
    }

    static bool resultRecord(QByteArrayView rest, QByteArrayView server, ParsedEvent* event)
    {
        QByteArrayView status;
        if (rest.endsWith(",ok"))
            status = rest.last(2);
        else if (rest.endsWith(",abort"))
            status = rest.last(5);
        else
            return false;
        const QByteArrayView body = rest.chopped(status.size() + 1);
        const qsizetype bidAt = body.lastIndexOf(",<");
        if (bidAt < 0 || !body.endsWith('>'))
            return false;
        const QByteArrayView bid = body.sliced(bidAt + 2, body.size() - bidAt - 3);
        if (bid.isEmpty() || bidLength(bid) != bid.size())
            return false;
        // "host [ip], from": the ORDB record of the receiver's source prints "host[ip]" without the space.
        const QByteArrayView head = body.first(bidAt);
        const qsizetype open = head.indexOf('[');
        const qsizetype close = open < 0 ? -1 : head.indexOf(']', open);
        if (close < 0 || !head.sliced(close + 1).startsWith(", "))
            return false;
        const QByteArrayView peerHost = head.first(open).trimmed();
        if (peerHost.contains(' '))
            return false;
        const QByteArrayView from = head.sliced(close + 3).trimmed();

        event->set(status == "ok" ? EventKind::Accepted : EventKind::Rejected, Side::Server);
        event->host = server;
        event->add(FieldKey::PeerHost, peerHost);
        event->add(FieldKey::PeerIp, head.sliced(open + 1, close - open - 1));
        // A refusal reason ("It was in the ORDB IP.") takes the sender's place.
        if (from.contains(' '))
            event->add(FieldKey::Verdict, from);
        else
            event->add(FieldKey::Sender, unwrapAngle(from));
        addMessageNumber(event, bid, {});
        event->add(FieldKey::Status, status);
        return true;
    }
};

// <Bid@host> [ts] ip helo from rcpt [rcpt...]   (empty fields leave two spaces)
class InLogParser final : public EPostParser
{
public:
    InLogParser()
        : EPostParser(QLatin1StringView("inlog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        const bool angle = scan.literal('<');
        QByteArrayView bid, suffix;
        if (!messageNumber(&scan, &bid, &suffix) || !scan.literal('@'))
            return false;
        const QByteArrayView host = angle ? scan.upTo('>') : scan.token();
        if ((angle && !scan.literal('>')) || !scan.literal(' ') || !timestamp(&scan, event) || !scan.literal(' '))
            return false;
        const QByteArrayView ip = scan.token();
        if (ip.isEmpty() || !scan.literal(' '))
            return false;
        const QByteArrayView helo = scan.token();
        if (!scan.literal(' '))
            return false;
        const QByteArrayView from = scan.token();
        if (!scan.literal(' '))
            return false;
        const QByteArrayView recipients = scan.rest();
        if (recipients.trimmed().isEmpty())
            return false;

        event->set(EventKind::Accepted, Side::Server);
        event->host = host;
        addMessageNumber(event, bid, suffix);
        event->add(FieldKey::PeerIp, ip);
        event->add(FieldKey::Helo, helo);
        event->add(FieldKey::Sender, unwrapAngle(from));
        ByteScanner each(recipients);
        while (!each.atEnd()) {
            event->add(FieldKey::Recipient, unwrapAngle(each.token()));
            each.skipSpaces();
        }
        return true;
    }
};

// [ts], <8-hex session>, <line>: the receiver's SMTP dialogue, or the POP3/IMAP4 servers' (receivepop3,
// receiveimap4). Session 00000000 marks the receiver's internal checks.
class ReceiveLogParser final : public EPostParser
{
public:
    using Protocol = ReceiveProtocol;

    ReceiveLogParser(QLatin1StringView name, Protocol protocol)
        : EPostParser(name)
        , m_protocol(protocol)
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        if (!timestamp(&scan, event) || !scan.literal(", "))
            return false;
        const QByteArrayView rest = scan.rest();
        if (rest.size() < 9 || rest[8] != ',')
            return false;
        const QByteArrayView session = rest.first(8);
        for (char c : session) {
            if (!Bytes::isHexDigit(c))
                return false;
        }
        // "[ts], 0031a7c8, " loses its last space to trimming: the text is then empty.
        QByteArrayView text;
        if (rest.size() > 9) {
            if (rest[9] != ' ')
                return false;
            text = rest.sliced(10);
        }
        const bool internal = session == "00000000";
        if (!internal)
            event->add(FieldKey::Session, session);
        switch (m_protocol) {
        case Protocol::Smtp:
            if (internal)
                internalCheck(text, event);
            else
                smtpLine(text, event);
            break;
        case Protocol::Pop3:
            receivePop3Line(text, event);
            break;
        case Protocol::Imap4:
            receiveImap4Line(text, event);
            break;
        }
        return true;
    }

private:
    static void internalCheck(QByteArrayView text, ParsedEvent* event)
    {
        event->set(EventKind::ScanVerdict, Side::Internal);
        event->add(FieldKey::Verdict, text);
        static constexpr QByteArrayView mailFrom("Check MAIL FROM address = ");
        static constexpr QByteArrayView rcptTo("Check RCPT TO address = ");
        if (text.startsWith(mailFrom))
            event->add(FieldKey::Sender, unwrapAngle(text.sliced(mailFrom.size()).trimmed()));
        else if (text.startsWith(rcptTo))
            event->add(FieldKey::Recipient, unwrapAngle(text.sliced(rcptTo.size()).trimmed()));
    }

    static void smtpLine(QByteArrayView text, ParsedEvent* event)
    {
        const std::uint32_t code = Bytes::leadingReplyCode(text);
        if (code != 0) {
            serverReply(text, code, event);
            return;
        }
        if (text.startsWith("SOCKET_ERROR")) {
            // the session's connection timed out or was dropped
            event->set(EventKind::Disconnect, Side::Server);
            event->add(FieldKey::Verdict, text);
            return;
        }
        const QByteArrayView word = leadingWord(text);
        const bool wordEnds = word.size() == text.size() || text[word.size()] == ' ' || text[word.size()] == ':';
        if (wordEnds && (isKnownVerb(word) || looksLikeCommand(word))) {
            addCommand(event, text, word, Side::Server);
            return;
        }
        // the receiver's own notes about the session (filters, lookups, errors)
        event->set(EventKind::Other, Side::Server);
        event->add(FieldKey::Verdict, text);
    }

    static void serverReply(QByteArrayView text, std::uint32_t code, ParsedEvent* event)
    {
        if (code == 220)
            event->set(text.contains("start TLS") ? EventKind::Tls : EventKind::Connect, Side::Server);
        else if (code == 354)
            event->set(EventKind::Data, Side::Server);
        else if (code == 250 && text.contains("Message received ok"))
            event->set(EventKind::Accepted, Side::Server);
        else if (code >= 400)
            event->set(EventKind::Rejected, Side::Server);
        else
            event->set(EventKind::SmtpReply, Side::Server);
        addReply(event, text, code);
        if (code == 354) {
            // "354 Start mail input;id <B0001234567> end with ..." (newer builds: "id <Bid@host>")
            const qsizetype at = text.indexOf("id <");
            if (at >= 0) {
                ByteScanner scan(text.sliced(at + 4));
                QByteArrayView bid, suffix;
                if (messageNumber(&scan, &bid, &suffix))
                    addMessageNumber(event, bid, suffix);
            }
            return;
        }
        addReplyAddress(event, text);
        // "250 mail.example.jp Hello [203.0.113.51], pleased to meet you" names the client
        const qsizetype hello = text.indexOf(" Hello [");
        if (code == 250 && hello >= 0) {
            const QByteArrayView after = text.sliced(hello + 8);
            const qsizetype close = after.indexOf(']');
            if (close > 0)
                event->add(FieldKey::PeerIp, after.first(close));
        }
    }

    Protocol m_protocol;
};

} // namespace

namespace EPost {

std::unique_ptr<FormatParser> makeAcceptLogParser()
{
    return std::make_unique<AcceptLogParser>();
}

std::unique_ptr<FormatParser> makeInLogParser()
{
    return std::make_unique<InLogParser>();
}

std::unique_ptr<FormatParser> makeReceiveLogParser(QLatin1StringView name, ReceiveProtocol protocol)
{
    return std::make_unique<ReceiveLogParser>(name, protocol);
}

} // namespace EPost
