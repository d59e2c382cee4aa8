#include "eventsources.h"

EventSources::EventSources()
{
    m_table.push_back({});
    m_indexes.emplace(0, 0);
}

std::uint16_t EventSources::indexOf(EventSource source)
{
    if (source == m_last)
        return m_lastIndex;
    const std::uint64_t key = std::uint64_t(source.host) << 32 | source.program;
    auto it = m_indexes.find(key);
    if (it == m_indexes.end()) {
        if (m_table.size() >= Overflow)
            return Overflow;
        m_table.push_back(source); // first: if the index cannot grow, the table gains only an unused entry
        it = m_indexes.emplace(key, std::uint16_t(m_table.size() - 1)).first;
    }
    m_last = source;
    m_lastIndex = it->second;
    return it->second;
}

std::size_t EventSources::memoryUsed() const
{
    // a node per entry and the bucket array, as libstdc++ lays them out
    return m_table.capacity() * sizeof(EventSource) + m_indexes.size() * (sizeof(std::uint64_t) * 2 + sizeof(void*))
        + m_indexes.bucket_count() * sizeof(void*);
}
