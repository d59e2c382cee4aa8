// maillane-cli: the headless tool (no widgets), for scripts and servers without a display.
#include "cli.h"
#include "cliswimlane.h"
#include "clitrace.h"
#include "export/eventexport.h"
#include "languagemanager.h"
#include "logfile.h"
#include "model/logcollection.h"

#include "maillane/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMap>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

using namespace Cli;

// On standard error, so that CSV and JSON on standard output stay whole: what could not be read, and what a
// folder held that is not a mail log (not an error: the operator should know what was left out).
int reportErrors(const LogCollection::LoadReport& report)
{
    for (const QString& path : report.skipped)
        printLine(stderr, Cli::Text::tr("Skipped, not a mail log: %1").arg(path));
    for (const QString& error : report.errors)
        printLine(stderr, error);
    return report.errors.isEmpty() ? Success : InputError;
}

// `maillane-cli count FILE...`: lines and bytes per file, the total last.
int countLines(const QStringList& paths)
{
    int status = Success;
    qint64 totalLines = 0;
    for (const QString& path : paths) {
        QString error;
        const auto file = LogFile::open(path, &error);
        if (!file) {
            printLine(stderr, error);
            status = InputError;
            continue;
        }
        totalLines += file->lineCount();
        printLine(stdout, QStringLiteral("%1\t%2\t%3").arg(file->lineCount()).arg(file->byteSize()).arg(path));
    }
    printLine(stdout, Cli::Text::tr("%Ln line(s) in total", nullptr, int(totalLines)));
    return status;
}

QMap<QString, qint64> countKinds(const LogCollection& logs)
{
    std::array<qint64, EventKindCount> counts {};
    for (std::size_t f = 0; f < logs.size(); ++f) {
        const ParsedLog& log = logs.log(f);
        for (std::size_t e = 0; e < log.eventCount(); ++e)
            ++counts[size_t(log.event(e).kind)];
    }
    QMap<QString, qint64> kinds;
    for (int k = 0; k < EventKindCount; ++k) {
        if (counts[size_t(k)])
            kinds.insert(kindKey(EventKind(k)), counts[size_t(k)]);
    }
    return kinds;
}

// `maillane-cli stats [--json] FILE|DIR...`
int printStats(const LogCollection& logs, bool json)
{
    const QMap<QString, qint64> kinds = countKinds(logs);
    QByteArray out;
    if (json) {
        using EventExport::appendJsonString;
        out += "{\n  \"files\": [";
        for (std::size_t f = 0; f < logs.size(); ++f) {
            const SourceInfo& info = logs.log(f).info();
            out += f ? ",\n    {" : "\n    {";
            out += "\"path\": ";
            appendJsonString(&out, info.path.toUtf8());
            out += ", \"family\": ";
            appendJsonString(&out, QByteArrayView(familyKey(info.family)));
            out += ", \"sublog\": ";
            appendJsonString(&out, info.subLog.toUtf8());
            out += ", \"encoding\": ";
            appendJsonString(&out, QByteArrayView(TextDecoding::encodingKey(info.encoding)));
            out += ", \"mixed_encodings\": " + QByteArray(info.mixedEncodings ? "true" : "false");
            out += ", \"line_ending\": " + QByteArray(info.crlf ? "\"crlf\"" : "\"lf\"");
            out += ", \"compressed\": " + QByteArray(info.compressed ? "true" : "false");
            out += ", \"time_zone\": ";
            appendJsonString(&out, info.zone.id());
            out += ", \"bytes\": " + QByteArray::number(info.bytes);
            out += ", \"lines\": " + QByteArray::number(info.lines);
            out += ", \"events\": " + QByteArray::number(info.events);
            out += ", \"unparsed\": " + QByteArray::number(info.unparsed);
            if (!info.note.isEmpty()) {
                out += ", \"note\": ";
                appendJsonString(&out, info.note.toUtf8());
            }
            out += '}';
        }
        out += logs.size() ? "\n  ],\n" : "],\n";
        out += "  \"totals\": {\"lines\": " + QByteArray::number(logs.totalLines())
            + ", \"events\": " + QByteArray::number(logs.totalEvents())
            + ", \"unparsed\": " + QByteArray::number(logs.totalUnparsed()) + "},\n";
        out += "  \"kinds\": {";
        bool first = true;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            out += first ? "" : ", ";
            first = false;
            appendJsonString(&out, it.key().toUtf8());
            out += ": " + QByteArray::number(it.value());
        }
        out += "}\n}\n";
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return Success;
    }

    for (std::size_t f = 0; f < logs.size(); ++f) {
        const SourceInfo& info = logs.log(f).info();
        printLine(stdout,
            Cli::Text::tr("%1: %2, %3, %4 lines, %5 events, %6 unparsed")
                .arg(info.path, info.familyAndSubLog(), TextDecoding::encodingKey(info.encoding))
                .arg(info.lines)
                .arg(info.events)
                .arg(info.unparsed));
        if (!info.note.isEmpty())
            printLine(stdout, QStringLiteral("  ") + info.note);
    }
    printLine(stdout,
        Cli::Text::tr("Total: %1 lines, %2 events, %3 unparsed")
            .arg(logs.totalLines())
            .arg(logs.totalEvents())
            .arg(logs.totalUnparsed()));
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        printLine(stdout, QStringLiteral("  %1\t%2").arg(it.key()).arg(it.value()));
    return Success;
}

// `maillane-cli events [--format csv|json] FILE|DIR...`
void printEvents(const LogCollection& logs, EventExport::Format format)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return;
    EventExport::Writer writer(&out, format);
    for (std::size_t f = 0; f < logs.size(); ++f) {
        const ParsedLog& log = logs.log(f);
        for (std::size_t e = 0; e < log.eventCount(); ++e)
            writer.write(log, e);
    }
}

// Drawing needs fonts, hence a QGuiApplication; it renders offscreen, since the CLI runs without a display.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "swimlane") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Maillane"));
    QCoreApplication::setApplicationName(QStringLiteral("maillane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLANE_VERSION_STRING));
    LanguageManager languages;
    languages.applyPreference();
    if (QString error; !languages.useLanguageArgument(QCoreApplication::arguments(), &error)) {
        printLine(stderr, error);
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::Text::tr("Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server "
                                        "and E-Post mail logs.\n\n"
                                        "Commands:\n"
                                        "  count FILE...        Count the lines of each log file.\n"
                                        "  stats FILE|DIR...    Family, encoding, lines, events and unparsed lines "
                                        "per file; events per kind.\n"
                                        "  events FILE|DIR...   Every event with its fields, as CSV or JSON.\n"
                                        "  trace QUERY FILE|DIR...  The whole path of the messages an ID, "
                                        "Message-ID or address names (text or --json).\n"
                                        "  messages FILE|DIR... One row per message, as CSV or JSON.\n"
                                        "  swimlane QUERY FILE|DIR... --svg OUT.svg [--png OUT.png]  The swimlane "
                                        "diagram of the messages the query names."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::Text::tr("stats, trace: write JSON."));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::Text::tr("events, messages: csv or json (default csv)."),
        QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption familyOption(QStringLiteral("family"),
        Cli::Text::tr("Read every file as this family: ironport, postfix, sunms, epost (default: detect)."),
        QStringLiteral("family"));
    const QCommandLineOption zoneOption(QStringLiteral("zone"),
        Cli::Text::tr("Time zone of timestamps without one, e.g. Asia/Tokyo (default: the log's or the system's)."),
        QStringLiteral("zone"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        Cli::Text::tr("Year of the last entry of logs without years (default: from the file's modification time)."),
        QStringLiteral("year"));
    const QCommandLineOption svgOption(QStringLiteral("svg"), Cli::Text::tr("swimlane: write the diagram as SVG to this file."),
        QStringLiteral("file"));
    const QCommandLineOption pngOption(QStringLiteral("png"), Cli::Text::tr("swimlane: write the diagram as PNG to this file."),
        QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        Cli::Text::tr("Use <language> (en, ja) for messages and help; default: the saved choice or the system's."),
        QStringLiteral("language"));
    parser.addOptions({ jsonOption, formatOption, familyOption, zoneOption, yearOption, svgOption, pngOption, languageOption });
    parser.addPositionalArgument(QStringLiteral("command"), Cli::Text::tr("The command to run."));
    parser.addPositionalArgument(
        QStringLiteral("files"), Cli::Text::tr("Log files or folders."), QStringLiteral("[files...]"));
    parser.process(app);

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        parser.showHelp(UsageError);
    const QString command = arguments.takeFirst();
    const QStringList commands { QStringLiteral("count"), QStringLiteral("stats"), QStringLiteral("events"), QStringLiteral("trace"),
        QStringLiteral("messages"), QStringLiteral("swimlane") };
    const bool isTrace = command == QLatin1String("trace");
    const bool isSwimlane = command == QLatin1String("swimlane");
    const QString query = (isTrace || isSwimlane) && !arguments.isEmpty() ? arguments.takeFirst() : QString();
    if (arguments.isEmpty() || !commands.contains(command)) {
        printLine(stderr, Cli::Text::tr("Unknown command or missing files: %1").arg(command));
        printLine(stderr, Cli::Text::tr("Run maillane-cli --help for usage."));
        return UsageError;
    }
    if (command == QLatin1String("count"))
        return countLines(arguments);
    if (isSwimlane && !parser.isSet(svgOption) && !parser.isSet(pngOption)) {
        printLine(stderr, Cli::Text::tr("swimlane needs --svg FILE or --png FILE."));
        return UsageError;
    }

    LogParser::Options options;
    if (parser.isSet(familyOption)) {
        Family family = Family::Unknown;
        if (!familyFromKey(QLatin1StringView(parser.value(familyOption).toLatin1()), &family)) {
            printLine(stderr, Cli::Text::tr("Unknown family: %1").arg(parser.value(familyOption)));
            return UsageError;
        }
        options.family = family;
    }
    if (parser.isSet(zoneOption)) {
        options.zone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!options.zone.isValid()) {
            printLine(stderr, Cli::Text::tr("Unknown time zone: %1").arg(parser.value(zoneOption)));
            return UsageError;
        }
    }
    if (parser.isSet(yearOption)) {
        bool ok = false;
        options.year = parser.value(yearOption).toInt(&ok);
        if (!ok || options.year < 1970 || options.year > 9999) {
            printLine(stderr, Cli::Text::tr("Not a year: %1").arg(parser.value(yearOption)));
            return UsageError;
        }
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printLine(stderr, Cli::Text::tr("Unknown format: %1 (use csv or json)").arg(format));
        return UsageError;
    }

    LogCollection logs;
    const LogCollection::LoadReport report = logs.load(arguments, options);
    if (command == QLatin1String("stats"))
        printStats(logs, parser.isSet(jsonOption));
    else if (isTrace)
        CliTrace::printTrace(logs, query, parser.isSet(jsonOption));
    else if (isSwimlane) {
        const int status = CliSwimlane::write(logs, query, parser.value(svgOption), parser.value(pngOption));
        return status != Success ? status : reportErrors(report);
    }
    else if (command == QLatin1String("messages"))
        CliTrace::printMessages(logs, format == QLatin1String("json"));
    else
        printEvents(logs, format == QLatin1String("json") ? EventExport::Format::Json : EventExport::Format::Csv);
    return reportErrors(report);
}
