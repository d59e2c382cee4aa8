#include "commandlinehelp.h"

#include <algorithm>
#include <iterator>

namespace CommandLineHelp {
namespace {

constexpr int Indent = 2; // before the names
constexpr int Gap = 2; // at least, between the names and the description
constexpr int MaxNamesWidth = 30; // longer names put their description on the next line
constexpr int MinDescriptionWidth = 20;

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Width W and F (Unicode's EastAsianWidth.txt) for the blocks a help text holds: CJK and its
// punctuation, kana, Hangul, fullwidth forms and emoji. Sorted.
constexpr Range WideRanges[] = {
    { 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A }, { 0x2E80, 0x303E }, { 0x3041, 0x33FF },
    { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF }, { 0xA960, 0xA97F }, { 0xAC00, 0xD7A3 },
    { 0xF900, 0xFAFF }, { 0xFE10, 0xFE19 }, { 0xFE30, 0xFE6F }, { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 },
    { 0x1F300, 0x1F64F }, { 0x1F900, 0x1F9FF }, { 0x20000, 0x2FFFD }, { 0x30000, 0x3FFFD },
};

bool isWide(char32_t c)
{
    const auto* range = std::lower_bound(std::begin(WideRanges), std::end(WideRanges), c,
        [](const Range& r, char32_t value) { return r.last < value; });
    return range != std::end(WideRanges) && range->first <= c;
}

int columns(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

// The code point at text[i] and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype* units)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    }
    *units = 1;
    return text[i].unicode();
}

// Japanese line-breaking rules (kinsoku), in short: 。、）」 and the like never start a line, （「 never end one.
bool mustNotStartLine(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Punctuation_Close || category == QChar::Punctuation_Other
        || category == QChar::Punctuation_FinalQuote || c == U'ー';
}

bool mustNotEndLine(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Punctuation_Open || category == QChar::Punctuation_InitialQuote;
}

// After spaces, or after a Japanese character before another or before a word ("。events"); an ASCII word
// stays whole, with the punctuation that touches it ("<ファイル>", "(JSON)").
bool canBreakBetween(char32_t before, char32_t after)
{
    if (QChar::isSpace(after))
        return false; // spaces stay at the end of the line they follow
    if (QChar::isSpace(before))
        return true;
    return isWide(before) && (isWide(after) || QChar::isLetterOrNumber(after)) && !mustNotStartLine(after)
        && !mustNotEndLine(before);
}

QString withoutTrailingSpaces(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return text.first(end).toString();
}

QStringList wrapParagraph(QStringView text, int width)
{
    QStringList lines;
    qsizetype start = 0; // of the line being filled
    qsizetype breakAt = -1; // the last place after start where the line may end
    int column = 0;
    char32_t previous = 0;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (i > start && canBreakBetween(previous, c))
            breakAt = i;
        const int w = columns(c);
        if (column + w > width && i > start && !QChar::isSpace(c)) {
            const qsizetype end = breakAt > start ? breakAt : i; // no place to break: cut the word
            lines << withoutTrailingSpaces(text.sliced(start, end - start));
            start = end;
            while (start < text.size() && text[start].isSpace())
                ++start;
            i = start;
            column = 0;
            breakAt = -1;
            continue;
        }
        column += w;
        previous = c;
        i += units;
    }
    if (start < text.size() || lines.isEmpty())
        lines << withoutTrailingSpaces(text.sliced(start));
    return lines;
}

void appendLine(QString* text, int padding, const QString& line)
{
    if (!line.isEmpty())
        *text += QString(padding, u' ') + line;
    *text += u'\n';
}

QString tableRow(const Row& row, int column, int descriptionWidth)
{
    QString text = QString(Indent, u' ') + row.names;
    int used = Indent + displayWidth(row.names);
    if (used > column - Gap) { // the names reach into the description column
        text += u'\n';
        used = 0;
    }
    for (const QString& line : wrap(row.description, descriptionWidth)) {
        appendLine(&text, column - used, line);
        used = 0;
    }
    return text;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        width += columns(codePointAt(text, i, &units));
        i += units;
    }
    return width;
}

QStringList wrap(QStringView text, int width)
{
    QStringList lines;
    for (const QStringView paragraph : text.split(u'\n'))
        lines << wrapParagraph(paragraph, width);
    return lines;
}

QString tables(const QList<Section>& sections, int width)
{
    int namesWidth = 0;
    for (const Section& section : sections) {
        for (const Row& row : section.rows)
            namesWidth = std::max(namesWidth, displayWidth(row.names));
    }
    const int column = Indent + std::min(namesWidth, MaxNamesWidth) + Gap;
    const int descriptionWidth = std::max(width - column, MinDescriptionWidth);
    QString text;
    for (const Section& section : sections) {
        if (!text.isEmpty())
            text += u'\n';
        text += section.title + u'\n';
        for (const Row& row : section.rows)
            text += tableRow(row, column, descriptionWidth);
    }
    return text;
}

} // namespace CommandLineHelp
