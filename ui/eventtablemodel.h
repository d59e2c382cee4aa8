#pragma once

#include "itemtablemodel.h"
#include "workspace/eventcolumns.h"
#include "workspace/eventfilter.h"

// The event table: one row per event of the open logs that passes the filter, in the chosen order. Items are
// timeline rows (4 bytes per shown row); cells are formatted on demand from the shown snapshot, nothing is
// copied. Filtering and sorting run in core rather than in a proxy model: tables reach millions of rows.
class EventTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Role {
        FilterFieldRole = Qt::UserRole, // int(FilterField) the column's text answers to (highlighting)
    };

    using ItemTableModel::ItemTableModel;

    void setFilter(EventFilter filter);
    const EventFilter& filter() const { return m_filter; }
    // The events of the selected trace (TraceSelection::events): highlighted, and with traceOnly the only rows
    // shown. Events rather than rows, so the marking holds whatever timeline the rows come from.
    void setTrace(std::vector<EventRef> events);
    bool inTrace(EventRef event) const;
    // With traceOnly, only the selected trace's events are shown (still filtered).
    void setTraceOnly(bool only);
    bool traceOnly() const { return m_traceOnly; }

    // The event a row shows; invalid outside the rows. Shown events stay events of the workspace: rows are
    // dropped when their logs are replaced or closed.
    EventRef eventAt(int row) const;
    // The row showing an event, or -1 when it is filtered out (or not shown yet).
    int rowOf(EventRef event) const;
    // The events of the shown snapshot, filtered or not.
    std::size_t totalEvents() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    RowsJob rowsJob() const override;
    std::size_t itemCount(const WorkspaceSnapshot& snapshot) const override;

private:
    EventFilter m_filter;
    std::vector<EventRef> m_trace; // ascending
    bool m_traceOnly = false;
    int m_sortColumn = -1; // -1: timeline order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
