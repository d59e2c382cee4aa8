#pragma once

#include "stringpool.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

// The host and program a line names (its syslog host and tag).
struct EventSource
{
    StringPool::Id host = 0;
    StringPool::Id program = 0;

    friend bool operator==(const EventSource&, const EventSource&) = default;
};

// The distinct (host, program) pairs of a log. A log has few (a host's daemons), so an event keeps a 16-bit
// index into this table instead of two 32-bit string ids. Index 0 is the pair of an event that names neither.
// A table that is full (a log of binary data read as text can name a "host" per line) answers Overflow; the
// caller then keeps that event's pair on its own.
class EventSources
{
public:
    static constexpr std::uint16_t Overflow = 0xffff;

    EventSources();
    // The index of the pair, added if new; Overflow if the table is full.
    std::uint16_t indexOf(EventSource source);
    EventSource at(std::uint16_t index) const { return m_table[index]; }
    std::size_t size() const { return m_table.size(); }
    std::size_t memoryUsed() const;

private:
    std::vector<EventSource> m_table;
    std::unordered_map<std::uint64_t, std::uint16_t> m_indexes;
    // Consecutive lines mostly come from the same program: the last pair found is checked first.
    EventSource m_last;
    std::uint16_t m_lastIndex = 0;
};
