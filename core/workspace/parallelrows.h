#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

// The indexes in [begin, end) for which keep(index) is true, ascending, tested in chunks on all cores (the
// calling thread takes part). Once *cancel is true every chunk stops: the result is then partial.
// keep must be safe to call from several threads at once.
template <typename Keep>
std::vector<std::uint32_t> parallelRows(std::size_t begin, std::size_t end, const Keep& keep, const std::atomic_bool* cancel)
{
    struct Chunk
    {
        std::size_t begin;
        std::size_t end;
        std::vector<std::uint32_t> kept;
    };
    if (end <= begin)
        return {};
    const auto threads = std::size_t(std::max(1, QThreadPool::globalInstance()->maxThreadCount()));
    // Several chunks per thread even out uneven costs (long multi-line records, regex matches).
    const std::size_t size = std::max<std::size_t>(8192, (end - begin) / (threads * 8) + 1);
    std::vector<Chunk> chunks;
    for (std::size_t first = begin; first < end; first += size)
        chunks.push_back({ first, std::min(end, first + size), {} });
    QtConcurrent::blockingMap(chunks, [&keep, cancel](Chunk& chunk) {
        for (std::size_t index = chunk.begin; index < chunk.end; ++index) {
            if ((index & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return;
            if (keep(index))
                chunk.kept.push_back(std::uint32_t(index));
        }
    });
    std::size_t total = 0;
    for (const Chunk& chunk : chunks)
        total += chunk.kept.size();
    std::vector<std::uint32_t> rows;
    rows.reserve(total);
    for (const Chunk& chunk : chunks)
        rows.insert(rows.end(), chunk.kept.begin(), chunk.kept.end());
    return rows;
}
