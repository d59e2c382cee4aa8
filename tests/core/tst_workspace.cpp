// The workspace and its snapshots: a snapshot keeps showing the workspace as it was while logs are added,
// replaced or closed (the UI filters and sorts snapshots on workers), and contains() tells which events exist.
#include "logfile.h"
#include "parsing/logparser.h"
#include "trace/tracebuilder.h"
#include "workspace/workspace.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray removedLines(const char* host, const char* queueIdPrefix, int count, int firstSecond)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i) {
        const QByteArray time = QByteArray::number(10 + (firstSecond + 2 * i) / 60).rightJustified(2, '0') + ':'
            + QByteArray::number((firstSecond + 2 * i) % 60).rightJustified(2, '0');
        bytes += "2024-03-27T09:" + time + "+09:00 " + host + " postfix/qmgr[1]: " + queueIdPrefix
            + QByteArray::number(i).rightJustified(4, '0') + ": removed\n";
    }
    return bytes;
}

std::unique_ptr<ParsedLog> parse(const Workspace& workspace, const QString& name, const QByteArray& bytes)
{
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    options.year = 2024;
    return LogParser::parse(LogFile::fromBytes(name, bytes), workspace.strings(), options);
}

// The order a rebuild from nothing gives: what every merge must come to.
std::vector<EventRef> rebuiltOrder(const Workspace& workspace)
{
    EventTimeline rebuilt;
    rebuilt.rebuild(workspace.logs());
    return rebuilt.refs();
}

QString firstText(const WorkspaceSnapshot& snapshot)
{
    const EventRef first = snapshot.timeline->at(0);
    return snapshot.logs.log(first.log).text(first.index);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void snapshotIsTheSameUntilAChange()
    {
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 0)), {});
        const auto first = workspace.snapshot();
        QCOMPARE(workspace.snapshot(), first);
        workspace.setGraph(std::make_shared<const MailGraph>(TraceBuilder::build(workspace.logs())));
        const auto withGraph = workspace.snapshot();
        QVERIFY(withGraph != first);
        QVERIFY(!first->graph);
        QCOMPARE(withGraph->graph.get(), workspace.graph());
        QCOMPARE(&withGraph->logs.log(0), &workspace.logs().log(0)); // shared, not copied
        QCOMPARE(withGraph->timeline.get(), &workspace.timeline());
    }

    void addingALogLeavesOldSnapshotsAlone()
    {
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        workspace.setGraph(std::make_shared<const MailGraph>(TraceBuilder::build(workspace.logs())));
        const auto before = workspace.snapshot();
        workspace.addLog(parse(workspace, u"b"_s, removedLines("b", "BBBB00", 2, 0)), {});
        QCOMPARE(before->logs.size(), 1u);
        QCOMPARE(before->timeline->size(), 3u);
        QVERIFY(before->graph);
        QVERIFY(firstText(*before).contains(u"AAAA000000"_s));

        const auto after = workspace.snapshot();
        QCOMPARE(after->logs.size(), 2u);
        QCOMPARE(after->timeline->size(), 5u);
        QVERIFY(!after->graph); // the graph no longer covers every log
        QVERIFY(firstText(*after).contains(u"BBBB000000"_s)); // b's first line is the earliest
    }

    void replacedAndClosedLogsLiveOnInSnapshots()
    {
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 4, 0)), {});
        const auto before = workspace.snapshot();
        workspace.replaceLog(0, parse(workspace, u"a"_s, removedLines("a", "CCCC00", 2, 0)), {});
        QCOMPARE(workspace.timeline().size(), 2u);
        QVERIFY(firstText(*workspace.snapshot()).contains(u"CCCC000000"_s));
        QCOMPARE(before->timeline->size(), 4u);
        QVERIFY(firstText(*before).contains(u"AAAA000000"_s));

        workspace.clear();
        QCOMPARE(workspace.snapshot()->logs.size(), 0u);
        QCOMPARE(workspace.snapshot()->timeline->size(), 0u);
        QCOMPARE(before->logs.size(), 1u);
        QVERIFY(firstText(*before).contains(u"AAAA000000"_s));
    }

    void removingTheLastLogKeepsTheOthersInOrder()
    {
        // Given two logs whose lines interleave in time
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        workspace.addLog(parse(workspace, u"b"_s, removedLines("b", "BBBB00", 3, 0)), {});
        workspace.setGraph(std::make_shared<const MailGraph>(TraceBuilder::build(workspace.logs())));
        const auto before = workspace.snapshot();

        // When the last one is removed, the timeline is the first one's alone, as a rebuild would make it
        workspace.removeLastLog();
        QCOMPARE(workspace.logs().size(), 1u);
        QCOMPARE(workspace.timeline().refs(), rebuiltOrder(workspace));
        QCOMPARE(workspace.timeline().size(), 3u);
        QVERIFY(!workspace.graph());
        QVERIFY(firstText(*workspace.snapshot()).contains(u"AAAA000000"_s));
        // and a snapshot taken before still shows both
        QCOMPARE(before->timeline->size(), 6u);
        QVERIFY(firstText(*before).contains(u"BBBB000000"_s));
    }

    void aTimelinePreparedOnAWorkerIsTakenWhileTheWorkspaceIsUnchanged()
    {
        // Given a workspace with one log, and a second log's timeline prepared for it (as the loader does on a worker)
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        std::shared_ptr<const ParsedLog> b = parse(workspace, u"b"_s, removedLines("b", "BBBB00", 3, 0));
        const Workspace::PreparedTimeline prepared = Workspace::prepareTimeline(workspace.snapshot(), b);

        // When the log is added with it
        workspace.addLog(b, {}, prepared);

        // Then the workspace takes that timeline as it is (no second merge), and it is the order a rebuild gives
        QCOMPARE(&workspace.timeline(), prepared.timeline.get());
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(1)); // the first log's only
        QCOMPARE(workspace.timeline().refs(), rebuiltOrder(workspace));
        QCOMPARE(firstText(*workspace.snapshot()), u"2024-03-27T09:10:00+09:00 b postfix/qmgr[1]: BBBB000000: removed"_s);
    }

    void logsAddedTogetherTakeOneTimelinePreparedForAll()
    {
        // Given a workspace with one log, and two more logs' timeline prepared at once
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        std::shared_ptr<const ParsedLog> b = parse(workspace, u"b"_s, removedLines("b", "BBBB00", 3, 0));
        std::shared_ptr<const ParsedLog> c = parse(workspace, u"c"_s, removedLines("c", "CCCC00", 2, 3));
        const Workspace::PreparedTimeline prepared = Workspace::prepareTimeline(workspace.snapshot(), { b, c });

        // When both are added with it
        QCOMPARE(workspace.addLogs({ { b, {} }, { c, {} } }, prepared), std::uint32_t(1));

        // Then both are in, after the first, and the timeline is the prepared one, in the order a rebuild gives
        QCOMPARE(workspace.logs().size(), std::size_t(3));
        QCOMPARE(&workspace.logs().log(2), c.get());
        QCOMPARE(&workspace.timeline(), prepared.timeline.get());
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(1)); // the first log's only
        QCOMPARE(workspace.timeline().refs(), rebuiltOrder(workspace));
    }

    void aTimelinePreparedForAnEarlierWorkspaceIsMergedAgain()
    {
        // Given a timeline prepared for log b, and then log c added first
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        std::shared_ptr<const ParsedLog> b = parse(workspace, u"b"_s, removedLines("b", "BBBB00", 3, 0));
        const Workspace::PreparedTimeline prepared = Workspace::prepareTimeline(workspace.snapshot(), b);
        workspace.addLog(parse(workspace, u"c"_s, removedLines("c", "CCCC00", 2, 3)), {});

        // When b is added with the timeline that lacks c
        workspace.addLog(b, {}, prepared);

        // Then it is not taken: every event of the three logs is in the timeline, in order
        QVERIFY(&workspace.timeline() != prepared.timeline.get());
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(3));
        QCOMPARE(workspace.timeline().size(), std::size_t(8));
        QCOMPARE(workspace.timeline().refs(), rebuiltOrder(workspace));
    }

    void aPreparedTimelineCanPutAWholeFileInPlaceOfItsHead()
    {
        // Given a workspace with a log and the head of another (a preview), and the whole file's timeline prepared
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 1)), {});
        workspace.addLog(parse(workspace, u"b"_s, removedLines("b", "BBBB00", 1, 0)), {});
        std::shared_ptr<const ParsedLog> whole = parse(workspace, u"b"_s, removedLines("b", "BBBB00", 4, 0));
        const Workspace::PreparedTimeline prepared = Workspace::prepareTimeline(workspace.snapshot(), whole, 1);

        // When the whole file takes the head's place
        workspace.replaceLog(1, whole, {}, prepared);

        // Then the timeline is the prepared one, with the head's events gone and the whole file's in order
        QCOMPARE(&workspace.timeline(), prepared.timeline.get());
        QCOMPARE(workspace.timeline().size(), std::size_t(7));
        QCOMPARE(workspace.timeline().refs(), rebuiltOrder(workspace));
    }

    void containsOnlyExistingEvents()
    {
        Workspace workspace;
        workspace.addLog(parse(workspace, u"a"_s, removedLines("a", "AAAA00", 3, 0)), {});
        QVERIFY(workspace.contains({ 0, 0 }));
        QVERIFY(workspace.contains({ 0, 2 }));
        QVERIFY(!workspace.contains({ 0, 3 }));
        QVERIFY(!workspace.contains({ 1, 0 }));
        QVERIFY(!workspace.contains({}));
        workspace.replaceLog(0, parse(workspace, u"a"_s, removedLines("a", "AAAA00", 1, 0)), {});
        QVERIFY(!workspace.contains({ 0, 2 }));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
