#include "stringpool.h"

#include <cstring>
#include <functional>

namespace {
constexpr std::size_t ArenaBlockSize = 64 * 1024;
}

StringPool::StringPool()
{
    // Id 0 (shard 0, index 0) is the empty string, so a zero-initialised field means "empty".
    m_shards[0].strings.emplace_back();
    m_shards[0].ids.emplace(std::string_view(), 0);
}

unsigned StringPool::shardOf(std::string_view text)
{
    return unsigned(std::hash<std::string_view>()(text) >> 7) & (ShardCount - 1);
}

std::string_view StringPool::Shard::store(QByteArrayView text)
{
    const auto length = std::size_t(text.size());
    if (length > ArenaBlockSize / 4) { // big strings get a block of their own
        blocks.push_back(std::make_unique<char[]>(length));
        std::memcpy(blocks.back().get(), text.data(), length);
        bytes += length;
        return { blocks.back().get(), length };
    }
    if (!current || currentUsed + length > ArenaBlockSize) {
        blocks.push_back(std::make_unique<char[]>(ArenaBlockSize));
        current = blocks.back().get();
        currentUsed = 0;
    }
    char* target = current + currentUsed;
    std::memcpy(target, text.data(), length);
    currentUsed += length;
    bytes += length;
    return { target, length };
}

StringPool::Id StringPool::intern(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    const std::string_view key(text.data(), std::size_t(text.size()));
    const unsigned shardIndex = shardOf(key);
    Shard& shard = m_shards[shardIndex];
    std::lock_guard lock(shard.mutex);
    if (auto it = shard.ids.find(key); it != shard.ids.end())
        return it->second;
    const std::string_view stored = shard.store(text);
    const Id id = Id(shard.strings.size() << ShardBits) | shardIndex;
    shard.strings.push_back(stored);
    shard.ids.emplace(stored, id);
    return id;
}

StringPool::Id StringPool::find(QByteArrayView text) const
{
    if (text.isEmpty())
        return 0;
    const std::string_view key(text.data(), std::size_t(text.size()));
    const Shard& shard = m_shards[shardOf(key)];
    std::lock_guard lock(shard.mutex);
    const auto it = shard.ids.find(key);
    return it == shard.ids.end() ? 0 : it->second;
}

QByteArrayView StringPool::view(Id id) const
{
    const Shard& shard = m_shards[id & (ShardCount - 1)];
    std::lock_guard lock(shard.mutex);
    const std::string_view text = shard.strings[id >> ShardBits];
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

std::size_t StringPool::size() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        total += shard.strings.size();
    }
    return total;
}

std::size_t StringPool::bytesUsed() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        total += shard.bytes;
    }
    return total;
}
