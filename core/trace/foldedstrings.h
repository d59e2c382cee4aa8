#pragma once

#include "trace/derivedstrings.h"

#include <algorithm>

// The lower-case form of interned strings, interned too and computed once per string: addresses and host
// names are found and compared regardless of case.
class FoldedStrings
{
public:
    explicit FoldedStrings(StringPool& strings)
        : m_folded(strings, &lowerCase)
    {
    }

    StringPool::Id fold(StringPool::Id id) { return m_folded(id); }

private:
    static QByteArrayView lowerCase(QByteArrayView text, QByteArray* buffer)
    {
        if (std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            return text;
        *buffer = text.toByteArray().toLower();
        return *buffer;
    }

    DerivedStrings m_folded;
};
