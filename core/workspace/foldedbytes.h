#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Case-insensitive comparison of raw log bytes without decoding them: filters run over millions of events,
// so an ASCII needle is compared byte by byte with ASCII case folding. Needles are given already folded
// (fold()); haystacks are raw. A non-ASCII needle must be compared on decoded text instead (see
// FilterQuery::PreparedTerm::ascii).
namespace FoldedBytes {

constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

QByteArray fold(QByteArrayView bytes);

bool contains(QByteArrayView haystack, QByteArrayView foldedNeedle);
bool equals(QByteArrayView text, QByteArrayView foldedNeedle);
bool startsWith(QByteArrayView text, QByteArrayView foldedNeedle);
// text without one pair of surrounding angle brackets: "<id@host>" -> "id@host".
QByteArrayView withoutBrackets(QByteArrayView text);
QStringView withoutBrackets(QStringView text);

} // namespace FoldedBytes
