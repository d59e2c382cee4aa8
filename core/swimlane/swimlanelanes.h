#pragma once

#include "swimlane.h"
#include "swimlanepeers.h"

#include <vector>

class LogCollection;

// Lanes are collected first and ordered at the end: per MTA group (first seen in path order), the senders
// that connected to it, its server, internal and client sides, its mailboxes, then next hops outside the logs.
class SwimlaneLanes
{
public:
    SwimlaneLanes(const MailGraph& graph, const LogCollection& logs);

    // The lane of an MTA's side (Server, Internal, Client, Mailbox), made on first use.
    int mtaLane(std::uint32_t origin, SwimLane::Role role);
    // A peer lane (Sender or Remote) next to an MTA's group, one per peer.
    int peerLane(std::uint32_t origin, SwimLane::Role role, const SwimlanePeers::Peer& peer);
    // The address an MTA lane was seen at (its listener, its outgoing interface): kept if it has none yet.
    void noteAddress(int lane, const QString& ip);
    // Puts the lanes in their final order; returns where each old index went.
    std::vector<int> sort(std::vector<SwimLane>* lanes);

private:
    struct Entry
    {
        int group = 0;
        QString peerKey;
    };

    int groupOf(std::uint32_t origin);
    int add(int group, SwimLane::Role role, SwimLane lane);

    const MailGraph& m_graph;
    const LogCollection& m_logs;
    std::vector<std::uint32_t> m_groups; // origins in order of first appearance
    std::vector<SwimLane> m_lanes;
    std::vector<Entry> m_entries;
};
