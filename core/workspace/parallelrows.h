#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

// How parallelChunks splits count indexes: chunks of at least minimumChunk, several per core (they even out
// uneven costs: long multi-line records, regex matches).
inline std::size_t parallelChunkSize(std::size_t count, std::size_t minimumChunk)
{
    const auto threads = std::size_t(std::max(1, QThreadPool::globalInstance()->maxThreadCount()));
    return std::max(minimumChunk, count / (threads * 8) + 1);
}

inline std::size_t parallelChunkCount(std::size_t count, std::size_t minimumChunk)
{
    return (count + parallelChunkSize(count, minimumChunk) - 1) / parallelChunkSize(count, minimumChunk);
}

// Calls work(chunk, chunkBegin, chunkEnd) for each chunk of [begin, end) (numbered from 0, as many as
// parallelChunkCount says) on all cores, the calling thread taking part. work must be safe to call from
// several threads at once.
template <typename Work>
void parallelChunks(std::size_t begin, std::size_t end, std::size_t minimumChunk, const Work& work)
{
    if (end <= begin)
        return;
    const std::size_t size = parallelChunkSize(end - begin, minimumChunk);
    std::vector<std::size_t> chunks(parallelChunkCount(end - begin, minimumChunk));
    for (std::size_t chunk = 0; chunk < chunks.size(); ++chunk)
        chunks[chunk] = chunk;
    QtConcurrent::blockingMap(chunks, [&](std::size_t chunk) {
        const std::size_t first = begin + chunk * size;
        work(chunk, first, std::min(end, first + size));
    });
}

// An array of `count` items, zeroed on all cores: a virtual machine that backs memory only when it is first
// touched makes that touch cost as much as sorting in it, and this splits the cost across the cores.
template <typename T>
std::unique_ptr<T[]> parallelZeroed(std::size_t count)
{
    static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_copyable_v<T>);
    std::unique_ptr<T[]> items = std::make_unique_for_overwrite<T[]>(count);
    parallelChunks(0, count, 65536, [&items](std::size_t, std::size_t first, std::size_t last) {
        std::memset(static_cast<void*>(items.get() + first), 0, (last - first) * sizeof(T));
    });
    return items;
}

// The indexes in [begin, end) for which keep(index) is true, ascending, tested in chunks on all cores (the
// calling thread takes part). Once *cancel is true every chunk stops: the result is then partial.
// keep must be safe to call from several threads at once.
template <typename Keep>
std::vector<std::uint32_t> parallelRows(std::size_t begin, std::size_t end, const Keep& keep, const std::atomic_bool* cancel)
{
    constexpr std::size_t MinimumChunk = 8192;
    if (end <= begin)
        return {};
    std::vector<std::vector<std::uint32_t>> kept(parallelChunkCount(end - begin, MinimumChunk));
    parallelChunks(begin, end, MinimumChunk, [&](std::size_t chunk, std::size_t first, std::size_t last) {
        for (std::size_t index = first; index < last; ++index) {
            if ((index & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return;
            if (keep(index))
                kept[chunk].push_back(std::uint32_t(index));
        }
    });
    std::size_t total = 0;
    for (const std::vector<std::uint32_t>& chunk : kept)
        total += chunk.size();
    std::vector<std::uint32_t> rows;
    rows.reserve(total);
    for (const std::vector<std::uint32_t>& chunk : kept)
        rows.insert(rows.end(), chunk.begin(), chunk.end());
    return rows;
}
