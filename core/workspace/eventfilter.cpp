#include "eventfilter.h"

#include "eventmatcher.h"
#include "eventtimeline.h"
#include "model/logcollection.h"
#include "parallelrows.h"

#include <algorithm>
#include <numeric>

namespace {

// The rows whose time can fall in [fromMs, toMs]: the timeline is in time order, so two binary searches.
std::pair<std::size_t, std::size_t> rowsInRange(
    const LogCollection& logs, const EventTimeline& timeline, const EventFilter& filter)
{
    const auto keyOf = [&](std::size_t row) {
        const EventRef ref = timeline.at(row);
        return logs.log(ref.log).event(ref.index).timeOrderKey();
    };
    // The first row of [low, size) for which `after` holds (it holds for every row after that one too).
    const auto firstRow = [&](std::size_t low, const auto& after) {
        std::size_t high = timeline.size();
        while (low < high) {
            const std::size_t middle = low + (high - low) / 2;
            if (after(keyOf(middle)))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    };
    const std::uint64_t from = timeKey(filter.fromMs);
    const std::uint64_t to = timeKey(filter.toMs);
    const std::size_t first = firstRow(0, [from](std::uint64_t key) { return key >= from; });
    return { first, firstRow(first, [to](std::uint64_t key) { return key > to; }) };
}

} // namespace

bool isProblemKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Deferred:
    case EventKind::Bounced:
    case EventKind::Rejected:
    case EventKind::Expired:
    case EventKind::Dropped:
    case EventKind::Unparsed:
        return true;
    default:
        return false;
    }
}

bool EventFilter::matches(const LogCollection& logs, EventRef event) const
{
    return EventMatcher(logs, *this).matches(event);
}

std::vector<std::uint32_t> filterEventRows(const LogCollection& logs, const EventTimeline& timeline, const EventFilter& filter,
    const std::atomic_bool* cancel)
{
    if (filter.isEmpty()) {
        std::vector<std::uint32_t> rows(timeline.size());
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }
    const auto [begin, end] = filter.hasTimeRange() ? rowsInRange(logs, timeline, filter)
                                                    : std::pair<std::size_t, std::size_t>(0, timeline.size());
    const EventMatcher matcher(logs, filter);
    return parallelRows(begin, end, [&](std::size_t row) { return matcher.matches(timeline.at(row)); }, cancel);
}

std::vector<std::uint32_t> filterEventRows(const LogCollection& logs, const EventTimeline& timeline, const EventFilter& filter,
    const std::vector<std::uint32_t>& candidates)
{
    if (filter.isEmpty())
        return candidates;
    const EventMatcher matcher(logs, filter);
    std::vector<std::uint32_t> rows
        = parallelRows(0, candidates.size(), [&](std::size_t i) { return matcher.matches(timeline.at(candidates[i])); }, nullptr);
    for (std::uint32_t& row : rows)
        row = candidates[row];
    return rows;
}
