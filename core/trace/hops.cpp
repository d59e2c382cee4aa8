#include "hops.h"

#include <algorithm>
#include <numeric>

namespace {

std::uint32_t findRoot(std::vector<std::uint32_t>& parent, std::uint32_t node)
{
    while (parent[node] != node) {
        parent[node] = parent[parent[node]]; // path halving
        node = parent[node];
    }
    return node;
}

} // namespace

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

std::vector<std::uint32_t> countHops(const MailGraph& graph)
{
    // Union-find over NextHop links: a chain is one set, its size the hop count of each member.
    const auto count = std::uint32_t(graph.messages.size());
    std::vector<std::uint32_t> parent(count);
    std::iota(parent.begin(), parent.end(), 0u);
    for (const Link& link : graph.links) {
        if (link.type != LinkType::NextHop)
            continue;
        const std::uint32_t a = findRoot(parent, link.from);
        const std::uint32_t b = findRoot(parent, link.to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::uint32_t> size(count, 0);
    for (std::uint32_t m = 0; m < count; ++m)
        ++size[findRoot(parent, m)];
    std::vector<std::uint32_t> counts(count);
    for (std::uint32_t m = 0; m < count; ++m)
        counts[m] = size[findRoot(parent, m)];
    return counts;
}
