#include "swimlaneview.h"

#include "plaintexttooltip.h"
#include "swimlane/swimlanetexts.h"
#include "swimlanerenderer.h"
#include "textdecoding.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double MinZoom = 0.2;
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.15;

} // namespace

SwimlaneView::SwimlaneView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_summary(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    m_summary->setTextFormat(Qt::PlainText); // hop names come from the logs
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);
    m_summary->setBackgroundRole(QPalette::Base);
    m_summary->setAutoFillBackground(true);
    m_summary->hide();
    relayout();
}

SwimlaneView::~SwimlaneView() = default;

void SwimlaneView::setSwimlane(Swimlane swimlane, std::shared_ptr<const WorkspaceSnapshot> snapshot)
{
    m_layout.reset(); // it refers to the old diagram
    m_swimlane = std::move(swimlane);
    m_snapshot = std::move(snapshot);
    m_currentStep = -1;
    m_hoveredStep = -1;
    updateSummary();
    relayout();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

void SwimlaneView::clear()
{
    setSwimlane({}, nullptr);
}

void SwimlaneView::relayout()
{
    m_layout.reset();
    SwimlaneLayout::Metrics metrics = SwimlaneRenderer::metricsFor(m_swimlane, font());
    metrics.summaryLineHeight = 0; // the summary is shown above the diagram (m_summary)
    m_layout.emplace(m_swimlane, metrics);
    updateScrollBars();
    viewport()->update();
}

void SwimlaneView::updateSummary()
{
    QStringList lines;
    for (const SwimHop& hop : m_swimlane.hops)
        lines.append(TextDecoding::withVisibleControls(SwimlaneTexts::hopSummary(hop)));
    m_summary->setText(lines.join(u'\n'));
    m_summary->setVisible(!lines.isEmpty());
    layoutSummary();
}

void SwimlaneView::layoutSummary()
{
    const QRect area = contentsRect();
    const int height = m_summary->isHidden() ? 0 : m_summary->heightForWidth(area.width());
    setViewportMargins(0, height, 0, 0);
    m_summary->setGeometry(area.left(), area.top(), area.width(), height);
}

void SwimlaneView::setCurrentEvent(EventRef event)
{
    const int step = m_swimlane.stepOf(event);
    if (step == m_currentStep)
        return;
    m_currentStep = step;
    if (step >= 0)
        ensureVisible(step);
    viewport()->update();
}

void SwimlaneView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-9)
        return;
    // Keep the middle of the view where it is.
    const QPointF middle = toDiagram(viewport()->rect().center());
    m_zoom = zoom;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(middle.x() * m_zoom - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(middle.y() * m_zoom - viewport()->height() / 2.0));
    viewport()->update();
}

void SwimlaneView::zoomToFit()
{
    // The vertical scroll bar the diagram will need takes its width from the view; half a pixel less, so that
    // rounding never leaves a horizontal scroll bar of one pixel.
    const int bar = verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width();
    setZoom(std::clamp((viewport()->width() - bar - 0.5) / m_layout->size().width(), ReadableZoom, 1.0));
    if (m_currentStep >= 0)
        ensureVisible(m_currentStep);
}

void SwimlaneView::updateScrollBars()
{
    const QSizeF size = m_layout->size() * m_zoom;
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(int(m_layout->metrics().rowHeight * m_zoom));
}

QPointF SwimlaneView::toDiagram(QPoint viewportPoint) const
{
    return QPointF(viewportPoint.x() + horizontalScrollBar()->value(), viewportPoint.y() + verticalScrollBar()->value()) / m_zoom;
}

int SwimlaneView::stepAt(QPoint viewportPoint) const
{
    return m_layout->stepAt(toDiagram(viewportPoint));
}

QPoint SwimlaneView::pointOfStep(int step) const
{
    const QRectF rect = m_layout->stepRect(step);
    const QPointF diagram(rect.center().x(), m_layout->stepY(step));
    return QPoint(int(diagram.x() * m_zoom) - horizontalScrollBar()->value(), int(diagram.y() * m_zoom) - verticalScrollBar()->value());
}

void SwimlaneView::ensureVisible(int step)
{
    const QRectF row = m_layout->stepRow(step);
    const int top = int(row.top() * m_zoom);
    const int bottom = int(row.bottom() * m_zoom);
    const int headers = int(m_layout->metrics().headerHeight * m_zoom); // they stay at the top, over the rows
    QScrollBar* vertical = verticalScrollBar();
    if (top < vertical->value() + headers)
        vertical->setValue(top - headers - int(m_layout->metrics().rowHeight * m_zoom));
    else if (bottom > vertical->value() + viewport()->height())
        vertical->setValue(bottom - viewport()->height() + int(m_layout->metrics().rowHeight * m_zoom));
    const QRectF span = m_layout->stepRect(step);
    QScrollBar* horizontal = horizontalScrollBar();
    if (span.left() * m_zoom < horizontal->value() || span.right() * m_zoom > horizontal->value() + viewport()->width())
        horizontal->setValue(int(span.center().x() * m_zoom - viewport()->width() / 2.0));
}

void SwimlaneView::activateStep(int step)
{
    if (step < 0 || step >= int(m_swimlane.steps.size()))
        return;
    m_currentStep = step;
    ensureVisible(step);
    viewport()->update();
    emit eventActivated(m_swimlane.steps[std::size_t(step)].events.front());
}

void SwimlaneView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    if (m_swimlane.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Select a message to see its path as a swimlane diagram."));
        return;
    }
    painter.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    painter.scale(m_zoom, m_zoom);
    SwimlaneRenderer::Options options;
    options.palette = palette();
    options.font = font();
    options.currentStep = m_currentStep;
    options.hoveredStep = m_hoveredStep;
    options.stickyHeaders = true;
    options.summary = false; // m_summary shows it
    const QRectF exposed(toDiagram(QPoint(0, 0)), toDiagram(QPoint(viewport()->width(), viewport()->height())));
    SwimlaneRenderer(m_swimlane, *m_layout).paint(painter, exposed, options);
}

void SwimlaneView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutSummary();
    updateScrollBars();
    // Also the first time a tab shows the view: the selection was scrolled to in a view not laid out yet.
    if (m_currentStep >= 0)
        ensureVisible(m_currentStep);
}

void SwimlaneView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    activateStep(stepAt(event->position().toPoint()));
    event->accept();
}

void SwimlaneView::mouseReleaseEvent(QMouseEvent* event)
{
    event->setAccepted(event->button() == Qt::LeftButton);
}

void SwimlaneView::mouseMoveEvent(QMouseEvent* event)
{
    const int step = stepAt(event->position().toPoint());
    if (step != m_hoveredStep) {
        m_hoveredStep = step;
        viewport()->setCursor(step >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SwimlaneView::leaveEvent(QEvent* event)
{
    m_hoveredStep = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

void SwimlaneView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int notches = event->angleDelta().y() / 120;
        if (notches != 0)
            setZoom(m_zoom * std::pow(ZoomStep, notches));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void SwimlaneView::keyPressEvent(QKeyEvent* event)
{
    const int steps = int(m_swimlane.steps.size());
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        setZoom(m_zoom * ZoomStep);
    } else if (event->matches(QKeySequence::ZoomOut)) {
        setZoom(m_zoom / ZoomStep);
    } else if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        zoomToFit();
    } else if (steps > 0 && event->key() == Qt::Key_Down) {
        activateStep(std::min(steps - 1, m_currentStep + 1));
    } else if (steps > 0 && event->key() == Qt::Key_Up) {
        activateStep(std::max(0, m_currentStep < 0 ? 0 : m_currentStep - 1));
    } else if (steps > 0 && event->key() == Qt::Key_Home) {
        activateStep(0);
    } else if (steps > 0 && event->key() == Qt::Key_End) {
        activateStep(steps - 1);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

QString SwimlaneView::toolTipOf(int step) const
{
    const SwimStep& s = m_swimlane.steps[std::size_t(step)];
    QString text = SwimlaneTexts::stepLabel(s) + u'\n';
    if (step > 0)
        text += tr("%1 after the previous step").arg(SwimlaneTexts::duration(s.startMs - m_swimlane.steps[std::size_t(step - 1)].startMs)) + u'\n';
    text += tr("%1 after the start").arg(SwimlaneTexts::duration(s.startMs - m_swimlane.steps.front().startMs)) + u'\n';
    if (m_snapshot) {
        for (const EventRef& event : s.events) {
            if (event.log < m_snapshot->logs.size())
                text += u'\n' + m_snapshot->logs.log(event.log).displayText(event.index);
        }
    }
    return text;
}

bool SwimlaneView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int step = stepAt(help->pos());
        if (step >= 0)
            QToolTip::showText(help->globalPos(), PlainTextToolTip::wrap(toolTipOf(step)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SwimlaneView::changeEvent(QEvent* event)
{
    // Titles change width with the language and the font; colours follow the palette at the next paint.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateSummary();
        relayout();
    }
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}
