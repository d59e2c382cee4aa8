#include "clioptions.h"

#include "cli.h"
#include "commandline.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace CliOptions {
namespace {

using Cli::printLine;
using Cli::Text;

struct Command
{
    QString name;
    QString syntax; // after the name, in the help
    QString description;
    QList<Output> outputs; // the first is the default; none: --json and --format do not apply
    bool takesQuery = false;
    bool readsLogs = true; // --family, --zone and --year apply
    bool draws = false; // --svg and --png apply
};

QList<Command> commands()
{
    return {
        { u"count"_s, u"FILE..."_s, Text::tr("Count the lines of each log file."), {}, false, false },
        { u"stats"_s, u"FILE|DIR..."_s,
            Text::tr("Family, encoding, lines, events and unparsed lines per file; events per kind. Text or JSON."),
            { Output::Text, Output::Json } },
        { u"events"_s, u"FILE|DIR..."_s, Text::tr("Every event with its fields, as CSV or JSON."),
            { Output::Csv, Output::Json } },
        { u"trace"_s, u"QUERY FILE|DIR..."_s,
            Text::tr("The whole path of the messages an ID, Message-ID or address names. Text or JSON."),
            { Output::Text, Output::Json }, true },
        { u"messages"_s, u"FILE|DIR..."_s, Text::tr("One row per message, as CSV or JSON."),
            { Output::Csv, Output::Json } },
        { u"swimlane"_s, u"QUERY FILE|DIR..."_s,
            Text::tr("The swimlane diagram of the messages the query names, to --svg FILE, --png FILE or both."), {},
            true, true, true },
    };
}

QList<CommandLineHelp::Row> commandRows(const QList<Command>& commands)
{
    QList<CommandLineHelp::Row> rows;
    for (const Command& command : commands)
        rows.append({ command.name + u' ' + command.syntax, command.description });
    return rows;
}

struct DeclaredOptions
{
    QCommandLineOption json;
    QCommandLineOption format;
    QCommandLineOption family;
    QCommandLineOption zone;
    QCommandLineOption year;
    QCommandLineOption svg;
    QCommandLineOption png;
    QCommandLineOption language;
};

DeclaredOptions declareOptions(CommandLine* commandLine)
{
    const DeclaredOptions options {
        QCommandLineOption(u"json"_s, Text::tr("stats, trace, events, messages: write JSON (the same as --format json).")),
        QCommandLineOption(u"format"_s,
            Text::tr("stats, trace: text or json (default text); events, messages: csv or json (default csv)."),
            u"format"_s),
        QCommandLineOption(u"family"_s,
            Text::tr("Read every file as this family: ironport, postfix, sunms, epost (default: detect)."), u"family"_s),
        QCommandLineOption(u"zone"_s,
            Text::tr("Time zone of timestamps without one, e.g. Asia/Tokyo (default: the log's or the system's)."),
            u"zone"_s),
        QCommandLineOption(u"year"_s,
            Text::tr("Year of the last entry of logs without years (default: from the file's modification time)."),
            u"year"_s),
        QCommandLineOption(u"svg"_s, Text::tr("swimlane: write the diagram as SVG to this file."), u"file"_s),
        QCommandLineOption(u"png"_s, Text::tr("swimlane: write the diagram as PNG to this file."), u"file"_s),
        // --lang is applied before parsing (LanguageManager::useLanguageArgument); it is declared here for --help.
        QCommandLineOption(u"lang"_s,
            Text::tr("Use <language> (en, ja) for messages and help; default: the saved choice or the system's."),
            u"language"_s),
    };
    commandLine->addOptions({ options.json, options.format, options.family, options.zone, options.year, options.svg,
        options.png, options.language });
    commandLine->addArgument(u"command"_s, Text::tr("The command to run (see Commands)."), u"command"_s);
    commandLine->addArgument(
        u"query"_s, Text::tr("trace, swimlane: an ID, Message-ID, address or client IP."), u"[query]"_s);
    commandLine->addArgument(u"files"_s, Text::tr("Log files or folders."), u"files..."_s);
    return options;
}

int usageError(const QString& message)
{
    printLine(stderr, message);
    printLine(stderr, Text::tr("Run maillane-cli --help for usage."));
    return Cli::UsageError;
}

// Whether an option, by the name the parser found, means anything to the command.
bool applies(const QString& option, const Command& command)
{
    if (option == u"json" || option == u"format")
        return !command.outputs.isEmpty();
    if (option == u"family" || option == u"zone" || option == u"year")
        return command.readsLogs;
    if (option == u"svg" || option == u"png")
        return command.draws;
    return true; // --lang
}

QString outputName(Output output)
{
    switch (output) {
    case Output::Text:
        return u"text"_s;
    case Output::Csv:
        return u"csv"_s;
    case Output::Json:
        return u"json"_s;
    case Output::None:
        break;
    }
    return {};
}

// --format and its alias --json; the command's first output when neither is given. Empty after reporting an
// output the command does not write.
std::optional<Output> chosenOutput(const QCommandLineParser& parser, const DeclaredOptions& options, const Command& command)
{
    if (command.outputs.isEmpty())
        return Output::None;
    Output output = command.outputs.first();
    const QString format = parser.value(options.format);
    if (parser.isSet(options.format)) {
        const auto named = std::find_if(command.outputs.cbegin(), command.outputs.cend(),
            [&format](Output candidate) { return outputName(candidate) == format; });
        if (named == command.outputs.cend()) {
            printLine(stderr,
                Text::tr("Unknown format for %1: %2 (use %3 or %4)")
                    .arg(command.name, format, outputName(command.outputs[0]), outputName(command.outputs[1])));
            return std::nullopt;
        }
        output = *named;
    }
    if (!parser.isSet(options.json))
        return output;
    if (parser.isSet(options.format) && output != Output::Json) {
        printLine(stderr, Text::tr("--json and --format %1 contradict each other.").arg(format));
        return std::nullopt;
    }
    return Output::Json;
}

// --family, --zone and --year. Empty after reporting a value that is none of them.
std::optional<LogParser::Options> parsingOptions(const QCommandLineParser& parser, const DeclaredOptions& options)
{
    LogParser::Options parsing;
    if (parser.isSet(options.family)) {
        Family family = Family::Unknown;
        if (!familyFromKey(QLatin1StringView(parser.value(options.family).toLatin1()), &family)) {
            printLine(stderr, Text::tr("Unknown family: %1").arg(parser.value(options.family)));
            return std::nullopt;
        }
        parsing.family = family;
    }
    if (parser.isSet(options.zone)) {
        parsing.zone = QTimeZone(parser.value(options.zone).toUtf8());
        if (!parsing.zone.isValid()) {
            printLine(stderr, Text::tr("Unknown time zone: %1").arg(parser.value(options.zone)));
            return std::nullopt;
        }
    }
    if (parser.isSet(options.year)) {
        bool ok = false;
        parsing.year = parser.value(options.year).toInt(&ok);
        if (!ok || parsing.year < 1970 || parsing.year > 9999) {
            printLine(stderr, Text::tr("Not a year: %1").arg(parser.value(options.year)));
            return std::nullopt;
        }
    }
    return parsing;
}

// The request for a known command, its options applying to it.
std::variant<Request, int> request(const QCommandLineParser& parser, const DeclaredOptions& options, const Command& command)
{
    Request request;
    request.command = command.name;
    request.inputs = parser.positionalArguments().sliced(1);
    if (command.takesQuery && !request.inputs.isEmpty())
        request.query = request.inputs.takeFirst();
    if (request.inputs.isEmpty()) {
        return usageError(command.takesQuery ? Text::tr("%1 needs a query and at least one file or folder.").arg(command.name)
                                             : Text::tr("%1 needs at least one file or folder.").arg(command.name));
    }
    const std::optional<Output> output = chosenOutput(parser, options, command);
    const std::optional<LogParser::Options> parsing = parsingOptions(parser, options);
    if (!output || !parsing)
        return Cli::UsageError;
    request.output = *output;
    request.parsing = *parsing;
    request.svgPath = parser.value(options.svg);
    request.pngPath = parser.value(options.png);
    if (command.draws && request.svgPath.isEmpty() && request.pngPath.isEmpty()) {
        printLine(stderr, Text::tr("swimlane needs --svg FILE or --png FILE."));
        return Cli::UsageError;
    }
    return request;
}

} // namespace

std::variant<Request, int> parse()
{
    CommandLine commandLine(Text::tr("Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server and "
                                     "E-Post mail logs."));
    const QList<Command> known = commands();
    commandLine.addSection({ Text::tr("Commands:"), commandRows(known) });
    const DeclaredOptions options = declareOptions(&commandLine);
    if (!commandLine.parse(QCoreApplication::arguments()))
        return usageError(commandLine.errorText());
    if (commandLine.showRequestedHelp())
        return Cli::Success;

    const QCommandLineParser& parser = commandLine.parser();
    if (parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(commandLine.helpText()), stderr);
        return Cli::UsageError;
    }
    const QString name = parser.positionalArguments().constFirst();
    const auto command = std::find_if(
        known.cbegin(), known.cend(), [&name](const Command& candidate) { return candidate.name == name; });
    if (command == known.cend())
        return usageError(Text::tr("Unknown command: %1").arg(name));
    for (const QString& option : parser.optionNames()) {
        if (!applies(option, *command))
            return usageError(Text::tr("--%1 does not apply to %2.").arg(option, name));
    }
    return request(parser, options, *command);
}

} // namespace CliOptions
