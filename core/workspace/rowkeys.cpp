#include "rowkeys.h"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

std::uint32_t identifierNameRank(FieldKey key)
{
    static const std::array<std::uint32_t, IdentifierFieldCount> ranks = [] {
        std::array<std::uint32_t, IdentifierFieldCount> order;
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(),
            [](std::uint32_t a, std::uint32_t b) { return fieldKey(FieldKey(a)) < fieldKey(FieldKey(b)); });
        std::array<std::uint32_t, IdentifierFieldCount> byKey;
        for (std::uint32_t i = 0; i < order.size(); ++i)
            byKey[order[i]] = i;
        return byKey;
    }();
    return isIdentifier(key) ? ranks[std::size_t(key)] : IdentifierFieldCount;
}

namespace {

// Keys whose spread and the rows' positions fit together in 64 bits are sorted as one word per row:
// (key - smallest) above the position. Half the memory of (key, position) pairs, which on millions of rows
// is most of the sort's time. Only the key's digits are sorted: LSD radix sort is stable, so the position
// bits below keep ties in their input order.
template <typename Scratch>
bool sortPacked(std::span<std::uint64_t> keys, std::span<std::uint32_t> rows, const Scratch& scratchOf)
{
    const auto [smallest, largest] = std::minmax_element(keys.begin(), keys.end());
    const std::uint64_t base = *smallest;
    const int positionBits = std::max(1, int(std::bit_width(keys.size() - 1)));
    if (positionBits + std::bit_width(*largest - base) > 64)
        return false;
    const SortScratch scratch = scratchOf();
    for (std::size_t i = 0; i < keys.size(); ++i)
        keys[i] = (keys[i] - base) << positionBits | i;
    if (keys.size() < 4096)
        std::sort(keys.begin(), keys.end()); // the words are distinct: as stable as the radix sort, without its counts
    else
        radixSort(keys, scratch.keys, [positionBits](std::uint64_t word) { return word >> positionBits; });
    const std::uint64_t positionMask = (std::uint64_t(1) << positionBits) - 1;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        scratch.rows[i] = rows[std::size_t(keys[i] & positionMask)];
        keys[i] = (keys[i] >> positionBits) + base;
    }
    std::copy(scratch.rows.begin(), scratch.rows.end(), rows.begin());
    return true;
}

// Keys already in order need no sort (log lines mostly are, by their time); keys in reverse order only turning
// around, their runs of ties kept as they came.
bool sortedAlready(std::span<std::uint64_t> keys, std::span<std::uint32_t> rows)
{
    if (std::is_sorted(keys.begin(), keys.end()))
        return true;
    if (!std::is_sorted(keys.rbegin(), keys.rend()))
        return false;
    std::reverse(keys.begin(), keys.end());
    std::reverse(rows.begin(), rows.end());
    for (std::size_t start = 0; start < keys.size();) {
        std::size_t stop = start + 1;
        while (stop < keys.size() && keys[stop] == keys[start])
            ++stop;
        std::reverse(rows.begin() + std::ptrdiff_t(start), rows.begin() + std::ptrdiff_t(stop));
        start = stop;
    }
    return true;
}

// Wide keys: (key, row) pairs.
void sortPairs(std::span<std::uint64_t> keys, std::span<std::uint32_t> rows)
{
    struct Pair
    {
        std::uint64_t key;
        std::uint32_t row;
    };
    std::vector<Pair> pairs(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        pairs[i] = { keys[i], rows[i] };
    radixSort(pairs, [](const Pair& pair) { return pair.key; });
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        keys[i] = pairs[i].key;
        rows[i] = pairs[i].row;
    }
}

template <typename Scratch>
void sortRows(std::span<std::uint64_t> keys, Qt::SortOrder order, std::span<std::uint32_t> rows, const Scratch& scratchOf)
{
    if (keys.size() < 2)
        return;
    if (order == Qt::DescendingOrder) { // ascending by the complement keeps ties in their order
        for (std::uint64_t& key : keys)
            key = ~key;
    }
    if (!sortedAlready(keys, rows) && !sortPacked(keys, rows, scratchOf))
        sortPairs(keys, rows);
    if (order == Qt::DescendingOrder) {
        for (std::uint64_t& key : keys)
            key = ~key;
    }
}

} // namespace

void sortRowsByKey(std::vector<std::uint64_t>& keys, Qt::SortOrder order, std::vector<std::uint32_t>& rows)
{
    std::vector<std::uint64_t> scratchKeys;
    std::vector<std::uint32_t> scratchRows;
    sortRows(keys, order, rows, [&] {
        scratchKeys.resize(keys.size());
        scratchRows.resize(rows.size());
        return SortScratch { scratchKeys, scratchRows };
    });
}

void sortRowsByKey(std::span<std::uint64_t> keys, Qt::SortOrder order, std::span<std::uint32_t> rows, SortScratch scratch)
{
    sortRows(keys, order, rows, [scratch] { return scratch; });
}

void joinHalves(std::vector<std::uint64_t>& keys)
{
    std::uint64_t largestLow = 0;
    for (const std::uint64_t key : keys)
        largestLow = std::max(largestLow, key & 0xffffffffu);
    for (std::uint64_t& key : keys)
        key = (key >> 32) * (largestLow + 1) + (key & 0xffffffffu);
}
