#include "textranks.h"

#include "foldedbytes.h"
#include "textdecoding.h"

#include <QAnyStringView>
#include <QString>

#include <algorithm>

TextRanks::TextRanks(const StringPool& strings)
    : m_strings(strings)
{
}

TextRanks::Ref TextRanks::add(StringPool::Id id)
{
    Q_ASSERT(id < CopyBit);
    // Columns repeat few values (hosts, programs): most repeats never reach the vector.
    StringPool::Id& recent = m_recent[(id * 2654435761u) >> 24];
    if (recent != id) {
        recent = id;
        m_ids.push_back(id);
    }
    return id;
}

TextRanks::Ref TextRanks::add(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    const std::string_view key(text.data(), std::size_t(text.size()));
    if (const auto it = m_copies.find(key); it != m_copies.end())
        return CopyBit | it->second;
    const auto slot = std::uint32_t(m_copyTexts.size());
    const auto it = m_copies.emplace(std::string(key), slot).first;
    m_copyTexts.emplace_back(it->first.data(), qsizetype(it->first.size()));
    return CopyBit | slot;
}

std::vector<TextRanks::Ref> TextRanks::absorb(const TextRanks& other)
{
    m_ids.insert(m_ids.end(), other.m_ids.begin(), other.m_ids.end());
    std::vector<Ref> copyRefs;
    copyRefs.reserve(other.m_copyTexts.size());
    for (const QByteArrayView text : other.m_copyTexts)
        copyRefs.push_back(add(text));
    return copyRefs;
}

std::uint32_t TextRanks::rankOf(Ref ref) const
{
    if (ref & CopyBit)
        return m_copyRanks[std::size_t(ref & (CopyBit - 1))];
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), StringPool::Id(ref));
    return m_idRanks[std::size_t(it - m_ids.begin())];
}

void TextRanks::rank()
{
    m_ids.push_back(0); // the empty text, which add() never stores
    std::sort(m_ids.begin(), m_ids.end());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    // Entries 0..m_ids.size()-1 are the interned texts, then the copies.
    const auto textOf = [this](std::size_t entry) {
        return entry < m_ids.size() ? m_strings.view(m_ids[entry]) : m_copyTexts[entry - m_ids.size()];
    };

    // Nearly every text is ASCII: folded into one byte buffer and sorted by an 8-byte prefix, then by bytes.
    // The others are decoded, case-folded and sorted as strings; the two lists are then merged, an ASCII
    // text comparing as Latin-1, which orders like its UTF-16 form.
    struct Ascii
    {
        std::uint64_t prefix; // the first 8 folded bytes, big-endian, zero-padded
        std::uint32_t entry;
        std::uint32_t length;
        std::size_t offset; // in bytes
    };
    const std::size_t count = m_ids.size() + m_copyTexts.size();
    std::string bytes;
    std::vector<Ascii> ascii;
    std::vector<std::pair<QString, std::uint32_t>> others;
    ascii.reserve(count);
    for (std::size_t entry = 0; entry < count; ++entry) {
        const QByteArrayView text = textOf(entry);
        if (!TextDecoding::isAscii(text)) {
            others.emplace_back(TextDecoding::toDisplayText(text).toCaseFolded(), std::uint32_t(entry));
            continue;
        }
        Ascii folded { 0, std::uint32_t(entry), std::uint32_t(text.size()), bytes.size() };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = FoldedBytes::lower(text[i]);
            bytes += c;
            if (i < 8)
                folded.prefix |= std::uint64_t(static_cast<unsigned char>(c)) << (56 - 8 * i);
        }
        ascii.push_back(folded);
    }
    const auto asciiText = [&bytes](const Ascii& text) { return std::string_view(bytes).substr(text.offset, text.length); };
    std::sort(ascii.begin(), ascii.end(), [&](const Ascii& a, const Ascii& b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : asciiText(a) < asciiText(b);
    });
    std::sort(others.begin(), others.end());

    // Merge, then give equal neighbours one rank.
    const auto compare = [](QAnyStringView a, QAnyStringView b) { return QAnyStringView::compare(a, b); };
    std::vector<QAnyStringView> order;
    std::vector<std::uint32_t> orderEntries;
    order.reserve(count);
    orderEntries.reserve(count);
    std::size_t a = 0;
    std::size_t o = 0;
    while (a < ascii.size() || o < others.size()) {
        const bool takeAscii = o == others.size()
            || (a < ascii.size() && compare(QLatin1StringView(asciiText(ascii[a])), others[o].first) <= 0);
        if (takeAscii) {
            order.emplace_back(QLatin1StringView(asciiText(ascii[a])));
            orderEntries.push_back(ascii[a++].entry);
        } else {
            order.emplace_back(others[o].first);
            orderEntries.push_back(others[o++].second);
        }
    }
    m_idRanks.assign(m_ids.size(), 0);
    m_copyRanks.assign(m_copyTexts.size(), 0);
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && compare(order[i - 1], order[i]) != 0)
            ++rank;
        const std::uint32_t entry = orderEntries[i];
        (entry < m_ids.size() ? m_idRanks[entry] : m_copyRanks[entry - m_ids.size()]) = rank;
    }
}

std::vector<std::uint32_t> TextRanks::ranksOf(const StringPool& strings, const QStringList& texts)
{
    TextRanks ranks(strings);
    std::vector<Ref> refs;
    for (const QString& text : texts)
        refs.push_back(ranks.add(QByteArrayView(text.toUtf8())));
    ranks.rank();
    std::vector<std::uint32_t> result;
    for (const Ref ref : refs)
        result.push_back(ranks.rankOf(ref));
    return result;
}
