#pragma once

#include "navigationhistory.h"
#include "sessionstate.h"
#include "workspace/workspace.h"

#include <QMainWindow>
#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

class EventDetailModel;
class EventTableModel;
class FilterBar;
class LanguageManager;
class LoadProgress;
class LogFollower;
class LogTableView;
class MainActions;
class MessageTableModel;
class RawView;
class RecentFiles;
class SourcesModel;
class LoadReports;
class SourcesPanel;
class SwimlaneView;
class TracePanel;
class WorkspaceLoader;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
}

// The operator's workplace: every event of the open logs in one filterable, sortable table (and the
// messages in another); selecting anything selects its whole trace, shown hop by hop in the Trace panel
// and highlighted in the tables; the raw lines and every field of the selected event below. Logs load in
// the background; Back/Forward walk the selection history like a browser.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Saved: the window as the user left it (geometry, panels, columns, Follow Files, recent files: QSettings).
    // Defaults: as on a first start, and nothing is saved or recorded (screenshots that any machine reproduces).
    enum class Settings { Saved, Defaults };
    // The size on a first start (the README's screenshots).
    static constexpr QSize DefaultSize { 1400, 860 };

    explicit MainWindow(LanguageManager* languages, Settings settings = Settings::Saved, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList& paths);
    void openSampleLogs();
    // Opens the logs of the last session (SessionState) and, once they are loaded, selects its line again.
    // False when there is nothing to reopen or File > Reopen Last Logs on Start is off.
    bool reopenLastSession();
    void closeAll();
    void reload();
    bool isLoading() const;

    // Selects an event: table row, raw view, details, and its trace. recordHistory: a step Back can undo.
    void selectEvent(EventRef event, bool recordHistory = true);
    // Opens the trace of the messages an identifier or address names (Find by ID); false if none does.
    bool findById(const QString& query);
    // For --select: the trace of an identifier, else the first event whose text contains it.
    bool selectByQuery(const QString& query);
    void goBack();
    void goForward();
    void goToNextHop();
    void goToPreviousHop();

    const Workspace& workspace() const { return m_workspace; }
    EventRef currentEvent() const { return m_currentEvent; }
    std::uint32_t focusMessage() const { return m_focusMessage; }
    EventTableModel* eventModel() const { return m_eventModel; }
    LogTableView* eventView() const { return m_eventView; }
    MessageTableModel* messageModel() const { return m_messageModel; }
    LogTableView* messageView() const { return m_messageView; }
    LogTableView* detailView() const { return m_detailView; }
    SourcesPanel* sourcesPanel() const { return m_sourcesPanel; }
    QTabWidget* tables() const { return m_tables; }
    FilterBar* filterBar() const { return m_filterBar; }
    LogFollower* follower() const { return m_follower; }
    TracePanel* tracePanel() const { return m_tracePanel; }
    RawView* rawView() const { return m_rawView; }
    SwimlaneView* swimlaneView() const { return m_swimlaneView; }
    EventDetailModel* detailModel() const { return m_detailModel; }
    SourcesModel* sourcesModel() const { return m_sourcesModel; }
    QLineEdit* findBox() const { return m_findBox; }
    MainActions* actions() const { return m_actions; }
    QLabel* statusLabel() const { return m_statusLabel; }

signals:
    // Files of the last request could not be opened: one message each, naming the file and the reason (also
    // shown in a non-modal message box).
    void loadFailed(const QStringList& errors);
    // Everything requested is loaded and correlated (or failed); errors, if any, are on screen.
    void loadingFinished();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QDockWidget* addPanel(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area);
    void connectActions();
    void connectLoader();
    void retranslateUi();
    void setUpPanels();
    void saveSettings() const;
    void restoreSettings();
    void applyDefaultLayout();
    void showOpenDialog();
    void showOpenFolderDialog();
    void showAbout();
    void exportDiagram();
    void applyFilter();
    void updateStatus();
    void updateLanguageChecks();
    void updateNavigationActions();
    void onWorkspaceChanged();
    void onEventRowsChanged();
    void onGraphReady();
    void onLoaderIdle();
    void onEventRowChanged();
    void onMessageRowChanged();
    void showEventDetails(EventRef event);
    void showTraceOf(EventRef event);
    void showTrace(const std::vector<std::uint32_t>& messages, std::uint32_t focus);
    bool isInShownTrace(const std::vector<std::uint32_t>& messages) const;
    void clearTrace();
    void selectMessage(std::uint32_t message);
    void selectFirstRow();
    // Shows the trace of the messages query names and selects the first; how many it names.
    std::size_t openTraceOf(const QString& query);
    void stepThroughTrace(int direction);

    LanguageManager* m_languages;
    Settings m_settings;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository; // one for the whole window: loading is costly
    Workspace m_workspace;
    WorkspaceLoader* m_loader;
    LogFollower* m_follower;
    MainActions* m_actions;
    RecentFiles* m_recent;
    FilterBar* m_filterBar;
    QTabWidget* m_tables;
    EventTableModel* m_eventModel;
    LogTableView* m_eventView;
    MessageTableModel* m_messageModel;
    LogTableView* m_messageView;
    TracePanel* m_tracePanel;
    RawView* m_rawView;
    SwimlaneView* m_swimlaneView;
    EventDetailModel* m_detailModel;
    LogTableView* m_detailView;
    SourcesModel* m_sourcesModel;
    SourcesPanel* m_sourcesPanel;
    LoadReports* m_loadReports; // what a load could not do, told to the user
    QList<QDockWidget*> m_docks;
    QLineEdit* m_findBox;
    QLabel* m_statusLabel;
    LoadProgress* m_loadProgress;

    NavigationHistory m_history;
    EventRef m_currentEvent;
    std::vector<std::uint32_t> m_path; // messages of the shown trace, in path order
    std::uint32_t m_focusMessage = NoIndex;
    bool m_selecting = false; // selectEvent is moving the table's current row
    // The selection is the first row, chosen for the operator rather than by them: until they choose, it follows
    // the first row as logs come in (a file read later may hold earlier lines).
    bool m_onFirstRow = false;
    // Follow mode: where the event table was when followed files changed, kept while their rows come in
    // (at the bottom: it stays at the bottom, showing the new lines).
    struct ViewPosition
    {
        int value = 0;
        bool atBottom = false;
    };
    std::optional<ViewPosition> m_followedPosition;
    // The reopened session whose line is selected once its logs are loaded.
    std::optional<SessionState> m_reopening;
};
