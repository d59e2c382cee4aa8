#include "eventtimeline.h"

#include "model/logcollection.h"
#include "trace/eventorder.h"

#include <algorithm>
#include <iterator>

namespace {

std::vector<EventRef> sortedEventsOf(const LogCollection& logs, std::uint32_t log)
{
    const ParsedLog& parsed = logs.log(log);
    const std::size_t count = parsed.eventCount();
    const std::vector<std::uint32_t>& order = parsed.timeOrder(); // found by the parser, off the UI thread
    std::vector<EventRef> refs(count);
    for (std::size_t i = 0; i < count; ++i)
        refs[i] = { log, order.empty() ? std::uint32_t(i) : order[i] };
    return refs;
}

} // namespace

void EventTimeline::rebuild(const LogCollection& logs)
{
    m_refs.clear();
    std::size_t events = 0;
    for (std::uint32_t log = 0; log < logs.size(); ++log)
        events += logs.log(log).eventCount();
    m_refs.reserve(events); // one block, not a doubling copy per log
    for (std::uint32_t log = 0; log < logs.size(); ++log)
        addLog(logs, log);
}

void EventTimeline::addLog(const LogCollection& logs, std::uint32_t log)
{
    const std::vector<EventRef> added = sortedEventsOf(logs, log);
    const auto middle = std::ptrdiff_t(m_refs.size());
    m_refs.insert(m_refs.end(), added.begin(), added.end());
    std::inplace_merge(m_refs.begin(), m_refs.begin() + middle, m_refs.end(), EventOrder { logs });
}

EventTimeline EventTimeline::withLogs(const LogCollection& logs, std::uint32_t firstLog) const
{
    // The new logs' events in order among themselves first: they are few beside the whole timeline.
    EventTimeline added;
    std::size_t count = 0;
    for (auto log = firstLog; log < logs.size(); ++log)
        count += logs.log(log).eventCount();
    added.m_refs.reserve(count);
    for (auto log = firstLog; log < logs.size(); ++log)
        added.addLog(logs, log);
    if (m_refs.empty())
        return added;
    // One pass into a block of the exact size: no copy of the old order first, no room left over.
    EventTimeline merged;
    merged.m_refs.reserve(m_refs.size() + added.m_refs.size());
    std::merge(m_refs.begin(), m_refs.end(), added.m_refs.begin(), added.m_refs.end(), std::back_inserter(merged.m_refs),
        EventOrder { logs });
    return merged;
}

void EventTimeline::removeLastLog(std::uint32_t log)
{
    std::erase_if(m_refs, [log](const EventRef& ref) { return ref.log == log; });
}

std::size_t EventTimeline::timedRows(const LogCollection& logs) const
{
    const auto timed = std::partition_point(m_refs.begin(), m_refs.end(),
        [&logs](const EventRef& ref) { return logs.log(ref.log).event(ref.index).hasTime(); });
    return std::size_t(timed - m_refs.begin());
}

std::size_t EventTimeline::rowOf(const LogCollection& logs, EventRef event) const
{
    if (!event.isValid() || event.log >= logs.size() || event.index >= logs.log(event.log).eventCount())
        return NoRow;
    const auto it = std::lower_bound(m_refs.begin(), m_refs.end(), event, EventOrder { logs });
    return it != m_refs.end() && *it == event ? std::size_t(it - m_refs.begin()) : NoRow;
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
