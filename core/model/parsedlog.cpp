#include "parsedlog.h"

#include "radixsort.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

constexpr std::uint8_t KeyMask = 0x3f;
constexpr int TypeShift = 6;
static_assert(FieldKeyCount <= KeyMask + 1, "field keys must fit in six bits");

} // namespace

ParsedLog::ParsedLog(std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool)
    : m_file(std::move(file))
    , m_pool(std::move(pool))
{
    m_info.path = m_file->path();
    m_info.displayName = m_file->displayName();
    m_info.compressed = m_file->wasCompressed();
    m_info.bytes = m_file->byteSize();
    m_info.lines = m_file->lineCount();
    m_info.folderHost = m_pool->intern(QFileInfo(m_info.path).dir().dirName().toUtf8());
}

StringPool::Id ParsedLog::hostOf(std::size_t index) const
{
    const StringPool::Id host = m_info.family == Family::EPost ? 0 : sourceOf(index).host;
    return host ? host : m_info.folderHost;
}

FieldKey ParsedLog::fieldKeyAt(std::size_t index, std::size_t n) const
{
    return FieldKey(m_fieldKeys[fieldsBegin(index) + n] & KeyMask);
}

FieldValue ParsedLog::fieldAt(std::size_t index, std::size_t n) const
{
    const std::size_t at = fieldsBegin(index) + n;
    return { FieldValue::Type(m_fieldKeys[at] >> TypeShift), m_fieldValues[at] };
}

FieldValue ParsedLog::field(std::size_t index, FieldKey key) const
{
    const std::size_t end = fieldEnd(index);
    for (std::size_t at = fieldsBegin(index); at < end; ++at) {
        if ((m_fieldKeys[at] & KeyMask) == std::uint8_t(key))
            return { FieldValue::Type(m_fieldKeys[at] >> TypeShift), m_fieldValues[at] };
    }
    return {};
}

QByteArray ParsedLog::valueBytes(std::size_t index, FieldValue value) const
{
    switch (value.type) {
    case FieldValue::Type::None:
        return {};
    case FieldValue::Type::Number:
        return QByteArray::number(value.value);
    case FieldValue::Type::String:
    case FieldValue::Type::LineSpan:
        return textView(index, value).toByteArray();
    }
    return {};
}

QByteArrayView ParsedLog::textView(std::size_t index, FieldValue value) const
{
    if (value.type == FieldValue::Type::String)
        return m_pool->view(value.value);
    if (value.type != FieldValue::Type::LineSpan)
        return {};
    const QByteArrayView line = m_file->line(qsizetype(lineOf(index)));
    const auto offset = qsizetype(value.value >> 16);
    const auto length = qsizetype(value.value & 0xffff);
    return offset + length <= line.size() ? line.sliced(offset, length) : QByteArrayView(); // the file may have shrunk
}

QByteArray ParsedLog::fieldBytes(std::size_t index, FieldKey key) const
{
    return valueBytes(index, field(index, key));
}

namespace {

QString shownField(FieldKey key, QString text)
{
    return key == FieldKey::Subject ? TextDecoding::decodeEncodedWords(text) : text;
}

} // namespace

QString ParsedLog::fieldText(std::size_t index, FieldKey key) const
{
    return shownField(key, decoded(fieldBytes(index, key)));
}

QString ParsedLog::fieldTextAt(std::size_t index, std::size_t n) const
{
    return shownField(fieldKeyAt(index, n), valueText(index, fieldAt(index, n)));
}

QString ParsedLog::valueText(std::size_t index, FieldValue value) const
{
    return decoded(valueBytes(index, value));
}

QString ParsedLog::lineText(qsizetype line) const
{
    return displayed(m_file->line(line));
}

QByteArray ParsedLog::rawBytes(std::size_t index) const
{
    const std::uint32_t line = lineOf(index);
    const std::uint32_t span = lineSpanOf(index);
    if (span == 1)
        return m_file->line(qsizetype(line)).toByteArray();
    QByteArray joined;
    for (std::uint32_t i = 0; i < span; ++i) {
        if (i > 0)
            joined += '\n';
        joined += m_file->line(qsizetype(line + i));
    }
    return joined;
}

QString ParsedLog::text(std::size_t index) const
{
    return decoded(rawBytes(index));
}

QString ParsedLog::displayText(std::size_t index) const
{
    return lineSpanOf(index) == 1 ? displayed(m_file->line(qsizetype(lineOf(index)))) : displayed(rawBytes(index));
}

QString ParsedLog::decoded(QByteArrayView bytes) const
{
    if (m_info.encodingOverridden)
        return TextDecoding::decodeAs(bytes, m_info.encoding);
    return TextDecoding::toDisplayText(bytes);
}

QString ParsedLog::displayed(QByteArrayView bytes) const
{
    if (bytes.size() <= DisplayLimit)
        return decoded(bytes);
    return decoded(bytes.first(DisplayLimit))
        + QCoreApplication::translate("ParsedLog", " … (%L1 bytes in all; the first %L2 are shown)").arg(bytes.size()).arg(DisplayLimit);
}

void ParsedLog::reserve(std::size_t events, std::size_t fields)
{
    m_events.reserve(events);
    m_fieldKeys.reserve(fields);
    m_fieldValues.reserve(fields);
}

std::uint8_t ParsedLog::packedKey(FieldKey key, FieldValue::Type type)
{
    return std::uint8_t(std::uint8_t(key) | (std::uint8_t(type) << TypeShift));
}

void ParsedLog::appendChunk(const Chunk& chunk)
{
    // The chunk's source indexes, as this log's.
    std::vector<std::uint16_t> sourceIndexes(chunk.sources.size());
    for (std::size_t s = 0; s < sourceIndexes.size(); ++s)
        sourceIndexes[s] = m_sources.indexOf(chunk.sources.at(std::uint16_t(s)));
    auto overflowOfChunk = chunk.overflowSources.begin();

    auto fieldAt = std::uint32_t(m_fieldKeys.size());
    const std::size_t first = m_events.size();
    m_events.insert(m_events.end(), chunk.events.begin(), chunk.events.end());
    for (std::size_t n = first; n < m_events.size(); ++n) {
        EventRecord& event = m_events[n];
        const std::uint16_t fields = event.fieldOffset; // the chunk gives the count
        if ((n & ((std::size_t(1) << FieldBlockBits) - 1)) == 0)
            m_fieldBases.push_back(fieldAt);
        event.fieldOffset = std::uint16_t(fieldAt - m_fieldBases[n >> FieldBlockBits]);
        fieldAt += fields;
        EventSource source;
        if (event.source != EventSources::Overflow) {
            source = chunk.sources.at(event.source);
            event.source = sourceIndexes[event.source];
        } else { // the chunk's table was full; in order, so the next one is this event's
            source = (overflowOfChunk++)->second;
            event.source = m_sources.indexOf(source);
        }
        if (event.source == EventSources::Overflow)
            m_overflowSources.emplace(std::uint32_t(n), source);
    }
    m_fieldKeys.insert(m_fieldKeys.end(), chunk.keys.begin(), chunk.keys.end());
    m_fieldValues.insert(m_fieldValues.end(), chunk.values.begin(), chunk.values.end());

    std::uint32_t extraLines = m_longRecords.empty() ? 0 : m_longRecords.back().extraLines;
    for (const auto& [event, lines] : chunk.longRecords) {
        extraLines += lines - 1;
        m_longRecords.push_back({ std::uint32_t(first + event), extraLines });
    }
    if (!chunk.pids.empty() || !m_pids.empty()) {
        if (m_pids.empty())
            m_pids.reserve(m_events.capacity());
        m_pids.resize(first, 0);
        m_pids.insert(m_pids.end(), chunk.pids.begin(), chunk.pids.end());
        m_pids.resize(m_events.size(), 0);
    }
}

std::vector<ParsedLog::LongRecord>::const_iterator ParsedLog::longRecordFrom(std::size_t index) const
{
    return std::lower_bound(m_longRecords.begin(), m_longRecords.end(), index,
        [](const LongRecord& record, std::size_t i) { return record.event < i; });
}

std::uint32_t ParsedLog::extraLinesBefore(std::size_t index) const
{
    const auto from = longRecordFrom(index);
    return from == m_longRecords.begin() ? 0 : std::prev(from)->extraLines;
}

std::uint32_t ParsedLog::spanOfLong(std::size_t index) const
{
    const auto from = longRecordFrom(index);
    if (from == m_longRecords.end() || from->event != index)
        return 1;
    return from->extraLines - (from == m_longRecords.begin() ? 0 : std::prev(from)->extraLines) + 1;
}

void ParsedLog::findTimeOrder()
{
    m_timeOrder.clear();
    const auto outOfOrder = std::is_sorted_until(m_events.begin(), m_events.end(),
        [](const EventRecord& a, const EventRecord& b) { return a.timeOrderKey() < b.timeOrderKey(); });
    if (outOfOrder == m_events.end())
        return;
    // A clock stepped back somewhere: the positions, stably by time.
    m_timeOrder.resize(m_events.size());
    for (std::size_t i = 0; i < m_timeOrder.size(); ++i)
        m_timeOrder[i] = std::uint32_t(i);
    radixSort(m_timeOrder, [this](std::uint32_t n) { return m_events[n].timeOrderKey(); });
}

std::size_t ParsedLog::memoryUsed() const
{
    return m_events.capacity() * sizeof(EventRecord) + m_fieldKeys.capacity()
        + m_fieldValues.capacity() * sizeof(std::uint32_t) + m_timeOrder.capacity() * sizeof(std::uint32_t)
        + m_fieldBases.capacity() * sizeof(std::uint32_t) + m_longRecords.capacity() * sizeof(LongRecord)
        + m_pids.capacity() * sizeof(std::uint32_t)
        + m_sources.memoryUsed() + m_overflowSources.size() * (sizeof(std::uint32_t) + sizeof(EventSource) + 2 * sizeof(void*))
        + m_overflowSources.bucket_count() * sizeof(void*);
}

bool ParsedLog::coversEveryLine() const
{
    // Records follow each other line after line by construction: the lines of the long ones must be in order.
    for (std::size_t n = 1; n < m_longRecords.size(); ++n) {
        if (m_longRecords[n].event <= m_longRecords[n - 1].event || m_longRecords[n].extraLines <= m_longRecords[n - 1].extraLines)
            return false;
    }
    const qint64 covered = qint64(m_events.size()) + (m_longRecords.empty() ? 0 : m_longRecords.back().extraLines);
    return covered == qint64(m_file->lineCount()) && m_info.lines == covered && m_info.events == qint64(m_events.size());
}
