#include "logfollower.h"

#include "workspace.h"
#include "workspaceloader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The copy logrotate's copytruncate made of a file before truncating it: a file beside it ("maillog.1",
// "maillog-20261205") that holds all that was read of it, and the lines written since. Empty if none.
QString copyOf(const LogFile& file, const QString& path)
{
    const QFileInfo info(path);
    const QFileInfoList candidates = info.dir().entryInfoList({ info.fileName() + u"?*"_s }, QDir::Files, QDir::Time);
    for (const QFileInfo& candidate : candidates) {
        if (file.isHeldIn(candidate.filePath()))
            return candidate.filePath();
    }
    return {};
}

} // namespace

LogFollower::LogFollower(Workspace* workspace, WorkspaceLoader* loader, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_loader(loader)
{
    m_timer.setInterval(m_shortestInterval);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::poll);
    connect(m_loader, &WorkspaceLoader::idle, this, &LogFollower::onLoaderIdle);
}

void LogFollower::setInterval(int milliseconds)
{
    m_shortestInterval = milliseconds;
    m_timer.setInterval(milliseconds);
}

void LogFollower::onLoaderIdle()
{
    if (!m_loading.isValid())
        return;
    const qint64 took = m_loading.elapsed();
    m_loading.invalidate();
    const qint64 longest = std::max(m_shortestInterval, 60000);
    m_timer.setInterval(int(std::clamp<qint64>(4 * took, m_shortestInterval, longest)));
}

void LogFollower::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    if (!enabled) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    poll();
}

bool LogFollower::isAlreadyOpen(const QString& path) const
{
    const LogCollection& logs = m_workspace->logs();
    for (std::size_t n = 0; n < logs.size(); ++n) {
        const LogFile& file = logs.log(n).file();
        if (file.canFollow() && (file.isAt(path) || (file.byteSize() > 0 && file.isHeldIn(path))))
            return true;
    }
    return false;
}

void LogFollower::poll()
{
    if (!isEnabled() || m_loader->isBusy())
        return;
    const LogCollection& logs = m_workspace->logs();
    // A path's newest log is the one followed: older ones are earlier generations of a rotated file.
    QHash<QString, std::size_t> newest;
    for (std::size_t n = 0; n < logs.size(); ++n)
        newest.insert(logs.log(n).info().path, n);
    for (std::size_t n = 0; n < logs.size(); ++n) { // in log order, so that new logs come in a known order
        const QString path = logs.log(n).info().path;
        const LogFile& file = logs.log(n).file();
        if (newest.value(path) != n || !file.canFollow())
            continue;
        const LogParser::Options options = m_workspace->optionsOf(n);
        const qint64 size = file.currentSize();
        // Truncated in place (copytruncate): the log takes the copy's lines (its own and those written since it
        // was last read), and the file's new start is another log.
        if (size < file.byteSize() || !file.stillHoldsWhatWasRead()) {
            const QString copy = copyOf(file, path);
            if (!copy.isEmpty())
                m_loader->replaceWith(n, copy);
            emit rotated(path);
            m_loader->open({ path }, options);
            continue;
        }
        if (size > file.byteSize())
            m_loader->refresh(n);
        // Renamed away and created again: the old file is read to its end (above), then the new one, unless the
        // file now at path is one already open (rotations rename older generations along: maillog.1 -> .2).
        if (QFileInfo::exists(path) && !file.isAt(path) && !isAlreadyOpen(path)) {
            emit rotated(path);
            m_loader->open({ path }, options);
        }
    }
    if (m_loader->isBusy())
        m_loading.start();
}
