#include "epostparser.h"

#include "epostsublogs.h"

#include "parsing/bytescanner.h"
#include "parsing/timestamps.h"

// Every parser works on the bytes of one line: field values are views into the line, nothing is allocated.
// formats.md section 4; the seeds 002/003 hold the vendor's own example lines.
// The sub-log parsers: epostsmtplogs.cpp (acceptlog, inlog, receivelog), epostdeliverylogs.cpp (outlog,
// outlocallog, faillog, senderlog), epostmailboxlogs.cpp (pop3log, imap4log, receivepop3, receiveimap4);
// their shared helpers are in epostcommon.cpp.

namespace EPost {

int EPostParser::recognise(QByteArrayView line) const
{
    ParsedEvent scratch;
    return parseLine(Bytes::chopBlanks(line), &scratch) ? 2 : 0;
}

bool EPostParser::parse(QByteArrayView record, ParsedEvent* event) const
{
    const QByteArrayView line = Bytes::chopBlanks(record);
    event->program = QByteArrayView(m_name.data(), m_name.size());
    // Even a line the parser does not understand keeps its time, if it starts with one.
    CivilTime time;
    if (Timestamps::parseEPost(Bytes::skipBlanks(line), &time) > 0)
        event->time = time;
    return parseLine(line, event);
}

} // namespace EPost

namespace EPostParsers {

std::unique_ptr<FormatParser> create(QLatin1StringView subLog)
{
    using namespace EPost;
    using Protocol = ReceiveProtocol;
    if (subLog == QLatin1StringView("acceptlog"))
        return makeAcceptLogParser();
    if (subLog == QLatin1StringView("inlog"))
        return makeInLogParser();
    if (subLog == QLatin1StringView("receivelog"))
        return makeReceiveLogParser(QLatin1StringView("receivelog"), Protocol::Smtp);
    if (subLog == QLatin1StringView("receivepop3"))
        return makeReceiveLogParser(QLatin1StringView("receivepop3"), Protocol::Pop3);
    if (subLog == QLatin1StringView("receiveimap4"))
        return makeReceiveLogParser(QLatin1StringView("receiveimap4"), Protocol::Imap4);
    if (subLog == QLatin1StringView("outlog"))
        return makeOutLogParser(QLatin1StringView("outlog"));
    if (subLog == QLatin1StringView("outlocallog"))
        return makeOutLogParser(QLatin1StringView("outlocallog"));
    if (subLog == QLatin1StringView("senderlog"))
        return makeSenderLogParser();
    if (subLog == QLatin1StringView("faillog"))
        return makeFailLogParser();
    if (subLog == QLatin1StringView("pop3log"))
        return makePop3LogParser();
    if (subLog == QLatin1StringView("imap4log"))
        return makeImap4LogParser();
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
