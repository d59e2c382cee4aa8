#pragma once

#include "model/stringpool.h"

#include <QByteArrayView>
#include <QStringList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Sort keys for text columns without comparing strings per row: the texts of all rows are registered
// (add), the distinct ones are sorted once by their decoded, case-folded form (rank), and each row's text
// then has a rank (rankOf). Texts equal but for case get one rank, so a stable sort keeps their order.
// The empty text ranks first.
class TextRanks
{
public:
    // What add() returns: an interned id, or a copied text's slot with bit 31 set (a pool gives out ids
    // below 2^31 until it holds 2^25 strings per shard, far beyond any load).
    using Ref = std::uint32_t;

    explicit TextRanks(const StringPool& strings);

    Ref add(StringPool::Id id);
    // Text that is not interned (line spans, numbers); copied once per distinct value.
    Ref add(QByteArrayView text);

    // Takes the texts another TextRanks was given (one that registered other rows on another thread). Returns,
    // for each text it copied, the Ref that text has here: see translated().
    std::vector<Ref> absorb(const TextRanks& other);
    static Ref translated(Ref ref, const std::vector<Ref>& copyRefs)
    {
        return ref & CopyBit ? copyRefs[ref & (CopyBit - 1)] : ref;
    }

    // Sorts the distinct texts; call once, after the last add().
    void rank();
    std::uint32_t rankOf(Ref ref) const;

    // The ranks of a few texts at once (file names, host names), index for index.
    static std::vector<std::uint32_t> ranksOf(const StringPool& strings, const QStringList& texts);

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    static constexpr Ref CopyBit = Ref(1) << 31;

    const StringPool& m_strings;
    // Interned ids as added (repeats allowed, most skipped by m_recent); sorted and distinct after rank().
    std::vector<StringPool::Id> m_ids;
    std::array<StringPool::Id, 256> m_recent {};
    std::vector<std::uint32_t> m_idRanks; // parallel to m_ids after rank()
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_copies;
    std::vector<QByteArrayView> m_copyTexts; // by slot, views of m_copies' keys
    std::vector<std::uint32_t> m_copyRanks;
};
