#include "tracer.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace {

// Every message linked to `start`, directly or not, in either direction.
std::vector<std::uint32_t> component(const MailGraph& graph, std::uint32_t start)
{
    std::vector<std::uint32_t> found { start };
    std::unordered_set<std::uint32_t> seen { start };
    std::deque<std::uint32_t> queue { start };
    auto visit = [&](std::uint32_t message) {
        if (found.size() < Tracer::MaxPathMessages && seen.insert(message).second) {
            found.push_back(message);
            queue.push_back(message);
        }
    };
    while (!queue.empty()) {
        const std::uint32_t message = queue.front();
        queue.pop_front();
        for (const Link& link : graph.linksFrom(message))
            visit(link.to);
        for (const Link& link : graph.linksTo(message))
            visit(link.from);
    }
    return found;
}

} // namespace

std::vector<std::uint32_t> Tracer::path(const MailGraph& graph, std::uint32_t message)
{
    std::vector<std::uint32_t> members = component(graph, message);
    // Hop depth: the longest chain of links leading to a message (the graph is small and acyclic in
    // practice; the pass count bounds it if a log makes a cycle).
    std::unordered_map<std::uint32_t, std::size_t> depth;
    for (const std::uint32_t m : members)
        depth[m] = 0;
    for (std::size_t pass = 0; pass < members.size(); ++pass) {
        bool changed = false;
        for (const std::uint32_t m : members) {
            for (const Link& link : graph.linksFrom(m)) {
                const auto target = depth.find(link.to);
                if (target != depth.end() && target->second < depth[m] + 1 && depth[m] + 1 < members.size()) {
                    target->second = depth[m] + 1;
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    std::sort(members.begin(), members.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (depth[a] != depth[b])
            return depth[a] < depth[b];
        const Message& ma = graph.messages[a];
        const Message& mb = graph.messages[b];
        return ma.firstMs != mb.firstMs ? ma.firstMs < mb.firstMs : a < b;
    });
    return members;
}

std::vector<std::uint32_t> Tracer::trace(const MailGraph& graph, const StringPool& strings, QByteArrayView query)
{
    std::vector<std::uint32_t> result;
    std::unordered_set<std::uint32_t> included;
    for (const std::uint32_t match : graph.find(strings, query)) {
        if (included.contains(match))
            continue;
        for (const std::uint32_t m : path(graph, match)) {
            if (included.insert(m).second)
                result.push_back(m);
            if (result.size() >= MaxPathMessages)
                return result;
        }
    }
    return result;
}
