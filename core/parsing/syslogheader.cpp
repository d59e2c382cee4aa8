#include "syslogheader.h"

#include "bytescanner.h"
#include "timestamps.h"

namespace {

// "tag[pid]:" or "tag:" at the start of text; fills tag/pid and returns the bytes used (after ": ").
qsizetype parseTag(QByteArrayView text, SyslogHeader* header)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] != ' ' && text[i] != '[' && text[i] != ':')
        ++i;
    if (i == 0 || i >= text.size())
        return 0;
    header->tag = text.first(i);
    header->hasPid = false;
    if (text[i] == '[') {
        const qsizetype close = text.indexOf(']', i);
        if (close < 0)
            return 0;
        bool ok = false;
        header->pid = Bytes::toUInt(text.sliced(i + 1, close - i - 1), &ok);
        if (!ok)
            return 0;
        header->hasPid = true;
        i = close + 1;
    }
    if (i >= text.size() || text[i] != ':')
        return 0;
    ++i;
    if (i < text.size() && text[i] == ' ')
        ++i;
    return i;
}

} // namespace

bool SyslogHeader::parse(QByteArrayView line)
{
    QByteArrayView text = line;
    if (text.startsWith('<')) { // <PRI>
        const qsizetype close = text.indexOf('>');
        if (close < 2 || close > 4)
            return false;
        text = text.sliced(close + 1);
    }
    qsizetype used = Timestamps::parseBsd(text, &time);
    if (used == 0)
        used = Timestamps::parseIso(text, &time);
    if (used == 0 || used >= text.size() || text[used] != ' ')
        return false;
    text = text.sliced(used + 1);

    // Either "host tag[pid]: msg" or "tag[pid]: msg" (no host).
    const qsizetype tagOnly = parseTag(text, this);
    if (tagOnly > 0) {
        host = {};
        message = text.sliced(tagOnly);
        return true;
    }
    const qsizetype space = text.indexOf(' ');
    if (space <= 0)
        return false;
    host = text.first(space);
    const qsizetype afterTag = parseTag(text.sliced(space + 1), this);
    if (afterTag == 0)
        return false;
    message = text.sliced(space + 1 + afterTag);
    return true;
}
