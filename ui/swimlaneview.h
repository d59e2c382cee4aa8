#pragma once

#include "eventrefmetatype.h"
#include "swimlane/swimlane.h"
#include "swimlane/swimlanelayout.h"
#include "workspace/workspacesnapshot.h"

#include <QAbstractScrollArea>

class QLabel;

#include <memory>
#include <optional>

// The swimlane diagram of the selected trace, on screen: a thin scroll area over SwimlaneLayout (geometry,
// hit testing) and SwimlaneRenderer (painting only the visible rows). The per-hop summary (where the time
// went) stays above the diagram, unscaled and wrapped to the width, whatever is scrolled or zoomed. Clicking a
// step or walking the steps with Up/Down activates its line (the window selects it in the table and raw view);
// hovering shows the line as plain text with the time since the previous step and since the start.
// Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the diagram's width in the view (time scrolls).
class SwimlaneView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SwimlaneView(QWidget* parent = nullptr);
    ~SwimlaneView() override;

    // Shows a diagram whose lines are read from `snapshot` (tooltips).
    void setSwimlane(Swimlane swimlane, std::shared_ptr<const WorkspaceSnapshot> snapshot);
    void clear();
    const Swimlane& swimlane() const { return m_swimlane; }

    // Highlights the step with this line (the table's selection) and scrolls to it; no signal.
    void setCurrentEvent(EventRef event);
    int currentStep() const { return m_currentStep; }

    // Fitting never zooms out further: smaller labels are guessed rather than read.
    static constexpr double ReadableZoom = 0.8;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // As wide as the view (scrolling in time only), but not below ReadableZoom (then the lanes scroll too) nor
    // above the diagram's own size.
    void zoomToFit();
    // The hops' summary lines above the diagram (tests).
    QLabel* summary() const { return m_summary; }

    // What the diagram would show at this point of the viewport: a step index or -1 (tests, tooltips).
    int stepAt(QPoint viewportPoint) const;
    // The viewport point at the middle of a step's arrow or box.
    QPoint pointOfStep(int step) const;

signals:
    void eventActivated(EventRef event);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    void updateSummary();
    void layoutSummary();
    void updateScrollBars();
    void activateStep(int step);
    void ensureVisible(int step);
    QPointF toDiagram(QPoint viewportPoint) const;
    QString toolTipOf(int step) const;

    Swimlane m_swimlane;
    std::shared_ptr<const WorkspaceSnapshot> m_snapshot;
    std::optional<SwimlaneLayout> m_layout; // refers to m_swimlane
    QLabel* m_summary;
    int m_currentStep = -1;
    int m_hoveredStep = -1;
    double m_zoom = 1.0;
};
