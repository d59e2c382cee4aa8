#pragma once

#include "trace/mailgraph.h"

#include <vector>

class LogCollection;

// A stretch of one SMTP phase on one side of an MTA, with the lines it was derived from.
struct PhaseSpan
{
    Side side = Side::None;
    Phase phase = Phase::Connect;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::vector<EventRef> events;
    StringPool::Id recipient = 0; // RCPT TO and replies: the recipient concerned, when the line names one
    Outcome outcome = Outcome::Unknown; // replies and refusals: what the step decided
    std::uint32_t replyCode = 0;
};

// The phases of one message on its host (formats.md section 0's vocabulary), for the swimlane: the
// inbound connection's own lines, the message's lines and its outbound connections' own lines, in time
// order. Phases the log does not show are absent.
namespace Phases {

std::vector<PhaseSpan> of(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);

// The lines of one message's hop in time order: what `of` groups into phases.
std::vector<EventRef> hopEvents(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);

} // namespace Phases
