#pragma once

#include "itemtablemodel.h"
#include "workspace/eventcolumns.h"
#include "workspace/eventfilter.h"

class Workspace;

// The event table: one row per event of the open logs that passes the filter, in the chosen order. Items are
// timeline rows (4 bytes per shown row); cells are formatted on demand from the workspace, nothing is
// copied. Filtering and sorting run in core rather than in a proxy model: tables reach millions of rows.
class EventTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Role {
        FilterFieldRole = Qt::UserRole, // int(FilterField) the column's text answers to (highlighting)
    };

    explicit EventTableModel(QObject* parent = nullptr);

    // The workspace whose events are shown; call refresh() whenever it changes.
    void setWorkspace(const Workspace* workspace);
    // Recomputes the rows (filter, trace, order) from the workspace.
    void refresh();

    void setFilter(EventFilter filter);
    const EventFilter& filter() const { return m_filter; }
    // The timeline rows of the selected trace: highlighted, and with traceOnly the only rows shown.
    void setTrace(std::vector<std::uint32_t> timelineRows);
    // With traceOnly, only the selected trace's events are shown (still filtered).
    void setTraceOnly(bool only);
    bool traceOnly() const { return m_traceOnly; }

    EventRef eventAt(int row) const;
    // The row showing an event, or -1 when it is filtered out.
    int rowOf(EventRef event) const;
    std::size_t totalEvents() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<std::uint32_t> computeRows() const;

    const Workspace* m_workspace = nullptr;
    EventFilter m_filter;
    bool m_traceOnly = false;
    int m_sortColumn = -1; // -1: timeline order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
