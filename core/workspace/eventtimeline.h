#pragma once

#include "trace/tracetypes.h"

#include <cstddef>
#include <limits>
#include <vector>

class LogCollection;

// Every event of every open log in one time order (time, then file, then position in the file; lines without
// any time last): the rows of the event table before filtering and sorting. Eight bytes per event; a row is
// found by binary search.
class EventTimeline
{
public:
    static constexpr std::size_t NoRow = std::numeric_limits<std::size_t>::max();

    void clear() { m_refs.clear(); }
    void rebuild(const LogCollection& logs);
    // Merges the events of logs.log(log), just added to the collection, into the order (in place: room
    // reserved for several logs is used).
    void addLog(const LogCollection& logs, std::uint32_t log);
    // This order with the events of the logs from logs.log(firstLog) to the last merged in, as a new timeline of
    // exactly their number (the workspace keeps the old one for the snapshots that still read it). Several logs
    // merge in one pass: a folder of many files is not copied whole once per file.
    EventTimeline withLogs(const LogCollection& logs, std::uint32_t firstLog) const;
    // Drops the events of log `log`, the last one of the collection (so no other log's index changes).
    void removeLastLog(std::uint32_t log);

    std::size_t size() const { return m_refs.size(); }
    EventRef at(std::size_t row) const { return m_refs[row]; }
    const std::vector<EventRef>& refs() const { return m_refs; }
    // How many rows have a time: they come first, the lines without any time after them.
    std::size_t timedRows(const LogCollection& logs) const;
    // The row of an event, or NoRow.
    std::size_t rowOf(const LogCollection& logs, EventRef event) const;
    // The rows of some events, ascending; events not in the timeline are left out.
    std::vector<std::uint32_t> rowsOf(const LogCollection& logs, const std::vector<EventRef>& events) const;

private:
    std::vector<EventRef> m_refs;
};
