#include "messagetablemodel.h"

#include "outcomepalette.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

ItemTableModel::RowsJob MessageTableModel::rowsJob() const
{
    return [filter = m_filter, column = m_sortColumn, order = m_sortOrder](
               const WorkspaceSnapshot& snapshot, const std::atomic_bool& cancel) {
        if (!snapshot.graph)
            return std::vector<std::uint32_t>();
        std::vector<std::uint32_t> rows = filterMessageRows(*snapshot.graph, snapshot.logs, filter, &cancel);
        if (!cancel.load(std::memory_order_relaxed))
            sortMessageRows(*snapshot.graph, snapshot.logs, rows, MessageColumn(column), order);
        return rows;
    };
}

std::size_t MessageTableModel::itemCount(const WorkspaceSnapshot& snapshot) const
{
    return snapshot.graph ? snapshot.graph->messages.size() : 0;
}

bool MessageTableModel::itemsStayValid(const WorkspaceSnapshot& next) const
{
    return next.graph == shown().graph && ItemTableModel::itemsStayValid(next);
}

void MessageTableModel::setFilter(MessageFilter filter)
{
    m_filter = std::move(filter);
    updateRows(Change::Content);
}

void MessageTableModel::setTrace(std::vector<std::uint32_t> messages)
{
    std::sort(messages.begin(), messages.end());
    m_trace = std::move(messages);
    traceChanged();
}

bool MessageTableModel::inTrace(std::uint32_t message) const
{
    return std::binary_search(m_trace.begin(), m_trace.end(), message);
}

std::size_t MessageTableModel::totalMessages() const
{
    return itemCount(shown());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MessageColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MailGraph& graph = *shown().graph; // rows exist only with a graph
    const std::uint32_t message = itemAt(index.row());
    const Outcome outcome = graph.messages[message].outcome;
    const auto column = MessageColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return messageCellText(graph, shown().logs, message, column);
    case Qt::ForegroundRole: {
        const QColor color = OutcomePalette::text(outcome, QGuiApplication::palette());
        return column == MessageColumn::Outcome && color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return rowStyle(role, inTrace(message), outcome);
    case FilterFieldRole:
        return int(messageColumnFilterField(column));
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < MessageColumnCount)
        return messageColumnLabel(MessageColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void MessageTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = int(MessageColumn::First);
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    updateRows(Change::Order);
}
