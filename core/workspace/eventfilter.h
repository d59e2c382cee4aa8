#pragma once

#include "eventcolumns.h"
#include "filterquery.h"
#include "tablefilter.h"
#include "trace/tracetypes.h"

#include <Qt>

#include <atomic>
#include <cstdint>
#include <vector>

class EventTimeline;
class LogCollection;

// What the event table shows: events whose time is in the range, of the families, of a problem kind
// (isProblemKind) with problemsOnly, and matching the query.
struct EventFilter : TableFilter
{
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
