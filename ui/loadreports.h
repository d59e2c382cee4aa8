#pragma once

#include <QObject>
#include <QStringList>

class QMainWindow;
class SourcesModel;
class WorkspaceLoader;

// What a load could not do, told to the user: files that could not be opened (in Sources at once, and in one
// non-modal warning when the load is over), files in folders that are not mail logs (the status bar), logs that
// may not fit in memory, and a correlation that ran out of memory (a warning; the status bar says why there are
// no messages until the next load).
class LoadReports : public QObject
{
    Q_OBJECT

public:
    LoadReports(WorkspaceLoader* loader, SourcesModel* sources, QMainWindow* window);

    // The last correlation ran out of memory: the logs have no graph.
    bool correlationFailed() const { return m_correlationFailed; }
    // Once the loader is idle: shows what the load collected.
    void showCollected();

signals:
    void loadFailed(const QStringList& errors);
    void correlationFailedChanged();

private:
    QMainWindow* m_window;
    QStringList m_errors;
    QStringList m_skipped;
    bool m_correlationFailed = false;
};
