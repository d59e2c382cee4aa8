#include "cellhighlight.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

CellHighlight::CellHighlight(int filterFieldRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_filterFieldRole(filterFieldRole)
{
}

void CellHighlight::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (m_query.isEmpty() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto field = FilterField(index.data(m_filterFieldRole).toInt());
    const QList<std::pair<qsizetype, qsizetype>> ranges = m_query.matchRanges(text, field);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The style draws background, selection and focus; the text is laid out here to mark the matches.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    QList<QTextLayout::FormatRange> formats;
    const QColor mark = opt.palette.color(QPalette::Highlight);
    for (const auto& [start, length] : ranges) {
        if (start >= shown.size())
            break;
        QTextLayout::FormatRange range;
        range.start = int(start);
        range.length = int(qMin(length, shown.size() - start));
        range.format.setBackground(QColor(mark.red(), mark.green(), mark.blue(), 110));
        range.format.setFontWeight(QFont::Bold);
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    // initStyleOption has already put the model's ForegroundRole into the Text colour.
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - layout.boundingRect().height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}
