#pragma once

#include "workspace/filterquery.h"

#include <QStyledItemDelegate>

// Paints table cells as plain text with the parts the filter matched highlighted (like a browser's find),
// elided to the cell. Which query terms apply to a cell depends on the field its column shows.
class CellHighlight final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // role: the model role holding int(FilterField) for a cell.
    CellHighlight(int filterFieldRole, QObject* parent = nullptr);

    void setQuery(const FilterQuery& query) { m_query = query; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_filterFieldRole;
    FilterQuery m_query;
};
