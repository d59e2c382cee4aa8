// Arbitrary bytes given to format detection, as a file the user opened: detection, the parse it chooses and the
// CSV and JSON exports of the result (the JSON must parse and hold one object per event).
#include "fuzzing.h"

#include "export/eventexport.h"
#include "logfile.h"
#include "parsing/formatdetector.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray exported(const ParsedLog& log, EventExport::Format format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        EventExport::Writer writer(&buffer, format);
        for (std::size_t i = 0; i < log.eventCount(); ++i)
            writer.write(log, i);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = Fuzzing::bytes(data, size);
    const auto file = LogFile::fromBytes(QStringLiteral("fuzzed.log"), bytes);
    const FormatDetector::Result detected = FormatDetector::detect(*file);
    FUZZ_CHECK(detected.recognisedLines <= detected.sampledLines && detected.sampledLines <= file->lineCount());

    const auto log = Fuzzing::parseAndReadBack(QStringLiteral("fuzzed.log"), bytes, std::make_shared<StringPool>(), Fuzzing::options());
    FUZZ_CHECK((detected.parser ? detected.parser->family() : Family::Unknown) == log->info().family);

    exported(*log, EventExport::Format::Csv);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(exported(*log, EventExport::Format::Json), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && json.isArray());
    FUZZ_CHECK(std::size_t(json.array().size()) == log->eventCount());
    return 0;
}
