#include "eventtablemodel.h"

#include "outcomepalette.h"
#include "plaintexttooltip.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

ItemTableModel::RowsJob EventTableModel::rowsJob() const
{
    return [filter = m_filter, trace = m_traceOnly ? m_trace : std::vector<EventRef>(), traceOnly = m_traceOnly,
               column = m_sortColumn, order = m_sortOrder](const WorkspaceSnapshot& snapshot, const std::atomic_bool& cancel) {
        const EventTimeline& timeline = *snapshot.timeline;
        std::vector<std::uint32_t> rows = traceOnly
            ? filterEventRows(snapshot.logs, timeline, filter, timeline.rowsOf(snapshot.logs, trace))
            : filterEventRows(snapshot.logs, timeline, filter, &cancel);
        if (column >= 0 && !cancel.load(std::memory_order_relaxed))
            sortEventRows(snapshot.logs, timeline, rows, EventColumn(column), order);
        return rows;
    };
}

std::size_t EventTableModel::itemCount(const WorkspaceSnapshot& snapshot) const
{
    return snapshot.timeline->size();
}

void EventTableModel::setFilter(EventFilter filter)
{
    m_filter = std::move(filter);
    updateRows(Change::Content);
}

void EventTableModel::setTrace(std::vector<EventRef> events)
{
    std::sort(events.begin(), events.end());
    m_trace = std::move(events);
    traceChanged();
    if (m_traceOnly)
        updateRows(Change::Content);
}

bool EventTableModel::inTrace(EventRef event) const
{
    return std::binary_search(m_trace.begin(), m_trace.end(), event);
}

void EventTableModel::setTraceOnly(bool only)
{
    if (m_traceOnly == only)
        return;
    m_traceOnly = only;
    updateRows(Change::Content);
}

EventRef EventTableModel::eventAt(int row) const
{
    const std::uint32_t item = itemAt(row);
    return item != NoItem ? shown().timeline->at(item) : EventRef();
}

int EventTableModel::rowOf(EventRef event) const
{
    const std::size_t timelineRow = shown().timeline->rowOf(shown().logs, event);
    return timelineRow == EventTimeline::NoRow ? -1 : rowOfItem(std::uint32_t(timelineRow));
}

std::size_t EventTableModel::totalEvents() const
{
    return shown().timeline->size();
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : EventColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRef event = eventAt(index.row());
    const ParsedLog& log = shown().logs.log(event.log);
    const EventKind kind = log.event(event.index).kind;
    const auto column = EventColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return eventCellText(shown().logs, event, column);
    case Qt::ToolTipRole:
        return column == EventColumn::Text ? PlainTextToolTip::wrap(log.displayText(event.index)) : QVariant();
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        const QColor color
            = kind == EventKind::Unparsed ? OutcomePalette::unparsedText(palette) : OutcomePalette::text(outcomeOf(kind), palette);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return rowStyle(role, inTrace(event), outcomeOf(kind), kind == EventKind::Unparsed);
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
    updateRows(Change::Order);
}
