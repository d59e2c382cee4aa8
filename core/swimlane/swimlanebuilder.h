#pragma once

#include "swimlane.h"
#include "trace/mailgraph.h"

class LogCollection;

// Turns a path (Tracer::path: the hops of one mail, with its notifications and derived messages) into a
// swimlane diagram. Lanes come per MTA in path order: the client that connected to it, its server side,
// its internal processing, its client side, then next hops outside the loaded logs and local mailboxes.
// Each phase span of each hop (Phases::of) becomes one step: SMTP phases are arrows between the peer and
// the MTA's side, internal phases are boxes. Steps the logs do not show are not invented.
namespace SwimlaneBuilder {

Swimlane build(const MailGraph& graph, const LogCollection& logs, const std::vector<std::uint32_t>& path);

} // namespace SwimlaneBuilder
