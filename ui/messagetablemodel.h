#pragma once

#include "itemtablemodel.h"
#include "workspace/messagecolumns.h"
#include "workspace/messagefilter.h"

// The message list: one row per message of the trace graph that passes the filter (host, IDs, from,
// recipients, outcome, first/last time, hops). Items are message indexes. Empty until the graph is built.
class MessageTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Role {
        FilterFieldRole = Qt::UserRole,
    };

    using ItemTableModel::ItemTableModel;

    void setFilter(MessageFilter filter);
    // The messages of the selected trace (indexes into the workspace's graph), highlighted.
    void setTrace(std::vector<std::uint32_t> messages);
    bool inTrace(std::uint32_t message) const;

    // Shown messages are messages of the workspace's graph: rows are dropped when the graph changes.
    std::uint32_t messageAt(int row) const { return itemAt(row); }
    int rowOf(std::uint32_t message) const { return rowOfItem(message); }
    // The messages of the shown graph, filtered or not.
    std::size_t totalMessages() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    RowsJob rowsJob() const override;
    std::size_t itemCount(const WorkspaceSnapshot& snapshot) const override;
    bool itemsStayValid(const WorkspaceSnapshot& next) const override;

private:
    MessageFilter m_filter;
    std::vector<std::uint32_t> m_trace; // ascending
    int m_sortColumn = int(MessageColumn::First);
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
