#pragma once

#include <QString>

// Tooltips are rich text whenever Qt guesses the text looks like HTML, so log text (attacker-controlled:
// subjects, HELO names) would be interpreted. This wraps it as escaped, preformatted text instead.
namespace PlainTextToolTip {

constexpr qsizetype MaxLength = 4000; // a 50 MB line must not become a 50 MB tooltip

QString wrap(const QString& text);

} // namespace PlainTextToolTip
