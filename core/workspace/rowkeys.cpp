#include "rowkeys.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

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

constexpr int DigitBits = 11;
constexpr int Digits = (64 + DigitBits - 1) / DigitBits;
constexpr std::size_t Buckets = std::size_t(1) << DigitBits;

std::size_t digitOf(std::uint64_t key, int digit)
{
    return std::size_t(key >> (digit * DigitBits)) & (Buckets - 1);
}

} // namespace

void sortRowsByKey(std::vector<RowKey>& keyed, Qt::SortOrder order, std::vector<std::uint32_t>& rows)
{
    if (order == Qt::DescendingOrder) { // ascending by the complement keeps ties in their order
        for (RowKey& entry : keyed)
            entry.key = ~entry.key;
    }
    // LSD radix sort, stable: every digit's histogram in one pass, then one scatter per digit that varies.
    std::vector<std::array<std::uint32_t, Buckets>> counts(Digits);
    for (auto& histogram : counts)
        histogram.fill(0);
    for (const RowKey& entry : keyed) {
        for (int d = 0; d < Digits; ++d)
            ++counts[std::size_t(d)][digitOf(entry.key, d)];
    }
    std::vector<RowKey> scratch(keyed.size());
    for (int d = 0; d < Digits; ++d) {
        auto& histogram = counts[std::size_t(d)];
        if (std::find(histogram.begin(), histogram.end(), std::uint32_t(keyed.size())) != histogram.end())
            continue; // every key has the same digit here
        std::uint32_t start = 0;
        for (std::uint32_t& count : histogram)
            start += std::exchange(count, start);
        for (const RowKey& entry : keyed)
            scratch[histogram[digitOf(entry.key, d)]++] = entry;
        keyed.swap(scratch);
    }
    rows.resize(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].row;
}
