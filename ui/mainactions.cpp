#include "mainactions.h"

#include "languagemanager.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainActions::MainActions(QMainWindow* window)
    : QObject(window)
{
    open = new QAction(window);
    open->setShortcut(QKeySequence::Open);
    openFolder = new QAction(window);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openSamples = new QAction(window);
    reload = new QAction(window);
    reload->setShortcut(QKeySequence::Refresh);
    follow = new QAction(window);
    follow->setCheckable(true);
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    closeAll = new QAction(window);
    closeAll->setShortcut(QKeySequence::Close);
    reopenSession = new QAction(window);
    reopenSession->setCheckable(true);
    exportEvents = new QAction(window);
    exportEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMessages = new QAction(window);
    exportMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportDiagram = new QAction(window);
    exportDiagram->setEnabled(false); // until a trace is shown
    quit = new QAction(window);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    find = new QAction(window);
    find->setShortcut(QKeySequence::Find);
    findNext = new QAction(window);
    findNext->setShortcut(QKeySequence::FindNext);
    findPrevious = new QAction(window);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    findById = new QAction(window);
    findById->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    back = new QAction(window);
    back->setShortcut(QKeySequence::Back);
    forward = new QAction(window);
    forward->setShortcut(QKeySequence::Forward);
    previousHop = new QAction(window);
    previousHop->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    nextHop = new QAction(window);
    nextHop->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    showEvents = new QAction(window);
    showEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showMessages = new QAction(window);
    showMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    showSwimlane = new QAction(window);
    showSwimlane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    traceOnly = new QAction(window);
    traceOnly->setCheckable(true);
    traceOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    problemsOnly = new QAction(window);
    problemsOnly->setCheckable(true);
    problemsOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));

    languages = new QActionGroup(window);
    systemLanguage = new QAction(languages);
    systemLanguage->setCheckable(true);
    for (const QString& code : LanguageManager::availableLanguages()) {
        // Language names stay in their own language so anyone can find theirs.
        QAction* action = new QAction(languages);
        action->setText(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
    }

    about = new QAction(window);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = new QAction(window);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar* bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->addActions({ open, openFolder, openSamples });
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addActions({ reload, follow, closeAll });
    fileMenu->addSeparator();
    fileMenu->addAction(reopenSession);
    fileMenu->addSeparator();
    fileMenu->addActions({ exportEvents, exportMessages, exportDiagram });
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(QString());
    editMenu->addActions({ find, findNext, findPrevious });
    editMenu->addSeparator();
    editMenu->addAction(findById);

    goMenu = bar->addMenu(QString());
    goMenu->addActions({ back, forward });
    goMenu->addSeparator();
    goMenu->addActions({ previousHop, nextHop });

    viewMenu = bar->addMenu(QString());
    viewMenu->addActions({ showEvents, showMessages, showSwimlane });
    viewMenu->addSeparator();
    viewMenu->addActions({ traceOnly, problemsOnly });
    viewMenu->addSeparator();
    panelsMenu = viewMenu->addMenu(QString());
    languageMenu = viewMenu->addMenu(QString()); // each language named in itself: findable from any language
    languageMenu->addAction(systemLanguage);
    languageMenu->addSeparator();
    const QList<QAction*> languageActions = languages->actions();
    for (QAction* action : languageActions) {
        if (action != systemLanguage)
            languageMenu->addAction(action);
    }

    helpMenu = bar->addMenu(QString());
    helpMenu->addActions({ about, aboutQt });

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({ open, reload, follow });
    toolBar->addSeparator();
    toolBar->addActions({ back, forward, previousHop, nextHop });
    toolBar->addSeparator();

    retranslate();
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    open->setText(tr("&Open Logs..."));
    openFolder->setText(tr("Open &Folder..."));
    openSamples->setText(tr("Open &Sample Logs"));
    recentMenu->setTitle(tr("&Recent"));
    reload->setText(tr("Re&load"));
    follow->setText(tr("&Follow Files"));
    follow->setToolTip(tr("Read lines as they are added to the open files, like tail -F: the table and the traces update, "
                          "and a rotated file goes on in its new file"));
    closeAll->setText(tr("&Close All"));
    reopenSession->setText(tr("Reopen Last Logs on &Start"));
    reopenSession->setToolTip(tr("At start, open the logs that were open when Maillane was closed and select the same line "
                                 "again (maillane --empty starts with nothing open)"));
    exportEvents->setText(tr("&Export Shown Events..."));
    exportMessages->setText(tr("Export &Messages..."));
    exportDiagram->setText(tr("Export &Diagram..."));
    quit->setText(tr("&Quit"));

    editMenu->setTitle(tr("&Edit"));
    find->setText(tr("&Filter..."));
    findNext->setText(tr("Next Line of &Trace"));
    findPrevious->setText(tr("&Previous Line of Trace"));
    findById->setText(tr("Find by &ID or Address..."));

    goMenu->setTitle(tr("&Go"));
    back->setText(tr("&Back"));
    forward->setText(tr("&Forward"));
    previousHop->setText(tr("&Previous Hop"));
    nextHop->setText(tr("&Next Hop"));

    viewMenu->setTitle(tr("&View"));
    showEvents->setText(tr("&Events"));
    showMessages->setText(tr("&Messages"));
    showSwimlane->setText(tr("&Swimlane"));
    traceOnly->setText(tr("Only This &Trace"));
    traceOnly->setToolTip(tr("Show only the lines of the selected message's trace"));
    problemsOnly->setText(tr("&Problems Only"));
    problemsOnly->setToolTip(tr("Only deferred, bounced, rejected and unparsed lines"));
    panelsMenu->setTitle(tr("&Panels"));

    languageMenu->setTitle(tr("&Language"));
    systemLanguage->setText(tr("&System Default"));

    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Maillane"));
    aboutQt->setText(tr("About &Qt"));
    toolBar->setWindowTitle(tr("Main Tool Bar"));
}
