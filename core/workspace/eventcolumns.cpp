#include "eventcolumns.h"

#include "fieldview.h"
#include "foldedbytes.h"
#include "model/logcollection.h"
#include "model/vocabulary.h"
#include "parsing/timestamps.h"
#include "textdecoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

constexpr const char* Context = "EventColumn";

constexpr std::array<VocabularyName, EventColumnCount> columnNames { {
    { "time", QT_TRANSLATE_NOOP("EventColumn", "Time") },
    { "host", QT_TRANSLATE_NOOP("EventColumn", "Host") },
    { "family", QT_TRANSLATE_NOOP("EventColumn", "Family") },
    { "program", QT_TRANSLATE_NOOP("EventColumn", "Program") },
    { "kind", QT_TRANSLATE_NOOP("EventColumn", "Kind") },
    { "side", QT_TRANSLATE_NOOP("EventColumn", "Side") },
    { "ids", QT_TRANSLATE_NOOP("EventColumn", "IDs") },
    { "from", QT_TRANSLATE_NOOP("EventColumn", "From") },
    { "to", QT_TRANSLATE_NOOP("EventColumn", "To") },
    { "status", QT_TRANSLATE_NOOP("EventColumn", "Status") },
    { "reply", QT_TRANSLATE_NOOP("EventColumn", "Reply") },
    { "peer", QT_TRANSLATE_NOOP("EventColumn", "Peer") },
    { "text", QT_TRANSLATE_NOOP("EventColumn", "Text") },
    { "file", QT_TRANSLATE_NOOP("EventColumn", "File") },
    { "line", QT_TRANSLATE_NOOP("EventColumn", "Line") },
} };

// Appends the log's bytes decoded; ASCII (nearly every field) goes in without an intermediate string.
void appendDecoded(QString* out, const ParsedLog& log, QByteArrayView bytes)
{
    if (bytes.size() > ParsedLog::DisplayLimit)
        out->append(log.displayed(bytes));
    else if (TextDecoding::isAscii(bytes))
        out->append(QLatin1StringView(bytes));
    else
        out->append(log.decoded(bytes));
}

QString decoded(const ParsedLog& log, QByteArrayView bytes)
{
    QString text;
    appendDecoded(&text, log, bytes);
    return text;
}

void appendDigits(char** out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        (*out)[i] = char('0' + value % 10);
        value /= 10;
    }
    *out += width;
}

QString programText(const ParsedLog& log, std::size_t index)
{
    NumberText buffer;
    const QByteArrayView source = fieldView(log, index, FieldKey::SourceChannel, &buffer);
    if (!source.isEmpty()) { // Sun: the channels the message moved between
        QString text = decoded(log, source);
        const QByteArrayView destination = fieldView(log, index, FieldKey::DestChannel, &buffer);
        if (!destination.isEmpty()) {
            text += u" → ";
            appendDecoded(&text, log, destination);
        }
        return text;
    }
    QString text = decoded(log, log.strings().view(log.programOf(index)));
    if (const std::uint32_t pid = log.pidOf(index)) {
        text += u'[';
        text += QString::number(pid);
        text += u']';
    }
    return text;
}

// Every identifier except the Message-ID (too long; the Text column has it) as key=value, in FieldKey order.
QString idsText(const ParsedLog& log, std::size_t index)
{
    std::array<std::pair<FieldKey, FieldValue>, 64> ids;
    std::size_t count = 0;
    for (std::size_t n = 0, fields = log.fieldCount(index); n < fields && count < ids.size(); ++n) {
        const FieldKey key = log.fieldKeyAt(index, n);
        if (isIdentifier(key) && key != FieldKey::MessageId)
            ids[count++] = { key, log.fieldAt(index, n) };
    }
    std::stable_sort(ids.begin(), ids.begin() + std::ptrdiff_t(count),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    QString text;
    NumberText buffer;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            text += u' ';
        text += fieldKey(ids[i].first);
        text += u'=';
        appendDecoded(&text, log, fieldView(log, index, ids[i].second, &buffer));
    }
    return text;
}

QString recipientText(const ParsedLog& log, std::size_t index)
{
    NumberText buffer;
    const QByteArrayView to = fieldView(log, index, FieldKey::Recipient, &buffer);
    const QByteArrayView original = fieldView(log, index, FieldKey::OrigRecipient, &buffer);
    if (original.isEmpty() || original == to)
        return decoded(log, to);
    if (to.isEmpty())
        return decoded(log, original);
    //: a recipient address, then the address it was sent to originally (before alias expansion)
    return QCoreApplication::translate("EventColumn", "%1 (orig: %2)").arg(decoded(log, to), decoded(log, original));
}

// "550 5.1.1 text": the code and enhanced status are not repeated where the reply text starts with them.
QString replyText(const ParsedLog& log, std::size_t index)
{
    NumberText codeBuffer;
    NumberText statusBuffer;
    NumberText replyBuffer;
    const QByteArrayView code = fieldView(log, index, FieldKey::ReplyCode, &codeBuffer);
    const QByteArrayView status = fieldView(log, index, FieldKey::EnhancedStatus, &statusBuffer);
    const QByteArrayView reply = fieldView(log, index, FieldKey::Reply, &replyBuffer);
    QByteArrayView rest = reply;
    if (!code.isEmpty() && rest.startsWith(code) && (rest.size() == code.size() || rest[code.size()] == ' '))
        rest = rest.sliced(code.size()).trimmed();
    if (!status.isEmpty() && rest.startsWith(status))
        rest = rest.sliced(status.size()).trimmed();
    QString text;
    for (const QByteArrayView part : { code, status, rest }) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u' ';
        appendDecoded(&text, log, part);
    }
    return text;
}

QString peerText(const ParsedLog& log, std::size_t index)
{
    NumberText buffer;
    NumberText portBuffer;
    const QByteArrayView host = fieldView(log, index, FieldKey::PeerHost, &buffer);
    const QByteArrayView port = fieldView(log, index, FieldKey::PeerPort, &portBuffer);
    QString text = decoded(log, host);
    const QByteArrayView ip = fieldView(log, index, FieldKey::PeerIp, &buffer);
    if (!ip.isEmpty()) {
        // host[ip]:port as Postfix writes it; a bare IPv6 address needs the brackets before a port too.
        const bool brackets = !host.isEmpty() || (!port.isEmpty() && ip.contains(':'));
        if (brackets)
            text += u'[';
        appendDecoded(&text, log, ip);
        if (brackets)
            text += u']';
    }
    if (text.isEmpty())
        return decoded(log, fieldView(log, index, FieldKey::Relay, &buffer));
    if (!port.isEmpty()) {
        text += u':';
        appendDecoded(&text, log, port);
    }
    return text;
}

} // namespace

QLatin1StringView eventColumnKey(EventColumn column)
{
    return Vocabulary::key(columnNames, int(column));
}

bool eventColumnFromKey(QLatin1StringView key, EventColumn* column)
{
    int index = 0;
    if (!Vocabulary::indexOf(columnNames, key, &index))
        return false;
    *column = EventColumn(index);
    return true;
}

QString eventColumnLabel(EventColumn column)
{
    return Vocabulary::label(Context, columnNames, int(column));
}

FilterField eventColumnFilterField(EventColumn column)
{
    switch (column) {
    case EventColumn::Host:
        return FilterField::Host;
    case EventColumn::Family:
        return FilterField::Family;
    case EventColumn::Program:
        return FilterField::Program;
    case EventColumn::Kind:
        return FilterField::Kind;
    case EventColumn::Side:
        return FilterField::Side;
    case EventColumn::Ids:
        return FilterField::Id;
    case EventColumn::From:
        return FilterField::From;
    case EventColumn::To:
        return FilterField::To;
    case EventColumn::Status:
        return FilterField::Status;
    case EventColumn::Reply:
        return FilterField::Reply;
    case EventColumn::Peer:
        return FilterField::Peer;
    case EventColumn::Text:
        return FilterField::Text;
    case EventColumn::Time:
    case EventColumn::File:
    case EventColumn::Line:
        break;
    }
    return FilterField::Any;
}

QString eventTimeText(const EventRecord& event)
{
    if (event.flags & EventRecord::NoTime)
        return {};
    const CivilTime t = Timestamps::civilTimeAt(event.utcMs, event.offsetMinutes());
    if (t.year < 0 || t.year > 9999)
        return {}; // not a time a log can mean
    char buffer[23];
    char* out = buffer;
    appendDigits(&out, t.year, 4);
    *out++ = '-';
    appendDigits(&out, t.month, 2);
    *out++ = '-';
    appendDigits(&out, t.day, 2);
    *out++ = ' ';
    appendDigits(&out, t.hour, 2);
    *out++ = ':';
    appendDigits(&out, t.minute, 2);
    *out++ = ':';
    appendDigits(&out, t.second, 2);
    *out++ = '.';
    appendDigits(&out, t.millisecond, 3);
    return QString::fromLatin1(buffer, out - buffer);
}

QString eventTimeText(const ParsedLog& log, std::size_t index)
{
    return eventTimeText(log.event(index));
}

QString eventCellText(const LogCollection& logs, EventRef event, EventColumn column)
{
    const ParsedLog& log = logs.log(event.log);
    const std::size_t index = event.index;
    const EventRecord& record = log.event(index);
    NumberText buffer;
    switch (column) {
    case EventColumn::Time:
        return eventTimeText(record);
    case EventColumn::Host:
        return decoded(log, log.strings().view(log.hostOf(index)));
    case EventColumn::Family:
        return familyLabel(log.info().family);
    case EventColumn::Program:
        return programText(log, index);
    case EventColumn::Kind:
        return kindLabel(record.kind);
    case EventColumn::Side:
        return record.side == Side::None ? QString() : sideLabel(record.side);
    case EventColumn::Ids:
        return idsText(log, index);
    case EventColumn::From:
        return decoded(log, fieldView(log, index, FieldKey::Sender, &buffer));
    case EventColumn::To:
        return recipientText(log, index);
    case EventColumn::Status: {
        const QByteArrayView status = fieldView(log, index, FieldKey::Status, &buffer);
        return decoded(log, status.isEmpty() ? fieldView(log, index, FieldKey::Verdict, &buffer) : status);
    }
    case EventColumn::Reply:
        return replyText(log, index);
    case EventColumn::Peer:
        return peerText(log, index);
    case EventColumn::Text:
        return log.lineText(qsizetype(log.lineOf(index)));
    case EventColumn::File:
        return log.info().displayName;
    case EventColumn::Line:
        return QString::number(qulonglong(log.lineOf(index)) + 1);
    }
    return {};
}
