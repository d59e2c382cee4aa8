#pragma once

#include "logset.h"

#include <QAbstractTableModel>

#include <vector>

// One row per log line of every open file: file, line number, text. Rows are views onto the LogSet (no copy
// per row); text is decoded only when a cell is shown. Sorting keeps a row permutation, so it is stable and
// costs one index per row.
class LineTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, LineColumn, TextColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw value a column sorts by
    };

    explicit LineTableModel(QObject* parent = nullptr);

    void appendFile(std::shared_ptr<const LogFile> file);
    void clear();

    const LogSet& logs() const { return m_logs; }
    // Which file and line a (possibly sorted) row shows.
    LogSet::Location locationOfRow(int row) const;
    // The first row whose text contains needle, or -1.
    int findRow(QStringView needle) const;
    // Re-reads the translatable header texts (call on QEvent::LanguageChange).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qsizetype logRow(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    void applySort();

    LogSet m_logs;
    std::vector<qsizetype> m_order; // sorted row -> LogSet row; empty while unsorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
