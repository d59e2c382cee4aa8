#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

// Interns the strings that repeat across millions of events (hosts, addresses, IDs, statuses) so an event
// stores a 32-bit id instead of bytes, and equal strings compare as equal ids. Thread-safe: parser threads
// intern concurrently; the table is split into shards so they rarely wait on each other.
// Strings are never removed; views returned stay valid as long as the pool lives. Id 0 is the empty string.
class StringPool
{
public:
    using Id = std::uint32_t;

    StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    Id intern(QByteArrayView text);
    // Returns 0 when text was never interned (the empty string is always 0).
    Id find(QByteArrayView text) const;
    QByteArrayView view(Id id) const;

    std::size_t size() const;
    std::size_t bytesUsed() const;

private:
    static constexpr unsigned ShardBits = 6;
    static constexpr unsigned ShardCount = 1u << ShardBits;

    struct Shard
    {
        mutable std::mutex mutex;
        std::unordered_map<std::string_view, Id> ids;
        std::vector<std::string_view> strings;
        std::vector<std::unique_ptr<char[]>> blocks; // arena: strings never move
        char* current = nullptr; // the arena block small strings are appended to
        std::size_t currentUsed = 0;
        std::size_t bytes = 0;

        std::string_view store(QByteArrayView text);
    };

    static unsigned shardOf(std::string_view text);
    std::array<Shard, ShardCount> m_shards;
};
