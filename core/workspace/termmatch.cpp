#include "termmatch.h"

#include "foldedbytes.h"
#include "textdecoding.h"

namespace TermMatch {

bool contains(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, QStringView value)
{
    if (bytes.isEmpty())
        return false;
    if (term.ascii)
        return FoldedBytes::contains(bytes, term.folded);
    return !TextDecoding::isAscii(bytes) && TextDecoding::toDisplayText(bytes).contains(value, Qt::CaseInsensitive);
}

bool equals(QByteArrayView bytes, QByteArrayView folded, bool ascii, QStringView value)
{
    if (ascii)
        return FoldedBytes::equals(bytes, folded);
    return !TextDecoding::isAscii(bytes) && QStringView(TextDecoding::toDisplayText(bytes)).compare(value, Qt::CaseInsensitive) == 0;
}

bool idEquals(QByteArrayView bytes, const FilterQuery::PreparedTerm& term)
{
    return equals(FoldedBytes::withoutBrackets(bytes), term.foldedId, term.ascii, term.idText);
}

} // namespace TermMatch
