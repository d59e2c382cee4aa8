#include "messagefilter.h"

#include "messagematcher.h"
#include "parallelrows.h"
#include "trace/mailgraph.h"

#include <numeric>

bool MessageFilter::matches(const MailGraph& graph, const LogCollection& logs, std::uint32_t message) const
{
    return MessageMatcher(graph, logs, *this).matches(message);
}

std::vector<std::uint32_t> filterMessageRows(const MailGraph& graph, const LogCollection& logs, const MessageFilter& filter,
    const std::atomic_bool* cancel)
{
    if (filter.isEmpty()) {
        std::vector<std::uint32_t> rows(graph.messages.size());
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }
    const MessageMatcher matcher(graph, logs, filter);
    const auto keep = [&matcher](std::size_t message) { return matcher.matches(std::uint32_t(message)); };
    return parallelRows(0, graph.messages.size(), keep, cancel);
}
