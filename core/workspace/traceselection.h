#pragma once

#include "trace/mailgraph.h"

#include <vector>

// What selecting an event selects: the messages it belongs to, and every line of their trace.
namespace TraceSelection {

// The event's message; for a connection line (connect, HELO, disconnect...), the messages that arrived on
// that connection or were delivered over it. Empty when the event belongs to no message.
std::vector<std::uint32_t> messagesOf(const MailGraph& graph, EventRef event);

// Every event of the messages and of their connections, ascending (by log, then position), once each.
std::vector<EventRef> events(const MailGraph& graph, const std::vector<std::uint32_t>& messages);

} // namespace TraceSelection
