#pragma once

#include "filterquery.h"
#include "messagecolumns.h"
#include "tablefilter.h"

#include <Qt>

#include <atomic>
#include <cstdint>
#include <vector>

class LogCollection;
class MailGraph;

// What the message list shows. The query's free text looks at the host, IDs, sender, recipients, subject and
// Message-ID; field terms: from (sender), to (any recipient or original recipient), id (any ID or the
// Message-ID, equal), status (the message's or any recipient's outcome key, or "rejected"/"notification"),
// host, family, peer (inbound client or any delivery's remote host), and identifier fields such as mid:30011.
// Other fields (kind, side, program, reply, text, other FieldKeys) match no message.
// The time range keeps messages whose life overlaps it; problemsOnly keeps outcomes deferred, bounced,
// rejected, expired or dropped, and messages with a recipient still deferred.
struct MessageFilter : TableFilter
{
    bool matches(const MailGraph& graph, const LogCollection& logs, std::uint32_t message) const;
};

// The message indexes (ascending) that pass, computed in parallel chunks; partial when *cancel becomes true.
std::vector<std::uint32_t> filterMessageRows(const MailGraph& graph, const LogCollection& logs, const MessageFilter& filter,
    const std::atomic_bool* cancel = nullptr);

// Sorts rows (message indexes) stably by a column; ties keep their order. Descending reverses the keys only.
void sortMessageRows(const MailGraph& graph, const LogCollection& logs, std::vector<std::uint32_t>& rows, MessageColumn column,
    Qt::SortOrder order);
