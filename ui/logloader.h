#pragma once

#include "logfile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

// Opens log files on worker threads (several files in parallel) so the window never waits. Results arrive
// in the order the files were given; a file that fails does not stop the others.
class LogLoader final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString path;
        std::shared_ptr<const LogFile> file; // null when opening failed
        QString error;
    };

    explicit LogLoader(QObject* parent = nullptr);
    ~LogLoader() override;

    void load(const QStringList& paths);
    void cancel();
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    void fileLoaded(std::shared_ptr<const LogFile> file);
    void fileFailed(const QString& path, const QString& error);
    void progress(int filesDone, int filesTotal);
    void finished();

private:
    void deliverReadyResults();

    QFutureWatcher<Result> m_watcher;
    QStringList m_pending; // requested while a load was running
    int m_delivered = 0;
    int m_total = 0;
};
