#pragma once

#include "trace/tracetypes.h"

#include <QColor>

class QPalette;

// Colours that say how mail fared (delivered green, deferred amber, failed red), derived from the palette
// so they stay readable in light and dark themes: text colours contrast with Base, row tints blend into it.
namespace OutcomePalette {

// Text colour for an outcome; invalid for Unknown (use the palette's own text colour).
QColor text(Outcome outcome, const QPalette& palette);
// A background tint for a row; invalid for Unknown.
QColor tint(Outcome outcome, const QPalette& palette);
// Text colour of lines no parser understood.
QColor unparsedText(const QPalette& palette);
// Background that marks what belongs to the selection: rows of the selected trace, the raw view's focus lines.
QColor markTint(const QPalette& palette);

} // namespace OutcomePalette
