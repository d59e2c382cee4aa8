#include "sunmsparser.h"

#include "sunmsfields.h"

#include "parsing/bytescanner.h"
#include "parsing/syslogheader.h"
#include "parsing/timestamps.h"

using namespace SunMsFields;

namespace {

// A Sun timestamp followed by a blank or the end.
qsizetype sunTimestamp(QByteArrayView text, CivilTime* time)
{
    CivilTime parsed;
    const qsizetype used = Timestamps::parseSun(text, &parsed);
    if (used == 0 || (used < text.size() && !Bytes::isBlank(text[used])))
        return 0;
    *time = parsed;
    return used;
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
    const QByteArrayView rest = Bytes::skipBlanks(head.rest);
    if (!head.direction.isEmpty())
        return !head.action.isEmpty() && isTransport(rest);
    return QByteArrayView("EDQRJKBWZV").contains(head.action.front()) && isDigits(Bytes::firstToken(rest)) && rest.contains(';');
}

int recogniseBody(QByteArrayView body)
{
    Head head;
    if (parseHead(body, &head))
        return 2;
    // a bare timestamp, or an entry cut off before its action
    body = Bytes::skipBlanks(body);
    QByteArrayView first = Bytes::firstToken(body);
    if (isProcess(first))
        first = Bytes::firstToken(Bytes::skipBlanks(body.sliced(first.size())));
    return body.isEmpty() || isChannel(first) ? 1 : 0;
}

} // namespace

int SunMsParser::recognise(QByteArrayView line) const
{
    const QByteArrayView text = Bytes::chopBlanks(Bytes::skipBlanks(line));
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
    const QByteArrayView text = Bytes::skipBlanks(line);
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
    const QByteArrayView text = Bytes::chopBlanks(Bytes::skipBlanks(record));
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
    const QByteArrayView message = Bytes::chopBlanks(header.message);
    if (xmlElement(message))
        return parseXml(message, event);
    used = sunTimestamp(message, &event->time);
    if (used > 0)
        return parseBody(message.sliced(used), event);
    return plausibleWithoutTimestamp(message) && parseBody(message, event);
}
