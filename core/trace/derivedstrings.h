#pragma once

#include "model/stringpool.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// A derived form of interned strings, interned too and computed once per string: the correlators and the key
// index ask for it on nearly every line (a Message-ID without its angle brackets, a queue file's name without
// its attempt prefix, a Sun process without its entry number, an address in lower case), and interning it
// each time would search the pool's big table each time.
class DerivedStrings
{
public:
    // The form of `text`: a view of it, or of `buffer` when it has to be built. Returning `text` itself says
    // the form is the string itself; an empty view, that it has none.
    using Derive = QByteArrayView (*)(QByteArrayView text, QByteArray* buffer);

    DerivedStrings(StringPool& strings, Derive derive)
        : m_strings(strings)
        , m_derive(derive)
    {
    }

    StringPool::Id operator()(StringPool::Id id)
    {
        if (!id)
            return 0;
        // Ids are dense (an index per shard times the shard count), so a flat table indexed by id is small.
        if (id >= m_derived.size())
            m_derived.resize(std::max<std::size_t>(id + 1, m_derived.size() * 3 / 2), Unknown);
        StringPool::Id& derived = m_derived[id];
        if (derived == Unknown) {
            const QByteArrayView text = m_strings.view(id);
            QByteArray buffer;
            const QByteArrayView form = m_derive(text, &buffer);
            derived = form.data() == text.data() && form.size() == text.size() ? id : m_strings.intern(form);
        }
        return derived;
    }

private:
    static constexpr StringPool::Id Unknown = ~StringPool::Id(0);
    StringPool& m_strings;
    Derive m_derive;
    std::vector<StringPool::Id> m_derived;
};
