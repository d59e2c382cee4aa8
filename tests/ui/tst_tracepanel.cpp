#include "prefixtranslator.h"
#include "tracemodel.h"
#include "tracepanel.h"
#include "tracetesting.h"
#include "trace/messagesummary.h"
#include "trace/tracer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// The first child of parent of the given type.
QModelIndex child(const TraceModel& model, const QModelIndex& parent, TraceModel::ItemType type)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(TraceModel::ItemTypeRole).toInt() == int(type))
            return index;
    }
    return {};
}

} // namespace

class TestTracePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString samples = QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples");
        QVERIFY2(m_samples.loadPaths({ samples }), qPrintable(m_samples.error));
        m_esa1 = m_samples.message("esa1", "30011");
        m_relay1 = m_samples.message("relay1", "4VbT0K2mQzz3xYp");
        QVERIFY(m_esa1 != NoIndex && m_relay1 != NoIndex);
    }

    void init()
    {
        m_panel = std::make_unique<TracePanel>();
        m_panel->resize(900, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void shouldShowAPlaceholderUntilATraceIsShown()
    {
        QVERIFY(m_panel->placeholder()->isVisible());
        QVERIFY(!m_panel->view()->isVisible());
        QCOMPARE(m_panel->placeholder()->text(), u"Select an event or a message to see its trace."_s);
        QCOMPARE(m_panel->placeholder()->textFormat(), Qt::PlainText);

        showSample(m_relay1);
        QVERIFY(m_panel->view()->isVisible());
        QVERIFY(!m_panel->placeholder()->isVisible());
        QCOMPARE(m_panel->model()->rowCount(), 4);

        m_panel->clear();
        QVERIFY(m_panel->placeholder()->isVisible());
        QVERIFY(!m_panel->view()->isVisible());
        QCOMPARE(m_panel->model()->rowCount(), 0);
    }

    void shouldShowThePlaceholderForAnEmptyTrace()
    {
        m_panel->showTrace(&m_samples.graph, &m_samples.logs, {}, NoIndex);
        QVERIFY(m_panel->placeholder()->isVisible());
    }

    // The focus hop is open down to its attempts; the other hops show their steps only.
    void shouldExpandTheFocusHopFully()
    {
        showSample(m_relay1);
        const TraceModel& model = *m_panel->model();
        const QTreeView& view = *m_panel->view();
        const QModelIndex focus = model.hopIndex(m_relay1);
        const QModelIndex other = model.hopIndex(m_esa1);
        QVERIFY(view.isExpanded(focus));
        QVERIFY(view.isExpanded(child(model, focus, TraceModel::ItemType::Recipient)));
        QVERIFY(view.isExpanded(other));
        QVERIFY(!view.isExpanded(child(model, other, TraceModel::ItemType::Recipient)));
        QCOMPARE(view.currentIndex(), focus);
    }

    void shouldEmitTheEventOfAClickedItem()
    {
        showSample(m_relay1);
        const TraceModel& model = *m_panel->model();
        QSignalSpy activated(m_panel.get(), &TracePanel::eventActivated);

        // The next-hop link under esa1 jumps to relay1's first line.
        const QModelIndex link = child(model, model.hopIndex(m_esa1), TraceModel::ItemType::Link);
        QCOMPARE(link.data(TraceModel::MessageRole).toUInt(), m_relay1);
        click(link);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().value<EventRef>(), MessageSummary::firstEvent(m_samples.graph, m_relay1));

        // An attempt jumps to its delivery line; clicking its time cell does the same.
        const QModelIndex recipient = child(model, model.hopIndex(m_relay1), TraceModel::ItemType::Recipient);
        const QModelIndex attempt = model.index(0, 0, recipient);
        const MailGraph& graph = m_samples.graph;
        const EventRef delivery = graph.attemptsOf(graph.recipientsOf(graph.messages[m_relay1]).front()).front().event;
        click(attempt.siblingAtColumn(TraceModel::TimeColumn));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.back().front().value<EventRef>(), delivery);
        QVERIFY(m_samples.logs.log(delivery.log).text(delivery.index).contains(u"4VbT0K2mQzz3xYp: to=<hanako@example.jp>"));

        // The note has no line to go to.
        const QModelIndex note = child(model, model.hopIndex(m_relay1), TraceModel::ItemType::Note);
        QVERIFY(note.isValid());
        click(note);
        QCOMPARE(activated.size(), 2);
    }

    void shouldEmitTheEventOfTheCurrentItemOnEnter()
    {
        showSample(m_relay1);
        const TraceModel& model = *m_panel->model();
        QSignalSpy activated(m_panel.get(), &TracePanel::eventActivated);
        const QModelIndex message = child(model, model.hopIndex(m_esa1), TraceModel::ItemType::Message);
        m_panel->view()->setCurrentIndex(message);
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().value<EventRef>(), MessageSummary::firstEvent(m_samples.graph, m_esa1));
        QTest::keyClick(m_panel->view(), Qt::Key_Down); // moving alone jumps nowhere
        QCOMPARE(activated.size(), 1);
    }

    // Another hop of the same path becomes the focus without losing what the operator opened.
    void shouldMoveTheFocusWithinTheTraceShown()
    {
        showSample(m_relay1);
        const TraceModel& model = *m_panel->model();
        QTreeView& view = *m_panel->view();
        const QModelIndex esa1Recipient = child(model, model.hopIndex(m_esa1), TraceModel::ItemType::Recipient);
        const QModelIndex relay1Recipient = child(model, model.hopIndex(m_relay1), TraceModel::ItemType::Recipient);
        view.collapse(relay1Recipient);
        m_panel->setFocusMessage(m_esa1);
        QCOMPARE(model.focus(), m_esa1);
        QVERIFY(view.isExpanded(esa1Recipient));
        QVERIFY(!view.isExpanded(relay1Recipient));
        QVERIFY(model.hopIndex(m_esa1).data(Qt::FontRole).value<QFont>().bold());
    }

    void shouldRetranslateOnLanguageChange()
    {
        showSample(m_relay1);
        m_panel->clear();
        PrefixTranslator translator({ "TracePanel", "TraceModel" });
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(m_panel->placeholder()->text(), u"[xx] Select an event or a message to see its trace."_s);
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(m_panel->placeholder()->text(), u"Select an event or a message to see its trace."_s);
    }

    void shouldAnnounceNewTextsToTheViewOnLanguageChange()
    {
        showSample(m_relay1);
        QSignalSpy headers(m_panel->model(), &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_panel.get(), &change);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(m_panel->model()->rowCount(), 4);
    }

private:
    void showSample(std::uint32_t focus)
    {
        m_panel->showTrace(&m_samples.graph, &m_samples.logs, Tracer::path(m_samples.graph, focus), focus);
    }

    void click(const QModelIndex& index)
    {
        QTreeView* view = m_panel->view();
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    TraceFixture m_samples;
    std::uint32_t m_esa1 = NoIndex;
    std::uint32_t m_relay1 = NoIndex;
    std::unique_ptr<TracePanel> m_panel;
};

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"
