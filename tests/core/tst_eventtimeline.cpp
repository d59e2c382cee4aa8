// The timeline of a window: every event of every log in one order (time, then file, then position in the
// file), lines out of order within a file sorted in, lines without a time after the timed ones, logs added
// one at a time, and rowOf.
#include "tabletesting.h"
#include "logfile.h"
#include "parsing/logparser.h"
#include "trace/eventlist.h"
#include "workspace/eventfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray line(const char* time, const char* host, const char* rest)
{
    return "2024-03-27T" + QByteArray(time) + "+09:00 " + host + " postfix/qmgr[1]: " + rest + '\n';
}

std::unique_ptr<ParsedLog> parse(LogCollection& logs, const QString& name, const QByteArray& bytes)
{
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    options.year = 2024;
    return LogParser::parse(LogFile::fromBytes(name, bytes), logs.strings(), options);
}

// Bytes of a file that is no mail log (no line has a time): an image's header and some noise.
QByteArray binaryBytes()
{
    const char bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\x01\n\xff\xfe\x01 binary\n";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

// "a:1 b:1 a:2": each row as file display name and line.
QString describe(const LogCollection& logs, const EventTimeline& timeline)
{
    QStringList rows;
    for (const EventRef& ref : timeline.refs())
        rows << logs.log(ref.log).info().displayName + u':' + QString::number(logs.log(ref.log).lineOf(ref.index) + 1);
    return rows.join(u' ');
}

} // namespace

class TestEventTimeline : public QObject
{
    Q_OBJECT

private slots:
    void mergesFilesByTime();
    void equalTimesByFileThenPosition();
    void linesOutOfOrderInAFile();
    void addLogMatchesRebuild();
    void severalLogsMergeInOnePass();
    void eventNumbersRunLogAfterLog();
    void filesWithoutTimesComeLast();
    void untimedLinesFollowTheirFilesTimedLines();
    void timeRangeSkipsUntimedLines();
    void rowOf();
    void rowsInFileOrderTakeNoMemory();
    void samples();
};

void TestEventTimeline::mergesFilesByTime()
{
    LogCollection logs;
    logs.add(parse(logs, u"a"_s,
        line("09:00:00", "a", "AAAA000001: removed") + line("09:00:02", "a", "AAAA000002: removed")
            + line("09:00:04", "a", "AAAA000003: removed")));
    logs.add(parse(logs, u"b"_s, line("09:00:01", "b", "BBBB000001: removed") + line("09:00:03", "b", "BBBB000002: removed")));
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(timeline.size(), 5u);
    QCOMPARE(describe(logs, timeline), u"a:1 b:1 a:2 b:2 a:3"_s);
    QCOMPARE(timeline.at(1), (EventRef { 1, 0 }));
    timeline.clear();
    QCOMPARE(timeline.size(), 0u);
}

void TestEventTimeline::equalTimesByFileThenPosition()
{
    LogCollection logs;
    logs.add(parse(logs, u"a"_s, line("09:00:00", "a", "AAAA000001: removed") + line("09:00:00", "a", "AAAA000002: removed")));
    logs.add(parse(logs, u"b"_s, line("09:00:00", "b", "BBBB000001: removed") + line("09:00:00", "b", "BBBB000002: removed")));
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(describe(logs, timeline), u"a:1 a:2 b:1 b:2"_s);
}

void TestEventTimeline::linesOutOfOrderInAFile()
{
    // A clock stepped back: the later-written line with the earlier time comes first.
    LogCollection logs;
    logs.add(parse(logs, u"a"_s,
        line("09:00:05", "a", "AAAA000001: removed") + line("09:00:03", "a", "AAAA000002: removed")
            + line("09:00:06", "a", "AAAA000003: removed")));
    logs.add(parse(logs, u"b"_s, line("09:00:04", "b", "BBBB000001: removed")));
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(describe(logs, timeline), u"a:2 b:1 a:1 a:3"_s);
}

void TestEventTimeline::addLogMatchesRebuild()
{
    LogCollection logs;
    EventTimeline added;
    EventTimeline merged; // as the workspace merges: a new timeline each time, the old one left as it was
    const QList<QByteArray> files { line("09:00:02", "a", "AAAA000001: removed") + line("09:00:05", "a", "AAAA000002: removed"),
        line("09:00:01", "b", "BBBB000001: removed") + line("09:00:05", "b", "BBBB000002: removed"),
        line("09:00:03", "c", "CCCC000001: removed") + line("09:00:00", "c", "CCCC000002: removed") };
    for (qsizetype i = 0; i < files.size(); ++i) {
        logs.add(parse(logs, QString(QChar(char16_t(u'a' + i))), files[i]));
        added.addLog(logs, std::uint32_t(i));
        const EventTimeline before = merged;
        merged = before.withLogs(logs, std::uint32_t(i));
        QCOMPARE(merged.size(), before.size() + logs.log(std::size_t(i)).eventCount());
    }
    EventTimeline rebuilt;
    rebuilt.rebuild(logs);
    QCOMPARE(added.refs(), rebuilt.refs());
    QCOMPARE(merged.refs(), rebuilt.refs());
    QCOMPARE(merged.memoryUsed(), merged.size() * sizeof(std::uint32_t)); // a number a row, no room left over
    QCOMPARE(describe(logs, added), u"c:2 b:1 a:1 c:1 a:2 b:2"_s);
}

void TestEventTimeline::severalLogsMergeInOnePass()
{
    // Given a timeline of one log, and three more logs whose times interleave with it and with each other
    LogCollection logs;
    logs.add(parse(logs, u"a"_s, line("09:00:02", "a", "AAAA000001: removed") + line("09:00:06", "a", "AAAA000002: removed")));
    EventTimeline before;
    before.rebuild(logs);
    logs.add(parse(logs, u"b"_s, line("09:00:01", "b", "BBBB000001: removed") + line("09:00:07", "b", "BBBB000002: removed")));
    logs.add(parse(logs, u"c"_s, line("09:00:04", "c", "CCCC000001: removed") + line("09:00:00", "c", "CCCC000002: removed")));
    logs.add(parse(logs, u"d"_s, line("09:00:05", "d", "DDDD000001: removed")));

    // When the three are merged in at once
    const EventTimeline merged = before.withLogs(logs, 1);

    // Then the order is the one a rebuild gives, in a block of exactly its size, and the old timeline is as it was
    EventTimeline rebuilt;
    rebuilt.rebuild(logs);
    QCOMPARE(merged.refs(), rebuilt.refs());
    QCOMPARE(merged.memoryUsed(), merged.size() * sizeof(std::uint32_t));
    QCOMPARE(describe(logs, merged), u"c:2 b:1 a:1 c:1 d:1 a:2 b:2"_s);
    QCOMPARE(before.size(), std::size_t(2));

    // and into an empty timeline too
    QCOMPARE(EventTimeline().withLogs(logs, 0).refs(), rebuilt.refs());
}

void TestEventTimeline::eventNumbersRunLogAfterLog()
{
    // Given three logs of 2, 0 and 3 events
    LogCollection logs;
    logs.add(parse(logs, u"a"_s, line("09:00:02", "a", "AAAA000001: removed") + line("09:00:06", "a", "AAAA000002: removed")));
    logs.add(parse(logs, u"empty"_s, QByteArray()));
    logs.add(parse(logs, u"c"_s,
        line("09:00:04", "c", "CCCC000001: removed") + line("09:00:00", "c", "CCCC000002: removed")
            + line("09:00:01", "c", "CCCC000003: removed")));
    const EventNumbering numbering(logs);

    // Then every event has the next number, log after log, and each number leads back to its event
    std::uint32_t expected = 0;
    for (std::uint32_t log = 0; log < logs.size(); ++log) {
        for (std::uint32_t index = 0; index < logs.log(log).eventCount(); ++index) {
            QCOMPARE(numbering.numberOf({ log, index }), expected);
            QCOMPARE(numbering.refOf(expected), (EventRef { log, index }));
            ++expected;
        }
    }
    QCOMPARE(expected, 5u);

    // and a list of numbers reads as their events
    const std::vector<std::uint32_t> numbers { 4, 0, 2 };
    const EventList list(numbers.data(), numbers.size(), numbering);
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(list.front(), (EventRef { 2, 2 }));
    QCOMPARE(list[1], (EventRef { 0, 0 }));
    QCOMPARE(list.back(), (EventRef { 2, 0 }));
    QCOMPARE(std::vector<EventRef>(list.begin(), list.end()), (std::vector<EventRef> { { 2, 2 }, { 0, 0 }, { 2, 0 } }));
    QVERIFY(EventList(numbers.data(), 0, numbering).empty());
}

void TestEventTimeline::filesWithoutTimesComeLast()
{
    // A binary file's lines at zero time sorted before everything and were the first selected.
    LogCollection logs;
    logs.add(parse(logs, u"a"_s, line("09:00:00", "a", "AAAA000001: removed") + line("09:00:02", "a", "AAAA000002: removed")));
    logs.add(parse(logs, u"bin"_s, binaryBytes()));
    logs.add(parse(logs, u"c"_s, line("09:00:01", "c", "CCCC000001: removed")));
    QCOMPARE(logs.log(1).eventCount(), 4u);
    QVERIFY(!logs.log(1).event(0).hasTime());
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(describe(logs, timeline), u"a:1 c:1 a:2 bin:1 bin:2 bin:3 bin:4"_s);
    QCOMPARE(timeline.timedRows(logs), 3u);
    for (std::size_t row = 0; row < timeline.size(); ++row)
        QCOMPARE(timeline.rowOf(logs, timeline.at(row)), row);
    // Merged one log at a time, in any order of arrival, the order is the same.
    EventTimeline added;
    for (const std::uint32_t log : { 1u, 0u, 2u })
        added.addLog(logs, log);
    QCOMPARE(added.refs(), timeline.refs());
}

void TestEventTimeline::untimedLinesFollowTheirFilesTimedLines()
{
    // An untimed line takes the place right after the timed line before it in its file (not the epoch), also
    // when another file has lines at that same time; one above every timed line stays right before the
    // first, where the file has it.
    LogCollection logs;
    logs.add(parse(logs, u"b"_s, line("09:00:01", "b", "BBBB000001: removed") + line("09:00:02", "b", "BBBB000002: removed")));
    logs.add(parse(logs, u"a"_s,
        QByteArray("-- header without a time --\n") + line("09:00:01", "a", "AAAA000001: removed")
            + QByteArray("\x01\x02 junk without a time\n") + line("09:00:03", "a", "AAAA000002: removed")));
    QVERIFY(logs.log(1).event(2).flags & EventRecord::TimeDerived);
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(describe(logs, timeline), u"b:1 a:1 a:2 a:3 b:2 a:4"_s);
    QCOMPARE(timeline.timedRows(logs), timeline.size());
    // The file's own order: its lines in time order are its lines in file order.
    QVERIFY(logs.log(1).timeOrder().empty());
}

void TestEventTimeline::timeRangeSkipsUntimedLines()
{
    // The time range is found by binary search over the timeline: untimed lines at its end must not break it.
    LogCollection logs;
    logs.add(parse(logs, u"a"_s,
        line("09:00:00", "a", "AAAA000001: removed") + line("09:00:02", "a", "AAAA000002: removed")
            + line("09:00:04", "a", "AAAA000003: removed")));
    logs.add(parse(logs, u"bin"_s, binaryBytes()));
    EventTimeline timeline;
    timeline.rebuild(logs);
    const QTimeZone tokyo("Asia/Tokyo");
    EventFilter filter;
    filter.fromMs = QDateTime(QDate(2024, 3, 27), QTime(9, 0, 1), tokyo).toMSecsSinceEpoch();
    filter.toMs = QDateTime(QDate(2024, 3, 27), QTime(9, 0, 4), tokyo).toMSecsSinceEpoch();
    QCOMPARE(filterEventRows(logs, timeline, filter), (std::vector<std::uint32_t> { 1, 2 }));
    filter.fromMs = 0; // the epoch, where untimed lines used to be
    QCOMPARE(filterEventRows(logs, timeline, filter), (std::vector<std::uint32_t> { 0, 1, 2 }));
}

void TestEventTimeline::rowOf()
{
    LogCollection logs;
    logs.add(parse(logs, u"a"_s,
        line("09:00:00", "a", "AAAA000001: removed") + line("09:00:00", "a", "AAAA000002: removed")
            + line("09:00:02", "a", "AAAA000003: removed")));
    logs.add(parse(logs, u"b"_s, line("09:00:00", "b", "BBBB000001: removed") + line("09:00:01", "b", "BBBB000002: removed")));
    EventTimeline timeline;
    timeline.rebuild(logs);
    for (std::size_t row = 0; row < timeline.size(); ++row)
        QCOMPARE(timeline.rowOf(logs, timeline.at(row)), row);
    QCOMPARE(timeline.rowOf(logs, EventRef { 1, 1 }), 3u);
    QCOMPARE(timeline.rowOf(logs, EventRef()), EventTimeline::NoRow);
    QCOMPARE(timeline.rowOf(logs, EventRef { 2, 0 }), EventTimeline::NoRow);
    QCOMPARE(timeline.rowOf(logs, EventRef { 0, 3 }), EventTimeline::NoRow);
    // a log in the collection that the timeline has not merged yet
    logs.add(parse(logs, u"c"_s, line("09:00:01", "c", "CCCC000001: removed")));
    QCOMPARE(timeline.rowOf(logs, EventRef { 2, 0 }), EventTimeline::NoRow);
    timeline.addLog(logs, 2);
    QCOMPARE(timeline.rowOf(logs, EventRef { 2, 0 }), 4u);
    // several at once: ascending rows, events not in the timeline left out
    const std::vector<std::uint32_t> rows = timeline.rowsOf(logs, { EventRef { 0, 2 }, EventRef { 5, 0 }, EventRef { 1, 0 }, EventRef { 2, 0 } });
    QCOMPARE(rows, (std::vector<std::uint32_t> { 2, 4, 5 }));
    QVERIFY(timeline.rowsOf(logs, {}).empty());
}

// Nearly every load is one log in time order, or rotated logs opened oldest first: their rows are the events in
// file order, and the timeline holds nothing for them, until a log whose times interleave with them joins.
void TestEventTimeline::rowsInFileOrderTakeNoMemory()
{
    LogCollection logs;
    logs.add(parse(logs, u"old"_s, line("09:00:00", "a", "AAAA000001: removed") + line("09:00:02", "a", "AAAA000002: removed")));
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(timeline.memoryUsed(), 0u);
    logs.add(parse(logs, u"new"_s, line("09:00:02", "a", "AAAA000003: removed") + line("09:00:05", "a", "AAAA000004: removed")));
    timeline = timeline.withLogs(logs, 1);
    QCOMPARE(timeline.memoryUsed(), 0u);
    QCOMPARE(describe(logs, timeline), u"old:1 old:2 new:1 new:2"_s);
    QCOMPARE(timeline.rowOf(logs, { 1, 1 }), 3u);
    QCOMPARE(timeline.timedRows(logs), 4u);

    // a third log whose times fall between: the rows are numbers now, and the order is the one a rebuild gives
    logs.add(parse(logs, u"mid"_s, line("09:00:01", "b", "BBBB000001: removed")));
    const EventTimeline merged = timeline.withLogs(logs, 2);
    QCOMPARE(merged.memoryUsed(), 5 * sizeof(std::uint32_t));
    QCOMPARE(describe(logs, merged), u"old:1 mid:1 old:2 new:1 new:2"_s);
    EventTimeline rebuilt;
    rebuilt.rebuild(logs);
    QCOMPARE(merged.refs(), rebuilt.refs());
    QCOMPARE(merged.rowOf(logs, { 2, 0 }), 1u);
    QCOMPARE(merged.rowOf(logs, { 1, 1 }), 4u);

    // and dropping the last log again keeps the others' order; in file order, that takes no memory either
    EventTimeline dropped = merged;
    dropped.removeLastLog(2);
    QCOMPARE(describe(logs, dropped), u"old:1 old:2 new:1 new:2"_s);
    timeline.removeLastLog(1);
    QCOMPARE(describe(logs, timeline), u"old:1 old:2"_s);
    QCOMPARE(timeline.rowOf(logs, { 1, 0 }), EventTimeline::NoRow);
}

void TestEventTimeline::samples()
{
    SampleTable table;
    QVERIFY2(table.load(), qPrintable(table.fixture.error));
    const LogCollection& logs = table.fixture.logs;
    QCOMPARE(table.timeline.size(), std::size_t(logs.totalEvents()));
    for (std::size_t row = 1; row < table.timeline.size(); ++row) {
        const EventRef before = table.timeline.at(row - 1);
        const EventRef after = table.timeline.at(row);
        QVERIFY(logs.log(before.log).event(before.index).timeOrderKey() <= logs.log(after.log).event(after.index).timeOrderKey());
        QCOMPARE(table.timeline.rowOf(logs, after), row);
    }
    // The cross-hop message in the order it travelled: Sun's enqueue, esa1's MID line, relay1's client= line
    const std::size_t sun = table.timeline.rowOf(logs, table.event(u"mail.log_current"_s, 6));
    const std::size_t esa1 = table.timeline.rowOf(logs, table.event(u"mail.current"_s, 46));
    const std::size_t relay1 = table.timeline.rowOf(logs, table.event(u"maillog"_s, 10));
    QVERIFY(sun < esa1 && esa1 < relay1);
    QVERIFY(relay1 < table.timeline.size());
}

QTEST_GUILESS_MAIN(TestEventTimeline)
#include "tst_eventtimeline.moc"
