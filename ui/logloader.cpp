#include "logloader.h"

#include <QtConcurrent/QtConcurrentMap>

namespace {

LogLoader::Result openLog(const QString& path)
{
    LogLoader::Result result { path, nullptr, {} };
    result.file = LogFile::open(path, &result.error);
    return result;
}

} // namespace

LogLoader::LogLoader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &LogLoader::deliverReadyResults);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_pending.isEmpty()) {
            load(std::exchange(m_pending, {}));
            return;
        }
        emit finished();
    });
}

LogLoader::~LogLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void LogLoader::load(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (isLoading()) {
        m_pending += paths;
        return;
    }
    m_delivered = 0;
    m_total = int(paths.size());
    m_watcher.setFuture(QtConcurrent::mapped(paths, openLog));
}

void LogLoader::cancel()
{
    m_pending.clear();
    m_watcher.cancel();
}

void LogLoader::deliverReadyResults()
{
    // mapped() may report results out of order; hand them on in the order they were asked for.
    const QFuture<Result> future = m_watcher.future();
    while (m_delivered < m_total && future.isResultReadyAt(m_delivered)) {
        const Result result = future.resultAt(m_delivered++);
        if (result.file)
            emit fileLoaded(result.file);
        else
            emit fileFailed(result.path, result.error);
    }
}
