// The swimlane view: clicking a step or walking the steps with the keyboard activates its line, the table's
// selection highlights its step, zooming keeps within bounds and Ctrl+0 fits, hovering shows the raw line
// as plain text, and only visible rows are painted.
#include "languagemanager.h"
#include "outcomepalette.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlane/swimlanetexts.h"
#include "swimlanerenderer.h"
#include "swimlaneview.h"
#include "tracetesting.h"
#include "trace/tracer.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

class TestSwimlaneView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.loadSamples({ u"ironport"_s, u"postfix"_s }));
        m_mid = m_fixture.message("esa1", "30011");
        QVERIFY(m_mid != NoIndex);
    }

    void init()
    {
        m_view = std::make_unique<SwimlaneView>();
        m_view->resize(900, 400);
        m_view->setSwimlane(SwimlaneBuilder::build(m_fixture.graph, m_fixture.logs, Tracer::path(m_fixture.graph, m_mid)), snapshot());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void clickActivatesTheStepsLine()
    {
        QSignalSpy activated(m_view.get(), &SwimlaneView::eventActivated);
        const int step = 3; // RCPT TO k.ito, rejected
        const QPoint point = m_view->pointOfStep(step);
        QCOMPARE(m_view->stepAt(point), step);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(activated.size(), 1);
        const EventRef event = activated.front().front().value<EventRef>();
        QCOMPARE(event, m_view->swimlane().steps[step].events.front());
        QVERIFY(m_fixture.logs.log(event.log).text(event.index).contains(u"k.ito@example.jp"_s));
        QCOMPARE(m_view->currentStep(), step);

        // Clicking beside every arrow activates nothing.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(5, m_view->viewport()->height() - 5));
        QCOMPARE(activated.size(), 1);
    }

    void keyboardWalksTheSteps()
    {
        QSignalSpy activated(m_view.get(), &SwimlaneView::eventActivated);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->currentStep(), 0);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->currentStep(), 2);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_view->currentStep(), 1);
        QCOMPARE(activated.size(), 4);
        QCOMPARE(activated.back().front().value<EventRef>(), m_view->swimlane().steps[1].events.front());
        // The last step is scrolled into view.
        QTest::keyClick(m_view.get(), Qt::Key_End);
        const int last = int(m_view->swimlane().steps.size()) - 1;
        QCOMPARE(m_view->currentStep(), last);
        QVERIFY(m_view->viewport()->rect().contains(m_view->pointOfStep(last)));
    }

    void theTablesSelectionHighlightsItsStep()
    {
        QSignalSpy activated(m_view.get(), &SwimlaneView::eventActivated);
        const int step = int(m_view->swimlane().steps.size()) - 4;
        m_view->setCurrentEvent(m_view->swimlane().steps[step].events.back());
        QCOMPARE(m_view->currentStep(), step);
        QVERIFY(m_view->viewport()->rect().contains(m_view->pointOfStep(step)));
        QVERIFY(activated.isEmpty());
        m_view->setCurrentEvent({});
        QCOMPARE(m_view->currentStep(), -1);
    }

    void zoom()
    {
        QCOMPARE(m_view->zoom(), 1.0);
        QWheelEvent wheel(QPointF(100, 100), m_view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->zoom() > 1.1);
        m_view->setZoom(100);
        QCOMPARE(m_view->zoom(), 4.0);
        m_view->setZoom(0);
        QCOMPARE(m_view->zoom(), 0.2);
        // Ctrl+0 fits the width, and time scrolls: fitting the whole diagram made its labels too small to read.
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(m_view->zoom() < 1.0);
        QVERIFY(m_view->zoom() >= SwimlaneView::ReadableZoom);
        QVERIFY(m_view->verticalScrollBar()->maximum() > 0);
        // Hit testing follows the zoom.
        QCOMPARE(m_view->stepAt(m_view->pointOfStep(5)), 5);
    }

    void fitKeepsLabelsReadable()
    {
        QCOMPARE(m_view->zoom(), 1.0);
        const int natural = m_view->horizontalScrollBar()->maximum() + m_view->viewport()->width(); // the diagram's width
        // A view where the diagram fits at a readable size: exactly its width, only time scrolls.
        m_view->resize(natural * 9 / 10 + 40, 300);
        m_view->setCurrentEvent(m_view->swimlane().steps[10].events.front());
        const int step = m_view->currentStep();
        QVERIFY(step >= 0);
        m_view->zoomToFit();
        QVERIFY(m_view->zoom() >= SwimlaneView::ReadableZoom && m_view->zoom() < 1.0);
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(m_view->verticalScrollBar()->maximum() > 0);
        QVERIFY(m_view->viewport()->rect().contains(m_view->pointOfStep(step))); // the selection stays in view
        // Too narrow for that: readable still, the lanes scroll too.
        m_view->resize(400, 300);
        m_view->zoomToFit();
        QCOMPARE(m_view->zoom(), SwimlaneView::ReadableZoom);
        QVERIFY(m_view->horizontalScrollBar()->maximum() > 0);
        QVERIFY(m_view->viewport()->rect().contains(m_view->pointOfStep(step)));
        // A diagram narrower than the view is not enlarged.
        m_view->resize(int(natural) + 200, 300);
        m_view->zoomToFit();
        QCOMPARE(m_view->zoom(), 1.0);
    }

    // Where the time went on each hop, above the diagram: unscaled, whole, wherever the diagram is scrolled.
    void summaryStaysAboveTheDiagram()
    {
        const QLabel* summary = m_view->summary();
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text().count(u'\n') + 1, int(m_view->swimlane().hops.size()));
        QVERIFY(summary->text().startsWith(SwimlaneTexts::hopSummary(m_view->swimlane().hops.front())));
        QVERIFY(summary->height() >= summary->heightForWidth(summary->width()));
        QVERIFY(summary->geometry().bottom() < m_view->viewport()->geometry().top());
        // Narrow: the lines wrap instead of being cut, and the diagram moves down.
        const int lines = summary->height();
        m_view->resize(300, 400);
        QVERIFY(summary->height() > lines);
        QVERIFY(summary->geometry().bottom() < m_view->viewport()->geometry().top());
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        QVERIFY(summary->isVisible());
        m_view->clear();
        QVERIFY(summary->isHidden());
        QCOMPARE(m_view->viewport()->geometry().top(), m_view->contentsRect().top());
    }

    // Scrolled sideways, the times stay at the left edge, as they are unscrolled.
    void timesStayInViewWhenScrolledSideways()
    {
        m_view->setCurrentEvent(m_view->swimlane().steps[2].events.front());
        // The time cells of the rows in view (between rows, lanes go on under the time column).
        const auto timeColumn = [this] {
            const SwimlaneLayout::Metrics metrics = SwimlaneRenderer::metricsFor(m_view->swimlane(), m_view->font());
            const QImage image = m_view->viewport()->grab().toImage();
            QList<QImage> cells;
            for (int step = 0; m_view->pointOfStep(step).y() + metrics.rowHeight < image.height(); ++step) {
                const int middle = m_view->pointOfStep(step).y();
                cells.append(image.copy(0, middle - int(metrics.rowHeight / 2) + 1, int(metrics.timeColumnWidth), int(metrics.rowHeight) - 2));
            }
            return cells;
        };
        const QList<QImage> unscrolled = timeColumn();
        QVERIFY(unscrolled.size() > 5);
        QVERIFY(m_view->horizontalScrollBar()->maximum() > 300);
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum());
        QCOMPARE(timeColumn(), unscrolled);
    }

    void hoverShowsTheLineAsPlainText()
    {
        const int step = 3;
        const QPoint point = m_view->pointOfStep(step);
        QHelpEvent help(QEvent::ToolTip, point, m_view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"RCPT TO:&lt;k.ito@example.jp&gt;"_s), qPrintable(tip)); // escaped, not markup
        QVERIFY2(tip.contains(u"after the start"_s), qPrintable(tip));
        QToolTip::hideText();
    }

    void paintsTheCurrentStep()
    {
        m_view->setCurrentEvent(m_view->swimlane().steps[2].events.front());
        const QImage image = m_view->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
        // In the time column, above the time: the current step's row has the selection mark, another row none.
        const int x = 10;
        const int above = 12;
        QCOMPARE(image.pixelColor(x, m_view->pointOfStep(2).y() - above).rgb(), OutcomePalette::markTint(m_view->palette()).rgb());
        QCOMPARE(image.pixelColor(x, m_view->pointOfStep(4).y() - above).rgb(), m_view->palette().color(QPalette::Base).rgb());
    }

    // Labels are worded when painted: switching the language needs no rebuild; lanes widen to their new titles.
    void followsTheLanguage()
    {
        const SwimLane& server = m_view->swimlane().lanes[1];
        QCOMPARE(SwimlaneTexts::laneTitle(server), u"esa1 (server)"_s);
        const QImage english = m_view->viewport()->grab().toImage();
        LanguageManager languages;
        QVERIFY(languages.useForThisRun(u"ja"_s));
        QCOMPARE(SwimlaneTexts::laneTitle(server), u"esa1 (受信側)"_s);
        QCOMPARE(SwimlaneTexts::stepLabel(m_view->swimlane().steps[0]), u"接続"_s);
        QTRY_VERIFY(m_view->viewport()->grab().toImage() != english);
        QVERIFY(languages.useForThisRun(u"en"_s));
        QCOMPARE(SwimlaneTexts::laneTitle(server), u"esa1 (server)"_s);
    }

    void emptyWhenCleared()
    {
        m_view->clear();
        QVERIFY(m_view->swimlane().isEmpty());
        QCOMPARE(m_view->stepAt(QPoint(100, 100)), -1);
        QVERIFY(!m_view->viewport()->grab().isNull());
    }

    void cleanup() { m_view.reset(); }

private:
    std::shared_ptr<const WorkspaceSnapshot> snapshot() const
    {
        return std::make_shared<const WorkspaceSnapshot>(WorkspaceSnapshot { m_fixture.logs, {}, {} });
    }

    TraceFixture m_fixture;
    std::uint32_t m_mid = NoIndex;
    std::unique_ptr<SwimlaneView> m_view;
};

QTEST_MAIN(TestSwimlaneView)
#include "tst_swimlaneview.moc"
