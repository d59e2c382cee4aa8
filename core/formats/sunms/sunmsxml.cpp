// The XML form (LOG_FORMAT=4): <en .../>, <co .../>, <he .../>.
#include "sunmsfields.h"

#include "parsing/bytescanner.h"
#include "parsing/timestamps.h"

namespace SunMsFields {

// <en .../>, <co .../>, <he .../> (LOG_FORMAT=4); returns the element's first letter or 0.
char xmlElement(QByteArrayView text)
{
    if (text.size() < 4 || text[0] != '<')
        return 0;
    const bool known = (text[1] == 'e' && text[2] == 'n') || (text[1] == 'c' && text[2] == 'o')
        || (text[1] == 'h' && text[2] == 'e');
    if (!known || !(Bytes::isBlank(text[3]) || text[3] == '/' || text[3] == '>'))
        return 0;
    return text[1];
}

namespace {

template <typename Callback>
void forEachAttribute(QByteArrayView text, Callback callback)
{
    qsizetype i = 3;
    while (i < text.size()) {
        while (i < text.size() && Bytes::isBlank(text[i]))
            ++i;
        if (i >= text.size() || text[i] == '/' || text[i] == '>')
            return;
        const qsizetype nameStart = i;
        while (i < text.size() && text[i] != '=' && !Bytes::isBlank(text[i]) && text[i] != '/' && text[i] != '>')
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

} // namespace

bool xmlTimestamp(QByteArrayView value, CivilTime* time)
{
    return Timestamps::parseIso(value, time) > 0;
}

namespace {

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

} // namespace

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

} // namespace SunMsFields
