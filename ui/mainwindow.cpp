#include "mainwindow.h"

#include "aboutdialog.h"
#include "languagemanager.h"
#include "linetablemodel.h"
#include "logloader.h"
#include "maillogsyntax.h"
#include "rawview.h"
#include "samplelogs.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace {
const auto kGeometryKey = QStringLiteral("mainwindow/geometry");
const auto kSplitterKey = QStringLiteral("mainwindow/splitter");
const auto kHeaderKey = QStringLiteral("mainwindow/lineheader");
const auto kOpenDirKey = QStringLiteral("mainwindow/opendir");
} // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_model(new LineTableModel(this))
    , m_loader(new LogLoader(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_rawView(nullptr)
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    MailLogSyntax::registerWith(*m_repository);
    m_rawView = new RawView(m_repository.get(), m_splitter);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however many lines are open.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // keep file order until asked
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(LineTableModel::FileColumn, 160);
    m_table->setColumnWidth(LineTableModel::LineColumn, 70);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_rawView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    setAcceptDrops(true);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentRowInRawView);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MainWindow::showCurrentRowInRawView);
    connect(m_loader, &LogLoader::fileLoaded, this, &MainWindow::onFileLoaded);
    connect(m_loader, &LogLoader::fileFailed, this, &MainWindow::onFileFailed);
    connect(m_loader, &LogLoader::finished, this, &MainWindow::onLoadingFinished);
    connect(m_loader, &LogLoader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageChecks);

    createActions();
    createMenus();
    retranslateUi();
    updateLanguageChecks();

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_openSamplesAction = new QAction(this);
    connect(m_openSamplesAction, &QAction::triggered, this, &MainWindow::openSampleLogs);

    m_closeAllAction = new QAction(this);
    m_closeAllAction->setShortcut(QKeySequence::Close);
    connect(m_closeAllAction, &QAction::triggered, this, &MainWindow::closeAll);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_rawViewAction = new QAction(this);
    m_rawViewAction->setCheckable(true);
    m_rawViewAction->setChecked(true);
    connect(m_rawViewAction, &QAction::toggled, m_rawView, &QWidget::setVisible);

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setCheckable(true);
    connect(m_systemLanguageAction, &QAction::triggered, this, [this] { m_languages->setPreference({}); });
    for (const QString& code : LanguageManager::availableLanguages()) {
        // Language names stay in their own language so anyone can find theirs.
        auto* action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { m_languages->setPreference(code); });
    }

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openSamplesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAllAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_rawViewAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    const QList<QAction*> languageActions = m_languageGroup->actions();
    for (QAction* action : languageActions) {
        if (action != m_systemLanguageAction)
            m_languageMenu->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Maillane"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Logs..."));
    m_openSamplesAction->setText(tr("Open &Sample Logs"));
    m_closeAllAction->setText(tr("&Close All"));
    m_quitAction->setText(tr("&Quit"));
    m_rawViewAction->setText(tr("&Raw View"));
    m_systemLanguageAction->setText(tr("&System Default"));
    m_aboutAction->setText(tr("&About Maillane"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_model->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
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
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_loader->load(paths);
}

void MainWindow::openSampleLogs()
{
    openFiles(SampleLogs::paths());
}

void MainWindow::closeAll()
{
    m_loader->cancel();
    m_model->clear();
    m_rawView->clearContext();
    updateStatus();
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

bool MainWindow::selectFirstRowContaining(const QString& needle)
{
    const int row = m_model->findRow(needle);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, LineTableModel::TextColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open Logs"), settings.value(kOpenDirKey).toString(),
            tr("Mail logs (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kOpenDirKey, QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::onFileLoaded(std::shared_ptr<const LogFile> file)
{
    m_model->appendFile(std::move(file));
    updateStatus();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::onFileFailed(const QString& path, const QString& error)
{
    Q_UNUSED(path); // the message names the file
    m_loadErrors.append(error);
}

void MainWindow::onLoadingFinished()
{
    m_progress->hide();
    updateStatus();
    if (!m_loadErrors.isEmpty()) {
        // Non-modal: the files that did load stay usable while the message is read.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some logs could not be opened"),
            tr("%n file(s) could not be opened.", nullptr, int(m_loadErrors.size())), QMessageBox::Close, this);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(m_loadErrors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        m_loadErrors.clear();
    }
    emit loadingFinished();
}

void MainWindow::updateStatus()
{
    const qsizetype files = m_model->logs().fileCount();
    if (files == 0) {
        m_statusLabel->setText(tr("Open mail logs with File > Open Logs or drop them here."));
        return;
    }
    m_statusLabel->setText(
        tr("%1 in %2").arg(tr("%n line(s)", nullptr, m_model->rowCount()), tr("%n file(s)", nullptr, int(files))));
}

void MainWindow::updateLanguageChecks()
{
    const QString preference = m_languages->preference();
    const QList<QAction*> actions = m_languageGroup->actions();
    for (QAction* action : actions)
        action->setChecked(action->data().toString() == preference);
}

void MainWindow::showCurrentRowInRawView()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_rawView->clearContext();
        return;
    }
    const LogSet::Location location = m_model->locationOfRow(current.row());
    m_rawView->showContext(m_model->logs().file(location.file), location.line);
}
