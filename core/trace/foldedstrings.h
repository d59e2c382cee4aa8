#pragma once

#include "model/stringpool.h"

#include <QByteArray>

#include <algorithm>
#include <unordered_map>

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
        const auto it = m_folded.find(id);
        if (it != m_folded.end())
            return it->second;
        const QByteArrayView text = m_strings.view(id);
        const bool upper = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        const StringPool::Id folded = upper ? m_strings.intern(text.toByteArray().toLower()) : id;
        m_folded.emplace(id, folded);
        return folded;
    }

private:
    StringPool& m_strings;
    std::unordered_map<StringPool::Id, StringPool::Id> m_folded;
};
