#include "cellhighlight.h"

#include "plaintexttooltip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

namespace {

using Ranges = QList<std::pair<qsizetype, qsizetype>>;

// Where the style puts a cell's text, less the margin it keeps on either side.
QRect textRectOf(const QStyleOptionViewItem& option)
{
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget).adjusted(3, 0, -3, 0);
}

// The ranges of `text` moved to where they are in `shown`, its elided form ("start…end"): parts in the cut
// middle are dropped.
Ranges shownRanges(const Ranges& ranges, const QString& text, const QString& shown)
{
    if (shown == text)
        return ranges;
    qsizetype kept = 0; // characters kept from the start; the ellipsis follows them
    while (kept < shown.size() - 1 && shown[kept] == text[kept])
        ++kept;
    const qsizetype tail = shown.size() - kept - 1; // characters kept from the end
    const qsizetype tailStart = text.size() - tail;
    Ranges moved;
    for (const auto& [start, length] : ranges) {
        const qsizetype end = start + length;
        if (start < kept)
            moved.append({ start, qMin(end, kept) - start });
        if (end > tailStart && tail > 0) {
            const qsizetype from = qMax(start, tailStart);
            moved.append({ from - tailStart + kept + 1, end - from });
        }
    }
    return moved;
}

} // namespace

CellHighlight::CellHighlight(int filterFieldRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_filterFieldRole(filterFieldRole)
{
}

Qt::TextElideMode CellHighlight::elideModeOf(int column) const
{
    return m_middleElided.contains(column) ? Qt::ElideMiddle : Qt::ElideRight;
}

void CellHighlight::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem elided = option;
    elided.textElideMode = elideModeOf(index.column());
    QStyleOptionViewItem opt = elided;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (m_query.isEmpty() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, elided, index);
        return;
    }
    const auto field = FilterField(index.data(m_filterFieldRole).toInt());
    const Ranges ranges = m_query.matchRanges(text, field);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, elided, index);
        return;
    }
    // The style draws background, selection and focus; the text is laid out here to mark the matches.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = textRectOf(opt);
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width());
    QList<QTextLayout::FormatRange> formats;
    const QColor mark = opt.palette.color(QPalette::Highlight);
    for (const auto& [start, length] : shownRanges(ranges, text, shown)) {
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

bool CellHighlight::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index); // the model's own tooltip
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || opt.fontMetrics.horizontalAdvance(opt.text) <= textRectOf(opt).width()) {
        QToolTip::hideText();
        return true; // nothing is cut
    }
    QToolTip::showText(event->globalPos(), PlainTextToolTip::wrap(opt.text), view->viewport(), option.rect);
    return true;
}
