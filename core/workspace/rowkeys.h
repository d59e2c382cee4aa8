#pragma once

#include "model/eventtypes.h"
#include "radixsort.h"

#include <Qt>

#include <cstdint>
#include <vector>

// The sort of both tables: one 64-bit key per row, computed once, then a stable sort of (key, row) pairs.
struct RowKey
{
    std::uint64_t key;
    std::uint32_t row;
};

// Writes the rows in key order into rows. Stable both ways: descending reverses the keys, not the ties.
// A radix sort: linear in the rows, and only over the key bytes that differ between rows.
void sortRowsByKey(std::vector<RowKey>& keyed, Qt::SortOrder order, std::vector<std::uint32_t>& rows);

// Where an identifier's machine name ("icid", "mid", ...) sorts alphabetically: IDs cells start with "name=value".
std::uint32_t identifierNameRank(FieldKey key);
