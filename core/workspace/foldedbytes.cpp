#include "foldedbytes.h"

#include <cstdint>
#include <cstring>

namespace {

bool equalFolded(const char* text, const char* folded, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (FoldedBytes::lower(text[i]) != folded[i])
            return false;
    }
    return true;
}

} // namespace

QByteArray FoldedBytes::fold(QByteArrayView bytes)
{
    QByteArray folded(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        folded[i] = lower(bytes[i]);
    return folded;
}

bool FoldedBytes::contains(QByteArrayView haystack, QByteArrayView foldedNeedle)
{
    const qsizetype length = foldedNeedle.size();
    if (length == 0)
        return true;
    if (length > haystack.size())
        return false;
    const char first = foldedNeedle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    const char* data = haystack.data();
    const char* const last = data + (haystack.size() - length);
    const auto find = [last](const char* from, char c) {
        return from > last ? nullptr : static_cast<const char*>(std::memchr(from, c, std::size_t(last - from + 1)));
    };
    // Candidates for the first byte come from memchr (fast); each case is searched again only once passed.
    const char* lowerHit = find(data, first);
    const char* upperHit = firstUpper == first ? nullptr : find(data, firstUpper);
    while (lowerHit || upperHit) {
        const char* hit = !lowerHit ? upperHit : !upperHit ? lowerHit : (lowerHit < upperHit ? lowerHit : upperHit);
        if (equalFolded(hit + 1, foldedNeedle.data() + 1, length - 1))
            return true;
        if (hit == lowerHit)
            lowerHit = find(hit + 1, first);
        else
            upperHit = find(hit + 1, firstUpper);
    }
    return false;
}

bool FoldedBytes::equals(QByteArrayView text, QByteArrayView foldedNeedle)
{
    return text.size() == foldedNeedle.size() && equalFolded(text.data(), foldedNeedle.data(), text.size());
}

bool FoldedBytes::startsWith(QByteArrayView text, QByteArrayView foldedNeedle)
{
    return text.size() >= foldedNeedle.size() && equalFolded(text.data(), foldedNeedle.data(), foldedNeedle.size());
}

QByteArrayView FoldedBytes::withoutBrackets(QByteArrayView text)
{
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>')
        return text.sliced(1, text.size() - 2);
    return text;
}

QStringView FoldedBytes::withoutBrackets(QStringView text)
{
    if (text.size() >= 2 && text.front() == u'<' && text.back() == u'>')
        return text.sliced(1, text.size() - 2);
    return text;
}
