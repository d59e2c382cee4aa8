#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstddef>

// A closed vocabulary's entry: a stable machine key and an English label that goes through tr().
struct VocabularyName
{
    const char* key;
    const char* label; // source text for tr(), in the context the table is declared for
};

namespace Vocabulary {

template <std::size_t N>
bool indexOf(const std::array<VocabularyName, N>& names, QLatin1StringView key, int* index)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(names[i].key)) {
            *index = int(i);
            return true;
        }
    }
    return false;
}

template <std::size_t N>
QLatin1StringView key(const std::array<VocabularyName, N>& names, int index)
{
    return QLatin1StringView(names[std::size_t(index)].key);
}

template <std::size_t N>
QString label(const char* context, const std::array<VocabularyName, N>& names, int index)
{
    return QCoreApplication::translate(context, names[std::size_t(index)].label);
}

} // namespace Vocabulary
