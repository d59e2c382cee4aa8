#include "termmatch.h"

#include "foldedbytes.h"
#include "model/parsedlog.h"
#include "textdecoding.h"

namespace {

QString shownText(QByteArrayView bytes, const ParsedLog* log)
{
    return log ? log->decoded(bytes) : TextDecoding::toDisplayText(bytes);
}

} // namespace

namespace TermMatch {

bool contains(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, QStringView value, const ParsedLog* log)
{
    if (bytes.isEmpty())
        return false;
    if (term.ascii)
        return FoldedBytes::contains(bytes, term.folded);
    return !TextDecoding::isAscii(bytes) && shownText(bytes, log).contains(value, Qt::CaseInsensitive);
}

bool equals(QByteArrayView bytes, QByteArrayView folded, bool ascii, QStringView value, const ParsedLog* log)
{
    if (ascii)
        return FoldedBytes::equals(bytes, folded);
    return !TextDecoding::isAscii(bytes) && QStringView(shownText(bytes, log)).compare(value, Qt::CaseInsensitive) == 0;
}

bool idEquals(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, const ParsedLog* log)
{
    return equals(FoldedBytes::withoutBrackets(bytes), term.foldedId, term.ascii, term.idText, log);
}

} // namespace TermMatch
