#pragma once

#include "model/eventtypes.h"
#include "model/parsedlog.h"
#include "model/stringpool.h"
#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// Turns one LogFile into a ParsedLog: detects the family, parses the lines in parallel chunks (byte-level,
// no QString per line), then fixes what needs the whole file: years of year-less timestamps, the time zone,
// times of lines that carry none. Every line ends up in exactly one event.
class LogParser
{
    Q_DECLARE_TR_FUNCTIONS(LogParser)

public:
    struct Options
    {
        std::optional<Family> family; // the user's override of detection
        QString subLog; // with family: which E-Post sub-log
        std::optional<TextDecoding::Encoding> encoding; // the user's override of per-line detection (display only)
        QTimeZone zone; // invalid: the log's own (IronPort preamble) or the system's local zone
        int year = 0; // for year-less timestamps; 0: from the file's modification time
        QDateTime fileTime; // invalid: the file's modification time (tests set it)
        std::function<void(qint64 bytesDone)> progress; // called from worker threads
        const std::atomic_bool* cancel = nullptr;
    };

    static std::unique_ptr<ParsedLog> parse(
        std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool, const Options& options);
    // parse(), and when the file shrank while it was read (a rotation by copytruncate: the lines past its new end
    // read as NULs) it is opened and read again, once. Null when cancelled, or with *error set when the file
    // cannot be opened again or changed again.
    static std::unique_ptr<ParsedLog> parseChecked(
        std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool, const Options& options, QString* error);
};
