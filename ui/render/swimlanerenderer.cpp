#include "swimlanerenderer.h"

#include "textdecoding.h"

#include "outcomepalette.h"
#include "swimlane/swimlanetexts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

constexpr double ArrowHead = 7;
constexpr double LegendLineHeight = 18;
constexpr double LegendSwatch = 24;

QColor stepColor(Outcome outcome, const QPalette& palette)
{
    const QColor color = OutcomePalette::text(outcome, palette);
    return color.isValid() ? color : palette.color(QPalette::Text);
}

QColor lineColor(const QPalette& palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.25f);
    return color;
}

// Text in a rectangle on one line, elided to fit, never interpreted as markup; control characters from the log
// shown as their pictures.
void drawElided(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment alignment)
{
    const QFontMetricsF metrics(painter.font());
    painter.drawText(rect, int(alignment) | Qt::TextSingleLine,
        metrics.elidedText(TextDecoding::withVisibleControls(text), Qt::ElideRight, rect.width()));
}

// A band of the given width centred on x, kept inside the row.
QRectF centredIn(const QRectF& row, double x, double width)
{
    width = std::min(width, row.width());
    const double left = std::clamp(x - width / 2, row.left(), row.right() - width);
    return QRectF(left, row.top(), width, row.height());
}

// Scrolled sideways, the view keeps the time column at its left edge, over the lanes: how far it moves.
double timeShift(const QRectF& exposed, const SwimlaneRenderer::Options& options)
{
    return options.stickyHeaders ? std::max(0.0, exposed.left()) : 0.0;
}

QFont withWeight(QFont font, bool bold, bool italic = false)
{
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

} // namespace

SwimlaneRenderer::SwimlaneRenderer(const Swimlane& swimlane, const SwimlaneLayout& layout)
    : m_swimlane(swimlane)
    , m_layout(layout)
{
}

SwimlaneLayout::Metrics SwimlaneRenderer::metricsFor(const Swimlane& swimlane, const QFont& font)
{
    SwimlaneLayout::Metrics metrics;
    const QFontMetricsF plain(font);
    const QFontMetricsF bold(withWeight(font, true, true));
    for (const SwimLane& lane : swimlane.lanes) {
        const double text = std::max(bold.horizontalAdvance(SwimlaneTexts::laneTitle(lane)), plain.horizontalAdvance(SwimlaneTexts::laneSubtitle(lane)));
        metrics.laneWidths.push_back(std::clamp(text + 24, metrics.laneWidth, 2 * metrics.laneWidth));
    }
    metrics.timeColumnWidth = plain.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16;
    metrics.rowHeight = std::max(metrics.rowHeight, plain.height() + 16);
    metrics.summaryLineHeight = std::max(metrics.summaryLineHeight, plain.height() + 4);
    metrics.headerHeight = std::max(metrics.headerHeight, 2 * plain.height() + 14);
    return metrics;
}

QSizeF SwimlaneRenderer::size(const Options& options) const
{
    QSizeF size = m_layout.size();
    if (options.legend)
        size.setHeight(legendRect().bottom() + m_layout.metrics().margin);
    return size;
}

void SwimlaneRenderer::paint(QPainter& painter, const QRectF& exposed, const Options& options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(options.font);
    painter.fillRect(exposed, options.palette.color(QPalette::Base));
    if (options.summary)
        paintSummary(painter, options);
    paintLaneLines(painter, exposed, options);
    paintBreaks(painter, exposed, options);
    const auto [first, last] = m_layout.stepsBetween(exposed.top(), exposed.bottom());
    for (int step = first; step < last; ++step)
        paintStep(painter, step, options);
    paintTimes(painter, first, last, exposed, options);
    paintHeaders(painter, exposed, options); // last: sticky headers cover the rows scrolled under them
    if (options.legend)
        paintLegend(painter, options);
    painter.restore();
}

void SwimlaneRenderer::paintSummary(QPainter& painter, const Options& options) const
{
    painter.setPen(options.palette.color(QPalette::Text));
    for (std::size_t hop = 0; hop < m_swimlane.hops.size(); ++hop) {
        drawElided(painter, m_layout.summaryLine(int(hop)), SwimlaneTexts::hopSummary(m_swimlane.hops[hop]),
            Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void SwimlaneRenderer::paintLaneLines(QPainter& painter, const QRectF& exposed, const Options& options) const
{
    const double bottom = std::min(exposed.bottom(), m_layout.size().height() - m_layout.metrics().margin);
    for (std::size_t lane = 0; lane < m_swimlane.lanes.size(); ++lane) {
        const QRectF header = m_layout.laneHeader(int(lane));
        // Dashed for a host whose logs are not loaded.
        const bool remote = m_swimlane.lanes[lane].role == SwimLane::Role::Remote;
        painter.setPen(QPen(lineColor(options.palette), 1, remote ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(header.center().x(), header.bottom()), QPointF(header.center().x(), bottom));
    }
}

void SwimlaneRenderer::paintHeaders(QPainter& painter, const QRectF& exposed, const Options& options) const
{
    const QPalette& palette = options.palette;
    if (m_swimlane.lanes.empty())
        return;
    const double shift = options.stickyHeaders ? std::max(0.0, exposed.top() - m_layout.laneHeader(0).top()) : 0.0;
    if (shift > 0) // over rows scrolled under the headers
        painter.fillRect(QRectF(exposed.left(), exposed.top(), exposed.width(), m_layout.metrics().headerHeight), palette.color(QPalette::Base));
    for (std::size_t lane = 0; lane < m_swimlane.lanes.size(); ++lane) {
        const SwimLane& swimLane = m_swimlane.lanes[lane];
        const QRectF header = m_layout.laneHeader(int(lane)).translated(0, shift).adjusted(3, 2, -3, -4);
        const bool remote = swimLane.role == SwimLane::Role::Remote;
        painter.setPen(QPen(palette.color(QPalette::Mid), 1, remote ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(palette.color(QPalette::AlternateBase));
        painter.drawRoundedRect(header, 4, 4);
        painter.setPen(palette.color(QPalette::Text));
        painter.setFont(withWeight(options.font, true, remote));
        const QRectF titleRect(header.left() + 4, header.top() + 2, header.width() - 8, header.height() / 2);
        drawElided(painter, titleRect, SwimlaneTexts::laneTitle(swimLane), Qt::AlignHCenter | Qt::AlignVCenter);
        painter.setFont(options.font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        drawElided(painter, titleRect.translated(0, header.height() / 2 - 2), SwimlaneTexts::laneSubtitle(swimLane),
            Qt::AlignHCenter | Qt::AlignVCenter);
    }
}

void SwimlaneRenderer::paintBreaks(QPainter& painter, const QRectF& exposed, const Options& options) const
{
    const QPalette& palette = options.palette;
    const double left = m_layout.metrics().margin;
    const double right = m_layout.size().width() - m_layout.metrics().margin;
    for (const SwimlaneLayout::Break& pause : m_layout.breaks()) {
        const QRectF band(left, pause.top, right - left, pause.height);
        if (!band.intersects(exposed))
            continue;
        painter.fillRect(band, palette.color(QPalette::AlternateBase));
        // A zigzag across the lanes: the time axis is cut here.
        painter.setPen(QPen(palette.color(QPalette::Mid), 1));
        QPainterPath zigzag;
        const double y = band.center().y();
        zigzag.moveTo(left, y);
        for (double x = left; x < right; x += 8)
            zigzag.lineTo(x + 4, y + (int(std::lround((x - left) / 8)) % 2 ? 3 : -3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(zigzag);
        painter.setPen(palette.color(QPalette::Text));
        painter.setFont(withWeight(options.font, false, true));
        const QString text = QStringLiteral("… %1 …").arg(SwimlaneTexts::duration(pause.elapsedMs));
        const QFontMetricsF metrics(painter.font());
        // In the time column, which the view keeps at its left edge.
        const QRectF label(band.left() + timeShift(exposed, options), band.top(), m_layout.metrics().timeColumnWidth, band.height());
        painter.fillRect(QRectF(label.left(), label.center().y() - metrics.height() / 2,
                             metrics.horizontalAdvance(text) + 8, metrics.height()),
            palette.color(QPalette::AlternateBase));
        painter.drawText(label.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        painter.setFont(options.font);
    }
}

QColor SwimlaneRenderer::markOf(int step, const Options& options) const
{
    if (step != options.currentStep && step != options.hoveredStep)
        return {};
    QColor mark = OutcomePalette::markTint(options.palette);
    if (step != options.currentStep)
        mark.setAlphaF(0.5f);
    return mark;
}

void SwimlaneRenderer::paintStep(QPainter& painter, int step, const Options& options) const
{
    const QPalette& palette = options.palette;
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    if (const QColor mark = markOf(step, options); mark.isValid())
        painter.fillRect(m_layout.stepRow(step).united(m_layout.timeCell(step)), mark);
    const QColor color = stepColor(s.outcome, palette);
    if (s.shape == SwimStep::Shape::Box || s.fromLane == s.toLane)
        paintBox(painter, step, color, options);
    else
        paintArrow(painter, step, color, options);
}

void SwimlaneRenderer::paintTimes(QPainter& painter, int first, int last, const QRectF& exposed, const Options& options) const
{
    const double shift = timeShift(exposed, options);
    const QColor base = options.palette.color(QPalette::Base);
    painter.setPen(options.palette.color(QPalette::PlaceholderText));
    for (int step = first; step < last; ++step) {
        const QRectF cell = m_layout.timeCell(step).translated(shift, 0);
        if (shift > 0) { // over the lanes: what paintStep drew there goes
            painter.fillRect(QRectF(exposed.left(), cell.top(), cell.right() - exposed.left(), cell.height()), base);
            if (const QColor mark = markOf(step, options); mark.isValid())
                painter.fillRect(cell, mark);
        }
        drawElided(painter, cell.adjusted(4, 0, -4, 0), m_swimlane.steps[std::size_t(step)].time, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void SwimlaneRenderer::paintArrow(QPainter& painter, int step, const QColor& color, const Options& options) const
{
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    const double y = m_layout.stepY(step) + 5;
    const double from = m_layout.laneCenter(s.fromLane);
    const double to = m_layout.laneCenter(s.toLane);
    const double direction = to > from ? 1 : -1;
    painter.setPen(QPen(color, s.outcome == Outcome::Unknown ? 1.2 : 2));
    painter.drawLine(QPointF(from, y), QPointF(to - direction * ArrowHead, y));
    QPainterPath head;
    head.moveTo(to, y);
    head.lineTo(to - direction * ArrowHead, y - ArrowHead / 2);
    head.lineTo(to - direction * ArrowHead, y + ArrowHead / 2);
    head.closeSubpath();
    painter.fillPath(head, color);
    // The label above the arrow, centred on it; a row holds one step, so a long label may reach past its lanes.
    const QFontMetricsF metrics(options.font);
    const QString text = SwimlaneTexts::stepLabel(s);
    const QRectF label = centredIn(m_layout.stepRow(step), (from + to) / 2,
        std::max(std::abs(to - from) - 8, metrics.horizontalAdvance(text) + 8));
    painter.setPen(s.outcome == Outcome::Unknown ? options.palette.color(QPalette::Text) : color);
    drawElided(painter, QRectF(label.left(), y - 3 - metrics.height(), label.width(), metrics.height()), text,
        Qt::AlignHCenter | Qt::AlignBottom);
}

void SwimlaneRenderer::paintBox(QPainter& painter, int step, const QColor& color, const Options& options) const
{
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    const QString text = SwimlaneTexts::stepLabel(s);
    const QRectF fitted = m_layout.boxRect(step);
    // Grown to its label when the lane is too narrow (the row is the step's alone).
    const QRectF across = centredIn(m_layout.stepRow(step), fitted.center().x(),
        std::max(fitted.width(), QFontMetricsF(options.font).horizontalAdvance(text) + 12));
    const QRectF box(across.left(), fitted.top(), across.width(), fitted.height());
    const QColor tint = OutcomePalette::tint(s.outcome, options.palette);
    painter.setPen(QPen(s.outcome == Outcome::Unknown ? options.palette.color(QPalette::Mid) : color, 1));
    painter.setBrush(tint.isValid() ? tint : options.palette.color(QPalette::AlternateBase));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(options.palette.color(QPalette::Text));
    drawElided(painter, box.adjusted(4, 0, -4, 0), text, Qt::AlignCenter);
}

QRectF SwimlaneRenderer::legendRect() const
{
    const double margin = m_layout.metrics().margin;
    return QRectF(margin, m_layout.size().height(), 320, 4 * LegendLineHeight + margin);
}

void SwimlaneRenderer::paintLegend(QPainter& painter, const Options& options) const
{
    const QPalette& palette = options.palette;
    const QRectF area = legendRect();
    const struct
    {
        Outcome outcome;
        QString text;
    } entries[] = {
        { Outcome::Delivered, SwimlaneTexts::legendDelivered() },
        { Outcome::Deferred, SwimlaneTexts::legendDeferred() },
        { Outcome::Bounced, SwimlaneTexts::legendRefused() },
    };
    double y = area.top() + LegendLineHeight / 2;
    for (const auto& entry : entries) {
        const QColor color = stepColor(entry.outcome, palette);
        painter.setPen(QPen(color, 2));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + LegendSwatch, y));
        painter.setPen(palette.color(QPalette::Text));
        drawElided(painter,
            QRectF(area.left() + LegendSwatch + 8, y - LegendLineHeight / 2, area.width() - LegendSwatch - 8,
                LegendLineHeight),
            entry.text, Qt::AlignLeft | Qt::AlignVCenter);
        y += LegendLineHeight;
    }
    painter.setPen(palette.color(QPalette::Text));
    drawElided(painter, QRectF(area.left(), y - LegendLineHeight / 2, area.width(), LegendLineHeight),
        QStringLiteral("… … ") + SwimlaneTexts::legendBreak(), Qt::AlignLeft | Qt::AlignVCenter);
}
