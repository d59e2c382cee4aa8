#include "phases.h"

#include "trace/eventorder.h"

#include <algorithm>
#include <optional>

namespace {

struct Placement
{
    Phase phase;
    Side side;
    bool joinsPrevious = false; // a reply or remark: continues the side's current phase
};

Side serverOrClient(Side side)
{
    return side == Side::Client ? Side::Client : Side::Server;
}

Phase refusalPhase(QByteArrayView stage, bool namesRecipient)
{
    if (stage == "CONNECT")
        return Phase::Connect;
    if (stage == "HELO" || stage == "EHLO")
        return Phase::Helo;
    if (stage == "MAIL")
        return Phase::MailFrom;
    if (stage == "RCPT")
        return Phase::RcptTo;
    if (stage == "DATA" || stage == "END-OF-MESSAGE" || stage == "BDAT")
        return Phase::EndOfData;
    return namesRecipient ? Phase::RcptTo : Phase::EndOfData;
}

std::optional<Placement> place(const ParsedLog& log, std::size_t index)
{
    const EventRecord& event = log.event(index);
    const Side side = event.side;
    switch (event.kind) {
    case EventKind::Connect:
        return Placement { Phase::Connect, Side::Server };
    case EventKind::Helo:
        return Placement { Phase::Helo, serverOrClient(side) };
    case EventKind::Tls:
        return Placement { Phase::Tls, serverOrClient(side) };
    case EventKind::Auth:
        return Placement { Phase::Auth, Side::Server };
    case EventKind::MailFrom:
        return Placement { Phase::MailFrom, side == Side::Internal ? Side::Internal : serverOrClient(side) };
    case EventKind::RcptTo:
        return Placement { Phase::RcptTo, serverOrClient(side) };
    case EventKind::Data:
        return Placement { Phase::Data, serverOrClient(side) };
    case EventKind::Header:
        return Placement { Phase::Data, Side::Server };
    case EventKind::Accepted:
        return Placement { Phase::EndOfData, Side::Server };
    case EventKind::ScanVerdict:
        // On the server side a verdict is connection-level policy (postscreen, HAT): CONN.
        return side == Side::Server ? Placement { Phase::Connect, Side::Server } : Placement { Phase::Scan, Side::Internal };
    case EventKind::Quarantined:
        return Placement { Phase::Scan, Side::Internal };
    case EventKind::Queued:
    case EventKind::Derived:
        return Placement { Phase::Queue, Side::Internal };
    case EventKind::DeliveryConnect:
        return Placement { Phase::DeliveryConnect, Side::Client };
    case EventKind::DeliveryStart:
        return Placement { Phase::Delivery, Side::Client };
    case EventKind::SmtpCommand:
        return side == Side::Client ? Placement { Phase::Delivery, Side::Client } : Placement { Phase::Connect, Side::Server, true };
    case EventKind::SmtpReply:
        return Placement { side == Side::Client ? Phase::Delivery : Phase::Connect, serverOrClient(side), true };
    case EventKind::Delivered:
    case EventKind::Deferred:
    case EventKind::Bounced:
    case EventKind::Expired:
        return Placement { Phase::Response, side == Side::Internal ? Side::Internal : Side::Client };
    case EventKind::Rejected:
        if (side == Side::Client)
            return Placement { Phase::Response, Side::Client };
        return Placement { refusalPhase(log.fieldBytes(index, FieldKey::Stage), log.hasField(index, FieldKey::Recipient)), Side::Server };
    case EventKind::Dropped:
        return side == Side::Client ? Placement { Phase::Response, Side::Client } : Placement { Phase::Scan, Side::Internal };
    case EventKind::DsnGenerated:
        return Placement { Phase::Notify, Side::Internal };
    case EventKind::Finished:
        return Placement { Phase::Done, Side::Internal };
    case EventKind::Disconnect:
        return Placement { Phase::Close, Side::Server };
    case EventKind::DeliveryDisconnect:
        return Placement { Phase::DeliveryClose, Side::Client };
    case EventKind::Pop3:
    case EventKind::Imap4:
        return Placement { Phase::Mailbox, Side::Mailbox };
    case EventKind::Other:
    case EventKind::System:
    case EventKind::Unparsed:
        return Placement { side == Side::Client ? Phase::Delivery : Phase::Queue, side == Side::Client ? Side::Client : Side::Internal, true };
    }
    return std::nullopt;
}


// Whether an event continues the last span or starts a new one.
bool continues(const PhaseSpan& last, const Placement& placement, const EventRecord& event, StringPool::Id recipient)
{
    if (last.side != placement.side || last.phase != placement.phase)
        return false;
    switch (placement.phase) {
    case Phase::RcptTo:
        return recipient == last.recipient; // one RCPT TO phase per recipient
    case Phase::Response:
        return false; // one reply per attempt
    case Phase::Delivery:
        return event.kind != EventKind::DeliveryStart;
    default:
        return true;
    }
}

void append(PhaseSpan& span, const EventRef& ref, const ParsedLog& log)
{
    const EventRecord& event = log.event(ref.index);
    span.events.push_back(ref);
    span.startMs = std::min(span.startMs, event.utcMs);
    span.endMs = std::max(span.endMs, event.utcMs);
    if (!span.replyCode) {
        const FieldValue code = log.field(ref.index, FieldKey::ReplyCode);
        if (code.type == FieldValue::Type::Number)
            span.replyCode = code.value;
    }
    const Outcome outcome = outcomeOf(event.kind);
    if (outcome != Outcome::Unknown)
        span.outcome = outcome;
}

// Adds a connection's own lines (not those of other messages that shared it).
void addConnectionLines(const MailGraph& graph, std::uint32_t connection, std::uint32_t message, std::vector<EventRef>* events)
{
    if (connection == NoIndex)
        return;
    for (const EventRef& ref : graph.eventsOf(graph.connections[connection])) {
        const std::uint32_t owner = graph.messageOf(ref);
        if (owner == NoIndex || owner == message)
            events->push_back(ref);
    }
}

} // namespace

std::vector<EventRef> Phases::hopEvents(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    const Message& m = graph.messages[message];
    std::vector<EventRef> events(graph.eventsOf(m).begin(), graph.eventsOf(m).end());
    addConnectionLines(graph, m.inbound, message, &events);
    std::vector<std::uint32_t> outbound;
    for (const Recipient& recipient : graph.recipientsOf(m)) {
        for (const Attempt& attempt : graph.attemptsOf(recipient)) {
            if (attempt.connection != NoIndex && std::find(outbound.begin(), outbound.end(), attempt.connection) == outbound.end())
                outbound.push_back(attempt.connection);
        }
    }
    for (const std::uint32_t connection : outbound)
        addConnectionLines(graph, connection, message, &events);
    std::sort(events.begin(), events.end(), EventOrder { logs });
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

std::vector<PhaseSpan> Phases::of(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    std::vector<PhaseSpan> spans;
    for (const EventRef& ref : hopEvents(graph, logs, message)) {
        const ParsedLog& log = logs.log(ref.log);
        const std::optional<Placement> placement = place(log, ref.index);
        if (!placement)
            continue;
        const EventRecord& event = log.event(ref.index);
        if (placement->joinsPrevious) {
            const auto same = std::find_if(spans.rbegin(), spans.rend(), [&](const PhaseSpan& span) { return span.side == placement->side; });
            if (same != spans.rend()) {
                append(*same, ref, log);
                continue;
            }
        }
        const FieldValue to = log.field(ref.index, FieldKey::Recipient);
        const StringPool::Id recipient = to.type == FieldValue::Type::String ? to.value : 0;
        if (spans.empty() || !continues(spans.back(), *placement, event, recipient)) {
            PhaseSpan span;
            span.side = placement->side;
            span.phase = placement->phase;
            span.startMs = span.endMs = event.utcMs;
            span.recipient = recipient;
            spans.push_back(std::move(span));
        }
        append(spans.back(), ref, log);
    }
    return spans;
}
