#pragma once

#include "filterquery.h"
#include "messagecolumns.h"

#include <Qt>

#include <atomic>
#include <cstdint>
#include <limits>
#include <vector>

class LogCollection;
class MailGraph;

// What the message list shows. The query's free text looks at the host, IDs, sender, recipients, subject and
// Message-ID; field terms: from (sender), to (any recipient or original recipient), id (any ID or the
// Message-ID, equal), status (the message's or any recipient's outcome key, or "rejected"/"notification"),
// host, family, peer (inbound client or any delivery's remote host), and identifier fields such as mid:30011.
// Other fields (kind, side, program, reply, text, other FieldKeys) match no message.
struct MessageFilter
{
    FilterQuery query; // an invalid query filters nothing (the UI shows its errorString())
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min(); // the message's life overlaps this range (UTC ms)
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
    std::uint32_t families = AllFamilies; // bit (1u << int(Family)) per family shown
    bool problemsOnly = false; // outcome deferred, bounced, rejected, expired or dropped, or a recipient deferred

    bool isEmpty() const; // passes everything
    bool hasTimeRange() const
    {
        return fromMs != std::numeric_limits<std::int64_t>::min() || toMs != std::numeric_limits<std::int64_t>::max();
    }
    bool matches(const MailGraph& graph, const LogCollection& logs, std::uint32_t message) const;
};

// The message indexes (ascending) that pass, computed in parallel chunks; partial when *cancel becomes true.
std::vector<std::uint32_t> filterMessageRows(const MailGraph& graph, const LogCollection& logs, const MessageFilter& filter,
    const std::atomic_bool* cancel = nullptr);

// Sorts rows (message indexes) stably by a column; ties keep their order. Descending reverses the keys only.
void sortMessageRows(const MailGraph& graph, const LogCollection& logs, std::vector<std::uint32_t>& rows, MessageColumn column,
    Qt::SortOrder order);
