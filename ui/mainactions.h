#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

// The main window's actions, menus and tool bar with their shortcuts (standard keys where a standard
// exists). The window connects them; texts are (re)set by retranslate().
class MainActions final : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow* window);

    void retranslate();

    // File
    QAction* open;
    QAction* openFolder;
    QAction* openSamples;
    QMenu* recentMenu;
    QAction* reload;
    QAction* follow; // checkable: follow mode (LogFollower)
    QAction* closeAll;
    QAction* reopenSession; // checkable: open the last session's logs at start (SessionState)
    QAction* exportEvents;
    QAction* exportMessages;
    QAction* exportDiagram;
    QAction* quit;
    // Edit
    QAction* find;
    QAction* findNext;
    QAction* findPrevious;
    QAction* findById;
    // Go
    QAction* back;
    QAction* forward;
    QAction* previousHop;
    QAction* nextHop;
    // View
    QAction* showEvents;
    QAction* showMessages;
    QAction* showSwimlane;
    QAction* traceOnly;
    QAction* problemsOnly;
    QMenu* panelsMenu; // filled by the window with its docks' toggle actions
    // Language
    QActionGroup* languages;
    QAction* systemLanguage;
    // Help
    QAction* about;
    QAction* aboutQt;

    QMenu* fileMenu;
    QMenu* editMenu;
    QMenu* goMenu;
    QMenu* viewMenu;
    QMenu* languageMenu;
    QMenu* helpMenu;
    QToolBar* toolBar;
};
