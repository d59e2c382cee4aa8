#include "mainwindow.h"

#include "aboutdialog.h"
#include "cellhighlight.h"
#include "defaultcolumns.h"
#include "eventdetailmodel.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "languagemanager.h"
#include "loadprogress.h"
#include "loadreports.h"
#include "logtableview.h"
#include "mainactions.h"
#include "maillogsyntax.h"
#include "messagetablemodel.h"
#include "nonmodalwarning.h"
#include "rawview.h"
#include "recentfiles.h"
#include "samplelogs.h"
#include "savepath.h"
#include "sourcesmodel.h"
#include "sourcespanel.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlaneexport.h"
#include "swimlaneview.h"
#include "tableexport.h"
#include "tracepanel.h"
#include "tracetexts.h"
#include "trace/hops.h"
#include "trace/messagesummary.h"
#include "trace/tracer.h"
#include "workspace/logfollower.h"
#include "workspace/traceselection.h"
#include "workspace/workspaceloader.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto GeometryKey = u"mainwindow/geometry"_s;
const auto StateKey = u"mainwindow/state"_s;
const auto OpenDirKey = u"mainwindow/opendir"_s;
const auto FollowKey = u"mainwindow/follow"_s;
const auto ReopenSessionKey = u"session/reopen"_s;
constexpr int StateVersion = 3; // bump when docks or tool bars change
constexpr int StatusMessageMs = 6000;
// m_docks, in the order they are added
enum Dock { TraceDock, RawDock, DetailDock, SourcesDock };
} // namespace

MainWindow::MainWindow(LanguageManager* languages, Settings settings, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(settings)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_loader(new WorkspaceLoader(&m_workspace, this))
    , m_follower(new LogFollower(&m_workspace, m_loader, this))
    , m_actions(new MainActions(this))
    , m_recent(new RecentFiles(m_actions->recentMenu, this))
    , m_filterBar(new FilterBar(m_actions->problemsOnly, m_actions->traceOnly, this))
    , m_tables(new QTabWidget(this))
    , m_eventModel(new EventTableModel(this))
    , m_eventView(new LogTableView(u"mainwindow/eventheader"_s, EventTableModel::FilterFieldRole, this))
    , m_messageModel(new MessageTableModel(this))
    , m_messageView(new LogTableView(u"mainwindow/messageheader"_s, MessageTableModel::FilterFieldRole, this))
    , m_tracePanel(new TracePanel(this))
    , m_rawView(nullptr)
    , m_swimlaneView(new SwimlaneView(this))
    , m_detailModel(new EventDetailModel(this))
    , m_detailView(new LogTableView(u"mainwindow/detailheader"_s, -1, this))
    , m_sourcesModel(new SourcesModel(&m_workspace, m_loader, this))
    , m_sourcesPanel(new SourcesPanel(m_sourcesModel, this))
    , m_loadReports(new LoadReports(m_loader, m_sourcesModel, this))
    , m_findBox(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_loadProgress(new LoadProgress(m_loader, this))
{
    MailLogSyntax::registerWith(*m_repository);
    m_rawView = new RawView(m_repository.get(), this);

    m_eventModel->setWorkspace(&m_workspace);
    m_messageModel->setWorkspace(&m_workspace);
    m_eventView->setModel(m_eventModel);
    m_eventView->setRawTextOfRow([this](int row) {
        const EventRef event = m_eventModel->eventAt(row);
        return m_workspace.logs().log(event.log).text(event.index);
    });
    m_messageView->setModel(m_messageModel);
    m_detailView->setModel(m_detailModel);
    m_detailView->setSortingEnabled(false);
    DefaultColumns::setUpEvents(m_eventView);
    DefaultColumns::setUpMessages(m_messageView);
    DefaultColumns::setUpDetails(m_detailView);

    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tables);
    m_tables->addTab(m_eventView, QString());
    m_tables->addTab(m_messageView, QString());
    m_tables->addTab(m_swimlaneView, QString()); // a tab: the diagram needs the room of a table
    m_tables->setDocumentMode(true);
    setCentralWidget(centre);
    setUpPanels();

    m_findBox->setClearButtonEnabled(true);
    m_findBox->setMaximumWidth(320);
    m_actions->toolBar->addWidget(m_findBox);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_loadProgress);
    setAcceptDrops(true);

    connectActions();
    connectLoader();
    retranslateUi();
    updateLanguageChecks();
    updateNavigationActions();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The views read the workspace, a member, but QWidget deletes children only after members are gone:
    // stop the loader (it waits for its workers), then delete what reads the workspace while it still exists.
    delete m_follower; // it asks the loader for work
    delete m_loader;
    qDeleteAll(m_docks);
    delete takeCentralWidget();
}

// The trace on the right of the tables; below them the raw log, as wide as the tables (whole lines), with
// the Sources behind it, and the details under the trace.
void MainWindow::setUpPanels()
{
    addPanel(m_tracePanel, u"tracePanel"_s, Qt::RightDockWidgetArea);
    QDockWidget* raw = addPanel(m_rawView, u"rawPanel"_s, Qt::BottomDockWidgetArea);
    addPanel(m_detailView, u"detailPanel"_s, Qt::BottomDockWidgetArea);
    QDockWidget* sources = addPanel(m_sourcesPanel, u"sourcesPanel"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(raw, sources);
    raw->raise();
}

QDockWidget* MainWindow::addPanel(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_actions->panelsMenu->addAction(dock->toggleViewAction());
    m_docks.append(dock);
    return dock;
}

void MainWindow::connectActions()
{
    MainActions* a = m_actions;
    connect(a->open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a->openFolder, &QAction::triggered, this, &MainWindow::showOpenFolderDialog);
    connect(a->openSamples, &QAction::triggered, this, &MainWindow::openSampleLogs);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFiles);
    connect(a->reload, &QAction::triggered, this, &MainWindow::reload);
    connect(a->follow, &QAction::toggled, this, [this](bool on) {
        m_follower->setEnabled(on);
        updateStatus();
    });
    connect(m_follower, &LogFollower::rotated, this, [this](const QString& path) {
        statusBar()->showMessage(tr("%1 was rotated: its new lines are read as another log.").arg(path), StatusMessageMs);
    });
    connect(a->closeAll, &QAction::triggered, this, &MainWindow::closeAll);
    connect(a->exportEvents, &QAction::triggered, this, [this] { TableExport::exportEvents(this, *m_eventModel); });
    connect(a->exportMessages, &QAction::triggered, this, [this] { TableExport::exportMessages(this, *m_messageModel); });
    connect(a->exportDiagram, &QAction::triggered, this, &MainWindow::exportDiagram);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->find, &QAction::triggered, this, [this] {
        m_filterBar->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->lineEdit()->selectAll();
    });
    connect(a->findNext, &QAction::triggered, this, [this] { stepThroughTrace(+1); });
    connect(a->findPrevious, &QAction::triggered, this, [this] { stepThroughTrace(-1); });
    connect(a->findById, &QAction::triggered, this, [this] {
        m_findBox->setFocus(Qt::ShortcutFocusReason);
        m_findBox->selectAll();
    });
    connect(m_findBox, &QLineEdit::returnPressed, this, [this] { findById(m_findBox->text()); });

    connect(a->back, &QAction::triggered, this, &MainWindow::goBack);
    connect(a->forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(a->nextHop, &QAction::triggered, this, &MainWindow::goToNextHop);
    connect(a->previousHop, &QAction::triggered, this, &MainWindow::goToPreviousHop);

    connect(a->showEvents, &QAction::triggered, this, [this] { m_tables->setCurrentWidget(m_eventView); });
    connect(a->showMessages, &QAction::triggered, this, [this] { m_tables->setCurrentWidget(m_messageView); });
    connect(a->showSwimlane, &QAction::triggered, this, [this] { m_tables->setCurrentWidget(m_swimlaneView); });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(a->traceOnly, &QAction::toggled, m_eventModel, &EventTableModel::setTraceOnly);

    connect(a->systemLanguage, &QAction::triggered, this, [this] { m_languages->setPreference({}); });
    const QList<QAction*> languageActions = a->languages->actions();
    for (QAction* action : languageActions) {
        if (action != a->systemLanguage)
            connect(action, &QAction::triggered, this, [this, action] { m_languages->setPreference(action->data().toString()); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageChecks);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onEventRowChanged);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onMessageRowChanged);
    connect(m_tracePanel, &TracePanel::eventActivated, this, [this](EventRef event) { selectEvent(event); });
    connect(m_swimlaneView, &SwimlaneView::eventActivated, this, [this](EventRef event) { selectEvent(event); });
    connect(m_eventModel, &EventTableModel::rowsChanged, this, &MainWindow::onEventRowsChanged);
    connect(m_eventModel, &EventTableModel::updatingChanged, this, &MainWindow::updateStatus);
    connect(m_messageModel, &MessageTableModel::rowsChanged, this, &MainWindow::updateStatus);
    connect(m_messageModel, &MessageTableModel::updatingChanged, this, &MainWindow::updateStatus);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &WorkspaceLoader::logsAdded, this, &MainWindow::onWorkspaceChanged);
    connect(m_loader, &WorkspaceLoader::workspaceReset, this, &MainWindow::onWorkspaceChanged);
    connect(m_loader, &WorkspaceLoader::graphReady, this, &MainWindow::onGraphReady);
    connect(m_loader, &WorkspaceLoader::progressChanged, m_loadProgress, &LoadProgress::refresh);
    connect(m_loader, &WorkspaceLoader::progressChanged, m_sourcesModel, &SourcesModel::refresh);
    connect(m_loadReports, &LoadReports::loadFailed, this, &MainWindow::loadFailed);
    connect(m_loadReports, &LoadReports::correlationFailedChanged, this, &MainWindow::updateStatus);
    connect(m_loader, &WorkspaceLoader::idle, this, &MainWindow::onLoaderIdle);
    connect(m_loadProgress, &LoadProgress::cancelRequested, m_loader, &WorkspaceLoader::cancel);
    connect(m_sourcesModel, &SourcesModel::overrideRequested, m_loader, &WorkspaceLoader::reparse);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Maillane"));
    m_actions->retranslate();
    m_recent->retranslate();
    m_tables->setTabText(m_tables->indexOf(m_eventView), tr("Events"));
    m_tables->setTabText(m_tables->indexOf(m_messageView), tr("Messages"));
    m_tables->setTabText(m_tables->indexOf(m_swimlaneView), tr("Swimlane"));
    const QString titles[] = { tr("Trace"), tr("Raw Log"), tr("Details"), tr("Sources") }; // in Dock order
    for (qsizetype i = 0; i < m_docks.size(); ++i)
        m_docks[i]->setWindowTitle(titles[i]);
    m_findBox->setPlaceholderText(tr("Find by ID or address (Ctrl+L)"));
    m_findBox->setToolTip(tr("A queue ID, MID, ICID, DCID, B-number, Message-ID, envelope address or client IP: opens its trace"));
    m_eventView->retranslate();
    m_messageView->retranslate();
    m_detailView->retranslate();
    m_detailModel->retranslate();
    m_sourcesModel->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::saveSettings() const
{
    if (m_settings == Settings::Defaults)
        return;
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    settings.setValue(FollowKey, m_actions->follow->isChecked());
    settings.setValue(ReopenSessionKey, m_actions->reopenSession->isChecked());
    SessionState session = SessionState::of(m_workspace, m_currentEvent);
    session.messagesShown = m_tables->currentWidget() == m_messageView;
    session.save(&settings);
    m_eventView->saveState();
    m_messageView->saveState();
    m_detailView->saveState();
}

void MainWindow::restoreSettings()
{
    if (m_settings == Settings::Defaults) { // as on a first start
        resize(DefaultSize);
        applyDefaultLayout();
        m_actions->reopenSession->setChecked(true);
        return;
    }
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(DefaultSize);
    if (!restoreState(settings.value(StateKey).toByteArray(), StateVersion))
        applyDefaultLayout();
    m_eventView->restoreState();
    m_messageView->restoreState();
    m_detailView->restoreState();
    m_actions->follow->setChecked(settings.value(FollowKey, false).toBool());
    m_actions->reopenSession->setChecked(settings.value(ReopenSessionKey, true).toBool());
}

void MainWindow::applyDefaultLayout()
{
    // The trace and the details in a column wide enough for a hop's items and a time with its zone; the raw log
    // the rest of the width (well over 100 characters of a line) and three tenths of the height.
    const int side = width() * 3 / 8;
    resizeDocks({ m_docks[TraceDock] }, { side }, Qt::Horizontal);
    resizeDocks({ m_docks[RawDock], m_docks[DetailDock] }, { width() - side, side }, Qt::Horizontal);
    resizeDocks({ m_docks[RawDock] }, { height() * 3 / 10 }, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_settings == Settings::Saved)
        m_recent->add(paths);
    m_loader->open(paths);
    m_loadProgress->refresh();
}

void MainWindow::openSampleLogs()
{
    // The samples come from servers in Japan and most state no zone (resources/samples/README.md).
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    m_loader->open(SampleLogs::paths(), options);
    m_loadProgress->refresh();
}

bool MainWindow::reopenLastSession()
{
    if (!m_actions->reopenSession->isChecked())
        return false;
    QSettings settings;
    SessionState session = SessionState::load(&settings);
    if (session.isEmpty())
        return false;
    for (const auto& [paths, options] : session.openRequests())
        m_loader->open(paths, options);
    if (session.messagesShown)
        m_tables->setCurrentWidget(m_messageView);
    m_reopening = std::move(session);
    m_loadProgress->refresh();
    return true;
}

void MainWindow::closeAll()
{
    m_reopening.reset();
    m_history.clear();
    m_currentEvent = {};
    clearTrace();
    m_sourcesModel->clearFailures();
    m_loader->clear(); // the loader empties the workspace once no worker reads it
}

void MainWindow::reload()
{
    m_loader->reload();
    m_loadProgress->refresh();
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Logs"), settings.value(OpenDirKey).toString(),
        tr("Mail logs (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(OpenDirKey, QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::showOpenFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings.value(OpenDirKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(OpenDirKey, folder);
    openFiles({ folder });
}

void MainWindow::exportDiagram()
{
    const QString path = SavePath::ask(this, tr("Export Diagram"), u"swimlane.svg"_s,
        { { tr("SVG image (*.svg)"), u".svg"_s }, { tr("PNG image (*.png)"), u".png"_s } });
    if (path.isEmpty())
        return;
    const MailGraph* graph = m_workspace.graph();
    const QString title = graph && m_focusMessage != NoIndex ? TraceTexts(*graph, m_workspace.logs()).messageName(m_focusMessage) : QString();
    QString error;
    if (!SwimlaneExport::write(path, m_swimlaneView->swimlane(), title, &error))
        NonModalWarning::show(this, tr("Export failed"), error);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::onWorkspaceChanged()
{
    if (m_follower->isEnabled() && !m_followedPosition && m_eventModel->rowCount() > 0) {
        const QScrollBar* bar = m_eventView->verticalScrollBar();
        m_followedPosition = ViewPosition { bar->value(), bar->value() == bar->maximum() };
    }
    if (!m_workspace.contains(m_currentEvent))
        m_currentEvent = {};
    m_eventModel->refresh();
    m_messageModel->refresh();
    m_sourcesModel->refresh();
    const EventTimeline& timeline = m_workspace.timeline();
    if (const std::size_t timed = timeline.timedRows(m_workspace.logs()); timed > 0) {
        const auto timeOf = [this](EventRef event) { return m_workspace.logs().log(event.log).event(event.index).utcMs; };
        m_filterBar->setTimeBounds(timeOf(timeline.at(0)), timeOf(timeline.at(timed - 1)));
    }
    updateStatus();
}

void MainWindow::onEventRowsChanged()
{
    // New rows (loading, filter, sort, trace only): the selected line keeps its selection and stays in view.
    if (m_currentEvent.isValid() && !m_onFirstRow)
        selectEvent(m_currentEvent, false);
    else if (m_eventModel->rowCount() > 0)
        selectFirstRow();
    else
        showEventDetails({});
    if (m_followedPosition) { // lines of followed files came in: the view stays where the operator left it
        QScrollBar* bar = m_eventView->verticalScrollBar();
        bar->setValue(m_followedPosition->atBottom ? bar->maximum() : m_followedPosition->value);
        if (!m_loader->isBusy() && !m_eventModel->isUpdating())
            m_followedPosition.reset(); // the last rows of this change are in
    }
    updateStatus();
}

void MainWindow::onGraphReady()
{
    m_messageModel->refresh();
    m_path.clear(); // the old path indexes belonged to the old graph
    showTraceOf(m_currentEvent);
    updateStatus();
}

void MainWindow::onLoaderIdle()
{
    if (!m_eventModel->isUpdating())
        m_followedPosition.reset(); // no rows left to come in
    m_loadProgress->refresh();
    updateStatus();
    m_loadReports->showCollected();
    if (m_reopening) { // the session's logs are in (or cancelled): its line again, its trace once correlated
        const EventRef selected = m_reopening->selectedIn(m_workspace);
        m_reopening.reset();
        if (selected.isValid())
            selectEvent(selected);
    }
    emit loadingFinished();
}

void MainWindow::applyFilter()
{
    m_eventModel->setFilter({ m_filterBar->filter() });
    m_messageModel->setFilter({ m_filterBar->filter() });
    m_eventView->highlight()->setQuery(m_filterBar->query());
    m_messageView->highlight()->setQuery(m_filterBar->query());
}

void MainWindow::onEventRowChanged()
{
    if (m_selecting)
        return;
    const EventRef event = m_eventModel->eventAt(m_eventView->currentIndex().row());
    if (event.isValid())
        selectEvent(event);
}

void MainWindow::onMessageRowChanged()
{
    const std::uint32_t message = m_messageModel->messageAt(m_messageView->currentIndex().row());
    if (message != NoIndex && m_workspace.graph())
        selectMessage(message);
}

void MainWindow::selectMessage(std::uint32_t message)
{
    if (isInShownTrace({ message }))
        m_focusMessage = message;
    else
        showTrace({ message }, message);
    selectEvent(MessageSummary::firstEvent(*m_workspace.graph(), message));
}

void MainWindow::selectFirstRow()
{
    selectEvent(m_eventModel->eventAt(0), false);
    m_onFirstRow = true;
}

void MainWindow::selectEvent(EventRef event, bool recordHistory)
{
    if (!m_workspace.contains(event))
        return;
    m_onFirstRow = false;
    m_currentEvent = event;
    if (recordHistory)
        m_history.visit(event);
    showTraceOf(event); // first: with "only this trace" it changes the rows
    const int row = m_eventModel->rowOf(event);
    if (row >= 0) {
        m_selecting = true;
        const int column = qMax(0, m_eventView->currentIndex().column());
        const QModelIndex index = m_eventModel->index(row, column);
        m_eventView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_eventView->scrollTo(index);
        m_selecting = false;
    } else {
        statusBar()->showMessage(tr("The selected line is hidden by the filter."), StatusMessageMs);
    }
    showEventDetails(event);
    m_swimlaneView->setCurrentEvent(event);
    updateNavigationActions();
}

void MainWindow::showEventDetails(EventRef event)
{
    if (!event.isValid()) {
        m_rawView->clearContext();
        m_detailModel->clear();
        return;
    }
    const ParsedLog& log = m_workspace.logs().log(event.log);
    m_rawView->showContext(log, qsizetype(log.lineOf(event.index)), log.lineSpanOf(event.index));
    m_detailModel->setEvent(&m_workspace.logs(), event);
}

bool MainWindow::isInShownTrace(const std::vector<std::uint32_t>& messages) const
{
    return !m_path.empty() && std::all_of(messages.begin(), messages.end(), [this](std::uint32_t m) {
        return std::find(m_path.begin(), m_path.end(), m) != m_path.end();
    });
}

void MainWindow::showTraceOf(EventRef event)
{
    const MailGraph* graph = m_workspace.graph();
    const std::vector<std::uint32_t> messages = graph && event.isValid() ? TraceSelection::messagesOf(*graph, event) : std::vector<std::uint32_t>();
    if (messages.empty()) {
        clearTrace();
        return;
    }
    // A line of the trace already shown keeps it: walking a trace must not rebuild the panel under the user.
    if (isInShownTrace(messages)) {
        if (std::find(messages.begin(), messages.end(), m_focusMessage) == messages.end())
            m_focusMessage = messages.front();
        m_tracePanel->setFocusMessage(m_focusMessage);
        return;
    }
    showTrace(messages, messages.front());
}

void MainWindow::showTrace(const std::vector<std::uint32_t>& messages, std::uint32_t focus)
{
    const MailGraph& graph = *m_workspace.graph();
    m_path = Tracer::paths(graph, messages);
    m_focusMessage = focus;
    m_tracePanel->showTrace(&graph, &m_workspace.logs(), m_path, focus);
    m_eventModel->setTrace(TraceSelection::events(graph, m_path));
    m_messageModel->setTrace(m_path);
    m_swimlaneView->setSwimlane(SwimlaneBuilder::build(graph, m_workspace.logs(), m_path), m_workspace.snapshot());
    m_actions->exportDiagram->setEnabled(true);
}

void MainWindow::clearTrace()
{
    m_path.clear();
    m_focusMessage = NoIndex;
    m_tracePanel->clear();
    m_eventModel->setTrace({});
    m_messageModel->setTrace({});
    m_swimlaneView->clear();
    m_actions->exportDiagram->setEnabled(false);
}

bool MainWindow::findById(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (!m_workspace.graph()) {
        statusBar()->showMessage(m_loadReports->correlationFailed()
                ? tr("Messages cannot be traced: correlating them ran out of memory.")
                : tr("Messages are still being correlated; try again in a moment."),
            StatusMessageMs);
        return false;
    }
    const std::size_t matches = openTraceOf(trimmed);
    if (matches == 0)
        statusBar()->showMessage(tr("No message has the identifier or address \"%1\".").arg(trimmed), StatusMessageMs);
    else
        statusBar()->showMessage(tr("%Ln message(s) match.", nullptr, int(matches)), StatusMessageMs);
    return matches > 0;
}

std::size_t MainWindow::openTraceOf(const QString& query)
{
    const MailGraph* graph = m_workspace.graph();
    const std::vector<std::uint32_t> matches = graph ? graph->find(*m_workspace.strings(), query.toUtf8()) : std::vector<std::uint32_t>();
    if (matches.empty())
        return 0;
    showTrace(matches, matches.front());
    selectEvent(MessageSummary::firstEvent(*graph, matches.front()));
    return matches.size();
}

bool MainWindow::selectByQuery(const QString& query)
{
    if (openTraceOf(query.trimmed()) > 0)
        return true;
    const QStringView needle(query);
    for (int row = 0; row < m_eventModel->rowCount(); ++row) {
        const EventRef event = m_eventModel->eventAt(row);
        if (m_workspace.logs().log(event.log).text(event.index).contains(needle, Qt::CaseInsensitive)) {
            selectEvent(event);
            return true;
        }
    }
    return false;
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        selectEvent(m_history.back(), false);
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        selectEvent(m_history.forward(), false);
}

void MainWindow::goToNextHop()
{
    const MailGraph* graph = m_workspace.graph();
    const std::uint32_t next = graph && m_focusMessage != NoIndex ? nextHop(*graph, m_focusMessage) : NoIndex;
    if (next == NoIndex) {
        statusBar()->showMessage(tr("This message has no next hop in the loaded logs."), StatusMessageMs);
        return;
    }
    m_focusMessage = next; // the next hop is in the shown path: the trace stays, the focus moves
    selectEvent(MessageSummary::firstEvent(*graph, next));
}

void MainWindow::goToPreviousHop()
{
    const MailGraph* graph = m_workspace.graph();
    const std::uint32_t previous = graph && m_focusMessage != NoIndex ? previousHop(*graph, m_focusMessage) : NoIndex;
    if (previous == NoIndex) {
        statusBar()->showMessage(tr("This message has no previous hop in the loaded logs."), StatusMessageMs);
        return;
    }
    m_focusMessage = previous;
    selectEvent(MessageSummary::firstEvent(*graph, previous));
}

void MainWindow::stepThroughTrace(int direction)
{
    // F3 / Shift+F3 walk the lines of the selected trace in table order.
    const int rows = m_eventModel->rowCount();
    const int current = m_eventView->currentIndex().row();
    for (int row = current + direction; row >= 0 && row < rows; row += direction) {
        if (m_eventModel->inTrace(m_eventModel->eventAt(row))) {
            selectEvent(m_eventModel->eventAt(row));
            return;
        }
    }
    statusBar()->showMessage(direction > 0 ? tr("No later line of this trace.") : tr("No earlier line of this trace."), StatusMessageMs);
}

void MainWindow::updateNavigationActions()
{
    m_actions->back->setEnabled(m_history.canGoBack());
    m_actions->forward->setEnabled(m_history.canGoForward());
    const MailGraph* graph = m_workspace.graph();
    const bool traced = graph && m_focusMessage != NoIndex;
    m_actions->nextHop->setEnabled(traced && nextHop(*graph, m_focusMessage) != NoIndex);
    m_actions->previousHop->setEnabled(traced && previousHop(*graph, m_focusMessage) != NoIndex);
}

void MainWindow::updateStatus()
{
    const LogCollection& logs = m_workspace.logs();
    if (logs.size() == 0) {
        m_statusLabel->setText(tr("Open mail logs with File > Open Logs or drop them here."));
        return;
    }
    const QString events = tr("%1 of %Ln event(s) shown", nullptr, int(qMin<std::size_t>(m_eventModel->totalEvents(), INT_MAX)))
                               .arg(QLocale().toString(m_eventModel->rowCount()));
    const QString messages = m_workspace.graph() ? tr("%Ln message(s)", nullptr, int(m_messageModel->totalMessages()))
        : m_loadReports->correlationFailed()     ? tr("no messages: out of memory")
                                                 : tr("correlating messages…");
    const QString unparsed = tr("%Ln unparsed", nullptr, int(logs.totalUnparsed()));
    const QString files = tr("%Ln file(s)", nullptr, int(logs.size()));
    QString counts = tr("%1 · %2 · %3 · %4").arg(events, messages, unparsed, files);
    if (m_follower->isEnabled())
        counts = tr("%1 · following the files").arg(counts);
    const bool updating = m_eventModel->isUpdating() || m_messageModel->isUpdating();
    m_statusLabel->setText(updating ? tr("Updating the rows… · %1").arg(counts) : counts);
}

void MainWindow::updateLanguageChecks()
{
    const QString preference = m_languages->preference();
    const QList<QAction*> actions = m_actions->languages->actions();
    for (QAction* action : actions)
        action->setChecked(action->data().toString() == preference);
}
