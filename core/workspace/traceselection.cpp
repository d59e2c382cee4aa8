#include "traceselection.h"

#include "eventtimeline.h"
#include "model/logcollection.h"

#include <algorithm>

namespace TraceSelection {

std::vector<std::uint32_t> messagesOf(const MailGraph& graph, EventRef event)
{
    if (!event.isValid() || event.log >= graph.messageOfEvent.size())
        return {};
    if (const std::uint32_t message = graph.messageOf(event); message != NoIndex)
        return { message };
    const std::uint32_t connection = graph.connectionOf(event);
    if (connection == NoIndex)
        return {};
    std::vector<std::uint32_t> messages;
    if (graph.connections[connection].direction == Direction::Inbound) {
        for (std::uint32_t m = 0; m < graph.messages.size(); ++m) {
            if (graph.messages[m].inbound == connection)
                messages.push_back(m);
        }
        return messages;
    }
    for (const Recipient& recipient : graph.recipients) {
        for (const Attempt& attempt : graph.attemptsOf(recipient)) {
            if (attempt.connection == connection && (messages.empty() || messages.back() != recipient.message))
                messages.push_back(recipient.message);
        }
    }
    std::sort(messages.begin(), messages.end());
    messages.erase(std::unique(messages.begin(), messages.end()), messages.end());
    return messages;
}

std::vector<std::uint32_t> timelineRows(const MailGraph& graph, const LogCollection& logs, const EventTimeline& timeline,
    const std::vector<std::uint32_t>& messages)
{
    std::vector<std::uint32_t> rows;
    const auto add = [&](std::span<const EventRef> events) {
        for (const EventRef& event : events) {
            const std::size_t row = timeline.rowOf(logs, event);
            if (row != EventTimeline::NoRow)
                rows.push_back(std::uint32_t(row));
        }
    };
    for (const std::uint32_t m : messages) {
        const Message& message = graph.messages[m];
        add(graph.eventsOf(message));
        if (message.inbound != NoIndex)
            add(graph.eventsOf(graph.connections[message.inbound]));
        for (const Recipient& recipient : graph.recipientsOf(message)) {
            for (const Attempt& attempt : graph.attemptsOf(recipient)) {
                if (attempt.connection != NoIndex)
                    add(graph.eventsOf(graph.connections[attempt.connection]));
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace TraceSelection
