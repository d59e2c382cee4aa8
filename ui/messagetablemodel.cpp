#include "messagetablemodel.h"

#include "outcomepalette.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QPalette>

MessageTableModel::MessageTableModel(QObject* parent)
    : ItemTableModel(parent)
{
}

void MessageTableModel::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    setTraceItems({});
    refresh();
}

const MailGraph* MessageTableModel::graph() const
{
    return m_workspace ? m_workspace->graph() : nullptr;
}

void MessageTableModel::refresh()
{
    resetRows(computeRows());
}

std::vector<std::uint32_t> MessageTableModel::computeRows() const
{
    const MailGraph* mailGraph = graph();
    if (!mailGraph)
        return {};
    std::vector<std::uint32_t> rows = filterMessageRows(*mailGraph, m_workspace->logs(), m_filter);
    sortMessageRows(*mailGraph, m_workspace->logs(), rows, MessageColumn(m_sortColumn), m_sortOrder);
    return rows;
}

void MessageTableModel::setFilter(MessageFilter filter)
{
    m_filter = std::move(filter);
    refresh();
}

std::size_t MessageTableModel::totalMessages() const
{
    return graph() ? graph()->messages.size() : 0;
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MessageColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !graph())
        return {};
    const std::uint32_t message = itemAt(index.row());
    const Outcome outcome = graph()->messages[message].outcome;
    const auto column = MessageColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return messageCellText(*graph(), m_workspace->logs(), message, column);
    case Qt::ForegroundRole: {
        const QColor color = OutcomePalette::text(outcome, QGuiApplication::palette());
        return column == MessageColumn::Outcome && color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return rowStyle(role, message, outcome);
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
    reorderRows(computeRows(), totalMessages());
}
