#pragma once

// Sun Messaging Server connections (formats.md 3.6 rule 4): `+ O` ... `+ C` inbound, `- O` ... `- C`
// outbound. With LOG_PROCESS the entries of one connection share the pid.thread of its O entry (threads
// are reused, so the most recent O wins); without it an O and its C name the same TCP endpoints, and a
// message entry is bound by the peer it names.
#include "trace/graphbuilder.h"

#include <unordered_map>
#include <vector>

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
    // "6a1c.4" of "6a1c.4.17": the part of the Process field that names a thread (0 without LOG_PROCESS).
    StringPool::Id threadOf(EventRef ref);

private:
    struct Untracked // an open connection logged without LOG_PROCESS
    {
        std::uint32_t connection;
        std::uint32_t origin;
        StringPool::Id channel;
        std::uint32_t localPort;
    };

    std::uint32_t open(EventRef ref, std::uint32_t origin, StringPool::Id thread, Direction direction);
    // The open connection without LOG_PROCESS whose peer (and local port, when logged) the entry names.
    std::vector<Untracked>::iterator untracked(EventRef ref, std::uint32_t origin, Direction direction);

    GraphBuilder& b;
    InternCache m_threads; // "pid.thread" of each line's "pid.thread.entry": a connection's lines repeat it
    std::unordered_map<std::uint64_t, std::uint32_t> m_byThread; // (origin, pid.thread) -> connection
    std::vector<Untracked> m_untracked;
};
