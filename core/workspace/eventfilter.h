#pragma once

#include "eventcolumns.h"
#include "filterquery.h"
#include "trace/tracetypes.h"

#include <Qt>

#include <atomic>
#include <cstdint>
#include <limits>
#include <vector>

class EventTimeline;
class LogCollection;

// What the event table shows: the query, a time range, the families, and optionally only problems.
struct EventFilter
{
    FilterQuery query; // an invalid query filters nothing (the UI shows its errorString())
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min(); // time range, UTC ms, inclusive
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
    std::uint32_t families = AllFamilies; // bit (1u << int(Family)) per family shown
    bool problemsOnly = false; // kinds Deferred, Bounced, Rejected, Expired, Dropped, Unparsed

    bool isEmpty() const; // passes everything
    bool hasTimeRange() const
    {
        return fromMs != std::numeric_limits<std::int64_t>::min() || toMs != std::numeric_limits<std::int64_t>::max();
    }
    // One event (prepares the query each call; filterEventRows prepares it once for all rows).
    bool matches(const LogCollection& logs, EventRef event) const;
};

// Whether an event kind counts as a problem (EventFilter::problemsOnly).
bool isProblemKind(EventKind kind);

// The timeline rows (ascending) that pass, computed in parallel chunks (QtConcurrent, all cores); returns
// early (partial result) when *cancel becomes true.
std::vector<std::uint32_t> filterEventRows(const LogCollection& logs, const EventTimeline& timeline,
    const EventFilter& filter, const std::atomic_bool* cancel = nullptr);
// The same among some rows (ascending timeline rows, such as a trace's).
std::vector<std::uint32_t> filterEventRows(const LogCollection& logs, const EventTimeline& timeline,
    const EventFilter& filter, const std::vector<std::uint32_t>& candidates);

// Sorts rows (timeline positions) stably by a column; ties keep their order (time order). Descending
// reverses the order of the keys, not of ties. Keys are computed once per row (see eventsort.cpp).
void sortEventRows(const LogCollection& logs, const EventTimeline& timeline, std::vector<std::uint32_t>& rows,
    EventColumn column, Qt::SortOrder order);
