#include "itemtablemodel.h"

#include "outcomepalette.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

std::uint32_t ItemTableModel::itemAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)] : NoItem;
}

int ItemTableModel::rowOfItem(std::uint32_t item) const
{
    if (m_ascending) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), item);
        return it != m_rows.end() && *it == item ? int(it - m_rows.begin()) : -1;
    }
    const auto it = std::find(m_rows.begin(), m_rows.end(), item);
    return it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

void ItemTableModel::setTraceItems(std::vector<std::uint32_t> items)
{
    std::sort(items.begin(), items.end());
    m_trace = std::move(items);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::FontRole });
}

bool ItemTableModel::inTrace(std::uint32_t item) const
{
    return std::binary_search(m_trace.begin(), m_trace.end(), item);
}

QVariant ItemTableModel::rowStyle(int role, std::uint32_t item, Outcome outcome, bool unparsed) const
{
    const bool traced = inTrace(item);
    if (role == Qt::BackgroundRole) {
        const QPalette palette = QGuiApplication::palette();
        const QColor color = traced ? OutcomePalette::markTint(palette) : OutcomePalette::tint(outcome, palette);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::FontRole && (traced || unparsed)) {
        QFont font;
        font.setItalic(unparsed);
        font.setBold(traced);
        return font;
    }
    return {};
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ItemTableModel::resetRows(std::vector<std::uint32_t> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ascending = std::is_sorted(m_rows.begin(), m_rows.end());
    endResetModel();
}

void ItemTableModel::reorderRows(std::vector<std::uint32_t> rows, std::size_t itemCount)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> items;
    items.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        items.push_back(m_rows[std::size_t(index.row())]);
    m_rows = std::move(rows);
    m_ascending = std::is_sorted(m_rows.begin(), m_rows.end());
    // Where each item went, built once rather than searched for every persistent index.
    std::vector<int> rowOf(before.isEmpty() ? 0 : itemCount, -1);
    if (!before.isEmpty()) {
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            rowOf[m_rows[row]] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf[items[std::size_t(i)]];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
