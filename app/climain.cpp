// maillane-cli: the headless tool (no widgets), for scripts and servers without a display.
#include "cli.h"
#include "clioptions.h"
#include "cliswimlane.h"
#include "clitrace.h"
#include "export/eventexport.h"
#include "languagemanager.h"
#include "logfile.h"
#include "outofmemory.h"
#include "parsing/logsources.h"
#include "model/logcollection.h"
#include "processmemory.h"
#include "qtmessages.h"

#include "maillane/version.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>

#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

namespace {

using namespace Cli;

using CliOptions::Output;

// tr()'s %Ln takes an int: a count past its range (no log is that long) shows as its largest value.
int pluralCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

// "12 lines, 11 events, 1 unparsed", in the plural form each count needs.
QString countsText(qint64 lines, qint64 events, qint64 unparsed)
{
    return Cli::Text::tr("%1, %2, %3", "lines, events, unparsed")
        .arg(Cli::Text::tr("%Ln line(s)", nullptr, pluralCount(lines)),
            Cli::Text::tr("%Ln event(s)", nullptr, pluralCount(events)),
            Cli::Text::tr("%Ln unparsed", "lines", pluralCount(unparsed)));
}

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
    printLine(stdout, Cli::Text::tr("%Ln line(s) in total", nullptr, pluralCount(totalLines)));
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
            appendJsonString(&out, QByteArrayView(info.encodingKey()));
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
            Cli::Text::tr("%1: %2, %3, %4", "path: family, encoding, counts")
                .arg(info.path, info.familyAndSubLog(), info.encodingKey(),
                    countsText(info.lines, info.events, info.unparsed)));
        if (!info.note.isEmpty())
            printLine(stdout, QStringLiteral("  ") + info.note);
    }
    printLine(stdout,
        Cli::Text::tr("Total: %1").arg(countsText(logs.totalLines(), logs.totalEvents(), logs.totalUnparsed())));
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        printLine(stdout, QStringLiteral("  %1\t%2").arg(it.key()).arg(it.value()));
    return Success;
}

// `maillane-cli events [--json] FILE|DIR...`
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

// The command's output from the loaded logs; its exit code.
int runOnLogs(const CliOptions::Request& request, const LogCollection& logs)
{
    const bool json = request.output == Output::Json;
    if (request.command == u"stats")
        return printStats(logs, json);
    if (request.command == u"trace")
        return CliTrace::printTrace(logs, request.query, json);
    if (request.command == u"swimlane")
        return CliSwimlane::write(logs, request.query, request.svgPath, request.pngPath);
    if (request.command == u"messages")
        return CliTrace::printMessages(logs, json);
    printEvents(logs, json ? EventExport::Format::Json : EventExport::Format::Csv);
    return Success;
}

int run(const CliOptions::Request& request)
{
    if (request.command == u"count")
        return countLines(request.inputs);
    const LogSources::Expanded sources = LogSources::expand(request.inputs);
    qint64 peak = 0;
    for (const QString& path : sources.files)
        peak += OutOfMemory::estimatedPeak(path, QFileInfo(path).size());
    if (const QString warning = OutOfMemory::estimateWarning(peak); !warning.isEmpty())
        printLine(stderr, warning);
    LogCollection logs;
    const LogCollection::LoadReport report = logs.load(sources, request.parsing);
    if (logs.size() == 0) { // an empty result would look like quiet logs
        if (reportErrors(report) == Success) // else the errors said why
            printLine(stderr, Cli::Text::tr("No mail logs found in: %1").arg(request.inputs.join(QStringLiteral(", "))));
        return InputError;
    }
    // Correlating is the load's other big step: when it does not fit, say so instead of ending with std::bad_alloc.
    int status = Success;
    QString error;
    if (!OutOfMemory::guard([&] { status = runOnLogs(request, logs); }, &error,
            [&] { return OutOfMemory::correlating(logs.totalLines()); })) {
        std::fflush(stdout);
        printLine(stderr, error);
        status = InputError;
    }
    const int loadStatus = reportErrors(report);
    return status != Success ? status : loadStatus;
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
    returnBigBlocksWhenFreed(); // before any thread allocates
    QtMessages::installFilter();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Maillane"));
    QCoreApplication::setApplicationName(QStringLiteral("maillane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLANE_VERSION_STRING));
    LanguageManager languages;
    languages.applyPreference();
    if (QString error; !languages.useLanguageArgument(QCoreApplication::arguments(), &error)) {
        printLine(stderr, error);
        return UsageError;
    }
    const std::variant<CliOptions::Request, int> parsed = CliOptions::parse();
    if (const int* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    return run(std::get<CliOptions::Request>(parsed));
}
