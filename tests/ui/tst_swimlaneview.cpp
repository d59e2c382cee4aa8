// The swimlane view: clicking a step or walking the steps with the keyboard activates its line, the table's
// selection highlights its step, zooming keeps within bounds and Ctrl+0 fits, hovering shows the raw line
// as plain text, and only visible rows are painted.
#include "languagemanager.h"
#include "outcomepalette.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlane/swimlanetexts.h"
#include "swimlaneview.h"
#include "tracetesting.h"
#include "trace/tracer.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHelpEvent>
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
        // Ctrl+0: the whole diagram in the view, no scrolling left.
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(m_view->zoom() < 1.0);
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), 0);
        // Hit testing follows the zoom.
        QCOMPARE(m_view->stepAt(m_view->pointOfStep(5)), 5);
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
