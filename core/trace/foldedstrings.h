#pragma once

#include "model/stringpool.h"

#include <QByteArray>

#include <algorithm>
#include <vector>

// The lower-case form of interned strings, interned too and computed once per string: addresses and host
// names are found and compared regardless of case.
class FoldedStrings
{
public:
    explicit FoldedStrings(StringPool& strings)
        : m_strings(strings)
    {
    }

    StringPool::Id fold(StringPool::Id id)
    {
        if (!id)
            return 0;
        // Ids are dense (an index per shard times the shard count), so a flat table indexed by id is small.
        if (id >= m_folded.size())
            m_folded.resize(std::max<std::size_t>(id + 1, m_folded.size() * 3 / 2), Unknown);
        StringPool::Id& folded = m_folded[id];
        if (folded == Unknown) {
            const QByteArrayView text = m_strings.view(id);
            const bool upper = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            folded = upper ? m_strings.intern(text.toByteArray().toLower()) : id;
        }
        return folded;
    }

private:
    static constexpr StringPool::Id Unknown = ~StringPool::Id(0);
    StringPool& m_strings;
    std::vector<StringPool::Id> m_folded;
};
