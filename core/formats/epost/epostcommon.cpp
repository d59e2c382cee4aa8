#include "epostcommon.h"

#include "parsing/timestamps.h"

namespace {

using Bytes::isDigit;
using EPost::equalsNoCase;

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
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
        while (i < text.size() && Bytes::isUpper(text[i]))
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

// An address as SMTP commands write it: "<a@b> SIZE=123", "<a@b>", " a@b" (the seed's lower-case clients).
QByteArrayView commandAddress(QByteArrayView argument)
{
    argument = Bytes::skipBlanks(argument);
    if (argument.startsWith('<')) {
        const qsizetype close = argument.indexOf('>');
        return close < 0 ? argument.sliced(1) : argument.sliced(1, close - 1);
    }
    return Bytes::firstToken(argument);
}
// The argument of "MAIL FROM:<x>" / "RCPT TO:<x>" (any case, spaces allowed around the colon).
QByteArrayView pathArgument(QByteArrayView command)
{
    const qsizetype colon = command.indexOf(':');
    return colon < 0 ? QByteArrayView() : commandAddress(command.sliced(colon + 1));
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

} // namespace

namespace EPost {

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
    while (n < text.size() && Bytes::isLetter(text[n]))
        ++n;
    return text.first(n);
}
bool isWord(QByteArrayView text)
{
    return !text.isEmpty() && leadingWord(text).size() == text.size();
}
QByteArrayView afterFirstToken(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? QByteArrayView() : Bytes::skipBlanks(text.sliced(space + 1));
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

void addReply(ParsedEvent* event, QByteArrayView reply, std::uint32_t code)
{
    event->addNumber(FieldKey::ReplyCode, code);
    event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(reply));
    event->add(FieldKey::Reply, reply);
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
        allUpper = allUpper && Bytes::isUpper(c);
        allLower = allLower && !Bytes::isUpper(c);
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
        event->add(FieldKey::Helo, Bytes::firstToken(afterFirstToken(text)));
    else if (kind == EventKind::MailFrom)
        event->add(FieldKey::Sender, pathArgument(text));
    else if (kind == EventKind::RcptTo)
        event->add(FieldKey::Recipient, pathArgument(text));
}

} // namespace EPost
