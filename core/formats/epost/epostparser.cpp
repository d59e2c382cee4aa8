#include "epostparser.h"

#include "parsing/bytescanner.h"
#include "parsing/timestamps.h"

// Every parser works on the bytes of one line: field values are views into the line, nothing is allocated.
// formats.md section 4; the seeds 002/003 hold the vendor's own example lines.

namespace {

using Bytes::isDigit;
using Bytes::unwrapAngle;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLetter(char c)
{
    return isUpper(c) || (c >= 'a' && c <= 'z');
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

// Trailing blanks and line ends go: the receiver writes replies with their own CRLF before its line end, and
// pop3log/imap4log end with a space.
QByteArrayView trimEnd(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}
QByteArrayView trimStart(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    return text;
}

// word is upper case.
bool equalsNoCase(QByteArrayView text, QByteArrayView word)
{
    if (text.size() != word.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (upper(text[i]) != word[i])
            return false;
    }
    return true;
}

// Letters at the start of text: an SMTP/POP3/IMAP command word.
QByteArrayView leadingWord(QByteArrayView text)
{
    qsizetype n = 0;
    while (n < text.size() && isLetter(text[n]))
        ++n;
    return text.first(n);
}
QByteArrayView firstToken(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}
QByteArrayView afterFirstToken(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? QByteArrayView() : trimStart(text.sliced(space + 1));
}

// "B" + 10 digits. The receiver's source also has a 12-digit numbering behind a switch that is off in the
// shipped builds; it is accepted so that such logs still parse.
qsizetype bidLength(QByteArrayView text)
{
    if (text.isEmpty() || text.front() != 'B')
        return 0;
    qsizetype n = 1;
    while (n < text.size() && n <= 13 && isDigit(text[n]))
        ++n;
    return (n >= 11 && n <= 13) ? n : 0;
}
// B0000000000: no number was assigned (refused before DATA).
bool isNoBid(QByteArrayView bid)
{
    for (qsizetype i = 1; i < bid.size(); ++i) {
        if (bid[i] != '0')
            return false;
    }
    return true;
}
// The suffix chain after a B-number: "-R0001-E001", "-001", "-EP001", "-C00000001".
qsizetype suffixLength(QByteArrayView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] == '-') {
        qsizetype i = end + 1;
        while (i < text.size() && isUpper(text[i]))
            ++i;
        const qsizetype digitsStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == digitsStart)
            break;
        end = i;
    }
    return end;
}

// "Bnnnnnnnnnn[-suffixes]" at the scanner.
bool messageNumber(ByteScanner* scan, QByteArrayView* bid, QByteArrayView* suffix)
{
    const QByteArrayView rest = scan->rest();
    const qsizetype length = bidLength(rest);
    if (length == 0)
        return false;
    const qsizetype suffixes = suffixLength(rest.sliced(length));
    *bid = rest.first(length);
    *suffix = rest.sliced(length, suffixes);
    scan->literal(rest.first(length + suffixes));
    return true;
}
void addMessageNumber(ParsedEvent* event, QByteArrayView bid, QByteArrayView suffix)
{
    if (!isNoBid(bid))
        event->add(FieldKey::Bid, bid);
    event->add(FieldKey::BidSuffix, suffix);
}

// "[12/Apr/2024:10:15:03]" at the scanner; sets the event's time.
bool timestamp(ByteScanner* scan, ParsedEvent* event)
{
    CivilTime time;
    const qsizetype used = Timestamps::parseEPost(scan->rest(), &time);
    if (used == 0)
        return false;
    event->time = time;
    scan->literal(scan->rest().first(used));
    return true;
}

// Windows FILETIME seconds (since 1601-01-01 UTC) → UTC calendar time; only 1970..9999 is believed.
bool timeFromWindowsSeconds(std::uint64_t seconds, int millisecond, CivilTime* time)
{
    constexpr std::uint64_t From1601To1970 = 11644473600ull;
    constexpr std::uint64_t Until10000 = 253402300800ull; // 10000-01-01 in Unix seconds
    if (seconds < From1601To1970 || seconds - From1601To1970 >= Until10000)
        return false;
    const std::int64_t unixSeconds = std::int64_t(seconds - From1601To1970);
    CivilTime t;
    Timestamps::civilFromDays(unixSeconds / 86400, &t.year, &t.month, &t.day);
    const std::int64_t ofDay = unixSeconds % 86400;
    t.hour = int(ofDay / 3600);
    t.minute = int(ofDay / 60 % 60);
    t.second = int(ofDay % 60);
    t.millisecond = millisecond;
    t.hasOffset = true;
    t.offsetMinutes = 0;
    *time = t;
    return true;
}

// An address as SMTP commands write it: "<a@b> SIZE=123", "<a@b>", " a@b" (the seed's lower-case clients).
QByteArrayView commandAddress(QByteArrayView argument)
{
    argument = trimStart(argument);
    if (argument.startsWith('<')) {
        const qsizetype close = argument.indexOf('>');
        return close < 0 ? argument.sliced(1) : argument.sliced(1, close - 1);
    }
    return firstToken(argument);
}
// The argument of "MAIL FROM:<x>" / "RCPT TO:<x>" (any case, spaces allowed around the colon).
QByteArrayView pathArgument(QByteArrayView command)
{
    const qsizetype colon = command.indexOf(':');
    return colon < 0 ? QByteArrayView() : commandAddress(command.sliced(colon + 1));
}

// "domain=x": an address (the recipient being delivered) or a host name.
void addDomainValue(ParsedEvent* event, QByteArrayView value)
{
    const QByteArrayView address = unwrapAngle(value.trimmed());
    const qsizetype at = address.lastIndexOf('@');
    if (at >= 0) {
        event->add(FieldKey::Recipient, address);
        event->add(FieldKey::Relay, address.sliced(at + 1));
    } else {
        event->add(FieldKey::Relay, address);
    }
}

void addReply(ParsedEvent* event, QByteArrayView reply, std::uint32_t code)
{
    event->addNumber(FieldKey::ReplyCode, code);
    event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(reply));
    event->add(FieldKey::Reply, reply);
}

// The SMTP verbs both E-Post dialogues log; the kind a command maps to on either side.
EventKind commandKind(QByteArrayView word)
{
    if (equalsNoCase(word, "HELO") || equalsNoCase(word, "EHLO"))
        return EventKind::Helo;
    if (equalsNoCase(word, "MAIL"))
        return EventKind::MailFrom;
    if (equalsNoCase(word, "RCPT"))
        return EventKind::RcptTo;
    if (equalsNoCase(word, "DATA") || equalsNoCase(word, "BDAT"))
        return EventKind::Data;
    if (equalsNoCase(word, "STARTTLS"))
        return EventKind::Tls;
    if (equalsNoCase(word, "AUTH"))
        return EventKind::Auth;
    if (equalsNoCase(word, "QUIT"))
        return EventKind::Disconnect;
    return EventKind::SmtpCommand;
}
bool isKnownVerb(QByteArrayView word)
{
    static constexpr QByteArrayView others[]
        = { "RSET", "NOOP", "VRFY", "EXPN", "HELP", "TURN", "ETRN", "SEND", "SOML", "SAML", "XCLIENT", "XFORWARD" };
    if (commandKind(word) != EventKind::SmtpCommand)
        return true;
    for (QByteArrayView verb : others) {
        if (equalsNoCase(word, verb))
            return true;
    }
    return false;
}
// A word a client may have typed: one letter case throughout (unknown commands are logged as sent).
bool looksLikeCommand(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 12)
        return false;
    bool allUpper = true;
    bool allLower = true;
    for (char c : word) {
        allUpper = allUpper && isUpper(c);
        allLower = allLower && !isUpper(c);
    }
    return allUpper || allLower;
}

// A client command of an SMTP dialogue: kind, Action and the address or name it carries.
void addCommand(ParsedEvent* event, QByteArrayView text, QByteArrayView word, Side side)
{
    EventKind kind = commandKind(word);
    if (kind == EventKind::Disconnect && side == Side::Client)
        kind = EventKind::DeliveryDisconnect; // our delivery agent closing its outbound connection
    event->set(kind, side);
    event->add(FieldKey::Action, word);
    if (kind == EventKind::Helo)
        event->add(FieldKey::Helo, firstToken(afterFirstToken(text)));
    else if (kind == EventKind::MailFrom)
        event->add(FieldKey::Sender, pathArgument(text));
    else if (kind == EventKind::RcptTo)
        event->add(FieldKey::Recipient, pathArgument(text));
}

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

// ---------------------------------------------------------------------------------------------------------------

class EPostParser : public FormatParser
{
public:
    explicit EPostParser(QLatin1StringView name)
        : m_name(name)
    {
    }
    Family family() const override { return Family::EPost; }
    QLatin1StringView subLog() const override { return m_name; }

    int recognise(QByteArrayView line) const override
    {
        ParsedEvent scratch;
        return parseLine(trimEnd(line), &scratch) ? 2 : 0;
    }

    bool parse(QByteArrayView record, ParsedEvent* event) const override
    {
        const QByteArrayView line = trimEnd(record);
        event->program = QByteArrayView(m_name.data(), m_name.size());
        // Even a line the parser does not understand keeps its time, if it starts with one.
        CivilTime time;
        if (Timestamps::parseEPost(trimStart(line), &time) > 0)
            event->time = time;
        return parseLine(line, event);
    }

protected:
    // line has no trailing blanks.
    virtual bool parseLine(QByteArrayView line, ParsedEvent* event) const = 0;

private:
    QLatin1StringView m_name;
};

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
        ByteScanner scan(trimStart(line));
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
        const QByteArrayView flags = trimStart(scan.upTo(','));
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
        ByteScanner scan(trimStart(line));
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
    enum class Protocol { Smtp, Pop3, Imap4 };

    ReceiveLogParser(QLatin1StringView name, Protocol protocol)
        : EPostParser(name)
        , m_protocol(protocol)
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(trimStart(line));
        if (!timestamp(&scan, event) || !scan.literal(", "))
            return false;
        const QByteArrayView rest = scan.rest();
        if (rest.size() < 9 || rest[8] != ',')
            return false;
        const QByteArrayView session = rest.first(8);
        for (char c : session) {
            if (!isHex(c))
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
            pop3Line(text, event);
            break;
        case Protocol::Imap4:
            imap4Line(text, event);
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

    static void pop3Line(QByteArrayView text, ParsedEvent* event)
    {
        event->set(EventKind::Pop3, Side::Mailbox);
        if (text.startsWith('+') || text.startsWith('-')) {
            event->add(FieldKey::Action, firstToken(text)); // +OK / -ERR
            event->add(FieldKey::Reply, text);
            return;
        }
        const QByteArrayView word = firstToken(text);
        if (!word.isEmpty() && leadingWord(word).size() == word.size() && word.size() <= 12) {
            event->add(FieldKey::Action, word);
            if (equalsNoCase(word, "USER") || equalsNoCase(word, "APOP"))
                event->add(FieldKey::Account, firstToken(afterFirstToken(text)));
            return;
        }
        // LIST/UIDL answers list "n Bxxxxxxxxxx.MSG": the only message numbers of the mailbox logs
        ByteScanner scan(afterFirstToken(text));
        QByteArrayView bid, suffix;
        if (messageNumber(&scan, &bid, &suffix) && (scan.atEnd() || scan.peek() == '.' || scan.peek() == ' '))
            addMessageNumber(event, bid, suffix);
    }

    static void imap4Line(QByteArrayView text, ParsedEvent* event)
    {
        event->set(EventKind::Imap4, Side::Mailbox);
        const QByteArrayView tag = firstToken(text);
        QByteArrayView rest = afterFirstToken(text);
        if (tag == "+") {
            event->add(FieldKey::Reply, rest); // continuation request
            return;
        }
        QByteArrayView word = firstToken(rest);
        if (tag == "*" && !word.isEmpty() && isDigit(word.front())) {
            rest = afterFirstToken(rest); // "* 3 EXISTS"
            word = firstToken(rest);
        }
        if (word.isEmpty() || leadingWord(word).size() != word.size())
            return; // a client's continuation data (AUTHENTICATE), no command word
        const bool status = equalsNoCase(word, "OK") || equalsNoCase(word, "NO") || equalsNoCase(word, "BAD")
            || equalsNoCase(word, "BYE") || equalsNoCase(word, "PREAUTH");
        if (equalsNoCase(word, "UID")) {
            const QByteArrayView sub = firstToken(afterFirstToken(rest));
            if (!sub.isEmpty())
                word = rest.first(sub.data() + sub.size() - rest.data()); // "UID FETCH"
        }
        event->add(FieldKey::Action, word);
        if (status)
            event->add(FieldKey::Reply, rest);
        else if (tag != "*" && equalsNoCase(word, "LOGIN"))
            event->add(FieldKey::Account, Bytes::unwrap(firstToken(afterFirstToken(rest)), '"', '"'));
    }

    Protocol m_protocol;
};

// Bid[-sfx]@host sent on [ts] to nexthop from sender to rcpt      (outlog, outlocallog)
class OutLogParser final : public EPostParser
{
public:
    explicit OutLogParser(QLatin1StringView name)
        : EPostParser(name)
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(trimStart(line));
        QByteArrayView bid, suffix;
        if (!messageNumber(&scan, &bid, &suffix) || !scan.literal('@'))
            return false;
        const QByteArrayView host = scan.token();
        if (!scan.literal(" sent on ") || !timestamp(&scan, event) || !scan.literal(" to "))
            return false;
        const QByteArrayView nextHop = scan.token();
        if (!scan.literal(" from "))
            return false;
        const QByteArrayView from = scan.token();
        if (!scan.literal(" to "))
            return false;
        const QByteArrayView to = firstToken(scan.rest());
        if (to.isEmpty())
            return false;
        event->set(EventKind::Delivered, Side::Client);
        event->host = host;
        addMessageNumber(event, bid, suffix);
        event->add(FieldKey::Relay, nextHop);
        event->add(FieldKey::Sender, unwrapAngle(from));
        event->add(FieldKey::Recipient, unwrapAngle(to));
        return true;
    }
};

// Bid[-sfx]@host send fail on [ts] from sender to rcpt [reason]   (one vendor page prints "sent on", with
// two spaces before "from" and before the reason)
class FailLogParser final : public EPostParser
{
public:
    FailLogParser()
        : EPostParser(QLatin1StringView("faillog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(trimStart(line));
        QByteArrayView bid, suffix;
        if (!messageNumber(&scan, &bid, &suffix) || !scan.literal('@'))
            return false;
        const QByteArrayView host = scan.token();
        if (!(scan.literal(" send fail on ") || scan.literal(" sent on ")) || !timestamp(&scan, event))
            return false;
        // outlog's "sent on [ts] to" is not ours: the failure line goes on with "from"
        if (!scan.literal(' '))
            return false;
        scan.skipSpaces();
        if (!scan.literal("from "))
            return false;
        const QByteArrayView from = scan.token();
        if (!scan.literal(" to "))
            return false;
        const QByteArrayView to = scan.token();
        scan.skipSpaces();
        const QByteArrayView reason = scan.rest();
        if (to.isEmpty() || !reason.startsWith('[') || !reason.endsWith(']'))
            return false;
        const QByteArrayView reply = reason.sliced(1, reason.size() - 2).trimmed();
        event->set(EventKind::Bounced, Side::Client);
        event->host = host;
        addMessageNumber(event, bid, suffix);
        event->add(FieldKey::Sender, unwrapAngle(from));
        event->add(FieldKey::Recipient, unwrapAngle(to));
        const std::uint32_t code = Bytes::leadingReplyCode(reply);
        if (code != 0) {
            addReply(event, reply, code);
        } else {
            event->add(FieldKey::Reply, reply); // "Unable to deliver to destination domain"
        }
        return true;
    }
};

// [Bid[-sfx]] [domain] text  /  [Bid[-sfx]] text   (no timestamp)
class SenderLogParser final : public EPostParser
{
public:
    SenderLogParser()
        : EPostParser(QLatin1StringView("senderlog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(trimStart(line));
        QByteArrayView bid, suffix;
        if (!scan.literal('[') || !messageNumber(&scan, &bid, &suffix) || !scan.literal("] "))
            return false;
        QByteArrayView domain;
        if (scan.peek() == '[') {
            const QByteArrayView rest = scan.rest();
            const qsizetype close = rest.indexOf("] ");
            if (close > 0) {
                domain = rest.sliced(1, close - 1);
                scan.literal(rest.first(close + 2));
            }
        }
        const QByteArrayView text = scan.rest();
        if (text.isEmpty())
            return false;
        addMessageNumber(event, bid, suffix);
        event->add(FieldKey::Relay, domain);
        dialogueLine(text, event);
        return true;
    }

private:
    static void dialogueLine(QByteArrayView text, ParsedEvent* event)
    {
        ByteScanner scan(text);
        if (scan.literal("GetTryServer:")) {
            // (ltime(S)-otime(S))/interval=(n): seconds since 1601; ltime is when this attempt started
            event->set(EventKind::Queued, Side::Internal);
            std::uint64_t now = 0, created = 0;
            if (scan.literal("(ltime(") && scan.number(&now) && scan.literal(")-otime(") && scan.number(&created)
                && scan.literal("))")) {
                timeFromWindowsSeconds(now, 0, &event->time);
                if (now >= created && (now - created) < 4000000)
                    event->addNumber(FieldKey::Delay, std::uint32_t((now - created) * 1000));
            }
            return;
        }
        if (scan.literal("RetryDomain:")) {
            // (ltime(F)-nlast(F))/Status=n with raw FILETIME (100 ns) values
            event->set(EventKind::Queued, Side::Internal);
            std::uint64_t now = 0;
            if (scan.literal("(ltime(") && scan.number(&now) && scan.literal(")-nlast("))
                timeFromWindowsSeconds(now / 10000000, int(now % 10000000 / 10000), &event->time);
            const qsizetype status = text.indexOf("/Status=");
            if (status >= 0)
                event->add(FieldKey::Status, text.sliced(status + 8).trimmed());
            return;
        }
        if (scan.literal("SendGlbalMail:")) {
            if (scan.literal("return code=")) {
                event->set(EventKind::Other, Side::Client);
                event->add(FieldKey::Status, scan.rest().trimmed());
            } else if (scan.literal("domain=")) {
                event->set(EventKind::DeliveryStart, Side::Client);
                addDomainValue(event, scan.rest());
            } else {
                event->set(EventKind::Other, Side::Client);
                event->add(FieldKey::Reply, scan.rest().trimmed());
            }
            return;
        }
        if (scan.literal("ConnectHost:") || scan.literal("getaddrinfo:")) {
            event->set(EventKind::DeliveryConnect, Side::Client);
            if (scan.literal("domain="))
                addDomainValue(event, scan.rest());
            else
                event->add(FieldKey::Reply, scan.rest().trimmed()); // "winsock connect success.", ...
            return;
        }
        if (scan.literal("SendMailMess:")) {
            sendMailMessage(scan.rest(), event);
            return;
        }
        if (text == "SendMailMess") {
            event->set(EventKind::SmtpCommand, Side::Client); // the dialogue starts
            return;
        }
        if (text.startsWith("SendData complete")) {
            event->set(EventKind::Data, Side::Client);
            return;
        }
        if (text.startsWith("outlog()")) {
            event->set(EventKind::Delivered, Side::Client); // written to outlog/outlocallog
            return;
        }
        event->set(EventKind::Other, Side::Client);
        event->add(FieldKey::Reply, text);
    }

    static void sendMailMessage(QByteArrayView message, ParsedEvent* event)
    {
        if (message.startsWith("return=")) {
            event->set(EventKind::Other, Side::Client);
            event->add(FieldKey::Status, message.sliced(7).trimmed());
            return;
        }
        const std::uint32_t code = Bytes::leadingReplyCode(message);
        if (code != 0) {
            // The next hop's reply; the tracer decides whether a 4xx/5xx was final.
            EventKind kind = EventKind::SmtpReply;
            if (code >= 500)
                kind = EventKind::Bounced;
            else if (code >= 400)
                kind = EventKind::Deferred;
            event->set(kind, Side::Client);
            addReply(event, message, code);
            event->add(FieldKey::NextHopId, Bytes::nextHopIdIn(message));
            return;
        }
        const QByteArrayView word = leadingWord(message);
        if (word.isEmpty()) {
            event->set(EventKind::SmtpCommand, Side::Client);
            return;
        }
        addCommand(event, message, word, Side::Client);
    }
};

// account from ip COMMAND [args] [ts] [trailer]   (the time comes last)
class Pop3LogParser final : public EPostParser
{
public:
    Pop3LogParser()
        : EPostParser(QLatin1StringView("pop3log"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(line);
        if (scan.peek() == '[' || scan.peek() == '<')
            return false;
        const QByteArrayView account = scan.token();
        if (!scan.literal(" from "))
            return false;
        const QByteArrayView ip = scan.token();
        if (ip.isEmpty() || !scan.literal(' '))
            return false;
        // The first " [dd/Mon/yyyy:HH:MM:SS]" ends the command; EMWAC's layout may add an error text after it.
        const QByteArrayView rest = scan.rest();
        qsizetype at = 0;
        qsizetype tsAt = -1;
        CivilTime time;
        while ((at = rest.indexOf('[', at)) >= 0) {
            if ((at == 0 || rest[at - 1] == ' ') && Timestamps::parseEPost(rest.sliced(at), &time) > 0) {
                tsAt = at;
                break;
            }
            ++at;
        }
        if (tsAt < 0)
            return false;
        event->time = time;
        const QByteArrayView command = rest.first(tsAt).trimmed();
        const QByteArrayView word = firstToken(command);
        if (word.isEmpty() || leadingWord(word).size() != word.size())
            return false;
        event->set(EventKind::Pop3, Side::Mailbox);
        event->add(FieldKey::Account, account);
        event->add(FieldKey::PeerIp, ip);
        event->add(FieldKey::Action, word); // APOP's digest and RETR's number are not fields
        event->add(FieldKey::Reply, rest.sliced(tsAt + 22).trimmed());
        return true;
    }
};

// [ts] account from ip COMMAND args-or-"-"
class Imap4LogParser final : public EPostParser
{
public:
    Imap4LogParser()
        : EPostParser(QLatin1StringView("imap4log"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(trimStart(line));
        if (!timestamp(&scan, event) || !scan.literal(' '))
            return false;
        const QByteArrayView account = scan.token();
        if (!scan.literal(" from "))
            return false;
        const QByteArrayView ip = scan.token();
        if (ip.isEmpty() || !scan.literal(' '))
            return false;
        const QByteArrayView rest = scan.rest();
        QByteArrayView word = firstToken(rest);
        if (word.isEmpty() || leadingWord(word).size() != word.size())
            return false;
        if (equalsNoCase(word, "UID")) {
            const QByteArrayView sub = firstToken(afterFirstToken(rest));
            if (!sub.isEmpty() && leadingWord(sub).size() == sub.size())
                word = rest.first(sub.data() + sub.size() - rest.data()); // "UID FETCH"
        }
        event->set(EventKind::Imap4, Side::Mailbox);
        event->add(FieldKey::Account, account);
        event->add(FieldKey::PeerIp, ip);
        event->add(FieldKey::Action, word);
        return true;
    }
};

} // namespace

namespace EPostParsers {

std::unique_ptr<FormatParser> create(QLatin1StringView subLog)
{
    using Protocol = ReceiveLogParser::Protocol;
    if (subLog == QLatin1StringView("acceptlog"))
        return std::make_unique<AcceptLogParser>();
    if (subLog == QLatin1StringView("inlog"))
        return std::make_unique<InLogParser>();
    if (subLog == QLatin1StringView("receivelog"))
        return std::make_unique<ReceiveLogParser>(QLatin1StringView("receivelog"), Protocol::Smtp);
    if (subLog == QLatin1StringView("receivepop3"))
        return std::make_unique<ReceiveLogParser>(QLatin1StringView("receivepop3"), Protocol::Pop3);
    if (subLog == QLatin1StringView("receiveimap4"))
        return std::make_unique<ReceiveLogParser>(QLatin1StringView("receiveimap4"), Protocol::Imap4);
    if (subLog == QLatin1StringView("outlog"))
        return std::make_unique<OutLogParser>(QLatin1StringView("outlog"));
    if (subLog == QLatin1StringView("outlocallog"))
        return std::make_unique<OutLogParser>(QLatin1StringView("outlocallog"));
    if (subLog == QLatin1StringView("senderlog"))
        return std::make_unique<SenderLogParser>();
    if (subLog == QLatin1StringView("faillog"))
        return std::make_unique<FailLogParser>();
    if (subLog == QLatin1StringView("pop3log"))
        return std::make_unique<Pop3LogParser>();
    if (subLog == QLatin1StringView("imap4log"))
        return std::make_unique<Imap4LogParser>();
    return nullptr;
}

std::vector<std::unique_ptr<FormatParser>> forDetection()
{
    std::vector<std::unique_ptr<FormatParser>> parsers;
    for (const char* name :
        { "acceptlog", "inlog", "receivelog", "outlog", "senderlog", "faillog", "pop3log", "imap4log" })
        parsers.push_back(create(QLatin1StringView(name)));
    return parsers;
}

} // namespace EPostParsers
