#include "fuzzing.h"

#include "logfile.h"
#include "parsing/formatparser.h"

#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace Fuzzing {

void checkFailed(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, condition);
    std::abort();
}

LogParser::Options options()
{
    LogParser::Options options;
    options.zone = QTimeZone::utc();
    options.year = 2024;
    options.fileTime = QDateTime(QDate(2024, 12, 31), QTime(23, 59), QTimeZone::utc());
    return options;
}

namespace {

void checkTimeOrder(const ParsedLog& log)
{
    const std::vector<std::uint32_t>& order = log.timeOrder();
    if (order.empty())
        return;
    FUZZ_CHECK(order.size() == log.eventCount());
    std::vector<bool> seen(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        FUZZ_CHECK(order[i] < order.size() && !seen[order[i]]);
        seen[order[i]] = true;
        if (i > 0)
            FUZZ_CHECK(log.event(order[i - 1]).utcMs <= log.event(order[i]).utcMs);
    }
}

void readEvent(const ParsedLog& log, std::size_t index)
{
    // What a cell or tooltip shows is cut: a huge record must not become a huge string there.
    FUZZ_CHECK(log.displayText(index).size() <= ParsedLog::DisplayLimit + 200);
    const QByteArray raw = log.rawBytes(index);
    FUZZ_CHECK(log.text(index).isEmpty() == raw.isEmpty());
    log.hostOf(index);
    for (std::size_t n = 0; n < log.fieldCount(index); ++n) {
        const FieldValue value = log.fieldAt(index, n);
        FUZZ_CHECK(value.type != FieldValue::Type::None);
        FUZZ_CHECK(log.field(index, log.fieldKeyAt(index, n)).type == value.type);
        log.valueBytes(index, value);
        log.fieldTextAt(index, n);
    }
}

} // namespace

std::unique_ptr<ParsedLog> parseAndReadBack(
    const QString& path, QByteArray bytes, std::shared_ptr<StringPool> pool, const LogParser::Options& options)
{
    auto log = LogParser::parse(LogFile::fromBytes(path, std::move(bytes)), std::move(pool), options);
    FUZZ_CHECK(log != nullptr);
    FUZZ_CHECK(log->coversEveryLine());
    FUZZ_CHECK(log->info().unparsed >= 0 && log->info().unparsed <= log->info().events);
    checkTimeOrder(*log);
    for (std::size_t i = 0; i < log->eventCount(); ++i)
        readEvent(*log, i);
    for (qsizetype line = 0; line < log->file().lineCount(); ++line)
        FUZZ_CHECK(log->lineText(line).size() <= ParsedLog::DisplayLimit + 200);
    return log;
}

void parseAsFamily(Family family, const QByteArray& bytes)
{
    for (const auto& parser : FormatParsers::all()) {
        if (parser->family() != family)
            continue;
        LogParser::Options forced = options();
        forced.family = family;
        forced.subLog = QString(parser->subLog());
        const auto log = parseAndReadBack(QStringLiteral("fuzzed.log"), bytes, std::make_shared<StringPool>(), forced);
        FUZZ_CHECK(log->info().family == family && log->info().subLog == forced.subLog);
    }
}

} // namespace Fuzzing
