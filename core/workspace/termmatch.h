#pragma once

#include "filterquery.h"

#include <QByteArrayView>
#include <QStringView>

// How a filter term's value compares with raw log bytes, shared by the event and message matchers: with
// ASCII case folding for an ASCII value (no decoding, it runs over millions of events); a non-ASCII value
// can only occur in non-ASCII bytes, which are decoded first.
namespace TermMatch {

bool contains(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, QStringView value);
bool equals(QByteArrayView bytes, QByteArrayView folded, bool ascii, QStringView value);
// Identifiers compare whole and without angle brackets: <id@host> and id@host are the same Message-ID.
bool idEquals(QByteArrayView bytes, const FilterQuery::PreparedTerm& term);

} // namespace TermMatch
