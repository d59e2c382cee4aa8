#pragma once

#include "model/eventtypes.h"
#include "radixsort.h"

#include <Qt>

#include <cstdint>
#include <span>
#include <vector>

// The sort of both tables: one 64-bit key per row, computed once; keys[i] is the key of rows[i]. Puts rows in
// key order, and keys with them. Stable both ways: descending reverses the keys, not the ties.
// A radix sort: linear in the rows, and only over the key bits that differ between rows.
void sortRowsByKey(std::vector<std::uint64_t>& keys, Qt::SortOrder order, std::vector<std::uint32_t>& rows);

// The same within memory the caller gives, as many keys and rows as it sorts: for sorts of many parts of one
// range (the Text column sorts runs of lines alike so far), which would otherwise each take fresh memory.
struct SortScratch
{
    std::span<std::uint64_t> keys;
    std::span<std::uint32_t> rows;
};
void sortRowsByKey(std::span<std::uint64_t> keys, Qt::SortOrder order, std::span<std::uint32_t> rows, SortScratch scratch);

// Keys made of two 32-bit halves (high << 32 | low) as one number that orders the same: high * (largest low
// + 1) + low. The keys then span only the bits they need, which sortRowsByKey sorts faster.
void joinHalves(std::vector<std::uint64_t>& keys);

// Where an identifier's machine name ("icid", "mid", ...) sorts alphabetically: IDs cells start with "name=value".
std::uint32_t identifierNameRank(FieldKey key);
