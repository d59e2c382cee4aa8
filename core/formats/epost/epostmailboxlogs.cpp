// pop3log and imap4log, and the session lines of receivepop3 and receiveimap4: the mailbox servers' logs.

#include "epostcommon.h"
#include "epostsublogs.h"

#include "parsing/timestamps.h"

namespace {

using namespace EPost;
using Bytes::isDigit;

// "account from ip " at the scanner: the start of pop3log and imap4log lines (after imap4log's time).
bool accountFromIp(ByteScanner* scan, QByteArrayView* account, QByteArrayView* ip)
{
    *account = scan->token();
    if (!scan->literal(" from "))
        return false;
    *ip = scan->token();
    return !ip->isEmpty() && scan->literal(' ');
}

// The event a pop3log or imap4log line makes: the client's command word.
void addCommandLine(ParsedEvent* event, EventKind kind, QByteArrayView account, QByteArrayView ip, QByteArrayView word)
{
    event->set(kind, Side::Mailbox);
    event->add(FieldKey::Account, account);
    event->add(FieldKey::PeerIp, ip);
    event->add(FieldKey::Action, word);
}

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
        QByteArrayView account, ip;
        if (!accountFromIp(&scan, &account, &ip))
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
        const QByteArrayView word = Bytes::firstToken(command);
        if (!isWord(word))
            return false;
        addCommandLine(event, EventKind::Pop3, account, ip, word); // APOP's digest and RETR's number are not fields
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
        ByteScanner scan(Bytes::skipBlanks(line));
        if (!timestamp(&scan, event) || !scan.literal(' '))
            return false;
        QByteArrayView account, ip;
        if (!accountFromIp(&scan, &account, &ip))
            return false;
        const QByteArrayView rest = scan.rest();
        QByteArrayView word = Bytes::firstToken(rest);
        if (!isWord(word))
            return false;
        if (equalsNoCase(word, "UID")) {
            const QByteArrayView sub = Bytes::firstToken(afterFirstToken(rest));
            if (isWord(sub))
                word = rest.first(sub.data() + sub.size() - rest.data()); // "UID FETCH"
        }
        addCommandLine(event, EventKind::Imap4, account, ip, word);
        return true;
    }
};

} // namespace

namespace EPost {

std::unique_ptr<FormatParser> makePop3LogParser()
{
    return std::make_unique<Pop3LogParser>();
}

std::unique_ptr<FormatParser> makeImap4LogParser()
{
    return std::make_unique<Imap4LogParser>();
}

// receivepop3: commands, +OK/-ERR replies and LIST/UIDL answers.
void receivePop3Line(QByteArrayView text, ParsedEvent* event)
{
    event->set(EventKind::Pop3, Side::Mailbox);
    if (text.startsWith('+') || text.startsWith('-')) {
        event->add(FieldKey::Action, Bytes::firstToken(text)); // +OK / -ERR
        event->add(FieldKey::Reply, text);
        return;
    }
    const QByteArrayView word = Bytes::firstToken(text);
    if (isWord(word) && word.size() <= 12) {
        event->add(FieldKey::Action, word);
        if (equalsNoCase(word, "USER") || equalsNoCase(word, "APOP"))
            event->add(FieldKey::Account, Bytes::firstToken(afterFirstToken(text)));
        return;
    }
    // LIST/UIDL answers list "n Bxxxxxxxxxx.MSG": the only message numbers of the mailbox logs
    ByteScanner scan(afterFirstToken(text));
    QByteArrayView bid, suffix;
    if (messageNumber(&scan, &bid, &suffix) && (scan.atEnd() || scan.peek() == '.' || scan.peek() == ' '))
        addMessageNumber(event, bid, suffix);
}

// receiveimap4: tagged commands and replies, untagged data and continuation requests.
void receiveImap4Line(QByteArrayView text, ParsedEvent* event)
{
    event->set(EventKind::Imap4, Side::Mailbox);
    const QByteArrayView tag = Bytes::firstToken(text);
    QByteArrayView rest = afterFirstToken(text);
    if (tag == "+") {
        event->add(FieldKey::Reply, rest); // continuation request
        return;
    }
    QByteArrayView word = Bytes::firstToken(rest);
    if (tag == "*" && !word.isEmpty() && isDigit(word.front())) {
        rest = afterFirstToken(rest); // "* 3 EXISTS"
        word = Bytes::firstToken(rest);
    }
    if (!isWord(word))
        return; // a client's continuation data (AUTHENTICATE), no command word
    const bool status = equalsNoCase(word, "OK") || equalsNoCase(word, "NO") || equalsNoCase(word, "BAD")
        || equalsNoCase(word, "BYE") || equalsNoCase(word, "PREAUTH");
    if (equalsNoCase(word, "UID")) {
        const QByteArrayView sub = Bytes::firstToken(afterFirstToken(rest));
        if (!sub.isEmpty())
            word = rest.first(sub.data() + sub.size() - rest.data()); // "UID FETCH"
    }
    event->add(FieldKey::Action, word);
    if (status)
        event->add(FieldKey::Reply, rest);
    else if (tag != "*" && equalsNoCase(word, "LOGIN"))
        event->add(FieldKey::Account, Bytes::unwrap(Bytes::firstToken(afterFirstToken(rest)), '"', '"'));
}

} // namespace EPost
