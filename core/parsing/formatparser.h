#pragma once

#include "model/eventtypes.h"
#include "parsedevent.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

// One log format (a family, or one E-Post sub-log). Implementations are stateless: parse() is const and
// called from several threads at once, one record at a time.
class FormatParser
{
public:
    virtual ~FormatParser() = default;

    virtual Family family() const = 0;
    // The sub-log name shown in the Sources panel and exports: "mail_logs", "maillog", "mail.log", "acceptlog"...
    virtual QLatin1StringView subLog() const = 0;

    // How sure the parser is that the line is in its format: 0 no, 1 plausible, 2 certain.
    // Used by detection on a sample of lines; must be cheap.
    virtual int recognise(QByteArrayView line) const = 0;

    // Whether lines that do not start a record continue the previous one (IronPort folded header values,
    // Sun entries printed over several lines). Families without continuations get one record per line.
    virtual bool hasContinuations() const { return false; }
    virtual bool startsRecord(QByteArrayView line) const
    {
        Q_UNUSED(line);
        return true;
    }
    // How continuation lines join the first one: Sun's manual layout breaks between fields (joined with
    // one space, indentation dropped); IronPort continues a header value (joined as is).
    virtual bool joinsWithSpace() const { return false; }

    // Parses one record (continuation lines already joined). Returns false if the record is not understood;
    // the loader then keeps it as an unparsed event. On true, event->kind and the fields are set.
    virtual bool parse(QByteArrayView record, ParsedEvent* event) const = 0;
};

// The parsers of one family. E-Post has one per sub-log; the others one each.
namespace FormatParsers {

std::unique_ptr<FormatParser> create(Family family, QLatin1StringView subLog = {});
// Every parser, for detection.
std::vector<std::unique_ptr<FormatParser>> all();

} // namespace FormatParsers
