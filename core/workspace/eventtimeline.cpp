#include "eventtimeline.h"

#include "model/logcollection.h"
#include "rangemerge.h"

#include <algorithm>

namespace {

// Rows in order, read one after the other: the rows of a timeline, or the events of a log in its time order.
// EventOrder compares (time, log, position), and event numbers run in (log, position) order, so (time key,
// number) pairs order events as EventOrder does.
struct Cursor
{
    static constexpr std::uint32_t AnyLog = ~std::uint32_t(0);
    const std::uint32_t* order = nullptr; // positions in the range (none: the range in order)
    std::uint32_t log = AnyLog; // the log of the range, if one
    std::uint32_t base = 0; // the number of position 0
    std::size_t at = 0;
    std::size_t end = 0;
    std::uint64_t key = 0;
    std::uint32_t number = 0;
};

struct Later
{
    bool operator()(const Cursor& a, const Cursor& b) const
    {
        return a.key != b.key ? a.key > b.key : a.number > b.number;
    }
};

std::uint64_t keyOf(const LogCollection& logs, const EventNumbering& numbering, std::uint32_t number)
{
    const EventRef ref = numbering.refOf(number);
    return logs.log(ref.log).event(ref.index).timeOrderKey();
}

bool advance(Cursor& cursor, const LogCollection& logs, const EventNumbering& numbering)
{
    if (cursor.at == cursor.end)
        return false;
    const std::uint32_t position = cursor.order ? cursor.order[cursor.at] : std::uint32_t(cursor.at);
    cursor.number = cursor.base + position;
    cursor.key = cursor.log != Cursor::AnyLog ? logs.log(cursor.log).event(position).timeOrderKey()
                                              : keyOf(logs, numbering, cursor.number);
    ++cursor.at;
    return true;
}

} // namespace

void EventTimeline::rebuild(const LogCollection& logs)
{
    *this = EventTimeline().withLogs(logs, 0);
}

void EventTimeline::addLog(const LogCollection& logs, std::uint32_t log)
{
    *this = merged(logs, { log });
}

EventTimeline EventTimeline::withLogs(const LogCollection& logs, std::uint32_t firstLog) const
{
    std::vector<std::uint32_t> added;
    for (std::uint32_t log = firstLog; log < logs.size(); ++log)
        added.push_back(log);
    return merged(logs, added);
}

EventTimeline EventTimeline::merged(const LogCollection& logs, const std::vector<std::uint32_t>& added) const
{
    EventTimeline merged;
    merged.m_numbering = EventNumbering(logs); // the numbers of the logs in this order stay as they were
    const EventNumbering& numbering = merged.m_numbering;

    // One cursor for the rows so far, one per new log in its own time order (found by the parser), merged into one
    // array of the exact size.
    std::vector<Cursor> heap;
    Cursor rows;
    rows.order = m_numbers.empty() ? nullptr : m_numbers.data();
    rows.end = m_size;
    if (advance(rows, logs, numbering))
        heap.push_back(rows);
    std::size_t size = m_size;
    for (const std::uint32_t log : added) {
        const ParsedLog& parsed = logs.log(log);
        Cursor cursor;
        cursor.log = log;
        cursor.order = parsed.timeOrder().empty() ? nullptr : parsed.timeOrder().data();
        cursor.base = numbering.numberOf({ log, 0 });
        cursor.end = parsed.eventCount();
        size += cursor.end;
        if (advance(cursor, logs, numbering))
            heap.push_back(cursor);
    }
    merged.m_size = size;

    // Nearly always each range begins after the one before ends: then the rows are the events in number order
    // and need no array.
    bool inNumberOrder = true;
    std::uint64_t lastKey = 0;
    for (std::size_t c = 0; c < heap.size() && inNumberOrder; ++c) {
        const Cursor& cursor = heap[c];
        inNumberOrder = !cursor.order && (c == 0 || heap[c - 1].base + heap[c - 1].end == cursor.base) && cursor.key >= lastKey;
        lastKey = keyOf(logs, numbering, cursor.base + std::uint32_t(cursor.end - 1)); // a cursor here has a row
    }
    if (inNumberOrder && (heap.empty() || heap.front().base == 0))
        return merged;

    merged.m_numbers.reserve(size);
    mergeRanges(
        std::move(heap), Later(), [&](Cursor& cursor) { return advance(cursor, logs, numbering); },
        [&merged](const Cursor& cursor) { merged.m_numbers.push_back(cursor.number); });
    return merged;
}

void EventTimeline::removeLastLog(std::uint32_t log)
{
    const std::uint32_t first = m_numbering.numberOf({ log, 0 });
    if (m_numbers.empty()) { // in number order: the last log's events are the last rows
        m_size = std::min<std::size_t>(m_size, first);
        return;
    }
    std::erase_if(m_numbers, [first](std::uint32_t number) { return number >= first; });
    m_numbers.shrink_to_fit();
    m_size = m_numbers.size();
}

std::vector<EventRef> EventTimeline::refs() const
{
    std::vector<EventRef> refs(m_size);
    for (std::size_t row = 0; row < m_size; ++row)
        refs[row] = at(row);
    return refs;
}

std::size_t EventTimeline::timedRows(const LogCollection& logs) const
{
    std::size_t low = 0;
    std::size_t high = m_size;
    while (low < high) { // the first row without a time
        const std::size_t middle = low + (high - low) / 2;
        const EventRef ref = at(middle);
        if (logs.log(ref.log).event(ref.index).hasTime())
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

std::size_t EventTimeline::rowOf(const LogCollection& logs, EventRef event) const
{
    // (a log the collection gained after the last merge has no number here yet)
    if (!event.isValid() || event.log >= logs.size() || event.log >= m_numbering.logCount()
        || event.index >= logs.log(event.log).eventCount() || m_size == 0)
        return NoRow;
    const std::uint32_t number = m_numbering.numberOf(event);
    if (m_numbers.empty())
        return number < m_size ? number : NoRow;
    const std::uint64_t key = logs.log(event.log).event(event.index).timeOrderKey();
    std::size_t low = 0;
    std::size_t high = m_size;
    while (low < high) { // the first row not before the event
        const std::size_t middle = low + (high - low) / 2;
        const std::uint32_t other = m_numbers[middle];
        const std::uint64_t otherKey = keyOf(logs, m_numbering, other);
        if (otherKey < key || (otherKey == key && other < number))
            low = middle + 1;
        else
            high = middle;
    }
    return low < m_size && m_numbers[low] == number ? low : NoRow;
}

std::vector<std::uint32_t> EventTimeline::rowsOf(const LogCollection& logs, const std::vector<EventRef>& events) const
{
    std::vector<std::uint32_t> rows;
    rows.reserve(events.size());
    for (const EventRef& event : events) {
        const std::size_t row = rowOf(logs, event);
        if (row != NoRow)
            rows.push_back(std::uint32_t(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}
