#pragma once

#include "trace/mailgraph.h"
#include "trace/phases.h"

#include <QString>

#include <map>
#include <vector>

class LogCollection;

// Who a hop talked to, as the swimlane builder needs it: the client of an inbound connection, the next hop
// of each delivery attempt, and which of those is a next hop whose own logs are loaded.
namespace SwimlanePeers {

// A peer as the logs name it: the address when known (names vary: HELO, PTR, relay=), else the name.
struct Peer
{
    QString host;
    QString ip;

    bool isKnown() const { return !host.isEmpty() || !ip.isEmpty(); }
    QString key() const { return ip.isEmpty() ? host.toLower() : ip; }
};

QString poolText(const LogCollection& logs, StringPool::Id id);
// A field of a line as shown (decoded in the log's encoding); empty when absent.
QString fieldText(const LogCollection& logs, EventRef event, FieldKey key);
// The other end of a connection.
Peer connectionPeer(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection);

// This MTA's own address on a delivery's outbound connection, if logged.
QString localAddressOf(const MailGraph& graph, const LogCollection& logs, const std::vector<EventRef>& events);

// The peer of every client-side span. The lines of one attempt (up to its reply) name the next hop
// differently — the recipient's domain, the MX host looked up, the connection's address — so an attempt
// goes to one peer: its connection's, else the last one its lines name, else where the recipient's other
// attempts went (a failed connect() often names nothing). Other spans get an unknown peer.
std::vector<Peer> attemptPeers(const MailGraph& graph, const LogCollection& logs, const std::vector<PhaseSpan>& spans);

// A delivery into a mailbox on the MTA itself: Postfix's local and virtual agents, Sun's message store
// channel, E-Post's outlocallog.
bool isLocalDelivery(const LogCollection& logs, const std::vector<EventRef>& events);

// The names a delivery to the link's next hop may give its peer: the peer of the attempt whose line states the
// link, the address the next hop was reached at (its inbound connection's local side), and its host name.
std::vector<QString> nextHopKeys(const MailGraph& graph, const LogCollection& logs, std::uint32_t message, const Link& link);
// The next hop (message) a peer is, by those names; NoIndex when none.
std::uint32_t nextHopOf(const std::map<QString, std::uint32_t>& nextHopByPeer, const Peer& peer);

} // namespace SwimlanePeers
