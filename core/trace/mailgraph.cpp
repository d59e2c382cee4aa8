#include "mailgraph.h"

#include "trace/graphindex.h"

#include <algorithm>

std::span<const Link> MailGraph::linksFrom(std::uint32_t message) const
{
    const auto begin = std::lower_bound(links.begin(), links.end(), message, [](const Link& link, std::uint32_t m) { return link.from < m; });
    auto end = begin;
    while (end != links.end() && end->from == message)
        ++end;
    return { links.data() + (begin - links.begin()), std::size_t(end - begin) };
}

std::vector<Link> MailGraph::linksTo(std::uint32_t message) const
{
    auto it = std::lower_bound(linksByTarget.begin(), linksByTarget.end(), message,
        [this](std::uint32_t index, std::uint32_t m) { return links[index].to < m; });
    std::vector<Link> found;
    for (; it != linksByTarget.end() && links[*it].to == message; ++it)
        found.push_back(links[*it]);
    return found;
}

std::vector<std::uint32_t> MailGraph::find(const StringPool& strings, QByteArrayView query) const
{
    std::vector<std::uint32_t> found;
    for (const QByteArray& form : GraphIndex::queryForms(query)) {
        const StringPool::Id id = strings.find(form);
        if (!id)
            continue;
        auto it = std::lower_bound(keys.begin(), keys.end(), KeyEntry { id, 0 });
        for (; it != keys.end() && it->key == id; ++it)
            found.push_back(it->message);
    }
    std::sort(found.begin(), found.end(), [this](std::uint32_t a, std::uint32_t b) {
        return messages[a].firstMs != messages[b].firstMs ? messages[a].firstMs < messages[b].firstMs : a < b;
    });
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::size_t MailGraph::memoryUsed() const
{
    std::size_t bytes = origins.capacity() * sizeof(Origin) + connections.capacity() * sizeof(Connection)
        + connectionEvents.capacity() * sizeof(std::uint32_t) + messages.capacity() * sizeof(Message)
        + messageEvents.capacity() * sizeof(std::uint32_t) + recipients.capacity() * sizeof(Recipient)
        + attempts.capacity() * sizeof(Attempt) + links.capacity() * sizeof(Link)
        + linksByTarget.capacity() * sizeof(std::uint32_t) + hopCounts.capacity() * sizeof(std::uint32_t) + keys.capacity() * sizeof(KeyEntry);
    for (const auto& perLog : messageOfEvent)
        bytes += perLog.capacity() * sizeof(std::uint32_t);
    for (const auto& perLog : connectionOfEvent)
        bytes += perLog.capacity() * sizeof(std::uint32_t);
    return bytes;
}
