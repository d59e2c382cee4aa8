#pragma once

#include "parsing/logparser.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <memory>
#include <tuple>

class Workspace;

// Fills a Workspace without blocking the UI thread: folders are walked, files parsed (several at once) and the
// trace graph built on worker threads; the Workspace itself is only changed here, on the UI thread. Work is
// done one request at a time (open, reload, reparse); requests made meanwhile wait in a queue. The graph is
// built when no file is left to parse, and no log is added while it is built because it reads the workspace.
// Results arrive through the event queue, so open(), reload() and reparse() return before any of their
// signals (only a request with nothing to do, and clear() when idle, finish at once).
// The workspace must outlive the loader, and only the loader changes it (use clear() to close everything).
// The destructor cancels and waits for the workers (a graph build, which cannot be interrupted, is waited for).
class WorkspaceLoader final : public QObject
{
    Q_OBJECT

public:
    struct FileProgress
    {
        QString path;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
    };

    explicit WorkspaceLoader(Workspace* workspace, QObject* parent = nullptr);
    ~WorkspaceLoader() override;

    // Expands folders, parses the files in parallel and adds each parsed log in the order given, as soon as
    // it and those before it are ready. A file that fails is reported and the rest load; files found in
    // folders that are not mail logs are skipped (reported). Then builds the trace graph.
    void open(const QStringList& paths, const LogParser::Options& options = {});
    // Clears the workspace and reads every open file again from disk, each with its own options.
    void reload();
    // Parses log `log` again with other overrides (Sources panel); the log keeps its place.
    void reparse(std::size_t log, const LogParser::Options& options);
    // Follow mode: reads log `log`'s file again as it is now (LogFile::readAgain: the file it was read from, even if
    // since renamed) and parses it in its place with its options.
    void refresh(std::size_t log);
    // Follow mode, after a copytruncate: parses `path`, the copy that holds all of log `log`'s lines and those
    // written before the truncation, in the log's place with its options.
    void replaceWith(std::size_t log, const QString& path);
    // Stops parsing now and drops queued requests; logs already added stay (and get their graph). Busy until
    // the workers have stopped, then idle().
    void cancel();
    // Cancels, then empties the workspace as soon as no worker reads it (at once when idle): the way to close
    // every log, since the workspace must not change under a graph build.
    void clear();

    // A file bigger than twice this shows a preview first: the rows of its first bytes, replaced by the whole
    // file once it is parsed, so rows appear at once whatever the size. 0: no previews.
    void setPreviewBytes(qint64 bytes) { m_previewBytes = bytes; }

    bool isBusy() const { return m_phase != Phase::Idle; }
    // Of the current (or last) batch of files, in bytes on disk, for a progress bar.
    qint64 bytesDone() const;
    qint64 bytesTotal() const;
    // The files being parsed now.
    QList<FileProgress> activeFiles() const;

signals:
    // Logs added at the end. The first file of a request may first come as a preview of its head
    // (log.file().isHead()), which a workspaceReset then replaces with the whole file (or removes).
    void logsAdded(std::size_t firstLog, std::size_t count);
    void workspaceReset(); // reload, reparse or clear changed logs already in the workspace
    void progressChanged(); // at most ten times a second
    void fileFailed(const QString& path, const QString& error);
    void filesSkipped(const QStringList& paths);
    void graphReady(); // the workspace's graph is set
    void graphFailed(const QString& error); // correlation ran out of memory: the logs are there, without a graph
    void loadMayNotFit(const QString& warning); // before reading files that look larger than the memory left
    void idle(); // nothing left to do (done or cancelled)

private:
    struct Request
    {
        enum class Kind { Open, Reload, Reparse, Clear };
        Kind kind = Kind::Open;
        QStringList paths; // Open: what to open; Reparse: the file log `log` was when asked
        LogParser::Options options;
        std::size_t log = 0;
        bool readAgain = false; // Reparse: a refresh
        QString replacement; // Reparse: the file to read instead (replaceWith)
    };
    struct Expansion;
    struct Batch;
    enum class Phase { Idle, Dispatching, Expanding, Parsing, BuildingGraph };

    Request reparseRequest(std::size_t log, const LogParser::Options& options) const;
    void enqueue(Request request);
    void startNext();
    bool startReload();
    bool startReparse(const Request& request);
    void onExpanded(const Expansion& expansion, const LogParser::Options& options);
    void startBatch(std::shared_ptr<Batch> batch);
    void onPreviewReady(const std::shared_ptr<Batch>& batch);
    void onFileFinished(const std::shared_ptr<Batch>& batch);
    void deliverAndFinish(const std::shared_ptr<Batch>& batch);
    void deliverFinishedFiles(const std::shared_ptr<Batch>& batch);
    void prepareTimeline(const std::shared_ptr<Batch>& batch);
    void finishBatch(Batch& batch);
    void startGraph();
    void publishProgress();

    Workspace* m_workspace;
    QThreadPool m_pool; // every worker of this loader runs here, so the destructor can wait for them
    std::deque<Request> m_queue;
    Phase m_phase = Phase::Idle;
    bool m_expansionCancelled = false;
    std::shared_ptr<Batch> m_batch; // the current or last batch of files
    QTimer m_progressTimer;
    qint64 m_previewBytes = 1024 * 1024;
    std::tuple<qint64, qint64, qsizetype> m_publishedProgress { -1, -1, -1 };
};
