#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class Workspace;
class WorkspaceLoader;

// Follow mode, like `tail -F`: every few seconds each open log file is checked, and what changed is read again
// through the loader (so rows, sorting, filters and traces update on workers, as when opening):
// - the file grew: it is read again and replaces its log (events keep their places; new lines come after);
// - logrotate renamed it and made a new file (create): the old file, still open, is read to its end first, then
//   the new file is opened as another log;
// - it was truncated in place (copytruncate): its log is read again from the copy beside it (which has the lines
//   written since the last check too; without a copy it keeps what was read), and the file's new start is opened
//   as another log;
// - a file renamed onto a followed path that is already open (maillog.1 -> maillog.2, maillog -> maillog.1) or a
//   copy of an open one is not opened twice.
// Nothing is read twice and nothing is dropped: a file that grew is held in memory from then on rather than
// mapped, so a truncation cannot take lines already shown. Compressed files, previews and bundled samples are not
// followed. The time between checks grows with the work a change caused (reading, parsing, the graph), so that
// a big file written without pause keeps the cores busy a fifth of the time at most.
class LogFollower final : public QObject
{
    Q_OBJECT

public:
    LogFollower(Workspace* workspace, WorkspaceLoader* loader, QObject* parent = nullptr);

    // On: checks at once, then every interval. Off: nothing more is read.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    // The shortest time between checks (default 2 s).
    void setInterval(int milliseconds);
    // The time until the next check: the shortest, or four times as long as the last change took to load.
    int interval() const { return m_timer.interval(); }

    // One round of checks; does nothing while the loader is busy (its work is checked on the next round).
    void poll();

signals:
    // A followed file was rotated (renamed away or truncated) and its new content is read as another log.
    void rotated(const QString& path);

private:
    // Whether the file at path is one the workspace has: a log's own file, or a copy of one.
    bool isAlreadyOpen(const QString& path) const;
    void onLoaderIdle();

    Workspace* m_workspace;
    WorkspaceLoader* m_loader;
    QTimer m_timer;
    int m_shortestInterval = 2000;
    QElapsedTimer m_loading; // from a check that asked the loader for work until it is idle
};
