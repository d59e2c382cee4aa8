#include "ironportlines.h"

// Pieces of IronPort messages shared by the line families.

namespace IronPortLines {

using Bytes::isDigit;

bool takeId(ByteScanner& scan, QByteArrayView word, QByteArrayView* id)
{
    ByteScanner probe = scan;
    if (!probe.literal(word) || !probe.digits(id) || Bytes::isAlnum(probe.peek()))
        return false;
    scan = probe;
    return true;
}

void addConnectionId(ParsedEvent* event, FieldKey key, QByteArrayView id)
{
    if (id != "0")
        event->add(key, id);
}

bool takeLabelledDcid(ByteScanner& scan, ParsedEvent* event)
{
    if (!scan.literal("DCID"))
        return false;
    scan.literal(':');
    scan.skipSpaces();
    QByteArrayView id;
    if (scan.digits(&id))
        addConnectionId(event, FieldKey::Dcid, id);
    return true;
}

void addLooseIds(QByteArrayView text, ParsedEvent* event)
{
    static constexpr struct
    {
        QByteArrayView word;
        FieldKey key;
    } words[] = { { "MID", FieldKey::Mid }, { "ICID", FieldKey::Icid }, { "DCID", FieldKey::Dcid },
        { "RCID", FieldKey::Rcid } };
    for (const auto& word : words) {
        if (event->find(word.key))
            continue;
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype at = text.indexOf(word.word, from);
            if (at < 0)
                break;
            from = at + word.word.size();
            if (at > 0 && Bytes::isLetter(text[at - 1]))
                continue;
            qsizetype i = from;
            if (i < text.size() && text[i] == ':')
                ++i;
            if (i >= text.size() || text[i] != ' ')
                continue;
            const qsizetype start = ++i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            if (i == start || (i < text.size() && Bytes::isLetter(text[i])))
                continue;
            const QByteArrayView id = text.sliced(start, i - start);
            if (word.key == FieldKey::Mid || word.key == FieldKey::Rcid)
                event->add(word.key, id);
            else
                addConnectionId(event, word.key, id);
            break;
        }
    }
}

QByteArrayView address(QByteArrayView text)
{
    if (text.startsWith('<')) {
        const qsizetype close = text.indexOf('>');
        return close < 0 ? text.sliced(1) : text.sliced(1, close - 1);
    }
    return Bytes::firstToken(text);
}

QByteArrayView reprString(QByteArrayView text, QByteArrayView* after)
{
    if (after)
        *after = {};
    if (text.isEmpty() || (text.front() != '\'' && text.front() != '"'))
        return text;
    const char quote = text.front();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (after)
                *after = text.sliced(i + 1);
            return text.sliced(1, i - 1);
        }
    }
    return text.sliced(1);
}

QByteArrayView ridList(ByteScanner& scan)
{
    scan.skipSpaces();
    if (scan.literal("RID"))
        scan.skipSpaces();
    QByteArrayView digits;
    if (scan.digits(&digits))
        return digits;
    if (!scan.literal('['))
        return {};
    const QByteArrayView list = scan.upTo(']');
    scan.literal(']');
    return list.trimmed();
}

bool parsePending(ByteScanner& scan, ParsedEvent* event)
{
    const QByteArrayView rids = ridList(scan);
    scan.skipSpaces();
    if (!scan.rest().startsWith("pending"))
        return false;
    event->set(EventKind::Queued, Side::Internal);
    event->add(FieldKey::Rid, rids);
    event->add(FieldKey::Status, QByteArrayView("pending"));
    event->add(FieldKey::Reply, scan.rest());
    return true;
}

std::uint32_t tupleReplyCode(QByteArrayView text)
{
    qsizetype at = text.indexOf("('");
    if (at < 0)
        at = text.indexOf("(\"");
    if (at < 0 || at + 6 > text.size())
        return 0;
    const QByteArrayView code = text.sliced(at + 2, 3);
    if (text[at + 5] != text[at + 1] || !isDigit(code[0]) || !isDigit(code[1]) || !isDigit(code[2]))
        return 0;
    const std::uint32_t value = Bytes::toUInt(code);
    return value >= 200 && value < 600 ? value : 0;
}

void addNumber(ParsedEvent* event, FieldKey key, QByteArrayView digits)
{
    bool ok = false;
    const std::uint32_t value = Bytes::toUInt(digits, &ok);
    if (ok)
        event->addNumber(key, value);
}

// The text after "<label>" in text, up to the next " <word>:" label of the same line ("IP: a details: b").
QByteArrayView labelled(QByteArrayView text, QByteArrayView label, QByteArrayView next)
{
    const qsizetype at = text.indexOf(label);
    if (at < 0)
        return {};
    QByteArrayView value = text.sliced(at + label.size());
    if (!next.isEmpty()) {
        const qsizetype end = value.indexOf(next);
        if (end >= 0)
            value.truncate(end);
    }
    return value.trimmed();
}

void setOther(ParsedEvent* event, Side side, QByteArrayView message)
{
    event->set(EventKind::Other, side);
    event->add(FieldKey::Reply, message);
    addLooseIds(message, event);
}

void setTls(ParsedEvent* event, Side side, QByteArrayView rest)
{
    event->set(EventKind::Tls, side);
    event->add(FieldKey::Tls, rest);
    if (rest.startsWith("success"))
        event->add(FieldKey::Status, QByteArrayView("success"));
    else if (rest.startsWith("failed") || rest.startsWith("was required"))
        event->add(FieldKey::Status, QByteArrayView("failed"));
}

bool startsWithAny(QByteArrayView text, std::initializer_list<QByteArrayView> prefixes)
{
    for (QByteArrayView prefix : prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace IronPortLines
