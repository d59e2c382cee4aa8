#pragma once

#include "itemtablemodel.h"
#include "workspace/messagecolumns.h"
#include "workspace/messagefilter.h"

class Workspace;

// The message list: one row per message of the trace graph that passes the filter (host, IDs, from,
// recipients, outcome, first/last time, hops). Items are message indexes. Empty until the graph is built.
class MessageTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Role {
        FilterFieldRole = Qt::UserRole,
    };

    explicit MessageTableModel(QObject* parent = nullptr);

    void setWorkspace(const Workspace* workspace);
    void refresh();
    void setFilter(MessageFilter filter);

    std::uint32_t messageAt(int row) const { return itemAt(row); }
    int rowOf(std::uint32_t message) const { return rowOfItem(message); }
    std::size_t totalMessages() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const MailGraph* graph() const;
    std::vector<std::uint32_t> computeRows() const;

    const Workspace* m_workspace = nullptr;
    MessageFilter m_filter;
    int m_sortColumn = int(MessageColumn::First);
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
