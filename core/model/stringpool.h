#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

// Interns the strings that repeat across millions of events (hosts, addresses, IDs, statuses) so an event
// stores a 32-bit id instead of bytes, and equal strings compare as equal ids. Thread-safe: parser threads
// intern concurrently; the table is split into shards so they rarely wait on each other. Reading a string
// by its id takes no lock (views are never moved), since the table and filter code do it for every row.
// Strings are never removed; views returned stay valid as long as the pool lives. Id 0 is the empty string.
class StringPool
{
public:
    using Id = std::uint32_t;

    StringPool();
    ~StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    Id intern(QByteArrayView text);
    // The same, for a caller that has the text's hashOf() already.
    Id intern(QByteArrayView text, std::uint64_t hash);
    // A quick hash of the whole string, the one the pool files strings by.
    static std::uint64_t hashOf(QByteArrayView text);
    // Returns 0 when text was never interned (the empty string is always 0).
    Id find(QByteArrayView text) const;
    // The string of an id this pool gave out.
    QByteArrayView view(Id id) const;

    std::size_t size() const;
    // The text of the strings, in bytes.
    std::size_t bytesUsed() const;
    // The memory the pool has written: the arena (text and lengths), the strings' places and the hash cells.
    std::size_t memoryUsed() const;

private:
    static constexpr unsigned ShardBits = 6;
    static constexpr unsigned ShardCount = 1u << ShardBits;
    // Where the strings are lives in pages that never move, so a reader indexes them without the shard's lock.
    // Page k holds FirstPageSize << k places: small pools stay small, and 32 pages hold more than any id can number.
    static constexpr std::size_t FirstPageSize = 256;
    static constexpr std::size_t MaxPages = 32;
    // The text arena of a shard: block k holds FirstBlockBytes << k bytes, and a string's place is its offset
    // counted across the blocks in order (32 bits: a quarter of a view). Blocks never move; the unused end of
    // the last one is never written, so it costs address space, not memory.
    static constexpr std::size_t FirstBlockBytes = 16 * 1024;
    static constexpr std::size_t MaxBlocks = 18; // 4 GiB less 16 KiB: every offset fits in 32 bits

    struct Shard
    {
        mutable std::mutex mutex;
        // Open addressing, linear probing: a cell holds the hash in its high half and index + 1 into the places
        // in its low half (0: empty), so a probe reads one cache line, not two.
        std::vector<std::uint64_t> cells;
        std::size_t count = 0;
        std::array<std::atomic<std::uint32_t*>, MaxPages> pages {};
        // Each string is its length (7 bits a byte, low first) followed by its bytes.
        std::array<std::atomic<char*>, MaxBlocks> blocks {};
        std::size_t arenaUsed = 0; // the offset the next string goes to
        std::size_t arenaBytes = 0; // bytes written (lengths and text; not the blocks' unused ends)
        std::size_t bytes = 0; // text

        std::uint32_t store(QByteArrayView text);
        std::string_view stored(std::uint32_t offset) const;
        std::string_view at(std::size_t index) const;
        // The cell holding text, or the empty cell where it belongs.
        std::size_t probe(std::string_view text, std::uint32_t hash) const;
        void append(std::uint32_t offset, std::uint32_t hash);
        void grow();
    };

    std::array<Shard, ShardCount> m_shards;
};

// A small front to a pool for one thread: the strings a parser meets again and again (its host and program,
// statuses, relays, the queue ID of the lines around) are found here without taking the pool's locks.
// Direct-mapped: a string evicts the one in its slot. Not thread-safe; one per worker.
class InternCache
{
public:
    // lines: how many lines the cache will serve, to size it (a small file needs few slots, and clearing
    // the full table for each of hundreds of small E-Post files would cost more than their parsing).
    explicit InternCache(StringPool& pool, std::size_t lines = MaxSlots)
        : m_pool(pool)
        , m_entries(std::bit_ceil(std::clamp<std::size_t>(lines * 4, 64, MaxSlots)))
    {
    }
    StringPool::Id intern(QByteArrayView text);

private:
    // A power of two; a few minutes of a busy log's queue IDs, and what a core's L2 cache holds (32 bytes a slot):
    // a bigger table misses that cache more than it saves trips to the pool.
    static constexpr std::size_t MaxSlots = 32768;
    struct Entry
    {
        std::uint64_t hash = 0;
        const char* data = nullptr; // the pool's copy, which never moves
        qsizetype size = -1;
        StringPool::Id id = 0;
    };
    StringPool& m_pool;
    std::vector<Entry> m_entries; // on the heap: too big for a worker thread's stack
};

