// maillane-bench: the performance benchmark (issue 8). Never run by tests for timings.
//   maillane-bench generate postfix|ironport|sunms MB OUT  writes a deterministic log of about MB megabytes
//                                                     (OUT "-": to standard output)
//   maillane-bench generate epost MB FOLDER           writes an E-Post work folder of about MB megabytes in
//                                                     all: daily files <sub-log>/MAILSV01/YYMMDD.log, JST
//   maillane-bench measure [--zone Z] FILE|FOLDER...  loads, correlates and queries the files, printing
//                                                     wall times, throughput, peak anonymous memory and
//                                                     the interactive operations the window performs;
//                                                     --zone: of timestamps without one (E-Post: Asia/Tokyo)
//   maillane-bench load [--zone Z] FILE|FOLDER...     the load alone (for profilers)
//   maillane-bench follow FILE                        follow mode on a copy of FILE: the time from appending
//                                                     lines until rows and traces are updated
#include "epostgenerator.h"
#include "loggenerator.h"
#include "parsing/logsources.h"
#include "processmemory.h"
#include "swimlane/swimlanebuilder.h"
#include "trace/tracebuilder.h"
#include "trace/tracer.h"
#include "workspace/eventfilter.h"
#include "workspace/logfollower.h"
#include "workspace/workspace.h"
#include "workspace/workspaceloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include <sys/resource.h>

namespace {

// Samples RssAnon every 5 ms on its own thread; peak() is the highest seen.
class MemoryWatch
{
public:
    MemoryWatch()
        : m_thread([this] {
            while (!m_stop.load()) {
                m_peak.store(std::max(m_peak.load(), anonymousResidentBytes()));
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        })
    {
    }
    ~MemoryWatch()
    {
        m_stop.store(true);
        m_thread.join();
    }
    qint64 peak() const { return std::max(m_peak.load(), anonymousResidentBytes()); }

private:
    std::atomic<qint64> m_peak { 0 };
    std::atomic_bool m_stop { false };
    std::thread m_thread;
};

constexpr const char* GenerateUsage = "usage: maillane-bench generate postfix|ironport|sunms MB OUT | generate epost MB FOLDER\n";

// E-Post keeps a work folder of daily files, not one stream.
int generateEPost(const QString& folder, qint64 megabytes)
{
    if (folder == u"-") {
        std::fprintf(stderr, "epost writes a folder of daily files, not a stream: give a folder instead of -\n");
        return 1;
    }
    QString error;
    if (!EPostGenerator().write(folder, megabytes * 1024 * 1024, &error)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}

int generate(const QStringList& arguments)
{
    if (arguments.size() != 3) {
        std::fprintf(stderr, "%s", GenerateUsage);
        return 1;
    }
    Family family = Family::Unknown;
    if (!familyFromKey(QLatin1StringView(arguments[0].toLatin1()), &family)
        || !(LogGenerator::supports(family) || family == Family::EPost)) {
        std::fprintf(stderr, "no generator for %s: postfix, ironport, sunms or epost\n", qPrintable(arguments[0]));
        return 1;
    }
    if (family == Family::EPost)
        return generateEPost(arguments[2], arguments[1].toLongLong());
    QFile out(arguments[2]);
    const bool opened = arguments[2] == u"-" ? out.open(stdout, QIODevice::WriteOnly) // into a pipe (scripts/bench splits it)
                                             : out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(arguments[2]), qPrintable(out.errorString()));
        return 2;
    }
    LogGenerator generator(family);
    if (!generator.write(&out, arguments[1].toLongLong() * 1024 * 1024)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(arguments[2]), qPrintable(out.errorString()));
        return 2;
    }
    return 0;
}

// CPU time and fresh pages of the process so far. Page faults show the memory first touched, which costs
// as much as parsing on virtual machines that back guest memory lazily.
struct CpuCost
{
    double userS = 0, systemS = 0;
    long pageFaults = 0;

    static CpuCost now()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
        return { seconds(usage.ru_utime), seconds(usage.ru_stime), usage.ru_minflt + usage.ru_majflt };
    }
    CpuCost operator-(const CpuCost& o) const { return { userS - o.userS, systemS - o.systemS, pageFaults - o.pageFaults }; }
};

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The load again, one step at a time, to show where its time goes.
void measureSteps(const QStringList& paths, const LogParser::Options& parsing)
{
    LogCollection logs;
    QElapsedTimer timer;
    double openMs = 0, parseMs = 0;
    for (const QString& path : paths) {
        QString error;
        timer.start();
        std::shared_ptr<const LogFile> file = LogFile::open(path, &error);
        openMs += msSince(timer);
        if (!file)
            continue;
        timer.restart();
        std::unique_ptr<ParsedLog> log = LogParser::parse(file, logs.strings(), parsing);
        parseMs += msSince(timer);
        if (log)
            logs.add(std::move(log));
    }
    std::printf("step open+index  %.0f ms\n", openMs);
    std::printf("step parse       %.0f ms\n", parseMs);
    timer.restart();
    EventTimeline timeline;
    timeline.rebuild(logs);
    std::printf("step timeline    %.0f ms\n", msSince(timer));
    TraceBuilder::Options options;
    timer.restart();
    options.stepDone = [&timer](const char* step) {
        std::printf("step graph: %-12s %.0f ms\n", step, msSince(timer));
        timer.restart();
    };
    TraceBuilder::build(logs, options);
}

// What this machine allows at all, on every core: finding the files' lines (mapped and split at each newline,
// as the load begins) and first touching 64 bytes a line of fresh memory (the memory target). Together they are
// a floor under the load before any parsing or correlating.
void measureLimits(const QStringList& paths, qint64 lines)
{
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const auto onEveryCore = [threads](const auto& work) {
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(work, t);
        for (std::thread& worker : workers)
            worker.join();
    };
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> found { 0 };
    for (const QString& path : paths) {
        QFile file(path);
        const qint64 size = file.size();
        const uchar* data = file.open(QIODevice::ReadOnly) && size > 0 ? file.map(0, size) : nullptr;
        if (!data)
            continue;
        onEveryCore([&](int t) {
            const char* at = reinterpret_cast<const char*>(data) + size * t / threads;
            const char* const end = reinterpret_cast<const char*>(data) + size * (t + 1) / threads;
            qint64 newlines = 0;
            while ((at = static_cast<const char*>(std::memchr(at, '\n', std::size_t(end - at)))) != nullptr) {
                ++newlines;
                ++at;
            }
            found += newlines;
        });
    }
    std::printf("limit: lines     %.0f ms  (%lld newlines found with memchr on %d threads)\n", msSince(timer), found.load(), threads);
    const std::size_t bytes = std::size_t(std::max<qint64>(1, lines)) * 64;
    const std::unique_ptr<char[]> fresh(new char[bytes]); // not zeroed: the threads touch it first
    timer.restart();
    onEveryCore([&](int t) { std::memset(fresh.get() + bytes * std::size_t(t) / std::size_t(threads), 1, bytes / std::size_t(threads)); });
    std::printf("limit: memory    %.0f ms  (64 bytes a line of fresh memory first written on %d threads)\n", msSince(timer), threads);
}

// Loads the files as the window does and reports the load; with queries, then times what the window does with
// them and the load's steps.
int measure(const QStringList& inputs, const LogParser::Options& options, bool withQueries)
{
    // A folder (rotated files) stands for the files in it, as the window opens it.
    const QStringList paths = LogSources::expand(inputs).files;
    qint64 bytes = 0;
    for (const QString& path : paths)
        bytes += QFileInfo(path).size();
    MemoryWatch memory;
    const qint64 baseline = anonymousResidentBytes();

    // As the window loads: the loader parses on workers, adds each file, then builds the graph.
    Workspace workspace;
    WorkspaceLoader loader(&workspace);
    QElapsedTimer timer;
    double firstRowsMs = -1;
    double parsedMs = 0;
    QEventLoop loop;
    // The first rows may come from a preview of the first file's head; a reset then brings the whole file.
    const auto rowsChanged = [&] {
        if (firstRowsMs < 0)
            firstRowsMs = msSince(timer);
        parsedMs = msSince(timer);
    };
    QObject::connect(&loader, &WorkspaceLoader::logsAdded, &loop, rowsChanged);
    QObject::connect(&loader, &WorkspaceLoader::workspaceReset, &loop, rowsChanged);
    QObject::connect(&loader, &WorkspaceLoader::idle, &loop, &QEventLoop::quit);
    // The window's UI thread runs this loop: the longest it went without turning is how long the window froze.
    QTimer tick;
    tick.setInterval(5);
    QElapsedTimer sinceTick;
    double worstStallMs = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        worstStallMs = std::max(worstStallMs, msSince(sinceTick));
        sinceTick.restart();
    });
    const CpuCost before = CpuCost::now();
    timer.start();
    sinceTick.start();
    tick.start();
    loader.open(paths, options);
    loop.exec();
    const double readyMs = msSince(timer);
    const CpuCost load = CpuCost::now() - before;
    const qint64 peak = memory.peak() - baseline;
    const qint64 lines = workspace.logs().totalLines();
    const qint64 events = workspace.logs().totalEvents();
    const MailGraph* graph = workspace.graph();
    if (!graph) {
        std::fprintf(stderr, "no graph: nothing was loaded\n");
        return 2;
    }

    std::printf("input            %.1f MB, %lld lines, %lld events, %lld unparsed, %zu messages\n", double(bytes) / 1e6, lines, events,
        workspace.logs().totalUnparsed(), graph->messages.size());
    std::printf("first rows       %.0f ms\n", firstRowsMs);
    std::printf("parsed + indexed %.0f ms\n", parsedMs);
    std::printf("traces ready     %.0f ms  (%.0f MB/s, %.2f M events/s)\n", readyMs, double(bytes) / 1e3 / readyMs,
        double(events) / 1e3 / readyMs);
    std::printf("ui thread        longest stall %.0f ms during the load\n", worstStallMs);
    std::printf("peak RssAnon     %.1f MiB  (%.1f bytes/line)\n", double(peak) / 1048576.0, double(peak) / double(std::max<qint64>(1, lines)));
    std::printf("load cpu         user %.1f s, system %.1f s, %ld page faults (%.0f MiB first touched)\n", load.userS, load.systemS,
        load.pageFaults, double(load.pageFaults) * 4096.0 / 1048576.0);
    // What the loaded workspace holds, part by part, in bytes per line.
    std::size_t eventBytes = 0, fileBytes = 0;
    for (std::size_t n = 0; n < workspace.logs().size(); ++n) {
        eventBytes += workspace.logs().log(n).memoryUsed();
        fileBytes += workspace.logs().log(n).file().memoryUsed();
    }
    // Every structure counted whole (capacities, the pool's arena blocks, pages and hash cells), so that the parts add
    // up to what the workspace holds; the text alone of the strings is shown beside.
    const auto perLine = [lines](std::size_t bytes) { return double(bytes) / double(std::max<qint64>(1, lines)); };
    const std::size_t stringBytes = workspace.strings()->memoryUsed();
    const std::size_t timelineBytes = workspace.timeline().memoryUsed();
    const std::size_t graphBytes = graph->memoryUsed();
    std::printf("held per line    %.1f bytes: events %.1f, line index %.1f, strings %.1f (text %.1f), timeline %.1f, graph %.1f\n",
        perLine(eventBytes + fileBytes + stringBytes + timelineBytes + graphBytes), perLine(eventBytes), perLine(fileBytes),
        perLine(stringBytes), perLine(workspace.strings()->bytesUsed()), perLine(timelineBytes), perLine(graphBytes));
    std::printf("held RssAnon     %.1f bytes/line after the load\n", perLine(std::size_t(std::max<qint64>(0, anonymousResidentBytes() - baseline))));

    if (!withQueries)
        return 0;

    const LogCollection& logs = workspace.logs();
    const EventTimeline& timeline = workspace.timeline();
    for (const char* query : { "status:bounced", "rcpt12", "\"queued as\"" }) {
        EventFilter filter;
        filter.query = FilterQuery::parse(QString::fromUtf8(query));
        timer.restart();
        const std::vector<std::uint32_t> rows = filterEventRows(logs, timeline, filter);
        const double ms = msSince(timer);
        std::printf("filter %-16s %.0f ms  (%zu rows, %.0f MB/s)\n", query, ms, rows.size(), double(bytes) / 1e3 / ms);
    }
    std::vector<std::uint32_t> all(timeline.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = std::uint32_t(i);
    for (const EventColumn column : { EventColumn::Time, EventColumn::Status, EventColumn::Host, EventColumn::Text }) {
        std::vector<std::uint32_t> rows = all;
        timer.restart();
        sortEventRows(logs, timeline, rows, column, Qt::DescendingOrder);
        std::printf("sort %-18s %.0f ms\n", qPrintable(eventColumnLabel(column)), msSince(timer));
    }

    const std::size_t queries = std::min<std::size_t>(1000, graph->messages.size());
    double worstTrace = 0, totalTrace = 0, worstSwimlane = 0;
    for (std::size_t q = 0; q < queries; ++q) {
        const Message& message = graph->messages[q * graph->messages.size() / queries];
        if (!message.id)
            continue;
        timer.restart();
        const std::vector<std::uint32_t> path = Tracer::trace(*graph, *logs.strings(), logs.strings()->view(message.id));
        const double ms = msSince(timer);
        worstTrace = std::max(worstTrace, ms);
        totalTrace += ms;
        timer.restart();
        const Swimlane swimlane = SwimlaneBuilder::build(*graph, logs, path);
        worstSwimlane = std::max(worstSwimlane, msSince(timer));
    }
    std::printf("trace lookup     mean %.3f ms, worst %.3f ms (%zu queries)\n", totalTrace / double(std::max<std::size_t>(1, queries)), worstTrace, queries);
    std::printf("swimlane build   worst %.3f ms\n", worstSwimlane);
    measureSteps(paths, options);
    measureLimits(paths, lines);
    return 0;
}

// Follow mode on a copy of the file (in a folder beside it): appends its last 1000 lines three times and times
// each check, from the append until the workspace has the lines and its graph again.
int follow(const QString& path)
{
    QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/follow-XXXXXX"));
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    if (!dir.isValid() || !QFile::copy(path, copy)) {
        std::fprintf(stderr, "cannot copy %s next to it\n", qPrintable(path));
        return 2;
    }
    Workspace workspace;
    WorkspaceLoader loader(&workspace);
    LogFollower follower(&workspace, &loader);
    QEventLoop loop;
    QObject::connect(&loader, &WorkspaceLoader::idle, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    loader.open({ copy });
    loop.exec();
    std::printf("opened           %.0f ms, %lld lines\n", msSince(timer), workspace.logs().totalLines());
    follower.setEnabled(true);
    const LogFile& file = workspace.logs().log(0).file();
    QByteArray tail;
    for (qsizetype line = std::max<qsizetype>(0, file.lineCount() - 1000); line < file.lineCount(); ++line)
        tail += file.line(line).toByteArray() + '\n';
    for (int round = 1; round <= 3; ++round) {
        QFile out(copy);
        if (!out.open(QIODevice::Append) || out.write(tail) != tail.size())
            return 2;
        out.close();
        timer.restart();
        follower.poll();
        loop.exec();
        std::printf("check %d          %.0f ms to read, parse and correlate again (%lld lines); next check in %.1f s\n", round,
            msSince(timer), workspace.logs().totalLines(), follower.interval() / 1000.0);
    }
    return 0;
}

// "--zone Z" at the head of the arguments (taken from them): the zone of timestamps without one, as
// maillane-cli --zone. False when Z is no zone.
bool takeZone(QStringList* arguments, LogParser::Options* options)
{
    if (arguments->size() < 2 || arguments->first() != u"--zone")
        return true;
    arguments->removeFirst();
    options->zone = QTimeZone(arguments->takeFirst().toUtf8());
    if (!options->zone.isValid()) {
        std::fprintf(stderr, "unknown time zone\n");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    returnBigBlocksWhenFreed(); // before any thread allocates
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == u"generate")
        return generate(arguments);
    LogParser::Options options;
    if ((command == u"measure" || command == u"load") && !takeZone(&arguments, &options))
        return 1;
    if (command == u"measure" && !arguments.isEmpty())
        return measure(arguments, options, true);
    if (command == u"load" && !arguments.isEmpty())
        return measure(arguments, options, false);
    if (command == u"follow" && arguments.size() == 1)
        return follow(arguments.first());
    std::fprintf(stderr, "usage: maillane-bench generate postfix|ironport|sunms MB OUT | generate epost MB FOLDER\n"
                         "       | measure [--zone Z] FILE|FOLDER... | load [--zone Z] FILE|FOLDER... | follow FILE\n");
    return 1;
}
