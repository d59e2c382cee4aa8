#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
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
template <typename T, typename KeyOf>
void radixSort(std::vector<T>& items, KeyOf keyOf)
{
    constexpr int DigitBits = 11;
    constexpr int Digits = (64 + DigitBits - 1) / DigitBits;
    constexpr std::size_t Buckets = std::size_t(1) << DigitBits;
    const auto digitOf = [](std::uint64_t key, int digit) { return std::size_t(key >> (digit * DigitBits)) & (Buckets - 1); };

    std::vector<std::array<std::uint32_t, Buckets>> counts(Digits);
    for (auto& histogram : counts)
        histogram.fill(0);
    for (const T& item : items) {
        const std::uint64_t key = keyOf(item);
        for (int d = 0; d < Digits; ++d)
            ++counts[std::size_t(d)][digitOf(key, d)];
    }
    std::vector<T> scratch;
    for (int d = 0; d < Digits; ++d) {
        auto& histogram = counts[std::size_t(d)];
        if (std::find(histogram.begin(), histogram.end(), std::uint32_t(items.size())) != histogram.end())
            continue; // every key has the same digit here
        if (scratch.empty())
            scratch.resize(items.size());
        std::uint32_t start = 0;
        for (std::uint32_t& count : histogram)
            start += std::exchange(count, start);
        for (const T& item : items)
            scratch[histogram[digitOf(keyOf(item), d)]++] = item;
        items.swap(scratch);
    }
}
