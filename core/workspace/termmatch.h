#pragma once

#include "filterquery.h"

#include <QByteArrayView>
#include <QStringView>

class ParsedLog;

// How a filter term's value compares with raw log bytes, shared by the event and message matchers: with
// ASCII case folding for an ASCII value (no decoding, it runs over millions of events); a non-ASCII value
// can only occur in non-ASCII bytes, which are decoded first as they are shown: in the encoding the user
// chose for `log` if any (bytes read from that log), else as detected (log null: strings of several logs).
namespace TermMatch {

bool contains(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, QStringView value, const ParsedLog* log);
bool equals(QByteArrayView bytes, QByteArrayView folded, bool ascii, QStringView value, const ParsedLog* log);
// Identifiers compare whole and without angle brackets: <id@host> and id@host are the same Message-ID.
bool idEquals(QByteArrayView bytes, const FilterQuery::PreparedTerm& term, const ParsedLog* log);

} // namespace TermMatch
