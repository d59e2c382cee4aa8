#include "swimlanelayout.h"

#include <algorithm>

SwimlaneLayout::SwimlaneLayout(const Swimlane& swimlane)
    : SwimlaneLayout(swimlane, Metrics())
{
}

SwimlaneLayout::SwimlaneLayout(const Swimlane& swimlane, const Metrics& metrics)
    : m_swimlane(swimlane)
    , m_metrics(metrics)
{
    place();
}

void SwimlaneLayout::place()
{
    const Metrics& m = m_metrics;
    m_headerTop = m.margin + double(m_swimlane.hops.size()) * m.summaryLineHeight + (m_swimlane.hops.empty() ? 0 : m.margin);
    m_bodyTop = m_headerTop + m.headerHeight;
    double y = m_bodyTop;
    m_rowTops.reserve(m_swimlane.steps.size());
    for (std::size_t i = 0; i < m_swimlane.steps.size(); ++i) {
        if (i > 0) {
            const std::int64_t waited = m_swimlane.steps[i].startMs - m_swimlane.steps[i - 1].startMs;
            if (waited > m.breakAfterMs) {
                m_breaks.push_back({ y, m.breakHeight, waited });
                y += m.breakHeight;
            }
        }
        m_rowTops.push_back(y);
        y += m.rowHeight;
    }
    double x = m.margin + m.timeColumnWidth;
    for (std::size_t lane = 0; lane < m_swimlane.lanes.size(); ++lane) {
        m_laneLefts.push_back(x);
        x += laneWidth(int(lane));
    }
    m_laneLefts.push_back(x);
    m_size = QSizeF(x + m.margin, y + m.margin);
}

double SwimlaneLayout::laneWidth(int lane) const
{
    const std::vector<double>& widths = m_metrics.laneWidths;
    return std::size_t(lane) < widths.size() ? widths[std::size_t(lane)] : m_metrics.laneWidth;
}

QRectF SwimlaneLayout::summaryLine(int hop) const
{
    const Metrics& m = m_metrics;
    return QRectF(m.margin, m.margin + hop * m.summaryLineHeight, m_size.width() - 2 * m.margin, m.summaryLineHeight);
}

QRectF SwimlaneLayout::laneHeader(int lane) const
{
    return QRectF(m_laneLefts[std::size_t(lane)], m_headerTop, laneWidth(lane), m_metrics.headerHeight);
}

double SwimlaneLayout::laneCenter(int lane) const
{
    return laneHeader(lane).center().x();
}

QRectF SwimlaneLayout::timeCell(int step) const
{
    const Metrics& m = m_metrics;
    return QRectF(m.margin, m_rowTops[std::size_t(step)], m.timeColumnWidth, m.rowHeight);
}

QRectF SwimlaneLayout::stepRow(int step) const
{
    return QRectF(m_laneLefts.front(), m_rowTops[std::size_t(step)], m_laneLefts.back() - m_laneLefts.front(), m_metrics.rowHeight);
}

QRectF SwimlaneLayout::boxRect(int step) const
{
    const Metrics& m = m_metrics;
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    const QRectF header = laneHeader(s.fromLane);
    const double inset = std::min(header.width() * 0.1, 20.0);
    return QRectF(header.left() + inset, stepY(step) - m.boxHeight / 2, header.width() - 2 * inset, m.boxHeight);
}

QRectF SwimlaneLayout::stepRect(int step) const
{
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    const QRectF row = stepRow(step);
    if (s.shape == SwimStep::Shape::Box || s.fromLane == s.toLane) {
        const QRectF box = boxRect(step);
        return QRectF(box.left(), row.top(), box.width(), row.height());
    }
    const double left = std::min(laneCenter(s.fromLane), laneCenter(s.toLane)) - m_metrics.hitTolerance;
    const double right = std::max(laneCenter(s.fromLane), laneCenter(s.toLane)) + m_metrics.hitTolerance;
    return QRectF(left, row.top(), right - left, row.height());
}

std::pair<int, int> SwimlaneLayout::stepsBetween(double top, double bottom) const
{
    const double rowHeight = m_metrics.rowHeight;
    // A row meets the range when it starts before its bottom and ends after its top.
    const auto first = std::lower_bound(m_rowTops.begin(), m_rowTops.end(), top - rowHeight,
        [](double rowTop, double limit) { return rowTop <= limit; });
    const auto last = std::lower_bound(first, m_rowTops.end(), bottom);
    return { int(first - m_rowTops.begin()), int(last - m_rowTops.begin()) };
}

int SwimlaneLayout::stepAt(QPointF point) const
{
    const auto [first, last] = stepsBetween(point.y(), point.y() + 0.001);
    for (int step = first; step < last; ++step) {
        if (stepRect(step).contains(point))
            return step;
    }
    return -1;
}
