#include "hops.h"

#include <algorithm>

std::uint32_t nextHop(const MailGraph& graph, std::uint32_t message)
{
    for (const Link& link : graph.linksFrom(message)) {
        if (link.type == LinkType::NextHop)
            return link.to;
    }
    return NoIndex;
}

std::uint32_t previousHop(const MailGraph& graph, std::uint32_t message)
{
    // linksByTarget is sorted by (to, from): walk this message's range without copying links as linksTo() does.
    auto it = std::lower_bound(graph.linksByTarget.begin(), graph.linksByTarget.end(), message,
        [&graph](std::uint32_t index, std::uint32_t m) { return graph.links[index].to < m; });
    for (; it != graph.linksByTarget.end() && graph.links[*it].to == message; ++it) {
        if (graph.links[*it].type == LinkType::NextHop)
            return graph.links[*it].from;
    }
    return NoIndex;
}
