#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

// Times as keys: signed milliseconds in unsigned order.
inline std::uint64_t timeKey(std::int64_t ms)
{
    return std::uint64_t(ms) ^ (std::uint64_t(1) << 63);
}

// Sorts items by a 64-bit key, stably, in linear time: an LSD radix sort over 11-bit digits that counts every
// digit in one pass and then moves the items once per digit that varies (row ranks and IDs are small numbers,
// so most of the high digits are skipped). For the millions of rows and index keys std::sort would compare.
// The items move between `items` and the span scratch() returns (as many items, asked for only if a digit
// varies); returns true when they end in the scratch span.
template <typename T, typename Scratch, typename KeyOf>
bool radixSortBetween(std::span<T> items, Scratch scratch, KeyOf keyOf)
{
    constexpr int DigitBits = 11;
    constexpr int Digits = (64 + DigitBits - 1) / DigitBits;
    constexpr std::size_t Buckets = std::size_t(1) << DigitBits;
    const auto digitOf = [](std::uint64_t key, int digit) { return std::size_t(key >> (digit * DigitBits)) & (Buckets - 1); };
    if (items.size() < 4 * Buckets) { // fewer items than it takes to clear the digit counts
        std::stable_sort(items.begin(), items.end(), [&keyOf](const T& a, const T& b) { return keyOf(a) < keyOf(b); });
        return false;
    }

    std::vector<std::array<std::uint32_t, Buckets>> counts(Digits);
    for (auto& histogram : counts)
        histogram.fill(0);
    for (const T& item : items) {
        const std::uint64_t key = keyOf(item);
        for (int d = 0; d < Digits; ++d)
            ++counts[std::size_t(d)][digitOf(key, d)];
    }
    std::span<T> from = items;
    std::span<T> to;
    for (int d = 0; d < Digits; ++d) {
        auto& histogram = counts[std::size_t(d)];
        if (std::find(histogram.begin(), histogram.end(), std::uint32_t(items.size())) != histogram.end())
            continue; // every key has the same digit here
        if (to.empty())
            to = scratch();
        std::uint32_t start = 0;
        for (std::uint32_t& count : histogram)
            start += std::exchange(count, start);
        for (const T& item : from)
            to[histogram[digitOf(keyOf(item), d)]++] = item;
        std::swap(from, to);
    }
    return from.data() != items.data();
}

template <typename T, typename KeyOf>
void radixSort(std::vector<T>& items, KeyOf keyOf)
{
    std::vector<T> scratch;
    const auto allocate = [&] {
        scratch.resize(items.size());
        return std::span<T>(scratch);
    };
    if (radixSortBetween(std::span<T>(items), allocate, keyOf))
        items.swap(scratch);
}

// The same within the memory of scratch, which holds as many items: the items end in `items`.
template <typename T, typename KeyOf>
void radixSort(std::span<T> items, std::span<T> scratch, KeyOf keyOf)
{
    if (radixSortBetween(items, [scratch] { return scratch; }, keyOf))
        std::copy(scratch.begin(), scratch.end(), items.begin());
}
