#pragma once

#include "eventrefmetatype.h"
#include "trace/mailgraph.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class LogCollection;
class TraceModel;
class QLabel;
class QStackedLayout;
class QTreeView;

// The trace of the selected mail, hop by hop (TraceModel in a tree), or a hint when nothing is selected.
// Clicking an item, or pressing Enter on it, asks the window to jump to its event.
class TracePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TracePanel(QWidget* parent = nullptr);

    TraceModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* placeholder() const { return m_placeholder; }

    // Expands the focus hop fully, the others to their first level, and scrolls to the focus hop.
    void showTrace(
        const MailGraph* graph, const LogCollection* logs, std::vector<std::uint32_t> path, std::uint32_t focus);
    // Moves the focus to another hop of the trace shown, keeping what the operator expanded; expands and
    // reveals the new focus hop.
    void setFocusMessage(std::uint32_t focus);
    // Shows the placeholder "Select an event or a message to see its trace."
    void clear();

signals:
    void eventActivated(EventRef event); // click / Enter on an item with an event

protected:
    void changeEvent(QEvent* event) override; // LanguageChange → retranslate model and labels
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex& index);

    TraceModel* m_model;
    QTreeView* m_view;
    QLabel* m_placeholder;
    QStackedLayout* m_stack;
};
