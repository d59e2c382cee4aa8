#include "tracer.h"

#include <algorithm>
#include <deque>
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
    const std::vector<std::uint32_t> members = component(graph, message);
    const std::unordered_set<std::uint32_t> inPath(members.begin(), members.end());
    auto earlier = [&graph](std::uint32_t a, std::uint32_t b) {
        const Message& ma = graph.messages[a];
        const Message& mb = graph.messages[b];
        return ma.firstMs != mb.firstMs ? ma.firstMs < mb.firstMs : a < b;
    };
    // Roots: messages nothing in the path leads to (the first hop, or the first of a cycle).
    std::vector<std::uint32_t> roots;
    for (const std::uint32_t m : members) {
        const std::vector<Link> incoming = graph.linksTo(m);
        if (std::none_of(incoming.begin(), incoming.end(), [&](const Link& link) { return inPath.contains(link.from); }))
            roots.push_back(m);
    }
    std::sort(roots.begin(), roots.end(), earlier);
    std::vector<std::uint32_t> remaining(members);
    std::sort(remaining.begin(), remaining.end(), earlier);
    roots.insert(roots.end(), remaining.begin(), remaining.end()); // reaches what a cycle hides

    // Depth first: the next hops first (the mail's own path), then derived messages, then notifications.
    std::vector<std::uint32_t> ordered;
    std::unordered_set<std::uint32_t> visited;
    std::vector<std::uint32_t> stack;
    for (const std::uint32_t root : roots) {
        stack.push_back(root);
        while (!stack.empty()) {
            const std::uint32_t m = stack.back();
            stack.pop_back();
            if (!visited.insert(m).second)
                continue;
            ordered.push_back(m);
            std::vector<Link> children(graph.linksFrom(m).begin(), graph.linksFrom(m).end());
            std::sort(children.begin(), children.end(), [&](const Link& a, const Link& b) {
                const int ra = a.type == LinkType::NextHop ? 0 : a.type == LinkType::Derived ? 1 : 2;
                const int rb = b.type == LinkType::NextHop ? 0 : b.type == LinkType::Derived ? 1 : 2;
                return ra != rb ? ra < rb : earlier(a.to, b.to);
            });
            for (auto it = children.rbegin(); it != children.rend(); ++it) {
                if (inPath.contains(it->to) && !visited.contains(it->to))
                    stack.push_back(it->to);
            }
        }
    }
    return ordered;
}

std::vector<std::uint32_t> Tracer::paths(const MailGraph& graph, const std::vector<std::uint32_t>& messages)
{
    std::vector<std::uint32_t> result;
    std::unordered_set<std::uint32_t> included;
    for (const std::uint32_t match : messages) {
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
