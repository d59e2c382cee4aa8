#pragma once

// What the fuzz targets share: checks that abort (libFuzzer reports the input as a crash, the replay test
// fails), fixed parse settings so that a run is the same on every machine, and reading a parsed log back the
// way the table, tooltips and exports read it.
#include "model/parsedlog.h"
#include "parsing/logparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <memory>

#define FUZZ_CHECK(condition) ((condition) ? void() : Fuzzing::checkFailed(#condition, __FILE__, __LINE__))

namespace Fuzzing {

[[noreturn]] void checkFailed(const char* condition, const char* file, int line);

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// UTC, the year 2024, a fixed file time: nothing taken from the clock or the machine's zone.
LogParser::Options options();

// Parses bytes as the file `path` (its folders name E-Post sub-logs and hosts) with options, checks the lossless
// invariant and the time order, and reads every event, field and line back. Returns the log for further checks.
std::unique_ptr<ParsedLog> parseAndReadBack(
    const QString& path, QByteArray bytes, std::shared_ptr<StringPool> pool, const LogParser::Options& options);

// Parses bytes with each parser of family (E-Post: every sub-log), forced as a user's override would force it,
// and checks each result as parseAndReadBack() does.
void parseAsFamily(Family family, const QByteArray& bytes);

} // namespace Fuzzing
