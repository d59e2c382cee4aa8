#include "stringpool.h"

#include <bit>
#include <cstring>
#include <new>

namespace {

constexpr std::size_t InitialSlots = 1024; // a power of two

std::uint64_t mixed(std::uint64_t hash, std::uint64_t word)
{
    hash = (hash ^ word) * 0xbf58476d1ce4e5b9ull;
    return hash ^ (hash >> 31);
}

std::uint64_t loadWord(const char* bytes)
{
    std::uint64_t word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

// A quick hash of the whole string, eight bytes at a time. Both ends matter: IDs differ at their end, while
// addresses and host names of one domain differ only at their start ("user1@example.jp", "host2.example.jp").
std::uint64_t quickHash(QByteArrayView text)
{
    const char* bytes = text.data();
    const auto size = std::size_t(text.size());
    std::uint64_t hash = 0x9e3779b97f4a7c15ull ^ size;
    if (size < 8) {
        std::uint64_t word = 0;
        if (size > 0) // an empty view may have no data at all
            std::memcpy(&word, bytes, size);
        return mixed(hash, word);
    }
    std::size_t i = 0;
    for (; i + 8 < size; i += 8)
        hash = mixed(hash, loadWord(bytes + i));
    return mixed(hash, loadWord(bytes + size - 8)); // the last eight bytes, overlapping the loop's last word
}

} // namespace

StringPool::StringPool()
{
    // Id 0 (shard 0, index 0) is the empty string, so a zero-initialised field means "empty".
    m_shards[0].append(m_shards[0].store({}), std::uint32_t(hashOf(QByteArrayView()) >> 32));
}

StringPool::~StringPool()
{
    for (Shard& shard : m_shards) {
        for (std::atomic<std::uint32_t*>& page : shard.pages)
            delete[] page.load(std::memory_order_relaxed);
        for (std::atomic<char*>& block : shard.blocks)
            delete[] block.load(std::memory_order_relaxed);
    }
}

std::uint64_t StringPool::hashOf(QByteArrayView text)
{
    return quickHash(text);
}

namespace {

struct PagePlace
{
    std::size_t page;
    std::size_t offset;
};

// Where view `index` lives when page k holds first << k views.
PagePlace placeOf(std::size_t index, std::size_t first)
{
    const std::size_t page = std::size_t(std::bit_width(index / first + 1)) - 1;
    return { page, index - first * ((std::size_t(1) << page) - 1) };
}

} // namespace

std::uint32_t StringPool::Shard::store(QByteArrayView text)
{
    const auto length = std::size_t(text.size());
    std::size_t lengthBytes = 1;
    while (length >> (7 * lengthBytes))
        ++lengthBytes;
    const std::size_t need = lengthBytes + length;
    // A string does not straddle two blocks: one that does not fit goes to the start of the next big enough.
    PagePlace place = placeOf(arenaUsed, FirstBlockBytes);
    while (place.page < MaxBlocks && place.offset + need > FirstBlockBytes << place.page)
        place = { place.page + 1, 0 };
    if (place.page >= MaxBlocks)
        throw std::bad_alloc(); // 4 GiB of distinct text in one shard: the load ends with its out-of-memory message
    char* block = blocks[place.page].load(std::memory_order_relaxed);
    if (!block) {
        block = new char[FirstBlockBytes << place.page]; // not zeroed: what is never written is never touched
        blocks[place.page].store(block, std::memory_order_release);
    }
    char* target = block + place.offset;
    for (std::size_t rest = length; rest >= 0x80; rest >>= 7)
        *target++ = char(0x80 | (rest & 0x7f));
    *target++ = char(length >> (7 * (lengthBytes - 1)));
    if (length > 0) // an empty view may have no data at all
        std::memcpy(target, text.data(), length);
    const auto offset = std::uint32_t(FirstBlockBytes * ((std::size_t(1) << place.page) - 1) + place.offset);
    arenaUsed = offset + need;
    arenaBytes += need;
    bytes += length;
    return offset;
}

std::string_view StringPool::Shard::stored(std::uint32_t offset) const
{
    const PagePlace place = placeOf(offset, FirstBlockBytes);
    // Acquire: pairs with the release in store(), so a reader given an id sees its block.
    const char* at = blocks[place.page].load(std::memory_order_acquire) + place.offset;
    std::size_t length = 0;
    for (unsigned shift = 0;; shift += 7) {
        const auto byte = std::uint8_t(*at++);
        length |= std::size_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    return { at, length };
}

std::string_view StringPool::Shard::at(std::size_t index) const
{
    const PagePlace place = placeOf(index, FirstPageSize);
    // Acquire: pairs with the release in append(), so a reader given an id sees its page filled.
    return stored(pages[place.page].load(std::memory_order_acquire)[place.offset]);
}

namespace {

std::uint64_t cellOf(std::uint32_t hash, std::size_t index)
{
    return std::uint64_t(hash) << 32 | std::uint64_t(index + 1);
}

std::uint32_t entryOf(std::uint64_t cell)
{
    return std::uint32_t(cell);
}

std::uint32_t hashOfCell(std::uint64_t cell)
{
    return std::uint32_t(cell >> 32);
}

} // namespace

std::size_t StringPool::Shard::probe(std::string_view text, std::uint32_t hash) const
{
    const std::size_t mask = cells.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t cell = cells[slot];
        if (cell == 0 || (hashOfCell(cell) == hash && at(entryOf(cell) - 1) == text))
            return slot;
    }
}

void StringPool::Shard::grow()
{
    std::vector<std::uint64_t> old = std::move(cells);
    const std::size_t size = old.empty() ? InitialSlots : old.size() * 2;
    cells.assign(size, 0);
    const std::size_t mask = size - 1;
    for (const std::uint64_t cell : old) {
        if (cell == 0)
            continue;
        std::size_t slot = hashOfCell(cell) & mask;
        while (cells[slot] != 0)
            slot = (slot + 1) & mask;
        cells[slot] = cell;
    }
}

void StringPool::Shard::append(std::uint32_t offset, std::uint32_t hash)
{
    // Keep the table at most half full: probes stay short.
    if ((count + 1) * 2 > cells.size())
        grow();
    const std::size_t index = count;
    const PagePlace place = placeOf(index, FirstPageSize);
    std::uint32_t* page = pages[place.page].load(std::memory_order_relaxed);
    if (!page) {
        page = new std::uint32_t[FirstPageSize << place.page]; // not zeroed: filled as strings come
        pages[place.page].store(page, std::memory_order_release);
    }
    page[place.offset] = offset;
    // A new string goes into the empty cell its probe ends at.
    cells[probe(stored(offset), hash)] = cellOf(hash, index);
    ++count;
}

StringPool::Id StringPool::intern(QByteArrayView text)
{
    return text.isEmpty() ? 0 : intern(text, hashOf(text));
}

StringPool::Id StringPool::intern(QByteArrayView text, std::uint64_t hash)
{
    if (text.isEmpty())
        return 0; // filed in shard 0 whatever its hash
    const std::string_view key(text.data(), std::size_t(text.size()));
    const unsigned shardIndex = unsigned(hash >> 7) & (ShardCount - 1);
    Shard& shard = m_shards[shardIndex];
    const auto slotHash = std::uint32_t(hash >> 32);
    std::lock_guard lock(shard.mutex);
    if (!shard.cells.empty()) {
        const std::uint32_t entry = entryOf(shard.cells[shard.probe(key, slotHash)]);
        if (entry != 0)
            return Id((entry - 1) << ShardBits) | shardIndex;
    }
    const std::size_t index = shard.count;
    shard.append(shard.store(text), slotHash);
    return Id(index << ShardBits) | shardIndex;
}

StringPool::Id StringPool::find(QByteArrayView text) const
{
    if (text.isEmpty())
        return 0;
    const std::string_view key(text.data(), std::size_t(text.size()));
    const std::uint64_t hash = hashOf(text);
    const unsigned shardIndex = unsigned(hash >> 7) & (ShardCount - 1);
    const Shard& shard = m_shards[shardIndex];
    std::lock_guard lock(shard.mutex);
    if (shard.cells.empty())
        return 0;
    const std::uint32_t entry = entryOf(shard.cells[shard.probe(key, std::uint32_t(hash >> 32))]);
    return entry == 0 ? 0 : Id((entry - 1) << ShardBits) | shardIndex;
}

QByteArrayView StringPool::view(Id id) const
{
    const std::string_view text = m_shards[id & (ShardCount - 1)].at(id >> ShardBits);
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

std::size_t StringPool::size() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        total += shard.count;
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

StringPool::Id InternCache::intern(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    const std::uint64_t hash = StringPool::hashOf(text);
    Entry& entry = m_entries[(hash ^ (hash >> 32)) & (m_entries.size() - 1)];
    // The hash first: a string that took the slot of another is told apart without reading the pool's copy.
    if (entry.hash == hash && entry.size == text.size() && std::memcmp(entry.data, text.data(), std::size_t(text.size())) == 0)
        return entry.id;
    const StringPool::Id id = m_pool.intern(text, hash);
    const QByteArrayView stored = m_pool.view(id);
    entry = { hash, stored.data(), stored.size(), id };
    return id;
}

std::size_t StringPool::memoryUsed() const
{
    std::size_t total = 0;
    for (const Shard& shard : m_shards) {
        std::lock_guard lock(shard.mutex);
        // What is written: the pages' and blocks' unused ends are never touched.
        total += shard.arenaBytes + shard.count * sizeof(std::uint32_t) + shard.cells.capacity() * sizeof(std::uint64_t);
    }
    return total;
}
