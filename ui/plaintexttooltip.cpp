#include "plaintexttooltip.h"

using namespace Qt::StringLiterals;

namespace PlainTextToolTip {

QString wrap(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > MaxLength ? text.left(MaxLength) + u'…' : text;
    return "<p style='white-space:pre'>"_L1 + shown.toHtmlEscaped() + "</p>"_L1;
}

} // namespace PlainTextToolTip
