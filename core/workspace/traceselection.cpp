#include "traceselection.h"

#include <algorithm>
#include <span>

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

std::vector<EventRef> events(const MailGraph& graph, const std::vector<std::uint32_t>& messages)
{
    std::vector<EventRef> events;
    const auto add = [&events](const EventList& more) { events.insert(events.end(), more.begin(), more.end()); };
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
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

} // namespace TraceSelection
