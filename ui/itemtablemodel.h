#pragma once

#include "trace/tracetypes.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

// The part the event table and the message list share: rows are 32-bit item numbers (timeline rows,
// message indexes) in display order, some items belong to the selected trace, and re-sorting keeps the
// selection on the same items.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The item a row shows; NoItem outside the rows.
    static constexpr std::uint32_t NoItem = 0xffffffffu;
    std::uint32_t itemAt(int row) const;
    // The row showing an item, or -1 (filtered out).
    int rowOfItem(std::uint32_t item) const;
    const std::vector<std::uint32_t>& rows() const { return m_rows; }

    // The items of the selected trace, highlighted (any order).
    void setTraceItems(std::vector<std::uint32_t> items);
    bool inTrace(std::uint32_t item) const;
    const std::vector<std::uint32_t>& traceItems() const { return m_trace; }

    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    // A row's BackgroundRole and FontRole: the selected trace marked and bold, other rows tinted by their
    // outcome, unparsed lines in italics (visible without colour too). Null for other roles.
    QVariant rowStyle(int role, std::uint32_t item, Outcome outcome, bool unparsed = false) const;
    // New rows for changed content (filter, data): a model reset.
    void resetRows(std::vector<std::uint32_t> rows);
    // The same content in another order: a layout change that moves persistent indexes with their items.
    // itemCount: the number of possible items (for the inverse map).
    void reorderRows(std::vector<std::uint32_t> rows, std::size_t itemCount);

private:
    std::vector<std::uint32_t> m_rows;
    std::vector<std::uint32_t> m_trace; // ascending
    bool m_ascending = true; // rows ascend: rowOfItem can binary search
};
