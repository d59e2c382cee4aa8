#include "swimlanelanes.h"

#include <algorithm>
#include <numeric>

using SwimlanePeers::Peer;

namespace {

int rank(SwimLane::Role role)
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

} // namespace

SwimlaneLanes::SwimlaneLanes(const MailGraph& graph, const LogCollection& logs)
    : m_graph(graph)
    , m_logs(logs)
{
}

int SwimlaneLanes::mtaLane(std::uint32_t origin, SwimLane::Role role)
{
    const int group = groupOf(origin);
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_entries[i].group == group && m_lanes[i].role == role)
            return int(i);
    }
    const Origin& o = m_graph.origins[origin];
    return add(group, role, { role, origin, o.family, SwimlanePeers::poolText(m_logs, o.host), {} });
}

int SwimlaneLanes::peerLane(std::uint32_t origin, SwimLane::Role role, const Peer& peer)
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

void SwimlaneLanes::noteAddress(int lane, const QString& ip)
{
    QString& address = m_lanes[std::size_t(lane)].ip;
    if (address.isEmpty())
        address = ip;
}

std::vector<int> SwimlaneLanes::sort(std::vector<SwimLane>* lanes)
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

int SwimlaneLanes::groupOf(std::uint32_t origin)
{
    const auto it = std::find(m_groups.begin(), m_groups.end(), origin);
    if (it != m_groups.end())
        return int(it - m_groups.begin());
    m_groups.push_back(origin);
    return int(m_groups.size() - 1);
}

int SwimlaneLanes::add(int group, SwimLane::Role role, SwimLane lane)
{
    lane.role = role;
    m_lanes.push_back(std::move(lane));
    m_entries.push_back({ group, {} });
    return int(m_lanes.size() - 1);
}
