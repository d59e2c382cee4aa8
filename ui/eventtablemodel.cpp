#include "eventtablemodel.h"

#include "outcomepalette.h"
#include "plaintexttooltip.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QPalette>

EventTableModel::EventTableModel(QObject* parent)
    : ItemTableModel(parent)
{
}

void EventTableModel::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    setTraceItems({});
    refresh();
}

void EventTableModel::refresh()
{
    resetRows(computeRows());
}

std::vector<std::uint32_t> EventTableModel::computeRows() const
{
    if (!m_workspace)
        return {};
    const EventTimeline& timeline = m_workspace->timeline();
    std::vector<std::uint32_t> rows = m_traceOnly ? filterEventRows(m_workspace->logs(), timeline, m_filter, traceItems())
                                                  : filterEventRows(m_workspace->logs(), timeline, m_filter);
    if (m_sortColumn >= 0)
        sortEventRows(m_workspace->logs(), timeline, rows, EventColumn(m_sortColumn), m_sortOrder);
    return rows;
}

void EventTableModel::setFilter(EventFilter filter)
{
    m_filter = std::move(filter);
    refresh();
}

void EventTableModel::setTrace(std::vector<std::uint32_t> timelineRows)
{
    setTraceItems(std::move(timelineRows));
    if (m_traceOnly)
        refresh();
}

void EventTableModel::setTraceOnly(bool only)
{
    if (m_traceOnly == only)
        return;
    m_traceOnly = only;
    refresh();
}

EventRef EventTableModel::eventAt(int row) const
{
    const std::uint32_t item = itemAt(row);
    return m_workspace && item != NoItem ? m_workspace->timeline().at(item) : EventRef();
}

int EventTableModel::rowOf(EventRef event) const
{
    if (!m_workspace)
        return -1;
    const std::size_t timelineRow = m_workspace->timeline().rowOf(m_workspace->logs(), event);
    return timelineRow == EventTimeline::NoRow ? -1 : rowOfItem(std::uint32_t(timelineRow));
}

std::size_t EventTableModel::totalEvents() const
{
    return m_workspace ? m_workspace->timeline().size() : 0;
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : EventColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const std::uint32_t timelineRow = itemAt(index.row());
    const EventRef event = m_workspace->timeline().at(timelineRow);
    const ParsedLog& log = m_workspace->logs().log(event.log);
    const EventKind kind = log.event(event.index).kind;
    const auto column = EventColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return eventCellText(m_workspace->logs(), event, column);
    case Qt::ToolTipRole:
        return column == EventColumn::Text ? PlainTextToolTip::wrap(log.text(event.index)) : QVariant();
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        const QColor color
            = kind == EventKind::Unparsed ? OutcomePalette::unparsedText(palette) : OutcomePalette::text(outcomeOf(kind), palette);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return rowStyle(role, timelineRow, outcomeOf(kind), kind == EventKind::Unparsed);
    case FilterFieldRole:
        return int(eventColumnFilterField(column));
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < EventColumnCount)
        return eventColumnLabel(EventColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    // Time ascending is the timeline's own order: nothing to sort.
    if (column == int(EventColumn::Time) && order == Qt::AscendingOrder)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorderRows(computeRows(), totalEvents());
}
