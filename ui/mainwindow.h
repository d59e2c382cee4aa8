#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class LanguageManager;
class LineTableModel;
class LogFile;
class LogLoader;
class RawView;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;

namespace KSyntaxHighlighting {
class Repository;
}

// The viewer window: every line of the open logs in one sortable table, the raw lines around the selected
// one below it. Files open from File > Open, drag and drop or the command line, and load in the background.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList& paths);
    void openSampleLogs();
    void closeAll();
    bool isLoading() const;
    // Selects the first row whose text contains needle; false when none does.
    bool selectFirstRowContaining(const QString& needle);

    LineTableModel* lineModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    RawView* rawView() const { return m_rawView; }
    QMenu* fileMenu() const { return m_fileMenu; }

signals:
    // All requested files were loaded (or failed); errors, if any, are already on screen.
    void loadingFinished();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageChecks();
    void showOpenDialog();
    void showAbout();
    void onFileLoaded(std::shared_ptr<const LogFile> file);
    void onFileFailed(const QString& path, const QString& error);
    void onLoadingFinished();
    void showCurrentRowInRawView();

    LanguageManager* m_languages;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository; // one for the whole window: loading is costly
    LineTableModel* m_model;
    LogLoader* m_loader;
    QSplitter* m_splitter;
    QTableView* m_table;
    RawView* m_rawView;
    QLabel* m_statusLabel;
    QProgressBar* m_progress;
    QStringList m_loadErrors;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openSamplesAction = nullptr;
    QAction* m_closeAllAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_rawViewAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
