#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Help text laid out in terminal columns. QCommandLineParser pads and wraps by QString length, so after
// Japanese text (two columns a character) its description column drifts and its lines overrun the terminal.
namespace CommandLineHelp {

// Terminal columns: East Asian Wide and Fullwidth characters take two, combining marks and controls none.
int displayWidth(QStringView text);

// Splits text into lines of at most `width` columns: at spaces, or between Japanese characters (which have
// none), but never before closing or after opening punctuation; a word wider than a line is cut. A newline in
// text always ends a line.
QStringList wrap(QStringView text, int width);

// One entry of a table: what to type ("-h, --help", "count FILE...") and what it does.
struct Row
{
    QString names;
    QString description;
};

struct Section
{
    QString title; // "Options:"
    QList<Row> rows;
};

// The sections one after another, a blank line between them: names indented by two columns, descriptions in
// one column shared by every section and wrapped within `width` columns. Names too long for their column
// put their description on the next line.
QString tables(const QList<Section>& sections, int width = 80);

} // namespace CommandLineHelp
