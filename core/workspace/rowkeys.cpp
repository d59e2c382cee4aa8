#include "rowkeys.h"

#include <algorithm>
#include <array>
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

void sortRowsByKey(std::vector<RowKey>& keyed, Qt::SortOrder order, std::vector<std::uint32_t>& rows)
{
    if (order == Qt::DescendingOrder) { // ascending by the complement keeps ties in their order
        for (RowKey& entry : keyed)
            entry.key = ~entry.key;
    }
    radixSort(keyed, [](const RowKey& entry) { return entry.key; });
    rows.resize(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].row;
}
