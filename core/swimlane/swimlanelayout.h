#pragma once

#include "swimlane.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <utility>
#include <vector>

// The geometry of a swimlane diagram, in logical pixels, without painting: where the per-hop summary, the
// lane headers, the time column and every step go, and which step a point hits. Time flows down, one row
// per step; a wait longer than Metrics::breakAfterMs between two steps becomes a fixed-height break (drawn
// with the elapsed time) so that days of retries still fit. Rows are found by binary search: a view asks
// only for the steps it shows, whatever the diagram's size.
class SwimlaneLayout
{
public:
    struct Metrics
    {
        double margin = 8;
        double summaryLineHeight = 18; // one line per hop above the headers
        double headerHeight = 46; // lane title and subtitle
        double timeColumnWidth = 150;
        double laneWidth = 190; // of lanes without their own width
        std::vector<double> laneWidths; // per lane, when they differ (titles of different lengths)
        double rowHeight = 30;
        double breakHeight = 30;
        double boxHeight = 20;
        double hitTolerance = 6; // how far beside an arrow a click still hits it
        std::int64_t breakAfterMs = 60'000;
    };

    struct Break
    {
        double top = 0;
        double height = 0;
        std::int64_t elapsedMs = 0;
    };

    explicit SwimlaneLayout(const Swimlane& swimlane);
    SwimlaneLayout(const Swimlane& swimlane, const Metrics& metrics);

    const Metrics& metrics() const { return m_metrics; }
    QSizeF size() const { return m_size; }

    // One line per hop, from the top margin.
    QRectF summaryLine(int hop) const;
    QRectF laneHeader(int lane) const;
    double laneCenter(int lane) const;
    // Where the steps begin (below the headers) and the time column.
    double bodyTop() const { return m_bodyTop; }
    QRectF timeCell(int step) const;

    // The row of a step: its arrow or box sits in the middle, its label above the arrow.
    QRectF stepRow(int step) const;
    double stepY(int step) const { return stepRow(step).center().y(); }
    // What a step covers: an arrow's span between its lanes, a box's rectangle (both with their label).
    QRectF stepRect(int step) const;
    // The box of a Box step.
    QRectF boxRect(int step) const;
    const std::vector<Break>& breaks() const { return m_breaks; }

    // The steps whose rows meet [top, bottom): [first, last).
    std::pair<int, int> stepsBetween(double top, double bottom) const;
    // The step under a point, or -1.
    int stepAt(QPointF point) const;

private:
    void place();
    double laneWidth(int lane) const;

    const Swimlane& m_swimlane;
    Metrics m_metrics;
    std::vector<double> m_laneLefts; // per lane, and the right end of the last
    std::vector<double> m_rowTops; // per step
    std::vector<Break> m_breaks;
    double m_headerTop = 0;
    double m_bodyTop = 0;
    QSizeF m_size;
};
