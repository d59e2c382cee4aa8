#include "ironportheader.h"

#include "parsing/bytescanner.h"
#include "parsing/syslogheader.h"

namespace IronPortLines {

namespace {

using Bytes::isDigit;

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

} // namespace

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
    if (line.isEmpty() || !(line.front() == '<' || Bytes::isAlnum(line.front())))
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

} // namespace IronPortLines
