#include "outcomepalette.h"

#include <QPalette>

namespace {

// Hues chosen to read as traffic lights; lightness follows the theme.
int hueOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return 120;
    case Outcome::Deferred:
    case Outcome::Quarantined:
        return 38;
    case Outcome::Bounced:
    case Outcome::Rejected:
    case Outcome::Expired:
    case Outcome::Dropped:
        return 0;
    case Outcome::Unknown:
        break;
    }
    return -1;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
        float(a.greenF() * (1 - amount) + b.greenF() * amount), float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

namespace OutcomePalette {

QColor text(Outcome outcome, const QPalette& palette)
{
    const int hue = hueOf(outcome);
    if (hue < 0)
        return {};
    return isDark(palette) ? QColor::fromHsl(hue, 200, 170) : QColor::fromHsl(hue, 230, 75);
}

QColor tint(Outcome outcome, const QPalette& palette)
{
    const int hue = hueOf(outcome);
    if (hue < 0)
        return {};
    const QColor pure = QColor::fromHsl(hue, 220, 128);
    return blend(palette.color(QPalette::Base), pure, isDark(palette) ? 0.28 : 0.16);
}

QColor unparsedText(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor markTint(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.22);
}

} // namespace OutcomePalette
