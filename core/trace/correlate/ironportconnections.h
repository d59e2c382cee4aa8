#pragma once

#include "idmap.h"
#include "trace/graphbuilder.h"

#include <algorithm>
#include <deque>
#include <vector>

// The SMTP connections of IronPort origins (formats.md 1.5 rules 1, 2 and 4): inbound ones by ICID, outbound
// ones by DCID, each from its "New SMTP" line on. Connection lines without a MID go to the connection;
// refusals that never got a MID become rejected-attempt messages; a DCID's own lines (connect, TLS, close)
// are also given to every message delivered over it, as Cisco's findevent does.
class IronPortConnections
{
public:
    explicit IronPortConnections(GraphBuilder& builder)
        : b(builder)
    {
    }

    // The inbound connection of an ICID line, the line attached; "New SMTP ICID" opens a new one.
    std::uint32_t inbound(std::uint32_t origin, StringPool::Id icid, EventRef ref);
    // An ICID line that names no MID: refusals, disconnects.
    void inboundLine(std::uint32_t connection, EventRef ref);
    // A refusal logged without a connection ID (TCPREFUSE with ICID 0).
    void refusedWithoutId(std::uint32_t origin, EventRef ref);
    // A MID line naming the connection: the message arrived on it.
    void carries(std::uint32_t connection, std::uint32_t message, EventKind kind);
    // The message was received in full ("ready"): later refusals on its connection are not about it.
    void received(std::uint32_t connection, std::uint32_t message);

    // The outbound connection of a DCID line, the line attached; "New SMTP DCID" opens a new one.
    std::uint32_t outbound(std::uint32_t origin, StringPool::Id dcid, EventRef ref);
    // A DCID line that names no MID: the connection's own line.
    void outboundLine(std::uint32_t connection, EventRef ref);
    // A MID line naming the connection: the message is delivered over it.
    void delivers(std::uint32_t connection, std::uint32_t message);

    // After the last line: connections that only refused mail without a MID get their rejected attempt.
    void finish();

private:
    struct Inbound
    {
        std::uint32_t rejected = NoIndex; // the rejected-attempt message made of its refusals
        std::uint32_t receiving = NoIndex; // the message between MAIL FROM and "ready"
        EventRef delayedReject; // "Delayed HAT REJECT": refused only if no message follows
        bool carriedMessage = false;
    };
    // Lists of a few items each for hundreds of thousands of connections, in one array of nodes (a vector per
    // connection would cost a heap block each): first to last, each node naming the next.
    template <typename Item>
    class ChainedLists
    {
    public:
        struct List
        {
            std::uint32_t first = NoIndex;
            std::uint32_t last = NoIndex;
        };
        void append(List& list, Item item)
        {
            const auto node = std::uint32_t(m_nodes.size());
            m_nodes.push_back({ item, NoIndex });
            if (list.last == NoIndex)
                list.first = node;
            else
                m_nodes[list.last].next = node;
            list.last = node;
        }
        // Calls f(item) for each item of the list, first to last.
        template <typename F>
        void forEach(const List& list, F f) const
        {
            for (std::uint32_t node = list.first; node != NoIndex; node = m_nodes[node].next)
                f(m_nodes[node].item);
        }
        // Whether the list holds item: the last one is asked first (items come again in runs).
        bool contains(const List& list, const Item& item) const
        {
            if (list.last != NoIndex && m_nodes[list.last].item == item)
                return true;
            for (std::uint32_t node = list.first; node != NoIndex; node = m_nodes[node].next) {
                if (m_nodes[node].item == item)
                    return true;
            }
            return false;
        }

    private:
        struct Node
        {
            Item item;
            std::uint32_t next;
        };
        std::vector<Node> m_nodes;
    };
    struct Outbound
    {
        ChainedLists<EventRef>::List lines; // its own lines
        ChainedLists<std::uint32_t>::List messages; // the messages delivered over it
    };

    // State per connection, found through an array by connection index (connections are numbered densely): read
    // for nearly every line, and a hash map of every connection ever would miss the cache each time. The states
    // themselves are kept only for the connections that have one (inbound or outbound, not both), in a deque so
    // that a reference to one stays valid while others are added.
    template <typename State>
    class ByConnection
    {
    public:
        State& operator[](std::uint32_t connection)
        {
            if (connection >= m_slots.size())
                m_slots.resize(std::max<std::size_t>(connection + 1, m_slots.size() * 2), NoSlot);
            std::uint32_t& slot = m_slots[connection];
            if (slot == NoSlot) {
                slot = std::uint32_t(m_states.size());
                m_states.emplace_back();
            }
            return m_states[slot];
        }
        State* find(std::uint32_t connection)
        {
            return connection < m_slots.size() && m_slots[connection] != NoSlot ? &m_states[m_slots[connection]] : nullptr;
        }

    private:
        static constexpr std::uint32_t NoSlot = ~std::uint32_t(0);
        std::vector<std::uint32_t> m_slots; // by connection: its state's place in m_states, or NoSlot
        std::deque<State> m_states;
    };

    // The connections by (origin, ID): the open ones at hand, the closed ones set aside, so that the lookups of
    // nearly every line search a table of a few minutes of traffic. A line naming a closed connection still
    // finds it.
    struct ConnectionIds
    {
        IdMap<std::uint32_t> open;
        IdMap<std::uint32_t> closed;

        // The connection of key, open or closed (`wasClosed` tells which).
        const std::uint32_t* find(std::uint64_t key, bool* wasClosed) const
        {
            if (const std::uint32_t* connection = open.find(key)) {
                *wasClosed = false;
                return connection;
            }
            const std::uint32_t* connection = closed.find(key);
            *wasClosed = connection != nullptr;
            return connection;
        }
        // A new connection for key; `wasClosed`: find() found the earlier one closed (a key is in one map only,
        // and the closed one, every connection so far, is searched only when it holds the key).
        void set(std::uint64_t key, std::uint32_t connection, bool wasClosed)
        {
            open.set(key, connection);
            if (wasClosed)
                closed.erase(key);
        }
        void close(std::uint64_t key)
        {
            if (const std::uint32_t* connection = open.find(key)) {
                closed.set(key, *connection);
                open.erase(key);
            }
        }
    };

    std::uint32_t open(ConnectionIds& ids, std::uint32_t origin, Direction direction,
        FieldKey idKey, StringPool::Id id, EventRef ref, bool opens);
    void rejectedAttempt(std::uint32_t connection, Inbound& state, EventRef ref);
    void ended(std::uint32_t connection);

    GraphBuilder& b;
    ConnectionIds m_icids; // (origin, ICID) -> connection
    ConnectionIds m_dcids; // (origin, DCID) -> connection
    ByConnection<Inbound> m_inbound;
    ByConnection<Outbound> m_outbound;
    ChainedLists<EventRef> m_outboundLines;
    ChainedLists<std::uint32_t> m_outboundMessages;
    std::vector<std::uint32_t> m_delayedRejects; // connections with a delayed HAT reject, in order
};
