#include "swimlanebuilder.h"

#include "model/logcollection.h"
#include "swimlanelanes.h"
#include "swimlanepeers.h"
#include "trace/hops.h"
#include "trace/phases.h"
#include "workspace/eventcolumns.h"

#include <algorithm>
#include <map>
#include <optional>

using namespace SwimlanePeers;

namespace {

// The field a step names, by phase.
std::optional<FieldKey> detailField(Phase phase)
{
    switch (phase) {
    case Phase::Helo:
        return FieldKey::Helo;
    case Phase::Tls:
        return FieldKey::Tls;
    case Phase::Auth:
        return FieldKey::SaslUser;
    case Phase::MailFrom:
        return FieldKey::Sender;
    case Phase::RcptTo:
    case Phase::Delivery:
    case Phase::Response:
        return FieldKey::Recipient;
    case Phase::Scan:
        return FieldKey::Verdict;
    case Phase::Mailbox:
        return FieldKey::Account;
    default:
        return std::nullopt;
    }
}

QString detailOf(const LogCollection& logs, const PhaseSpan& span)
{
    const std::optional<FieldKey> key = detailField(span.phase);
    if (!key)
        return {};
    if (*key == FieldKey::Recipient && span.recipient)
        return poolText(logs, span.recipient);
    for (const EventRef& event : span.events) {
        const QString text = fieldText(logs, event, *key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool isServerPhase(Phase phase)
{
    switch (phase) {
    case Phase::Connect:
    case Phase::Helo:
    case Phase::Tls:
    case Phase::Auth:
    case Phase::MailFrom:
    case Phase::RcptTo:
    case Phase::Data:
    case Phase::EndOfData:
    case Phase::Close:
        return true;
    default:
        return false;
    }
}

SwimHop summarize(std::uint32_t message, const Message& m, const std::vector<PhaseSpan>& spans)
{
    SwimHop hop;
    hop.message = message;
    hop.origin = m.origin;
    hop.firstMs = spans.front().startMs;
    hop.lastMs = spans.front().endMs;
    for (const PhaseSpan& span : spans) {
        hop.firstMs = std::min(hop.firstMs, span.startMs);
        hop.lastMs = std::max(hop.lastMs, span.endMs);
    }
    std::int64_t firstServer = -1, endOfData = -1, firstDelivery = -1, lastResponse = -1;
    for (const PhaseSpan& span : spans) {
        if (span.side == Side::Server && isServerPhase(span.phase) && span.phase != Phase::Close && firstServer < 0)
            firstServer = span.startMs;
        if (span.phase == Phase::EndOfData)
            endOfData = span.endMs;
        if ((span.phase == Phase::DeliveryConnect || span.phase == Phase::Delivery || span.phase == Phase::Response) && firstDelivery < 0)
            firstDelivery = span.startMs;
        if (span.phase == Phase::Response)
            lastResponse = span.endMs;
    }
    // A part shown by a single line has no measurable length: unknown rather than "0 ms".
    if (firstServer >= 0 && endOfData > firstServer)
        hop.receivingMs = endOfData - firstServer;
    if (endOfData >= 0 && firstDelivery >= endOfData)
        hop.processingMs = firstDelivery - endOfData;
    if (firstDelivery >= 0 && lastResponse > firstDelivery)
        hop.deliveringMs = lastResponse - firstDelivery;
    return hop;
}

} // namespace

int Swimlane::stepOf(EventRef event) const
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (std::find(steps[i].events.begin(), steps[i].events.end(), event) != steps[i].events.end())
            return int(i);
    }
    return -1;
}

Swimlane SwimlaneBuilder::build(const MailGraph& graph, const LogCollection& logs, const std::vector<std::uint32_t>& path)
{
    Swimlane swimlane;
    SwimlaneLanes lanes(graph, logs);
    for (const std::uint32_t message : path) {
        const Message& m = graph.messages[message];
        const std::vector<PhaseSpan> spans = Phases::of(graph, logs, message);
        if (spans.empty())
            continue;
        // Who talks to this MTA's server side: the previous hop's client side, or a client from outside.
        // With neither (a notification, a local submission), its server steps are drawn inside the server lane.
        std::uint32_t previous = previousHop(graph, message);
        if (std::find(path.begin(), path.end(), previous) == path.end())
            previous = NoIndex;
        const Peer sender = connectionPeer(graph, logs, m.inbound);
        const auto senderLane = [&] {
            if (previous != NoIndex)
                return lanes.mtaLane(graph.messages[previous].origin, SwimLane::Role::Client);
            return sender.isKnown() ? lanes.peerLane(m.origin, SwimLane::Role::Sender, sender) : -1;
        };
        const std::vector<Peer> peers = attemptPeers(graph, logs, spans);
        // Where this hop's deliveries go: the next hop's server side when it is in the path, else a remote lane.
        std::map<QString, std::uint32_t> nextHopByPeer;
        std::vector<std::uint32_t> nextHops;
        for (const Link& link : graph.linksFrom(message)) {
            if (link.type != LinkType::NextHop || std::find(path.begin(), path.end(), link.to) == path.end())
                continue;
            nextHops.push_back(link.to);
            for (const QString& key : nextHopKeys(graph, logs, message, link))
                nextHopByPeer[key] = link.to;
        }
        SwimHop hop = summarize(message, m, spans);
        hop.host = poolText(logs, graph.origins[m.origin].host);
        std::map<std::uint32_t, int> attemptsByRecipient;
        for (std::size_t index = 0; index < spans.size(); ++index) {
            const PhaseSpan& span = spans[index];
            SwimStep step;
            step.phase = span.phase;
            step.outcome = span.outcome;
            step.replyCode = span.replyCode;
            step.startMs = span.startMs;
            step.endMs = span.endMs;
            step.message = message;
            step.events = span.events;
            step.detail = detailOf(logs, span);
            step.time = eventTimeText(logs.log(span.events.front().log), span.events.front().index);
            if (span.side == Side::Server && isServerPhase(span.phase)) {
                const int server = lanes.mtaLane(m.origin, SwimLane::Role::Server);
                if (m.inbound != NoIndex)
                    lanes.noteAddress(server, poolText(logs, graph.connections[m.inbound].localIp));
                const int from = senderLane();
                step.shape = from < 0 ? SwimStep::Shape::Box : SwimStep::Shape::Arrow;
                step.fromLane = from < 0 ? server : from;
                step.toLane = server;
            } else if (span.side == Side::Client) {
                const int client = lanes.mtaLane(m.origin, SwimLane::Role::Client);
                lanes.noteAddress(client, localAddressOf(graph, logs, span.events));
                const Peer& peer = peers[index];
                int target = -1;
                if (const std::uint32_t next = nextHopOf(nextHopByPeer, peer); next != NoIndex)
                    target = lanes.mtaLane(graph.messages[next].origin, SwimLane::Role::Server);
                else if (!peer.isKnown() && nextHops.size() == 1) // the line names no peer, but there is one way out
                    target = lanes.mtaLane(graph.messages[nextHops.front()].origin, SwimLane::Role::Server);
                else if (isLocalDelivery(logs, span.events))
                    target = lanes.mtaLane(m.origin, SwimLane::Role::Mailbox);
                else {
                    target = lanes.peerLane(m.origin, SwimLane::Role::Remote, peer); // an unnamed peer: "next hop"
                    hop.nextHopMissing = hop.nextHopMissing || span.outcome == Outcome::Delivered;
                }
                step.shape = SwimStep::Shape::Arrow;
                const bool reply = span.phase == Phase::Response;
                step.fromLane = reply ? target : client;
                step.toLane = reply ? client : target;
                // An attempt's reply closes it: the delivery steps before belong to the next one.
                if (span.phase == Phase::Delivery)
                    step.attempt = attemptsByRecipient[span.recipient] + 1;
                else if (reply)
                    step.attempt = ++attemptsByRecipient[span.recipient];
            } else {
                const SwimLane::Role role = span.side == Side::Mailbox ? SwimLane::Role::Mailbox : SwimLane::Role::Internal;
                step.fromLane = step.toLane = lanes.mtaLane(m.origin, role);
            }
            swimlane.steps.push_back(std::move(step));
        }
        swimlane.hops.push_back(hop);
    }
    const std::vector<int> laneIndex = lanes.sort(&swimlane.lanes);
    for (SwimStep& step : swimlane.steps) {
        step.fromLane = laneIndex[std::size_t(step.fromLane)];
        step.toLane = laneIndex[std::size_t(step.toLane)];
    }
    // Time order across hops; within a time, path order then the hop's own order (stable).
    std::stable_sort(swimlane.steps.begin(), swimlane.steps.end(),
        [](const SwimStep& a, const SwimStep& b) { return a.startMs < b.startMs; });
    return swimlane;
}
