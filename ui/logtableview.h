#pragma once

#include <QTableView>

#include <functional>

class CellHighlight;
class QAction;

// The table of the event and message lists: uniform row heights (cheap scrolling over millions of rows),
// a header menu to choose columns, remembered widths/order/visibility, highlighted filter matches, and
// copying the selected rows as text, as CSV or (events) as the raw log lines.
class LogTableView final : public QTableView
{
    Q_OBJECT

public:
    // filterFieldRole: the model role that tells CellHighlight which filter field a cell shows.
    LogTableView(const QString& settingsKey, int filterFieldRole, QWidget* parent = nullptr);

    CellHighlight* highlight() const { return m_highlight; }
    // When set, "Copy Raw Lines" copies these texts of the selected rows.
    void setRawTextOfRow(std::function<QString(int row)> rawText) { m_rawTextOfRow = std::move(rawText); }
    // Columns hidden until the user shows them (applied unless saved state says otherwise).
    void setDefaultHiddenColumns(const QList<int>& columns);
    // Column widths in characters of the font, until the user changes them.
    void setDefaultColumnWidths(const QList<std::pair<int, int>>& charactersByColumn);
    // The columns shown first, from the left, in this order (the others follow in model order), until the user
    // moves them.
    void setDefaultColumnOrder(const QList<int>& columns);
    // Back to the defaults above, as on a first start.
    void applyDefaults();

    // The selected rows (ascending), as text: visible columns, tab-separated; or as CSV with a header row.
    QString selectedRowsText() const;
    QString selectedRowsCsv() const;
    QString selectedRawLines() const;

    void saveState() const;
    void restoreState();
    void retranslate();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QList<int> selectedRowNumbers() const;
    QList<int> visibleColumns() const;
    void showColumnMenu(const QPoint& position);

    QString m_settingsKey;
    CellHighlight* m_highlight;
    std::function<QString(int row)> m_rawTextOfRow;
    QList<int> m_defaultHidden;
    QList<std::pair<int, int>> m_defaultWidths;
    QList<int> m_defaultOrder;
    QAction* m_copyAction;
    QAction* m_copyCsvAction;
    QAction* m_copyRawAction;
};
