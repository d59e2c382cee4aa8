#pragma once

#include "trace/eventlist.h"
#include "trace/tracetypes.h"

#include <cstddef>
#include <limits>
#include <vector>

class LogCollection;

// Every event of every open log in one time order (time, then file, then position in the file; lines without
// any time last): the rows of the event table before filtering and sorting. A row holds its event's number (4
// bytes, EventNumbering), and nothing at all when the rows are the events in file order (one log in time order,
// or rotated logs opened oldest first), as nearly every load is. A row is found by binary search.
class EventTimeline
{
public:
    static constexpr std::size_t NoRow = std::numeric_limits<std::size_t>::max();

    void clear() { *this = EventTimeline(); }
    void rebuild(const LogCollection& logs);
    // Merges the events of logs.log(log) into the order.
    void addLog(const LogCollection& logs, std::uint32_t log);
    // This order with the events of the logs from logs.log(firstLog) to the last merged in, as a new timeline (the
    // workspace keeps the old one for the snapshots that still read it). Several logs merge in one pass: a folder
    // of many files is not copied whole once per file.
    EventTimeline withLogs(const LogCollection& logs, std::uint32_t firstLog) const;
    // Drops the events of log `log`, the last one of the collection (so no other log's index changes).
    void removeLastLog(std::uint32_t log);

    std::size_t size() const { return m_size; }
    EventRef at(std::size_t row) const { return m_numbering.refOf(numberAt(row)); }
    // Every row's event, in order (for tests and checks; the table reads rows one by one).
    std::vector<EventRef> refs() const;
    // How many rows have a time: they come first, the lines without any time after them.
    std::size_t timedRows(const LogCollection& logs) const;
    // The row of an event, or NoRow.
    std::size_t rowOf(const LogCollection& logs, EventRef event) const;
    // The rows of some events, ascending; events not in the timeline are left out.
    std::vector<std::uint32_t> rowsOf(const LogCollection& logs, const std::vector<EventRef>& events) const;

    // The memory of the rows (none when they are in file order).
    std::size_t memoryUsed() const { return m_numbers.capacity() * sizeof(std::uint32_t); }

private:
    // This order with the events of `added` (logs of the collection not in it yet) merged in.
    EventTimeline merged(const LogCollection& logs, const std::vector<std::uint32_t>& added) const;
    std::uint32_t numberAt(std::size_t row) const { return m_numbers.empty() ? std::uint32_t(row) : m_numbers[row]; }

    EventNumbering m_numbering; // of the logs the rows were last merged with
    std::vector<std::uint32_t> m_numbers; // by row; empty when row and number are the same
    std::size_t m_size = 0;
};
