#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class WorkspaceLoader;

// The status bar's view of a running load: which file is being read, bytes done of total, and Cancel.
class LoadProgress final : public QWidget
{
    Q_OBJECT

public:
    LoadProgress(const WorkspaceLoader* loader, QWidget* parent = nullptr);

    // Reads the loader's state; hides itself when the loader is idle.
    void refresh();
    QToolButton* cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    const WorkspaceLoader* m_loader;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};
