#include "swimlanebuilder.h"

#include "model/logcollection.h"
#include "trace/phases.h"
#include "workspace/eventcolumns.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>

namespace {

// A peer as the logs name it: the address when known (names vary: HELO, PTR, relay=), else the name.
struct Peer
{
    QString host;
    QString ip;

    bool isKnown() const { return !host.isEmpty() || !ip.isEmpty(); }
    QString key() const { return ip.isEmpty() ? host.toLower() : ip; }
};

QString fieldText(const LogCollection& logs, EventRef event, FieldKey key)
{
    const ParsedLog& log = logs.log(event.log);
    const FieldValue value = log.field(event.index, key);
    return value.type == FieldValue::Type::None ? QString() : log.valueText(event.index, value);
}

QString poolText(const LogCollection& logs, StringPool::Id id)
{
    return id ? QString::fromUtf8(logs.strings()->view(id)) : QString();
}

Peer connectionPeer(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection)
{
    if (connection == NoIndex)
        return {};
    const Connection& c = graph.connections[connection];
    return { poolText(logs, c.peerHost), poolText(logs, c.peerIp) };
}

// The next hop as a delivery's outbound connection knows it.
Peer connectionPeerOf(const MailGraph& graph, const LogCollection& logs, const std::vector<EventRef>& events)
{
    for (const EventRef& event : events) {
        const std::uint32_t connection = graph.connectionOf(event);
        if (connection != NoIndex && graph.connections[connection].direction == Direction::Outbound) {
            Peer peer = connectionPeer(graph, logs, connection);
            if (peer.isKnown())
                return peer;
        }
    }
    return {};
}

// The next hop as a delivery line's fields name it.
Peer fieldPeerOf(const LogCollection& logs, const std::vector<EventRef>& events)
{
    for (const EventRef& event : events) {
        Peer peer { fieldText(logs, event, FieldKey::PeerHost), fieldText(logs, event, FieldKey::PeerIp) };
        if (peer.host.isEmpty())
            peer.host = fieldText(logs, event, FieldKey::Relay);
        // Postfix writes relay=host[ip]:port; keep the name, the address goes to ip.
        if (const qsizetype bracket = peer.host.indexOf(u'['); bracket > 0) {
            if (peer.ip.isEmpty())
                peer.ip = peer.host.mid(bracket + 1).section(u']', 0, 0);
            peer.host.truncate(bracket);
        }
        if (peer.host.compare(u"none", Qt::CaseInsensitive) == 0)
            peer.host.clear();
        if (peer.isKnown())
            return peer;
    }
    return {};
}

Peer deliveryPeer(const MailGraph& graph, const LogCollection& logs, const std::vector<EventRef>& events)
{
    const Peer peer = connectionPeerOf(graph, logs, events);
    return peer.isKnown() ? peer : fieldPeerOf(logs, events);
}

// The peer of every client-side span. The lines of one attempt (up to its reply) name the next hop
// differently — the recipient's domain, the MX host looked up, the connection's address — so an attempt
// goes to one peer: its connection's, else the last one its lines name, else where the recipient's other
// attempts went (a failed connect() often names nothing).
std::vector<Peer> attemptPeers(const MailGraph& graph, const LogCollection& logs, const std::vector<PhaseSpan>& spans)
{
    std::map<StringPool::Id, Peer> peerOfRecipient;
    for (const PhaseSpan& span : spans) {
        if (span.side == Side::Client && !peerOfRecipient.count(span.recipient)) {
            const Peer peer = deliveryPeer(graph, logs, span.events);
            if (peer.isKnown())
                peerOfRecipient[span.recipient] = peer;
        }
    }
    std::vector<Peer> peers(spans.size());
    std::size_t begin = 0;
    const auto closeAttempt = [&](std::size_t end) {
        Peer chosen;
        bool fromConnection = false;
        for (std::size_t i = begin; i < end; ++i) {
            if (spans[i].side != Side::Client)
                continue;
            if (const Peer peer = connectionPeerOf(graph, logs, spans[i].events); peer.isKnown()) {
                chosen = peer;
                fromConnection = true;
            } else if (!fromConnection) {
                if (const Peer named = fieldPeerOf(logs, spans[i].events); named.isKnown())
                    chosen = named;
            }
        }
        for (std::size_t i = begin; i < end && !chosen.isKnown(); ++i) {
            if (spans[i].side == Side::Client && peerOfRecipient.count(spans[i].recipient))
                chosen = peerOfRecipient[spans[i].recipient];
        }
        for (std::size_t i = begin; i < end; ++i)
            peers[i] = chosen;
        begin = end;
    };
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].side == Side::Client && spans[i].phase == Phase::Response)
            closeAttempt(i + 1);
    }
    closeAttempt(spans.size());
    return peers;
}

// A delivery into a mailbox on the MTA itself: Postfix's local and virtual agents, Sun's message store
// channel, E-Post's outlocallog.
bool isLocalDelivery(const LogCollection& logs, const std::vector<EventRef>& events)
{
    for (const EventRef& event : events) {
        const ParsedLog& log = logs.log(event.log);
        if (log.info().subLog == u"outlocallog")
            return true;
        const QByteArray relay = log.fieldBytes(event.index, FieldKey::Relay);
        const QByteArray channel = log.fieldBytes(event.index, FieldKey::DestChannel);
        if (relay == "local" || relay == "virtual" || channel == "ims-ms" || channel == "l")
            return true;
    }
    return false;
}

// The names a delivery to the link's next hop may give its peer: the peer of the attempt whose line states the
// link, the address the next hop was reached at (its inbound connection's local side), and its host name.
std::vector<QString> nextHopKeys(const MailGraph& graph, const LogCollection& logs, std::uint32_t message, const Link& link)
{
    std::vector<QString> keys;
    const auto add = [&keys](const Peer& peer) {
        if (!peer.ip.isEmpty())
            keys.push_back(peer.ip);
        if (!peer.host.isEmpty())
            keys.push_back(peer.host.toLower());
    };
    for (const Recipient& recipient : graph.recipientsOf(graph.messages[message])) {
        for (const Attempt& attempt : graph.attemptsOf(recipient)) {
            if (attempt.event == link.event || attempt.replyEvent == link.event) {
                const Peer peer = connectionPeer(graph, logs, attempt.connection);
                add(peer.isKnown() ? peer : deliveryPeer(graph, logs, { attempt.event }));
            }
        }
    }
    const Message& next = graph.messages[link.to];
    if (next.inbound != NoIndex)
        add({ {}, poolText(logs, graph.connections[next.inbound].localIp) });
    add({ poolText(logs, graph.origins[next.origin].host), {} });
    return keys;
}

std::uint32_t nextHopOf(const std::map<QString, std::uint32_t>& nextHopByPeer, const Peer& peer)
{
    for (const QString& key : { peer.ip, peer.host.toLower() }) {
        const auto it = key.isEmpty() ? nextHopByPeer.end() : nextHopByPeer.find(key);
        if (it != nextHopByPeer.end())
            return it->second;
    }
    return NoIndex;
}

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

// Lanes are collected first and ordered at the end: per MTA group (first seen in path order), the senders
// that connected to it, its server, internal and client sides, its mailboxes, then next hops outside the logs.
class LaneSet
{
public:
    explicit LaneSet(const MailGraph& graph, const LogCollection& logs)
        : m_graph(graph)
        , m_logs(logs)
    {
    }

    int mtaLane(std::uint32_t origin, SwimLane::Role role)
    {
        const int group = groupOf(origin);
        for (std::size_t i = 0; i < m_lanes.size(); ++i) {
            if (m_entries[i].group == group && m_lanes[i].role == role)
                return int(i);
        }
        const Origin& o = m_graph.origins[origin];
        return add(group, role, { role, origin, o.family, poolText(m_logs, o.host), {} });
    }

    // A peer lane (Sender or Remote) next to an MTA's group, one per peer.
    int peerLane(std::uint32_t origin, SwimLane::Role role, const Peer& peer)
    {
        const int group = groupOf(origin);
        const QString key = peer.key();
        for (std::size_t i = 0; i < m_lanes.size(); ++i) {
            if (m_entries[i].group == group && m_lanes[i].role == role && m_entries[i].peerKey == key)
                return int(i);
        }
        const int lane = add(group, role, { role, NoIndex, Family::Unknown, peer.host, peer.ip });
        m_entries[std::size_t(lane)].peerKey = key;
        return lane;
    }

    // Puts the lanes in their final order; returns where each old index went.
    std::vector<int> sort(std::vector<SwimLane>* lanes)
    {
        std::vector<int> order(m_lanes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            const Entry& x = m_entries[std::size_t(a)];
            const Entry& y = m_entries[std::size_t(b)];
            return x.group != y.group ? x.group < y.group : rank(m_lanes[std::size_t(a)].role) < rank(m_lanes[std::size_t(b)].role);
        });
        std::vector<int> newIndex(m_lanes.size());
        lanes->clear();
        for (std::size_t i = 0; i < order.size(); ++i) {
            newIndex[std::size_t(order[i])] = int(i);
            lanes->push_back(m_lanes[std::size_t(order[i])]);
        }
        return newIndex;
    }

private:
    struct Entry
    {
        int group = 0;
        QString peerKey;
    };

    static int rank(SwimLane::Role role)
    {
        switch (role) {
        case SwimLane::Role::Sender:
            return 0;
        case SwimLane::Role::Server:
            return 1;
        case SwimLane::Role::Internal:
            return 2;
        case SwimLane::Role::Client:
            return 3;
        case SwimLane::Role::Mailbox:
            return 4;
        case SwimLane::Role::Remote:
            return 5;
        }
        return 6;
    }

    int groupOf(std::uint32_t origin)
    {
        const auto it = std::find(m_groups.begin(), m_groups.end(), origin);
        if (it != m_groups.end())
            return int(it - m_groups.begin());
        m_groups.push_back(origin);
        return int(m_groups.size() - 1);
    }

    int add(int group, SwimLane::Role role, SwimLane lane)
    {
        lane.role = role;
        m_lanes.push_back(std::move(lane));
        m_entries.push_back({ group, {} });
        return int(m_lanes.size() - 1);
    }

    const MailGraph& m_graph;
    const LogCollection& m_logs;
    std::vector<std::uint32_t> m_groups; // origins in order of first appearance
    std::vector<SwimLane> m_lanes;
    std::vector<Entry> m_entries;
};

// The hop that delivered this message to its MTA, when it is in the path.
std::uint32_t previousHopIn(const MailGraph& graph, std::uint32_t message, const std::vector<std::uint32_t>& path)
{
    for (const Link& link : graph.linksTo(message)) {
        if (link.type == LinkType::NextHop && std::find(path.begin(), path.end(), link.from) != path.end())
            return link.from;
    }
    return NoIndex;
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
    LaneSet lanes(graph, logs);
    for (const std::uint32_t message : path) {
        const Message& m = graph.messages[message];
        const std::vector<PhaseSpan> spans = Phases::of(graph, logs, message);
        if (spans.empty())
            continue;
        // Who talks to this MTA's server side: the previous hop's client side, or a client from outside.
        // With neither (a notification, a local submission), its server steps are drawn inside the server lane.
        const std::uint32_t previous = previousHopIn(graph, message, path);
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
                const int from = senderLane();
                step.shape = from < 0 ? SwimStep::Shape::Box : SwimStep::Shape::Arrow;
                step.fromLane = from < 0 ? server : from;
                step.toLane = server;
            } else if (span.side == Side::Client) {
                const int client = lanes.mtaLane(m.origin, SwimLane::Role::Client);
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
