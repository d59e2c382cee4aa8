#pragma once

#include <QtGlobal>

#include <cstdint>
#include <unordered_map>
#include <vector>

// Where each line of a file starts, in 4 bytes a line instead of 8: a 64-bit base per block of lines and a
// 32-bit offset from it per line. A line that starts 4 GiB or more past its block's base (only a file of
// lines of many megabytes has one) keeps its offset on its own.
class LineIndex
{
public:
    void clear();
    void reserve(std::size_t lines);
    // Adds the start of the next line (starts come in increasing order).
    void append(qint64 start)
    {
        const std::size_t line = m_offsets.size();
        if ((line & (BlockLines - 1)) == 0)
            m_bases.push_back(start);
        const auto offset = std::uint64_t(start - m_bases.back());
        if (offset >= Far) {
            m_far.emplace(line, start);
            m_offsets.push_back(Far);
        } else {
            m_offsets.push_back(std::uint32_t(offset));
        }
    }
    qint64 at(std::size_t line) const
    {
        const std::uint32_t offset = m_offsets[line];
        return offset != Far ? m_bases[line / BlockLines] + offset : m_far.at(line);
    }
    std::size_t size() const { return m_offsets.size(); }
    std::size_t memoryUsed() const;

private:
    static constexpr std::size_t BlockLines = 256; // a power of two
    static constexpr std::uint32_t Far = 0xffffffff;

    std::vector<qint64> m_bases;
    std::vector<std::uint32_t> m_offsets;
    std::unordered_map<std::size_t, qint64> m_far;
};
