#pragma once

#include "swimlane/swimlane.h"
#include "swimlane/swimlanelayout.h"

#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

// Paints a laid-out swimlane diagram with QPainter alone, so the view, SVG and PNG exports and the CLI draw
// the same picture. Only what meets `exposed` is painted (the view passes its visible rectangle), found by
// binary search: cost follows the screen, not the diagram. Colours come from the palette and
// OutcomePalette (delivered green, deferred amber, refused red), so dark themes work. Log text is drawn as
// plain text; labels too long for their space are elided.
class SwimlaneRenderer
{
public:
    struct Options
    {
        QPalette palette;
        QFont font;
        int currentStep = -1; // highlighted (the selection)
        int hoveredStep = -1;
        bool legend = false; // exports carry a legend
        // The view's: lane headers stay at the top of `exposed` when it scrolls below them, and the times at its
        // left when it scrolls sideways.
        bool stickyHeaders = false;
        bool summary = true; // the per-hop summary lines above the headers (the view shows them outside the diagram)
    };

    SwimlaneRenderer(const Swimlane& swimlane, const SwimlaneLayout& layout);

    // Metrics that fit this diagram's texts in this font: lanes as wide as their header texts (within limits), the
    // time column as wide as a time.
    static SwimlaneLayout::Metrics metricsFor(const Swimlane& swimlane, const QFont& font);

    void paint(QPainter& painter, const QRectF& exposed, const Options& options) const;
    // The size of the picture, legend included.
    QSizeF size(const Options& options) const;

private:
    void paintLaneLines(QPainter& painter, const QRectF& exposed, const Options& options) const;
    void paintHeaders(QPainter& painter, const QRectF& exposed, const Options& options) const;
    void paintSummary(QPainter& painter, const Options& options) const;
    void paintBreaks(QPainter& painter, const QRectF& exposed, const Options& options) const;
    void paintStep(QPainter& painter, int step, const Options& options) const;
    void paintTimes(QPainter& painter, int first, int last, const QRectF& exposed, const Options& options) const;
    QColor markOf(int step, const Options& options) const;
    void paintArrow(QPainter& painter, int step, const QColor& color, const Options& options) const;
    void paintBox(QPainter& painter, int step, const QColor& color, const Options& options) const;
    void paintLegend(QPainter& painter, const Options& options) const;
    QRectF legendRect() const;

    const Swimlane& m_swimlane;
    const SwimlaneLayout& m_layout;
};
