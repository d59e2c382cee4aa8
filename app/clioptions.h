#pragma once

#include "parsing/logparser.h"

#include <QString>
#include <QStringList>

#include <variant>

// maillane-cli's command line: the command, what it reads and how it writes. Every usage error is found and
// reported here, before any input is read.
namespace CliOptions {

enum class Output {
    None, // count, swimlane
    Text,
    Csv,
    Json,
};

struct Request
{
    QString command;
    QString query; // trace, swimlane
    QStringList inputs;
    Output output = Output::None;
    LogParser::Options parsing;
    QString svgPath; // swimlane
    QString pngPath;
};

// Reads QCoreApplication::arguments(): the request, or the exit code when the run is over (help or version
// shown, or a usage error reported on standard error).
std::variant<Request, int> parse();

} // namespace CliOptions
