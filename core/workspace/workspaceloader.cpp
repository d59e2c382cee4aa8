#include "workspaceloader.h"

#include "logfile.h"
#include "parsing/logsources.h"
#include "outofmemory.h"
#include "processmemory.h"
#include "trace/tracebuilder.h"
#include "workspace.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QScopeGuard>

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace {

// Each file's chunks are parsed in parallel already; a second file at a time overlaps the single-threaded
// steps of the first (reading and indexing, merging, applying the zone).
constexpr int ParallelFiles = 2;
constexpr int ProgressIntervalMs = 100;

// Runs work on the pool, then done(result) on context's thread through its event queue: never at once, so
// that open(), reparse() ... return before any of their signals, even when the work was quick.
// Work of a higher priority starts before the work queued earlier.
template <typename Work, typename Done>
void runThenQueue(QThreadPool& pool, QObject* context, Work work, Done done, int priority = 0)
{
    pool.start(
        [context, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        },
        priority);
}

// The timeline a merge replaced is freed on a worker: giving hundreds of MB back to the system (10 GiB of logs)
// takes it tens of milliseconds, a stall the window would show.
void releaseOnWorker(QThreadPool& pool, Workspace::PreparedTimeline used)
{
    if (used.from)
        pool.start([used = std::move(used)]() mutable { used = {}; });
}

void raiseTo(std::atomic<qint64>& value, qint64 candidate)
{
    qint64 seen = value.load(std::memory_order_relaxed);
    while (candidate > seen && !value.compare_exchange_weak(seen, candidate, std::memory_order_relaxed)) { }
}

} // namespace

// What the user opened, walked on a worker: folder walks can be slow (network shares, big /var/log trees).
struct WorkspaceLoader::Expansion
{
    struct File
    {
        QString path;
        bool fromFolder = false;
        qint64 size = 0;
    };
    QList<File> files;
    QList<std::pair<QString, QString>> failures; // (path, message)

    static Expansion of(const QStringList& paths)
    {
        Expansion result;
        for (const QString& path : paths) {
            // one path at a time, so that each error message is known to belong to its path
            const LogSources::Expanded expanded = LogSources::expand({ path });
            for (const QString& error : expanded.errors)
                result.failures.append({ path, error });
            for (const QString& file : expanded.files)
                result.files.append({ file, expanded.fromFolders.contains(file), QFileInfo(file).size() });
        }
        return result;
    }
};

// The files of one request. Workers fill a File's results and then set its state to Finished (release); the
// UI thread reads them only after seeing Finished (acquire), in the order of the files.
struct WorkspaceLoader::Batch
{
    struct File
    {
        enum State { Waiting, Active, Finished };

        QString path;
        std::shared_ptr<const LogFile> file; // a reparse parses the file already read
        bool readAgain = false; // a refresh: reads that file again first (LogFile::readAgain)
        LogParser::Options options;
        bool fromFolder = false;
        qint64 total = 0; // bytes on disk: what the progress bar counts
        std::atomic<qint64> done { 0 };
        std::atomic<int> state { Waiting };
        // results
        std::shared_ptr<const ParsedLog> log; // null when failed, skipped or cancelled
        QString error;
        bool skipped = false;
    };

    std::vector<std::unique_ptr<File>> files;
    std::shared_ptr<StringPool> strings;
    std::optional<std::size_t> replacing; // a reparse: the log the result takes the place of
    std::atomic_bool cancel { false };
    qint64 total = 0;
    std::shared_ptr<const ParsedLog> preview; // the head of the first file, parsed on a worker
    Workspace::PreparedTimeline previewTimeline; // the timeline with it, merged there too
    // UI thread only
    bool previewShown = false; // the preview is the workspace's last log until the first file is delivered
    bool merging = false; // a worker merges the next files' events into the timeline; nothing is delivered meanwhile
    // The timeline with the files [delivered, preparedEnd) added, merged on a worker before they are delivered.
    Workspace::PreparedTimeline prepared;
    std::size_t preparedEnd = 0;
    std::size_t finished = 0;
    std::size_t delivered = 0;
    bool completed = false;
    QStringList skipped;

    File& add(const QString& path, const LogParser::Options& options, qint64 size)
    {
        auto file = std::make_unique<File>();
        file->path = path;
        file->options = options;
        file->total = size;
        total += size;
        files.push_back(std::move(file));
        return *files.back();
    }

    // On a worker: parses the head of the first file.
    bool parsePreview(qint64 headBytes, std::shared_ptr<const WorkspaceSnapshot> workspace)
    {
        const File& job = *files.front();
        QString error;
        std::shared_ptr<const LogFile> head = cancel.load() ? nullptr : LogFile::openHead(job.path, headBytes, &error);
        if (!head || !LogSources::shouldLoad(*head, job.fromFolder, job.options.family.has_value()))
            return false;
        LogParser::Options options = job.options;
        options.cancel = &cancel;
        preview = LogParser::parse(std::move(head), strings, options);
        if (preview)
            previewTimeline = Workspace::prepareTimeline(std::move(workspace), preview);
        return preview != nullptr;
    }

    // On a worker.
    void parse(File& job)
    {
        const auto finish = [&job](bool complete) {
            if (complete)
                job.done.store(job.total, std::memory_order_relaxed);
            job.state.store(File::Finished, std::memory_order_release);
        };
        if (cancel.load())
            return finish(false);
        job.state.store(File::Active, std::memory_order_relaxed);
        const auto read = [&] {
            std::shared_ptr<const LogFile> file = std::exchange(job.file, nullptr);
            if (file && job.readAgain)
                file = file->readAgain(&job.error);
            else if (!file)
                file = LogFile::open(job.path, &job.error);
            if (!file)
                return;
            if (!LogSources::shouldLoad(*file, job.fromFolder, job.options.family.has_value())) {
                job.skipped = true;
                return;
            }
            // Progress comes in bytes of the (inflated) file; the bar counts bytes on disk.
            const double scale = file->byteSize() > 0 ? double(job.total) / double(file->byteSize()) : 0.0;
            LogParser::Options options = job.options;
            options.cancel = &cancel;
            options.progress = [&job, scale](qint64 bytes) { raiseTo(job.done, qint64(double(bytes) * scale)); };
            job.log = LogParser::parseChecked(std::move(file), strings, options, &job.error);
        };
        // A file that does not fit fails like an unreadable one: the logs already loaded stay.
        OutOfMemory::guard(read, &job.error, [&] { return OutOfMemory::readingFile(job.path, job.total); });
        finish(job.log != nullptr || job.skipped || !job.error.isEmpty());
    }
};

WorkspaceLoader::WorkspaceLoader(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_pool.setMaxThreadCount(ParallelFiles);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &WorkspaceLoader::publishProgress);
}

WorkspaceLoader::~WorkspaceLoader()
{
    m_queue.clear();
    if (m_batch)
        m_batch->cancel = true;
    // Workers read the batch, the workspace's string pool and (a graph build) the workspace: wait for them.
    // Their queued results die with this object.
    m_pool.waitForDone();
    // A preview would stay in the workspace as if it were the whole file.
    if (m_batch && m_batch->previewShown)
        m_workspace->removeLastLog();
}

void WorkspaceLoader::open(const QStringList& paths, const LogParser::Options& options)
{
    if (paths.isEmpty())
        return;
    Request request;
    request.paths = paths;
    request.options = options;
    enqueue(request);
}

void WorkspaceLoader::reload()
{
    Request request;
    request.kind = Request::Kind::Reload;
    enqueue(request);
}

void WorkspaceLoader::reparse(std::size_t log, const LogParser::Options& options)
{
    if (log < m_workspace->logs().size())
        enqueue(reparseRequest(log, options));
}

void WorkspaceLoader::refresh(std::size_t log)
{
    if (log >= m_workspace->logs().size())
        return;
    Request request = reparseRequest(log, m_workspace->optionsOf(log));
    request.readAgain = true;
    enqueue(request);
}

void WorkspaceLoader::replaceWith(std::size_t log, const QString& path)
{
    if (log >= m_workspace->logs().size())
        return;
    Request request = reparseRequest(log, m_workspace->optionsOf(log));
    request.replacement = path;
    enqueue(request);
}

WorkspaceLoader::Request WorkspaceLoader::reparseRequest(std::size_t log, const LogParser::Options& options) const
{
    // The path guards against the log list changing before the request runs (a reload dropping a file).
    Request request;
    request.kind = Request::Kind::Reparse;
    request.paths = QStringList { m_workspace->logs().log(log).info().path };
    request.options = options;
    request.log = log;
    return request;
}

void WorkspaceLoader::cancel()
{
    m_queue.clear();
    if (m_phase == Phase::Expanding)
        m_expansionCancelled = true;
    else if (m_phase == Phase::Parsing && m_batch)
        m_batch->cancel = true;
    // a graph build cannot be interrupted; its graph matches the logs and is kept
}

void WorkspaceLoader::clear()
{
    cancel();
    Request request;
    request.kind = Request::Kind::Clear;
    enqueue(request);
}

qint64 WorkspaceLoader::bytesDone() const
{
    if (!m_batch)
        return 0;
    qint64 done = 0;
    for (const auto& file : m_batch->files)
        done += file->done.load(std::memory_order_relaxed);
    return done;
}

qint64 WorkspaceLoader::bytesTotal() const
{
    return m_batch ? m_batch->total : 0;
}

QList<WorkspaceLoader::FileProgress> WorkspaceLoader::activeFiles() const
{
    QList<FileProgress> active;
    if (!m_batch)
        return active;
    for (const auto& file : m_batch->files) {
        if (file->state.load(std::memory_order_relaxed) == Batch::File::Active)
            active.append({ file->path, file->done.load(std::memory_order_relaxed), file->total });
    }
    return active;
}

void WorkspaceLoader::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    if (m_phase == Phase::Idle)
        startNext();
}

// Runs the next request that has work, else builds the graph if the logs have none, else goes idle. Signals
// emitted here may queue or cancel requests (the phase is not Idle meanwhile, so they only queue).
void WorkspaceLoader::startNext()
{
    m_phase = Phase::Dispatching;
    while (!m_queue.empty()) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        switch (request.kind) {
        case Request::Kind::Open:
            m_phase = Phase::Expanding;
            m_expansionCancelled = false;
            runThenQueue(
                m_pool, this, [paths = request.paths] { return Expansion::of(paths); },
                [this, options = request.options](Expansion expansion) { onExpanded(expansion, options); });
            return;
        case Request::Kind::Reload:
            if (startReload())
                return;
            break;
        case Request::Kind::Reparse:
            if (startReparse(request))
                return;
            break;
        case Request::Kind::Clear:
            m_workspace->clear();
            emit workspaceReset();
            break;
        }
    }
    if (m_workspace->logs().size() > 0 && !m_workspace->graph()) {
        startGraph();
        return;
    }
    m_phase = Phase::Idle;
    m_progressTimer.start(); // publishes the final state, then stops
    emit idle();
}

bool WorkspaceLoader::startReload()
{
    const LogCollection& logs = m_workspace->logs();
    if (logs.size() == 0)
        return false;
    auto batch = std::make_shared<Batch>();
    for (std::size_t n = 0; n < logs.size(); ++n) {
        const QString path = logs.log(n).info().path;
        batch->add(path, m_workspace->optionsOf(n), QFileInfo(path).size());
    }
    m_workspace->clear();
    startBatch(batch);
    emit workspaceReset(); // after the batch started, so that a cancel() from a slot reaches it
    return true;
}

bool WorkspaceLoader::startReparse(const Request& request)
{
    const LogCollection& logs = m_workspace->logs();
    if (request.log >= logs.size() || logs.log(request.log).info().path != request.paths.value(0))
        return false;
    const ParsedLog& log = logs.log(request.log);
    auto batch = std::make_shared<Batch>();
    batch->replacing = request.log;
    if (!request.replacement.isEmpty()) {
        batch->add(request.replacement, request.options, QFileInfo(request.replacement).size());
    } else {
        Batch::File& file = batch->add(log.info().path, request.options, log.file().byteSize());
        file.file = log.fileHandle();
        file.readAgain = request.readAgain;
    }
    startBatch(batch);
    return true;
}

void WorkspaceLoader::onExpanded(const Expansion& expansion, const LogParser::Options& options)
{
    for (const auto& [path, error] : expansion.failures)
        emit fileFailed(path, error);
    if (std::exchange(m_expansionCancelled, false)) {
        startNext();
        return;
    }
    auto batch = std::make_shared<Batch>();
    qint64 peak = 0;
    for (const Expansion::File& file : expansion.files) {
        batch->add(file.path, options, file.size).fromFolder = file.fromFolder;
        peak += OutOfMemory::estimatedPeak(file.path, file.size);
    }
    if (const QString warning = OutOfMemory::estimateWarning(peak); !warning.isEmpty())
        emit loadMayNotFit(warning);
    startBatch(batch);
}

void WorkspaceLoader::startBatch(std::shared_ptr<Batch> batch)
{
    batch->strings = m_workspace->strings();
    m_batch = batch;
    m_phase = Phase::Parsing;
    m_progressTimer.start();
    if (batch->files.empty()) {
        finishBatch(*batch);
        return;
    }
    // Queued first, so that it runs while the whole file is read.
    if (!batch->replacing && m_previewBytes > 0 && batch->files.front()->total > 2 * m_previewBytes) {
        runThenQueue(
            m_pool, this,
            [batch, bytes = m_previewBytes, workspace = m_workspace->snapshot()] {
                return batch->parsePreview(bytes, workspace);
            },
            [this, batch](bool) { onPreviewReady(batch); });
    }
    for (std::size_t n = 0; n < batch->files.size(); ++n) {
        runThenQueue(
            m_pool, this,
            [batch, n] {
                batch->parse(*batch->files[n]);
                return true;
            },
            [this, batch](bool) { onFileFinished(batch); });
    }
}

void WorkspaceLoader::onPreviewReady(const std::shared_ptr<Batch>& batch)
{
    // Too late once the whole file is in (or the request was cancelled or replaced).
    if (batch != m_batch || batch->completed || batch->delivered > 0 || batch->merging || batch->cancel.load()
        || !batch->preview)
        return;
    const Batch::File& first = *batch->files.front();
    m_workspace->addLog(std::move(batch->preview), first.options, batch->previewTimeline);
    batch->previewTimeline = {};
    batch->previewShown = true;
    emit logsAdded(m_workspace->logs().size() - 1, 1);
}

void WorkspaceLoader::onFileFinished(const std::shared_ptr<Batch>& batch)
{
    if (batch != m_batch || batch->completed)
        return;
    ++batch->finished;
    deliverAndFinish(batch);
}

void WorkspaceLoader::deliverAndFinish(const std::shared_ptr<Batch>& batch)
{
    deliverFinishedFiles(batch);
    // A slot may have run a nested event loop that delivered the rest and completed the batch meanwhile.
    if (batch->finished == batch->files.size() && batch->delivered == batch->files.size() && !batch->completed)
        finishBatch(*batch);
}

// Merges the events of the next files into the timeline on a worker, then goes on delivering: all the files
// read by then (a folder of small daily files is merged in few passes, not copied whole once per file), or the
// one file that takes a preview's or a reparsed log's place.
void WorkspaceLoader::prepareTimeline(const std::shared_ptr<Batch>& batch)
{
    batch->merging = true;
    const std::size_t first = batch->delivered;
    std::optional<std::size_t> replacing = batch->replacing;
    if (batch->previewShown)
        replacing = m_workspace->logs().size() - 1;
    std::vector<std::shared_ptr<const ParsedLog>> logs { batch->files[first]->log };
    std::size_t end = first + 1;
    for (; !replacing && end < batch->files.size(); ++end) {
        const Batch::File& next = *batch->files[end];
        if (next.state.load(std::memory_order_acquire) != Batch::File::Finished || !next.log)
            break;
        logs.push_back(next.log);
    }
    // Before the parses still queued: the files already read wait for it.
    constexpr int BeforeParsing = 1;
    runThenQueue(
        m_pool, this,
        [from = m_workspace->snapshot(), logs = std::move(logs), replacing] {
            return replacing ? Workspace::prepareTimeline(from, logs.front(), replacing) : Workspace::prepareTimeline(from, logs);
        },
        [this, batch, end](Workspace::PreparedTimeline prepared) {
            if (batch != m_batch || batch->completed)
                return;
            batch->merging = false;
            batch->prepared = std::move(prepared);
            batch->preparedEnd = end;
            deliverAndFinish(batch);
        },
        BeforeParsing);
}

// Adds the parsed logs that are ready, in the order of the files: a file waits for those before it.
void WorkspaceLoader::deliverFinishedFiles(const std::shared_ptr<Batch>& batchHandle)
{
    Batch& batch = *batchHandle;
    std::size_t first = 0;
    std::size_t count = 0;
    const auto flush = [&] {
        if (count > 0)
            emit logsAdded(first, std::exchange(count, 0));
    };
    while (batch.delivered < batch.files.size()) {
        Batch::File& file = *batch.files[batch.delivered];
        if (batch.merging || file.state.load(std::memory_order_acquire) != Batch::File::Finished)
            break;
        if (file.log && batch.delivered >= batch.preparedEnd && !batch.cancel.load()) {
            flush();
            prepareTimeline(batchHandle);
            return;
        }
        // Taken out of the batch, which outlives the load: the old timeline it holds is freed once replaced.
        Workspace::PreparedTimeline prepared = std::exchange(batch.prepared, {});
        const auto release = qScopeGuard([&] { releaseOnWorker(m_pool, std::move(prepared)); });
        if (batch.delivered + 1 < batch.preparedEnd && !batch.cancel.load()) {
            // files merged together are added together (each has its log: that is how they were picked)
            std::vector<Workspace::NewLog> logs;
            for (; batch.delivered < batch.preparedEnd; ++batch.delivered) {
                Batch::File& added = *batch.files[batch.delivered];
                logs.push_back({ std::move(added.log), added.options });
            }
            if (count == 0)
                first = m_workspace->logs().size();
            count += logs.size();
            m_workspace->addLogs(std::move(logs), prepared);
            continue;
        }
        ++batch.delivered;
        if (std::exchange(batch.previewShown, false)) {
            // The whole file takes its preview's place (its timeline merged on a worker); if it has none to give,
            // the preview just goes.
            if (file.log && !batch.cancel.load())
                m_workspace->replaceLog(m_workspace->logs().size() - 1, std::move(file.log), file.options, prepared);
            else
                m_workspace->removeLastLog();
            emit workspaceReset();
            // what is left (a cancel, a failure, a skip) is handled below as for any file
        }
        if (batch.cancel.load()) {
            file.log.reset(); // cancelled: nothing more is added, even if it was parsed in time
            continue;
        }
        if (file.log && batch.replacing) {
            flush();
            m_workspace->replaceLog(*batch.replacing, std::move(file.log), file.options, prepared);
            emit workspaceReset();
        } else if (file.log) {
            if (count == 0)
                first = m_workspace->logs().size();
            m_workspace->addLog(std::move(file.log), file.options, prepared);
            ++count;
        } else if (file.skipped) {
            if (!LogSources::looksLikeDocument(file.path)) // a README beside the logs is expected, not news
                batch.skipped.append(file.path);
        } else if (!file.error.isEmpty()) {
            flush();
            emit fileFailed(file.path, file.error);
        }
    }
    flush();
}

void WorkspaceLoader::finishBatch(Batch& batch)
{
    batch.completed = true;
    if (!batch.skipped.isEmpty())
        emit filesSkipped(batch.skipped);
    startNext();
}

void WorkspaceLoader::startGraph()
{
    m_phase = Phase::BuildingGraph;
    runThenQueue(
        m_pool, this,
        [snapshot = m_workspace->snapshot()] {
            // When correlation does not fit, the events stay without a graph (no traces), and the window says why.
            std::shared_ptr<const MailGraph> graph;
            QString error;
            OutOfMemory::guard([&] { graph = std::make_shared<MailGraph>(TraceBuilder::build(snapshot->logs)); }, &error,
                [&] { return OutOfMemory::correlating(snapshot->logs.totalLines()); });
            releaseFreedMemory(); // the build's temporaries (and the parsers' chunks before it) leave no resident scratch
            return std::pair { graph, error };
        },
        [this](std::pair<std::shared_ptr<const MailGraph>, QString> built) {
            if (built.first) {
                m_workspace->setGraph(std::move(built.first));
                emit graphReady();
            } else {
                emit graphFailed(built.second);
            }
            startNext();
        });
}

void WorkspaceLoader::publishProgress()
{
    qsizetype active = 0;
    if (m_batch) {
        for (const auto& file : m_batch->files)
            active += file->state.load(std::memory_order_relaxed) == Batch::File::Active ? 1 : 0;
    }
    const std::tuple<qint64, qint64, qsizetype> now { bytesDone(), bytesTotal(), active };
    if (now != m_publishedProgress) {
        m_publishedProgress = now;
        emit progressChanged();
    } else if (!isBusy()) {
        m_progressTimer.stop();
    }
}
