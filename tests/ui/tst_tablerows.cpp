// How the event table and the message list get their rows: at once for small tables, on a worker for big
// ones (forced here with a threshold of 0), always from one unchanging snapshot of the workspace. The old
// rows stay, consistent with their snapshot, until the new ones are ready; rows whose logs or graph are gone
// are dropped at once; the latest request wins; sorting keeps persistent indexes on their events; the trace is
// marked by event whatever timeline the rows come from.
#include "eventtablemodel.h"
#include "messagetablemodel.h"
#include "logfile.h"
#include "parsing/logparser.h"
#include "trace/tracebuilder.h"
#include "workspace/traceselection.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ParsedLog> parseSample(const Workspace& workspace, const QString& relativePath)
{
    QString error;
    const auto file = LogFile::open(QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/") + relativePath, &error);
    if (!file)
        qFatal("cannot open sample %s: %s", qPrintable(relativePath), qPrintable(error));
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    options.year = 2024;
    return LogParser::parse(file, workspace.strings(), options);
}

void addSample(Workspace& workspace, const QString& relativePath)
{
    workspace.addLog(parseSample(workspace, relativePath), {});
}

void buildGraph(Workspace& workspace)
{
    workspace.setGraph(std::make_shared<const MailGraph>(TraceBuilder::build(workspace.logs())));
}

EventFilter eventQuery(const QString& text)
{
    EventFilter filter;
    filter.query = FilterQuery::parse(text);
    return filter;
}

std::vector<EventRef> shownEvents(const EventTableModel& model)
{
    std::vector<EventRef> events;
    for (int row = 0; row < model.rowCount(); ++row)
        events.push_back(model.eventAt(row));
    return events;
}

// What the rows must be: computed directly in core from the workspace as it is now.
std::vector<EventRef> expectedEvents(const Workspace& workspace, const EventFilter& filter, int column = -1,
    Qt::SortOrder order = Qt::AscendingOrder)
{
    std::vector<std::uint32_t> rows = filterEventRows(workspace.logs(), workspace.timeline(), filter);
    if (column >= 0)
        sortEventRows(workspace.logs(), workspace.timeline(), rows, EventColumn(column), order);
    std::vector<EventRef> events;
    for (const std::uint32_t row : rows)
        events.push_back(workspace.timeline().at(row));
    return events;
}

// The text the table shows in every row's Text column, read through the model.
QStringList shownTexts(const EventTableModel& model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, int(EventColumn::Text)).data().toString();
    return texts;
}

// Waits until the model has shown the rows of its latest request, and lets any superseded job finish too.
bool settle(ItemTableModel& model)
{
    if (!QTest::qWaitFor([&model] { return !model.isUpdating(); }, 10000))
        return false;
    if (!ItemTableModel::waitForWorkers(10000))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return !model.isUpdating();
}

// Sample logs shown by an event table: the first rows are computed at once, all later ones on a worker.
struct BackgroundTable
{
    explicit BackgroundTable(const QStringList& samples)
    {
        for (const QString& sample : samples)
            addSample(workspace, sample);
        model.setWorkspace(&workspace);
        model.setBackgroundThreshold(0);
    }

    Workspace workspace;
    EventTableModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
};

const QString IronPort = u"ironport/esa1/mail.current"_s;
const QString Postfix = u"postfix/relay1/maillog"_s;

} // namespace

class TestTableRows : public QObject
{
    Q_OBJECT

private slots:
    void smallTablesUpdateAtOnce()
    {
        Workspace workspace;
        addSample(workspace, IronPort);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updating(&model, &ItemTableModel::updatingChanged);
        model.setWorkspace(&workspace);
        QCOMPARE(shownEvents(model), expectedEvents(workspace, {}));
        model.setFilter(eventQuery(u"ICID"_s));
        QCOMPARE(shownEvents(model), expectedEvents(workspace, eventQuery(u"ICID"_s)));
        QVERIFY(updating.isEmpty()); // never on a worker
    }

    void bigTablesKeepTheirRowsUntilTheNewOnesAreReady()
    {
        BackgroundTable table({ IronPort });
        const Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        const QStringList before = shownTexts(model);
        QVERIFY(before.size() > 50);
        QSignalSpy updating(&model, &ItemTableModel::updatingChanged);
        QSignalSpy rowsChanged(&model, &ItemTableModel::rowsChanged);
        const EventFilter filter = eventQuery(u"status:bounced"_s);
        model.setFilter(filter);
        QVERIFY(model.isUpdating());
        QCOMPARE(shownTexts(model), before); // the old rows, still readable
        QVERIFY(rowsChanged.wait(10000));
        QVERIFY(settle(model));
        QCOMPARE(rowsChanged.size(), 1);
        QCOMPARE(updating.size(), 2);
        QCOMPARE(updating.at(0).at(0).toBool(), true);
        QCOMPARE(updating.at(1).at(0).toBool(), false);
        const std::vector<EventRef> expected = expectedEvents(workspace, filter);
        QVERIFY(!expected.empty());
        QVERIFY(qsizetype(expected.size()) < before.size());
        QCOMPARE(shownEvents(model), expected);
    }

    void rowsStayConsistentWhileLogsAreAdded()
    {
        BackgroundTable table({ IronPort });
        Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        const QStringList before = shownTexts(model);
        const std::size_t eventsBefore = workspace.timeline().size();

        // The loader adds a log: the rows the table shows still belong to its snapshot, not to the new timeline.
        addSample(workspace, Postfix);
        QCOMPARE(shownTexts(model), before);
        QCOMPARE(model.totalEvents(), eventsBefore);
        model.refresh();
        QVERIFY(model.isUpdating());
        QCOMPARE(shownTexts(model), before); // the added log extends the shown one: its rows may stay meanwhile
        QVERIFY(settle(model));
        QCOMPARE(shownEvents(model), expectedEvents(workspace, {}));
        QCOMPARE(model.totalEvents(), workspace.timeline().size());
        QVERIFY(model.totalEvents() > eventsBefore);
    }

    void rowsOfReplacedLogsAreDroppedAtOnce()
    {
        BackgroundTable table({ IronPort });
        Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        QVERIFY(model.rowCount() > 0);

        // Reparsed (Sources panel): log 0 is another log now; its old events must not be handed out as events of it.
        workspace.replaceLog(0, parseSample(workspace, Postfix), {});
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.eventAt(0).isValid());
        QVERIFY(settle(model));
        QCOMPARE(shownEvents(model), expectedEvents(workspace, {}));

        workspace.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalEvents(), 0u);
    }

    void theLatestRequestWins()
    {
        BackgroundTable table({ IronPort, Postfix });
        Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsChanged(&model, &ItemTableModel::rowsChanged);
        model.setFilter(eventQuery(u"ICID"_s));
        model.setFilter(eventQuery(u"postfix"_s));
        model.setFilter(eventQuery(u"status:sent"_s));
        QVERIFY(settle(model));
        QCOMPARE(rowsChanged.size(), 1);
        QCOMPARE(resets.size(), 1);
        const std::vector<EventRef> expected = expectedEvents(workspace, eventQuery(u"status:sent"_s));
        QVERIFY(!expected.empty());
        QCOMPARE(shownEvents(model), expected);
    }

    void sortingInTheBackgroundKeepsPersistentIndexes()
    {
        BackgroundTable table({ IronPort, Postfix });
        Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        const int row = 7;
        const EventRef held = model.eventAt(row);
        const QPersistentModelIndex persistent = model.index(row, int(EventColumn::Status));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

        model.sort(int(EventColumn::Status), Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(shownEvents(model), expectedEvents(workspace, {}, int(EventColumn::Status), Qt::DescendingOrder));
        QVERIFY(persistent.isValid());
        QCOMPARE(model.eventAt(persistent.row()), held);
        QCOMPARE(persistent.column(), int(EventColumn::Status));
    }

    void aSortAskedForBeforeAFilterIsShownIsStillAReset()
    {
        BackgroundTable table({ IronPort, Postfix });
        Workspace& workspace = table.workspace;
        EventTableModel& model = table.model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        const EventFilter filter = eventQuery(u"-ICID"_s);
        model.setFilter(filter); // other rows...
        model.sort(int(EventColumn::Host), Qt::AscendingOrder); // ...superseded by a sort: the result has other rows still
        QVERIFY(settle(model));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(shownEvents(model), expectedEvents(workspace, filter, int(EventColumn::Host), Qt::AscendingOrder));
    }

    void theTraceIsMarkedByEvent()
    {
        Workspace workspace;
        addSample(workspace, IronPort);
        buildGraph(workspace);
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&workspace);
        const std::vector<std::uint32_t> found = workspace.graph()->find(*workspace.strings(), "30011");
        QCOMPARE(found.size(), 1u);
        const std::vector<EventRef> trace = TraceSelection::events(*workspace.graph(), found);
        QVERIFY(trace.size() > 3);
        QVERIFY(std::is_sorted(trace.begin(), trace.end()));
        model.setTrace(trace);

        // Another log merges into the timeline: the rows' numbers change, the marked events do not.
        addSample(workspace, Postfix);
        model.refresh();
        int marked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const EventRef event = model.eventAt(row);
            const bool traced = std::binary_search(trace.begin(), trace.end(), event);
            QCOMPARE(model.inTrace(event), traced);
            QCOMPARE(model.index(row, 0).data(Qt::FontRole).value<QFont>().bold(), traced);
            marked += traced ? 1 : 0;
        }
        QCOMPARE(std::size_t(marked), trace.size());

        // Only this trace, computed on a worker from the new timeline.
        model.setBackgroundThreshold(0);
        model.setTraceOnly(true);
        QVERIFY(settle(model));
        QCOMPARE(shownEvents(model).size(), trace.size());
        for (const EventRef& event : shownEvents(model))
            QVERIFY(model.inTrace(event));
    }

    void messageRowsBelongToOneGraph()
    {
        Workspace workspace;
        addSample(workspace, IronPort);
        MessageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&workspace);
        QCOMPARE(model.rowCount(), 0); // no graph yet
        model.setBackgroundThreshold(0);
        buildGraph(workspace);
        model.refresh();
        QVERIFY(settle(model));
        const std::size_t messages = workspace.graph()->messages.size();
        QVERIFY(messages > 1);
        QCOMPARE(std::size_t(model.rowCount()), messages);
        QCOMPARE(model.totalMessages(), messages);

        // A new graph numbers messages its own way: the old rows go at once.
        addSample(workspace, Postfix);
        buildGraph(workspace);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(settle(model));
        QCOMPARE(std::size_t(model.rowCount()), workspace.graph()->messages.size());
        QVERIFY(std::size_t(model.rowCount()) > messages);

        model.setTrace({ 1, 0 });
        QVERIFY(model.inTrace(0));
        QVERIFY(model.inTrace(1));
        QVERIFY(!model.inTrace(2));
        QCOMPARE(model.index(model.rowOf(1), 0).data(Qt::FontRole).value<QFont>().bold(), true);
        QCOMPARE(model.index(model.rowOf(2), 0).data(Qt::FontRole).isValid(), false);
    }

    void aModelDestroyedWhileItsRowsAreComputedIsSafe()
    {
        Workspace workspace;
        addSample(workspace, IronPort);
        addSample(workspace, Postfix);
        // A model that lives on beside them: its rows must be its own request's, whatever became of theirs.
        BackgroundTable survivor({ IronPort, Postfix });
        QSignalSpy survivorRows(&survivor.model, &ItemTableModel::rowsChanged);
        survivor.model.setFilter(eventQuery(u"status:bounced"_s));
        for (int i = 0; i < 20; ++i) {
            auto model = std::make_unique<EventTableModel>();
            model->setBackgroundThreshold(0);
            model->setWorkspace(&workspace);
            model->setFilter(eventQuery(u"status:sent"_s));
            QVERIFY(model->isUpdating());
            model.reset(); // the job finishes on its own copies; its result goes nowhere
        }
        QVERIFY(ItemTableModel::waitForWorkers(10000));
        QCoreApplication::processEvents();
        QCOMPARE(workspace.timeline().size(), expectedEvents(workspace, {}).size());
        QVERIFY(settle(survivor.model));
        QCOMPARE(survivorRows.size(), 1);
        QCOMPARE(shownEvents(survivor.model), expectedEvents(survivor.workspace, eventQuery(u"status:bounced"_s)));
    }
};

QTEST_MAIN(TestTableRows)
#include "tst_tablerows.moc"
