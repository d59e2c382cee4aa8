#include "swimlanepeers.h"

#include "model/logcollection.h"

namespace SwimlanePeers {

QString fieldText(const LogCollection& logs, EventRef event, FieldKey key)
{
    return logs.log(event.log).fieldText(event.index, key);
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

QString localAddressOf(const MailGraph& graph, const LogCollection& logs, const std::vector<EventRef>& events)
{
    for (const EventRef& event : events) {
        const std::uint32_t connection = graph.connectionOf(event);
        if (connection != NoIndex && graph.connections[connection].direction == Direction::Outbound && graph.connections[connection].localIp)
            return poolText(logs, graph.connections[connection].localIp);
    }
    return {};
}

namespace {

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

} // namespace

std::vector<Peer> attemptPeers(const MailGraph& graph, const LogCollection& logs, const std::vector<PhaseSpan>& spans)
{
    // Each client span's own peer, read once: its connection's, else what its lines name.
    struct Own
    {
        Peer peer;
        bool fromConnection = false;
    };
    std::vector<Own> own(spans.size());
    std::map<StringPool::Id, Peer> peerOfRecipient;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].side != Side::Client)
            continue;
        own[i].peer = connectionPeerOf(graph, logs, spans[i].events);
        own[i].fromConnection = own[i].peer.isKnown();
        if (!own[i].fromConnection)
            own[i].peer = fieldPeerOf(logs, spans[i].events);
        if (own[i].peer.isKnown())
            peerOfRecipient.try_emplace(spans[i].recipient, own[i].peer);
    }
    std::vector<Peer> peers(spans.size());
    std::size_t begin = 0;
    const auto closeAttempt = [&](std::size_t end) {
        const Own* chosen = nullptr;
        for (std::size_t i = begin; i < end; ++i) {
            if (own[i].peer.isKnown() && (own[i].fromConnection || !chosen || !chosen->fromConnection))
                chosen = &own[i];
        }
        Peer peer = chosen ? chosen->peer : Peer();
        for (std::size_t i = begin; i < end && !peer.isKnown(); ++i) {
            if (spans[i].side == Side::Client) {
                if (const auto it = peerOfRecipient.find(spans[i].recipient); it != peerOfRecipient.end())
                    peer = it->second;
            }
        }
        std::fill(peers.begin() + std::ptrdiff_t(begin), peers.begin() + std::ptrdiff_t(end), peer);
        begin = end;
    };
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].side == Side::Client && spans[i].phase == Phase::Response)
            closeAttempt(i + 1);
    }
    closeAttempt(spans.size());
    return peers;
}

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

} // namespace SwimlanePeers
