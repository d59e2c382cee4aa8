#pragma once

#include "workspace/filterquery.h"

#include <QList>
#include <QStyledItemDelegate>

// Paints table cells as plain text with the parts the filter matched highlighted (like a browser's find),
// elided to the cell: at the end, or in the middle for columns of identifiers and paths, whose ends tell
// them apart. A cut cell shows its whole text as a tooltip. Which query terms apply to a cell depends on the
// field its column shows.
class CellHighlight final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // role: the model role holding int(FilterField) for a cell.
    CellHighlight(int filterFieldRole, QObject* parent = nullptr);

    void setQuery(const FilterQuery& query) { m_query = query; }
    void setMiddleElidedColumns(const QList<int>& columns) { m_middleElided = columns; }
    Qt::TextElideMode elideModeOf(int column) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    int m_filterFieldRole;
    FilterQuery m_query;
    QList<int> m_middleElided;
};
