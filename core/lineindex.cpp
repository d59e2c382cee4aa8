#include "lineindex.h"

void LineIndex::clear()
{
    m_bases.clear();
    m_offsets.clear();
    m_far.clear();
}

void LineIndex::reserve(std::size_t lines)
{
    m_offsets.reserve(lines);
    m_bases.reserve(lines / BlockLines + 1);
}

std::size_t LineIndex::memoryUsed() const
{
    return m_bases.capacity() * sizeof(qint64) + m_offsets.capacity() * sizeof(std::uint32_t)
        + m_far.size() * (sizeof(std::size_t) + sizeof(qint64) + sizeof(void*)) + m_far.bucket_count() * sizeof(void*);
}
