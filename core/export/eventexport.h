#pragma once

#include "model/parsedlog.h"

#include <QByteArray>
#include <QIODevice>

// Writes events as CSV or JSON (one object per event, in a JSON array), streaming: nothing is built up in
// memory per event beyond one line. Text fields are decoded to Unicode (UTF-8 output).
namespace EventExport {

enum class Format {
    Csv,
    Json,
};

class Writer
{
public:
    Writer(QIODevice* out, Format format);
    ~Writer(); // closes the JSON array

    void write(const ParsedLog& log, std::size_t index);

private:
    QIODevice* m_out;
    Format m_format;
    bool m_first = true;
    QByteArray m_line;
};

// "2024-03-27T09:14:02.310+09:00": the event's time in its source's offset.
QByteArray isoTime(const EventRecord& event);
// A string as a JSON string literal (quotes included).
void appendJsonString(QByteArray* out, QByteArrayView utf8);
// A CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '.
void appendCsvCell(QByteArray* out, QByteArrayView utf8);

} // namespace EventExport
