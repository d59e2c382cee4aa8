#pragma once

#include "trace/mailgraph.h"

#include <QByteArrayView>

#include <vector>

// Answers "what happened to this mail?": the messages a query names, and every message linked to them
// (previous hops, next hops, notifications, derived messages), in path order.
namespace Tracer {

// Limits a path, so that a query for a mailing list's address cannot pull in the whole graph.
constexpr std::size_t MaxPathMessages = 2000;

// The message's whole path: everything reachable through links in either direction, in path order:
// from the first hop, each message followed by its next hops, then its derived messages, then its
// notifications (depth first, so the mail's own route reads top to bottom).
std::vector<std::uint32_t> path(const MailGraph& graph, std::uint32_t message);

// The paths of the given messages, merged, each message once.
std::vector<std::uint32_t> paths(const MailGraph& graph, const std::vector<std::uint32_t>& messages);

// The paths of all messages matching the query.
inline std::vector<std::uint32_t> trace(const MailGraph& graph, const StringPool& strings, QByteArrayView query)
{
    return paths(graph, graph.find(strings, query));
}

} // namespace Tracer
