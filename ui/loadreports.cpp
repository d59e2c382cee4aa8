#include "loadreports.h"

#include "nonmodalwarning.h"
#include "sourcesmodel.h"
#include "workspace/workspaceloader.h"

#include <QMainWindow>
#include <QStatusBar>

namespace {
constexpr int StatusMessageMs = 6000;
} // namespace

LoadReports::LoadReports(WorkspaceLoader* loader, SourcesModel* sources, QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    connect(loader, &WorkspaceLoader::fileFailed, this, [this, sources](const QString& path, const QString& error) {
        sources->addFailure(path, error);
        m_errors.append(error);
    });
    connect(loader, &WorkspaceLoader::filesSkipped, this, [this](const QStringList& paths) { m_skipped += paths; });
    connect(loader, &WorkspaceLoader::loadMayNotFit, this, [this](const QString& warning) {
        NonModalWarning::show(m_window, tr("These logs may not fit in memory"), warning);
    });
    const auto setCorrelationFailed = [this](bool failed) {
        if (std::exchange(m_correlationFailed, failed) != failed)
            emit correlationFailedChanged();
    };
    connect(loader, &WorkspaceLoader::graphFailed, this, [this, setCorrelationFailed](const QString& error) {
        setCorrelationFailed(true);
        NonModalWarning::show(m_window, tr("Messages cannot be traced"), error);
    });
    connect(loader, &WorkspaceLoader::graphReady, this, [setCorrelationFailed] { setCorrelationFailed(false); });
    connect(loader, &WorkspaceLoader::workspaceReset, this, [setCorrelationFailed] { setCorrelationFailed(false); });
}

void LoadReports::showCollected()
{
    if (!m_errors.isEmpty()) {
        emit loadFailed(m_errors);
        NonModalWarning::show(m_window, tr("Some logs could not be opened"),
            tr("%Ln file(s) could not be opened; the others are loaded.", nullptr, int(m_errors.size())), m_errors.join(u'\n'));
        m_errors.clear();
    }
    if (!m_skipped.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("%Ln file(s) in the folders were not mail logs and were skipped.", nullptr, int(m_skipped.size())), StatusMessageMs);
        m_skipped.clear();
    }
}
