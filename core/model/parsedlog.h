#pragma once

#include "eventsources.h"
#include "eventtypes.h"
#include "logfile.h"
#include "radixsort.h"
#include "sourceinfo.h"
#include "stringpool.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

// The compact form of one event: 16 bytes plus its fields. Strings are ids into the shared StringPool;
// the raw text stays in the (memory-mapped) LogFile and is only read for display. What most events share is
// kept beside them by their ParsedLog: the line (one record a line, but for the few records that span more),
// the process id (in the logs that name one), and where the fields begin (a base per block of events).
struct EventRecord
{
    enum Flag : std::uint8_t {
        YearInferred = 1, // the log gave no year
        TimeDerived = 2, // the line had no time; it was taken from a related line (E-Post senderlog)
        NoTime = 4, // no time could be found at all
        HasContinuation = 8, // the record spans several lines
        OffsetFromLine = 16, // the line gave its UTC offset (RFC 3339); otherwise the source's zone applies
        UtcInstant = 32, // the line gave a UTC instant without an offset to show it in: the source's zone gives one
    };

    std::int64_t utcMs = 0;
    // Its first field, counted from the first field of its block of events (ParsedLog::fieldsBegin); in a parsed
    // chunk not yet appended, how many fields it has.
    std::uint16_t fieldOffset = 0;
    std::uint16_t source = 0; // the host and program the line names: an index into its log's EventSources
    EventKind kind = EventKind::Unparsed;
    Side side = Side::None;
    std::uint8_t flags = 0;
    std::int8_t offsetQuarterHours = 0; // the source's UTC offset at that time, in 15-minute steps

    int offsetMinutes() const { return int(offsetQuarterHours) * 15; }
    bool hasTime() const { return !(flags & NoTime); }
    // Where the event goes in time order: by its time; an event without any time (a file with none, such as
    // binary data) after every timed one, instead of at the epoch where its zero time would put it.
    std::uint64_t timeOrderKey() const
    {
        return hasTime() ? timeKey(utcMs) : std::numeric_limits<std::uint64_t>::max();
    }
};
static_assert(sizeof(EventRecord) == 16, "an event's record is kept for every line: keep it small");

// A field value: an interned string, a number, or a span of the event's own line (text that is long and
// rarely compared, such as reply texts, is not copied).
struct FieldValue
{
    enum class Type : std::uint8_t {
        None,
        String,
        Number,
        LineSpan,
    };
    Type type = Type::None;
    std::uint32_t value = 0;
};

// All events of one file, in file order.
class ParsedLog
{
public:
    ParsedLog(std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool);

    const SourceInfo& info() const { return m_info; }
    SourceInfo& info() { return m_info; }
    const LogFile& file() const { return *m_file; }
    std::shared_ptr<const LogFile> fileHandle() const { return m_file; }
    const StringPool& strings() const { return *m_pool; }
    StringPool& strings() { return *m_pool; }
    std::shared_ptr<StringPool> stringsHandle() const { return m_pool; }

    std::size_t eventCount() const { return m_events.size(); }
    const EventRecord& event(std::size_t index) const { return m_events[index]; }
    EventRecord& event(std::size_t index) { return m_events[index]; }
    // The event's first line (0-based, in the file) and how many lines it spans.
    std::uint32_t lineOf(std::size_t index) const
    {
        return std::uint32_t(index) + (m_longRecords.empty() ? 0 : extraLinesBefore(index));
    }
    std::uint32_t lineSpanOf(std::size_t index) const { return m_longRecords.empty() ? 1 : spanOfLong(index); }
    // The process id the line names (Postfix's syslog tag, Sun's process), 0 if none.
    std::uint32_t pidOf(std::size_t index) const { return m_pids.empty() ? 0 : m_pids[index]; }
    // The lossless invariant: the events cover every line of the file once, in order, and the counts agree.
    bool coversEveryLine() const;

    // The host an event happened on: the one its line names, else (and always for E-Post) the file's folder.
    // The table shows it and tracing names origins by it.
    StringPool::Id hostOf(std::size_t index) const;
    // The host and program the line names (0 for either when it names none).
    EventSource sourceOf(std::size_t index) const
    {
        const std::uint16_t source = m_events[index].source;
        return source != EventSources::Overflow ? m_sources.at(source) : m_overflowSources.at(std::uint32_t(index));
    }
    StringPool::Id programOf(std::size_t index) const { return sourceOf(index).program; }

    // Fields of an event.
    std::size_t fieldCount(std::size_t index) const { return fieldEnd(index) - fieldsBegin(index); }
    FieldKey fieldKeyAt(std::size_t index, std::size_t n) const;
    FieldValue fieldAt(std::size_t index, std::size_t n) const;
    FieldValue field(std::size_t index, FieldKey key) const;
    bool hasField(std::size_t index, FieldKey key) const { return field(index, key).type != FieldValue::Type::None; }
    // The text of a string or line-span field, or the number as decimal text; raw bytes (not decoded).
    QByteArray fieldBytes(std::size_t index, FieldKey key) const;
    QByteArray valueBytes(std::size_t index, FieldValue value) const;
    // The bytes of a string or line-span value without copying them (a view into the pool or the file; empty
    // for a number or no value).
    QByteArrayView textView(std::size_t index, FieldValue value) const;
    // Fields and lines decoded for display: in the log's encoding when the user chose one
    // (SourceInfo::encodingOverridden), otherwise each line in the encoding detected for it.
    // A header's RFC 2047 encoded-words (a Subject as "=?ISO-2022-JP?B?...?=") are decoded too.
    QString fieldText(std::size_t index, FieldKey key) const;
    QString fieldTextAt(std::size_t index, std::size_t n) const;
    QString valueText(std::size_t index, FieldValue value) const;
    // A line for display, cut as displayed() cuts.
    QString lineText(qsizetype line) const;

    // The record's raw bytes: its lines joined with '\n' (without line terminators).
    QByteArray rawBytes(std::size_t index) const;
    // Bytes of this log (a line, a field) decoded for display, in the user's encoding choice if any.
    QString decoded(QByteArrayView bytes) const;
    // The same cut after DisplayLimit bytes, with the length in all noted: a 50 MB line (binary data, an
    // attack) must not become a 100 MB string in every cell, tooltip and view that shows it.
    static constexpr qsizetype DisplayLimit = 16 * 1024;
    QString displayed(QByteArrayView bytes) const;
    // The raw text decoded, whole (copies, searches, exports) or for display (cut as displayed() cuts).
    QString text(std::size_t index) const;
    QString displayText(std::size_t index) const;
    qint64 byteOffset(std::size_t index) const { return m_file->lineOffset(qsizetype(lineOf(index))); }

    // Building (used by the parser): events in file order, chunk after chunk. A chunk's events give their field
    // counts as their fieldOffset, their keys are packed by packedKey(), and their sources index the chunk's own
    // table (the pairs it could not index are in overflowSources, by event in the chunk).
    struct Chunk
    {
        std::vector<EventRecord> events;
        std::vector<std::uint8_t> keys;
        std::vector<std::uint32_t> values;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> longRecords; // (event in the chunk, its lines) when more than one
        std::vector<std::uint32_t> pids; // by event in the chunk; empty when no line named a process
        EventSources sources;
        std::vector<std::pair<std::uint32_t, EventSource>> overflowSources;
    };
    static std::uint8_t packedKey(FieldKey key, FieldValue::Type type);
    // Room for this many events and fields in all, so that appending moves nothing.
    void reserve(std::size_t events, std::size_t fields);
    std::size_t fieldTotal() const { return m_fieldKeys.size(); }
    std::size_t fieldCapacity() const { return std::min(m_fieldKeys.capacity(), m_fieldValues.capacity()); }
    void appendChunk(const Chunk& chunk);

    // The events in time order (time, then position), found once by findTimeOrder(), which the parser calls on its
    // worker so that the UI thread never sorts: timeOrder() lists the positions, or is empty when the file is in
    // time order already (as nearly every log is).
    void findTimeOrder();
    const std::vector<std::uint32_t>& timeOrder() const { return m_timeOrder; }

    // Memory held by the event arrays and the time order (not the file, not the string pool).
    std::size_t memoryUsed() const;

private:
    // The fields' base is kept once per block of this many events; an event's offset from it fits 16 bits, since
    // a record has at most ParsedEvent::MaxFields (40) fields.
    static constexpr unsigned FieldBlockBits = 8;
    std::size_t fieldsBegin(std::size_t index) const { return m_fieldBases[index >> FieldBlockBits] + m_events[index].fieldOffset; }
    std::size_t fieldEnd(std::size_t index) const
    {
        return index + 1 < m_events.size() ? fieldsBegin(index + 1) : m_fieldKeys.size();
    }
    // A record of more than one line, and the lines past one a record of every record up to it and itself.
    struct LongRecord
    {
        std::uint32_t event;
        std::uint32_t extraLines;
    };
    // The first long record at or after event index.
    std::vector<LongRecord>::const_iterator longRecordFrom(std::size_t index) const;
    std::uint32_t extraLinesBefore(std::size_t index) const;
    std::uint32_t spanOfLong(std::size_t index) const;

    SourceInfo m_info;
    std::shared_ptr<const LogFile> m_file;
    std::shared_ptr<StringPool> m_pool;
    std::vector<EventRecord> m_events;
    std::vector<std::uint8_t> m_fieldKeys; // FieldKey | type bits
    std::vector<std::uint32_t> m_fieldValues;
    std::vector<std::uint32_t> m_fieldBases; // per block of events, the index of its first event's first field
    std::vector<LongRecord> m_longRecords; // in event order; empty while every record is one line
    std::vector<std::uint32_t> m_pids; // by event; empty while no line named a process
    std::vector<std::uint32_t> m_timeOrder;
    EventSources m_sources;
    std::unordered_map<std::uint32_t, EventSource> m_overflowSources; // by event, for events whose source is Overflow
};
