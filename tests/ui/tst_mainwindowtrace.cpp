// The main window on the bundled samples: sorting, filtering, and click-through tracing (trace panel,
// next hop, Back/Forward, Find by ID, only this trace, the message list).
#include "filterbar.h"
#include "logtableview.h"
#include "mainactions.h"
#include "mainwindowtesting.h"
#include "messagetablemodel.h"
#include "outcomepalette.h"
#include "rawview.h"
#include "sourcesmodel.h"
#include "swimlane/swimlanetexts.h"
#include "swimlaneview.h"
#include "tracemodel.h"
#include "tracepanel.h"
#include "trace/messagesummary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace MainWindowTesting;

namespace {

QString cell(const MainWindow& window, int row, EventColumn column)
{
    return window.eventModel()->index(row, int(column)).data().toString();
}

// The primary ID of the message the current event belongs to ("4VbT0K2mQzz3xYp", "30011").
QString currentMessageId(const MainWindow& window)
{
    const MailGraph& graph = *window.workspace().graph();
    const std::uint32_t message = graph.messageOf(window.currentEvent());
    if (message == NoIndex)
        return {};
    return QString::fromUtf8(window.workspace().strings()->view(graph.messages[message].id));
}

QString focusMessageId(const MainWindow& window)
{
    const MailGraph& graph = *window.workspace().graph();
    return window.focusMessage() == NoIndex ? QString()
                                            : QString::fromUtf8(window.workspace().strings()->view(graph.messages[window.focusMessage()].id));
}

// Every item of the trace tree, depth first.
QModelIndexList traceItems(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QModelIndexList items;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        items.append(index);
        items.append(traceItems(model, index));
    }
    return items;
}

} // namespace

class TestMainWindowTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(u"tst_mainwindowtrace"_s);
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->show();
        QVERIFY(loadAndWait(*m_window, [this] { m_window->openSampleLogs(); }));
        QVERIFY(m_window->workspace().graph());
    }

    void init()
    {
        m_window->filterBar()->setText({});
        m_window->eventView()->sortByColumn(-1, Qt::AscendingOrder);
        if (m_window->actions()->traceOnly->isChecked())
            m_window->actions()->traceOnly->trigger();
    }

    void shouldShowEveryEventAndMessageOfTheSamples()
    {
        const Workspace& workspace = m_window->workspace();
        QVERIFY(workspace.logs().size() >= 12);
        QCOMPARE(std::size_t(m_window->eventModel()->rowCount()), workspace.timeline().size());
        QCOMPARE(qint64(m_window->eventModel()->rowCount()), workspace.logs().totalEvents());
        QCOMPARE(std::size_t(m_window->messageModel()->rowCount()), workspace.graph()->messages.size());
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*> { m_window->eventModel(), m_window->messageModel(),
                 m_window->tracePanel()->model(), m_window->sourcesModel() }) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        // Rows of one time order across files: the table starts with the earliest event of all.
        const auto timeOf = [&](int row) {
            const EventRef event = m_window->eventModel()->eventAt(row);
            return workspace.logs().log(event.log).event(event.index).utcMs;
        };
        for (int row = 1; row < m_window->eventModel()->rowCount(); ++row)
            QVERIFY(timeOf(row - 1) <= timeOf(row));
    }

    void shouldSortByTimeAndByStatus()
    {
        QHeaderView* header = m_window->eventView()->horizontalHeader();
        header->setSortIndicator(int(EventColumn::Time), Qt::DescendingOrder);
        QVERIFY(cell(*m_window, 0, EventColumn::Time) > cell(*m_window, m_window->eventModel()->rowCount() - 1, EventColumn::Time));

        header->setSortIndicator(int(EventColumn::Status), Qt::AscendingOrder);
        const int rows = m_window->eventModel()->rowCount();
        int distinct = 1;
        for (int row = 1; row < rows; ++row) {
            const QString previous = cell(*m_window, row - 1, EventColumn::Status);
            const QString current = cell(*m_window, row, EventColumn::Status);
            const int order = previous.compare(current, Qt::CaseInsensitive);
            QVERIFY2(order <= 0, qPrintable(previous + u" > "_s + current));
            if (order == 0) // ties keep time order (stable)
                QVERIFY2(cell(*m_window, row - 1, EventColumn::Time) <= cell(*m_window, row, EventColumn::Time),
                    qPrintable(cell(*m_window, row - 1, EventColumn::Time) + u" > "_s + cell(*m_window, row, EventColumn::Time) + u" in "_s
                        + textOf(*m_window, m_window->eventModel()->eventAt(row))));
            else
                ++distinct;
        }
        QVERIFY(distinct > 3);
        // The selection stays on its event while the rows move.
        const EventRef selected = m_window->eventModel()->eventAt(rows / 2);
        m_window->selectEvent(selected);
        header->setSortIndicator(int(EventColumn::Host), Qt::AscendingOrder);
        QCOMPARE(m_window->eventModel()->eventAt(m_window->eventView()->currentIndex().row()), selected);
    }

    void shouldFilterByStatus()
    {
        m_window->filterBar()->setText(u"status:bounced"_s);
        const int rows = m_window->eventModel()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(std::size_t(rows) < m_window->eventModel()->totalEvents());
        bool postfixBounce = false;
        for (int row = 0; row < rows; ++row) {
            const EventRef event = m_window->eventModel()->eventAt(row);
            const bool bounced = m_window->workspace().logs().log(event.log).event(event.index).kind == EventKind::Bounced
                || cell(*m_window, row, EventColumn::Status).compare(u"bounced"_s, Qt::CaseInsensitive) == 0;
            QVERIFY2(bounced, qPrintable(textOf(*m_window, event)));
            postfixBounce = postfixBounce || textOf(*m_window, event).contains(u"4VbV4L0qnJz7tBN: to=<k.watanabe@partner.example>"_s);
        }
        QVERIFY(postfixBounce);
        // The messages list is filtered by the same query.
        QVERIFY(m_window->messageModel()->rowCount() > 0);
        QVERIFY(m_window->messageModel()->rowCount() < int(m_window->workspace().graph()->messages.size()));

        m_window->filterBar()->setText(u"frm:x"_s); // an unknown field keeps the last valid filter
        QCOMPARE(m_window->eventModel()->rowCount(), rows);

        // The bar's Problems button and View > Problems Only are one switch.
        m_window->filterBar()->setText({});
        m_window->filterBar()->problemsButton()->click();
        QVERIFY(m_window->actions()->problemsOnly->isChecked());
        const int problems = m_window->eventModel()->rowCount();
        QVERIFY(problems > 0);
        for (int row = 0; row < problems; ++row) {
            const EventRef event = m_window->eventModel()->eventAt(row);
            QVERIFY(isProblemKind(m_window->workspace().logs().log(event.log).event(event.index).kind));
        }
        m_window->actions()->problemsOnly->trigger();
        QVERIFY(!m_window->filterBar()->problemsButton()->isChecked());
        QCOMPARE(std::size_t(m_window->eventModel()->rowCount()), m_window->eventModel()->totalEvents());
    }

    void shouldListTheBounceNotificationInTheTracePanel()
    {
        const EventRef bounce = eventContaining(*m_window, u"4VbV4L0qnJz7tBN: to=<k.watanabe@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=335");
        QVERIFY(bounce.isValid());
        m_window->selectEvent(bounce);
        QCOMPARE(focusMessageId(*m_window), u"4VbV4L0qnJz7tBN"_s);
        const TraceModel* trace = m_window->tracePanel()->model();
        bool notification = false;
        for (const QModelIndex& item : traceItems(trace)) {
            if (item.data(TraceModel::ItemTypeRole).toInt() == int(TraceModel::ItemType::Link)
                && item.data().toString().contains(u"4VbVBn3Yjjz7tBX"_s))
                notification = true;
        }
        QVERIFY(notification);
        // The bounce's own lines are highlighted in the table: marked and bold; lines of other mail are not.
        const int row = m_window->eventView()->currentIndex().row();
        QVERIFY(m_window->eventModel()->inTrace(m_window->eventModel()->eventAt(row)));
        const QModelIndex traced = m_window->eventModel()->index(row, int(EventColumn::Text));
        QCOMPARE(traced.data(Qt::BackgroundRole).value<QColor>(), OutcomePalette::markTint(QGuiApplication::palette()));
        QVERIFY(traced.data(Qt::FontRole).value<QFont>().bold());
        const int other = rowContaining(*m_window, u"MID 30010");
        QVERIFY(other >= 0);
        QVERIFY(!m_window->eventModel()->index(other, 0).data(Qt::FontRole).value<QFont>().bold());
        const RawView* raw = m_window->rawView();
        QCOMPARE(raw->document()->findBlockByNumber(raw->focusBlock()).text(), textOf(*m_window, bounce));
    }

    void shouldJumpToTheNextHopAndBack()
    {
        const EventRef gateway = eventContaining(*m_window, u"MID 30011 queued for delivery");
        QVERIFY2(gateway.isValid(), "the IronPort sample has MID 30011");
        m_window->selectEvent(gateway);
        QCOMPARE(focusMessageId(*m_window), u"30011"_s);
        QVERIFY(m_window->actions()->nextHop->isEnabled());

        m_window->actions()->nextHop->trigger();
        QCOMPARE(focusMessageId(*m_window), u"4VbT0K2mQzz3xYp"_s);
        QCOMPARE(currentMessageId(*m_window), u"4VbT0K2mQzz3xYp"_s);
        QCOMPARE(m_window->eventModel()->eventAt(m_window->eventView()->currentIndex().row()), m_window->currentEvent());

        m_window->actions()->back->trigger();
        QCOMPARE(m_window->currentEvent(), gateway);
        QVERIFY(m_window->actions()->forward->isEnabled());
        m_window->actions()->forward->trigger();
        QCOMPARE(currentMessageId(*m_window), u"4VbT0K2mQzz3xYp"_s);
        m_window->actions()->previousHop->trigger();
        QCOMPARE(focusMessageId(*m_window), u"30011"_s);
    }

    void shouldJumpToAnEventFromTheTracePanel()
    {
        QVERIFY(m_window->findById(u"4VbT0K2mQzz3xYp"_s));
        const TraceModel* trace = m_window->tracePanel()->model();
        QModelIndex attempt;
        for (const QModelIndex& item : traceItems(trace)) {
            if (item.data(TraceModel::ItemTypeRole).toInt() == int(TraceModel::ItemType::Attempt)
                && textOf(*m_window, item.data(TraceModel::EventRole).value<EventRef>()).contains(u"to=<hanako@example.jp>"_s))
                attempt = item;
        }
        QVERIFY(attempt.isValid());
        QTreeView* view = m_window->tracePanel()->view();
        view->scrollTo(attempt);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(attempt).center());
        QVERIFY(textOf(*m_window, m_window->currentEvent()).contains(u"status=sent"_s));
        QCOMPARE(m_window->tracePanel()->model()->path().size(), std::size_t(4)); // the path stayed
    }

    void shouldFindTracesByIdentifier()
    {
        QLineEdit* box = m_window->findBox();
        m_window->actions()->findById->trigger();
        QCOMPARE(m_window->focusWidget(), box);
        box->setText(u"<20240327001400.1A2B@mail.example.net>"_s);
        QTest::keyClick(box, Qt::Key_Return);
        const std::vector<std::uint32_t>& path = m_window->tracePanel()->model()->path();
        QCOMPARE(path.size(), std::size_t(4)); // Sun, esa1, relay1, Sun's notice
        QVERIFY(!m_window->findById(u"no-such-id"_s));
        QCOMPARE(m_window->tracePanel()->model()->path().size(), std::size_t(4)); // a miss keeps the trace
    }

    void shouldNarrowTheTableToTheTrace()
    {
        QVERIFY(m_window->findById(u"4VbT0K2mQzz3xYp"_s));
        const int all = m_window->eventModel()->rowCount();
        m_window->actions()->traceOnly->trigger();
        QVERIFY(m_window->filterBar()->traceOnlyButton()->isChecked());
        const int traced = m_window->eventModel()->rowCount();
        QVERIFY(traced > 5);
        QVERIFY(traced < all);
        for (int row = 0; row < traced; ++row)
            QVERIFY(m_window->eventModel()->inTrace(m_window->eventModel()->eventAt(row)));
        // F3 walks the trace's lines.
        m_window->eventView()->selectRow(0);
        m_window->actions()->findNext->trigger();
        QCOMPARE(m_window->eventView()->currentIndex().row(), 1);
        m_window->actions()->traceOnly->trigger();
        QCOMPARE(m_window->eventModel()->rowCount(), all);
    }

    void shouldOpenTheTraceOfASelectedMessage()
    {
        MessageTableModel* messages = m_window->messageModel();
        int row = -1;
        for (int r = 0; r < messages->rowCount(); ++r) {
            if (messages->index(r, int(MessageColumn::Ids)).data().toString().contains(u"4VbV4L0qnJz7tBN"_s))
                row = r;
        }
        QVERIFY(row >= 0);
        m_window->tables()->setCurrentWidget(m_window->messageView());
        m_window->messageView()->selectRow(row);
        QCOMPARE(focusMessageId(*m_window), u"4VbV4L0qnJz7tBN"_s);
        QCOMPARE(m_window->currentEvent(), MessageSummary::firstEvent(*m_window->workspace().graph(), messages->messageAt(row)));
        QVERIFY(messages->inTrace(messages->messageAt(row)));
        m_window->tables()->setCurrentWidget(m_window->eventView());
    }

    void shouldDrawTheTraceAsASwimlane()
    {
        QVERIFY(m_window->findById(u"30011"_s));
        SwimlaneView* view = m_window->swimlaneView();
        const Swimlane& swimlane = view->swimlane();
        QStringList titles;
        for (const SwimLane& lane : swimlane.lanes)
            titles << SwimlaneTexts::laneTitle(lane);
        for (const QString& lane : { u"esa1 (server)"_s, u"esa1 (client)"_s, u"relay1 (server)"_s, u"relay1 (client)"_s })
            QVERIFY2(titles.contains(lane), qPrintable(titles.join(u" | ")));
        QVERIFY(m_window->actions()->exportDiagram->isEnabled());
        // The window's selection is the diagram's current step.
        QCOMPARE(view->currentStep(), swimlane.stepOf(m_window->currentEvent()));
        QVERIFY(view->currentStep() >= 0);

        // A click on a step selects its line in the table, the raw view and the details. The diagram is a tab
        // beside the tables (View > Swimlane), where it has the room it needs.
        m_window->actions()->showSwimlane->trigger();
        QVERIFY(view->isVisible());
        const int step = int(swimlane.steps.size()) - 2;
        view->setCurrentEvent(swimlane.steps[std::size_t(step)].events.front()); // scrolls it into view
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointOfStep(step));
        const EventRef line = swimlane.steps[std::size_t(step)].events.front();
        QCOMPARE(m_window->currentEvent(), line);
        QCOMPARE(m_window->eventModel()->eventAt(m_window->eventView()->currentIndex().row()), line);
        const RawView* raw = m_window->rawView();
        QCOMPARE(raw->document()->findBlockByNumber(raw->focusBlock()).text(), textOf(*m_window, line));
        // Back returns to the line selected before, and the diagram follows.
        m_window->actions()->back->trigger();
        QVERIFY(m_window->currentEvent() != line);
        QCOMPARE(view->currentStep(), swimlane.stepOf(m_window->currentEvent()));
        m_window->actions()->showEvents->trigger();
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindowTrace)
#include "tst_mainwindowtrace.moc"
