#pragma once

// Sun Messaging Server connections (formats.md 3.6 rule 4): `+ O` ... `+ C` inbound, `- O` ... `- C`
// outbound. With LOG_PROCESS the entries of one connection share the pid.thread of its O entry (threads
// are reused, so the most recent O wins); without it an O and its C name the same TCP endpoints, and a
// message entry is bound by the peer it names.
#include "trace/graphbuilder.h"

#include <vector>

// The thread ("6a1c.4" of "6a1c.4.17") an entry was logged by, on its origin, as a key compared exactly without
// interning: every line names one, and most connections are only looked up by it.
struct SunMsThread
{
    std::uint32_t origin = 0;
    std::uint64_t key = 0; // 0: the line names none (no LOG_PROCESS)

    explicit operator bool() const { return key != 0; }
};

// Values by thread: a flat map per origin.
template <typename Value>
class SunMsThreadMap
{
public:
    Value* find(SunMsThread thread) { return thread.origin < m_maps.size() ? m_maps[thread.origin].find(thread.key) : nullptr; }
    Value& operator[](SunMsThread thread)
    {
        if (thread.origin >= m_maps.size())
            m_maps.resize(thread.origin + 1);
        return m_maps[thread.origin][thread.key];
    }
    void erase(SunMsThread thread)
    {
        if (thread.origin < m_maps.size())
            m_maps[thread.origin].erase(thread.key);
    }

private:
    std::vector<IdMap<Value>> m_maps; // by origin
};

class SunMsConnections
{
public:
    explicit SunMsConnections(GraphBuilder& builder);

    // Whether the event is a connection entry (O, C, X, Y, U ... with a + or - direction).
    bool isConnectionEntry(EventRef ref) const;
    // Opens, extends or closes the connection the entry belongs to; returns it.
    std::uint32_t entry(EventRef ref, std::uint32_t origin);
    // The open connection a message entry was logged on, in that direction (NoIndex if none); the entry is
    // attached to it and its peer facts taken.
    std::uint32_t bind(EventRef ref, std::uint32_t origin, Direction direction);
    // The thread that logged the entry.
    SunMsThread threadOf(EventRef ref, std::uint32_t origin);
    // "6a1c.4" of "6a1c.4.17": the part of the Process field that names a thread (empty without LOG_PROCESS).
    static QByteArrayView threadOfProcess(QByteArrayView process);

private:
    struct Untracked // an open connection logged without LOG_PROCESS
    {
        std::uint32_t connection;
        std::uint32_t origin;
        StringPool::Id channel;
        std::uint32_t localPort;
    };

    // A connection that starts at the entry.
    std::uint32_t add(EventRef ref, std::uint32_t origin, Direction direction);
    std::uint32_t open(EventRef ref, std::uint32_t origin, SunMsThread thread, Direction direction);
    // The open connection without LOG_PROCESS whose peer (and local port, when logged) the entry names.
    std::vector<Untracked>::iterator untracked(EventRef ref, std::uint32_t origin, Direction direction);

    GraphBuilder& b;
    InternCache m_threads; // threads too long for a key of their bytes
    SunMsThreadMap<std::uint32_t> m_byThread; // open connections
    // The thread of the entry asked last: an entry is asked for it several times.
    EventRef m_lastEntry;
    SunMsThread m_lastThread;
    std::vector<Untracked> m_untracked;
};
