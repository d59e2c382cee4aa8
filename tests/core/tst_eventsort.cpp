// Sorting the event table: each column in the order of what its cells show, stability (a second sort keeps
// the first among ties), descending order that keeps ties, the Text column by raw bytes, and a
// 200 000-event log that must sort and filter without quadratic work.
#include "tabletesting.h"
#include "workspace/eventcolumns.h"
#include "workspace/rowkeys.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

std::vector<std::uint32_t> allRows(const EventTimeline& timeline)
{
    std::vector<std::uint32_t> rows(timeline.size());
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

const EventRecord& recordOf(const SampleTable& table, std::uint32_t row)
{
    const EventRef ref = table.timeline.at(row);
    return table.fixture.logs.log(ref.log).event(ref.index);
}

Family familyOf(const SampleTable& table, std::uint32_t row)
{
    return table.fixture.logs.log(table.timeline.at(row).log).info().family;
}

// A Postfix line of host `host` at second `second` after 10:00 Japan time.
QByteArray postfixLine(int second, QByteArrayView host, QByteArrayView rest, QByteArrayView program = "postfix/qmgr[1]")
{
    const QByteArray time = QTime(10, 0).addSecs(second).toString(u"HH:mm:ss"_s).toLatin1();
    return "2024-03-27T" + time + "+09:00 " + host.toByteArray() + ' ' + program.toByteArray() + ": " + rest.toByteArray() + '\n';
}

// Lines written to a file and loaded (unrecognised, so every line is an event in file order), with their
// timeline, for the Text column's tests.
struct LoadedLines
{
    QTemporaryDir dir;
    LogCollection logs;
    EventTimeline timeline;

    explicit LoadedLines(const QList<QByteArray>& lines)
    {
        const QString path = dir.filePath(u"alike.log"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the test log");
        for (const QByteArray& line : lines)
            file.write(line + '\n');
        file.close();
        if (!logs.load({ path }).errors.isEmpty())
            qFatal("cannot load the test log");
        timeline.rebuild(logs);
    }

    // The file lines of rows, in their order.
    std::vector<std::uint32_t> fileLines(const std::vector<std::uint32_t>& rows) const
    {
        std::vector<std::uint32_t> order;
        for (const std::uint32_t row : rows)
            order.push_back(logs.log(0).lineOf(timeline.at(row).index));
        return order;
    }
};

} // namespace

class TestEventSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeAscendingKeepsTimelineOrder();
    void timeFromAnyOrder();
    void timeDescendingFromTimelineOrder();
    void rowsByNarrowAndWideKeys_data();
    void rowsByNarrowAndWideKeys();
    void joinedHalvesOrderAsPairs();
    void textColumnsFollowTheirCells_data();
    void textColumnsFollowTheirCells();
    void enumColumns();
    void textColumnByRawBytes();
    void textColumnPastASharedPrefix();
    void textColumnOfManyAlikeLines();
    void stableOnTwoColumns();
    void descendingKeepsTies();
    void caseOnlyDifferencesAreTies();
    void filteredRows();
    void largeLog();

private:
    SampleTable m_table;
};

void TestEventSort::initTestCase()
{
    QVERIFY2(m_table.load(), qPrintable(m_table.fixture.error));
}

void TestEventSort::timeAscendingKeepsTimelineOrder()
{
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Time, Qt::AscendingOrder);
    QCOMPARE(rows, allRows(m_table.timeline));
}

void TestEventSort::timeFromAnyOrder()
{
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    std::reverse(rows.begin(), rows.end());
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Time, Qt::AscendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::int64_t before = recordOf(m_table, rows[i - 1]).utcMs;
        const std::int64_t after = recordOf(m_table, rows[i]).utcMs;
        QVERIFY(before <= after);
        if (before == after)
            QVERIFY(rows[i - 1] > rows[i]); // ties keep the (reversed) order they came in
    }
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Time, Qt::DescendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(recordOf(m_table, rows[i - 1]).utcMs >= recordOf(m_table, rows[i]).utcMs);
}

void TestEventSort::timeDescendingFromTimelineOrder()
{
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Time, Qt::DescendingOrder);
    QCOMPARE(rows.size(), m_table.timeline.size());
    bool tied = false;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::int64_t before = recordOf(m_table, rows[i - 1]).utcMs;
        const std::int64_t after = recordOf(m_table, rows[i]).utcMs;
        QVERIFY(before >= after);
        if (before == after) {
            tied = true;
            QVERIFY(rows[i - 1] < rows[i]); // ties keep the order they came in
        }
    }
    QVERIFY(tied); // the samples have lines of the same millisecond
    std::vector<std::uint32_t> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, allRows(m_table.timeline));
}

void TestEventSort::rowsByNarrowAndWideKeys_data()
{
    QTest::addColumn<std::uint64_t>("spread");
    QTest::newRow("few values") << std::uint64_t(5);
    QTest::newRow("narrow") << (std::uint64_t(1) << 20);
    QTest::newRow("wide") << ~std::uint64_t(0);
}

void TestEventSort::rowsByNarrowAndWideKeys()
{
    // Narrow keys are packed with their positions into one word; wide ones are sorted as pairs: both must
    // order as a stable sort does, both ways, and leave the keys in the rows' new order.
    QFETCH(std::uint64_t, spread);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    std::uint64_t state = 88172645463325252u;
    for (std::uint32_t i = 0; i < 50000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const std::uint64_t key = spread == ~std::uint64_t(0) ? state : (std::uint64_t(1) << 40) + state % (spread + 1);
        keys.push_back(i % 3 == 0 ? keys.empty() ? key : keys.front() : key); // many ties
        rows.push_back(i * 7);
    }
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> expected;
        for (std::size_t i = 0; i < keys.size(); ++i)
            expected.emplace_back(keys[i], rows[i]);
        std::stable_sort(expected.begin(), expected.end(), [order](const auto& a, const auto& b) {
            return order == Qt::AscendingOrder ? a.first < b.first : a.first > b.first;
        });
        std::vector<std::uint64_t> sortedKeys = keys;
        std::vector<std::uint32_t> sortedRows = rows;
        sortRowsByKey(sortedKeys, order, sortedRows);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(sortedKeys[i], expected[i].first);
            QCOMPARE(sortedRows[i], expected[i].second);
        }
    }
}

void TestEventSort::joinedHalvesOrderAsPairs()
{
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> halves { { 3, 0 }, { 0, 4000000000u }, { 2, 7 }, { 3, 1 },
        { 0, 0 }, { 4000000000u, 4000000000u }, { 2, 6 } };
    std::vector<std::uint64_t> keys;
    for (const auto& [high, low] : halves)
        keys.push_back(std::uint64_t(high) << 32 | low);
    joinHalves(keys);
    for (std::size_t a = 0; a < halves.size(); ++a) {
        for (std::size_t b = 0; b < halves.size(); ++b)
            QCOMPARE(keys[a] < keys[b], halves[a] < halves[b]);
    }
}

void TestEventSort::textColumnsFollowTheirCells_data()
{
    QTest::addColumn<EventColumn>("column");
    QTest::addColumn<bool>("firstWordOnly"); // the key is the cell's first part (the first ID, the address)

    QTest::newRow("host") << EventColumn::Host << false;
    QTest::newRow("program") << EventColumn::Program << true;
    QTest::newRow("ids") << EventColumn::Ids << true;
    QTest::newRow("from") << EventColumn::From << false;
    QTest::newRow("to") << EventColumn::To << true;
    QTest::newRow("status") << EventColumn::Status << false;
    QTest::newRow("peer") << EventColumn::Peer << true;
    QTest::newRow("file") << EventColumn::File << false;
}

void TestEventSort::textColumnsFollowTheirCells()
{
    QFETCH(EventColumn, column);
    QFETCH(bool, firstWordOnly);
    const LogCollection& logs = m_table.fixture.logs;
    const auto keyText = [&](std::uint32_t row) {
        QString text = eventCellText(logs, m_table.timeline.at(row), column);
        if (firstWordOnly)
            text = text.section(QRegularExpression(u"[ \\[(:]"_s), 0, 0);
        return text;
    };
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        std::vector<std::uint32_t> rows = allRows(m_table.timeline);
        sortEventRows(logs, m_table.timeline, rows, column, order);
        QCOMPARE(rows.size(), m_table.timeline.size());
        std::vector<std::uint32_t> sorted = rows;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, allRows(m_table.timeline)); // a permutation
        int distinct = 1;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const QString before = keyText(rows[i - 1]);
            const QString after = keyText(rows[i]);
            const int compared = before.compare(after, Qt::CaseInsensitive);
            if (order == Qt::AscendingOrder ? compared > 0 : compared < 0)
                QFAIL(qPrintable(u"\"%1\" before \"%2\""_s.arg(before, after)));
            if (compared == 0 && !firstWordOnly && eventCellText(logs, m_table.timeline.at(rows[i]), column) == before)
                QVERIFY2(rows[i - 1] < rows[i], "equal cells keep time order");
            distinct += compared != 0;
        }
        QVERIFY(distinct >= 3); // the column has something to sort
    }
}

void TestEventSort::enumColumns()
{
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Kind, Qt::AscendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const EventKind before = recordOf(m_table, rows[i - 1]).kind;
        const EventKind after = recordOf(m_table, rows[i]).kind;
        QVERIFY(before <= after);
        if (before == after)
            QVERIFY(rows[i - 1] < rows[i]);
    }
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Side, Qt::DescendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(recordOf(m_table, rows[i - 1]).side >= recordOf(m_table, rows[i]).side);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Line, Qt::AscendingOrder);
    const auto lineOf = [this](std::uint32_t row) {
        const EventRef ref = m_table.timeline.at(row);
        return m_table.fixture.logs.log(ref.log).lineOf(ref.index);
    };
    QCOMPARE(lineOf(rows.front()), 0u);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(lineOf(rows[i - 1]) <= lineOf(rows[i]));
}

void TestEventSort::textColumnByRawBytes()
{
    const LogCollection& logs = m_table.fixture.logs;
    const auto line = [&](std::uint32_t row) {
        const EventRef ref = m_table.timeline.at(row);
        return logs.log(ref.log).file().line(qsizetype(logs.log(ref.log).lineOf(ref.index)));
    };
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(logs, m_table.timeline, rows, EventColumn::Text, Qt::AscendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(line(rows[i - 1]) <= line(rows[i]));
    // "2024-..." (Postfix) before "27-Mar-..." (Sun) before "Wed ..." (IronPort) before "[..." (E-Post)
    QCOMPARE(familyOf(m_table, rows.front()), Family::Postfix);
    QCOMPARE(familyOf(m_table, rows.back()), Family::EPost);
    sortEventRows(logs, m_table.timeline, rows, EventColumn::Text, Qt::DescendingOrder);
    QCOMPARE(familyOf(m_table, rows.front()), Family::EPost);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(line(rows[i - 1]) >= line(rows[i]));
}

void TestEventSort::textColumnPastASharedPrefix()
{
    // Lines alike for 30 bytes, differing only further on, one a prefix of others, two equal.
    const QByteArray shared = "2024-03-27T09:14:05 relay1 XX";
    const QList<QByteArray> lines { shared + " b", shared + " a", shared, shared + " a", shared + "zzzzzzzzzz9",
        shared + "zzzzzzzzzz1" };
    const LoadedLines loaded(lines);
    std::vector<std::uint32_t> rows = allRows(loaded.timeline);
    QCOMPARE(rows.size(), std::size_t(lines.size()));
    // equal lines (1 and 3) keep their order both ways
    sortEventRows(loaded.logs, loaded.timeline, rows, EventColumn::Text, Qt::AscendingOrder);
    QCOMPARE(loaded.fileLines(rows), (std::vector<std::uint32_t> { 2, 1, 3, 0, 5, 4 }));
    sortEventRows(loaded.logs, loaded.timeline, rows, EventColumn::Text, Qt::DescendingOrder);
    QCOMPARE(loaded.fileLines(rows), (std::vector<std::uint32_t> { 4, 5, 0, 1, 3, 2 }));
}

void TestEventSort::textColumnOfManyAlikeLines()
{
    // 3000 lines alike for 29 bytes, then differing at depths from 0 to 40 bytes further, with repeats and
    // lines that are prefixes of others: the same order as a stable sort of the bytes, both ways.
    const QByteArray shared = "2024-03-27T09:14:05 relay1 XX";
    QList<QByteArray> lines;
    for (int n = 0; n < 3000; ++n) {
        QByteArray tail(40, 'a');
        const int depth = (n * 7) % 41;
        if (depth < 40)
            tail[depth] = char('a' + (n * 13) % 5);
        tail.truncate((n * 11) % 41);
        lines << shared + tail;
    }
    const LoadedLines loaded(lines);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        std::vector<std::uint32_t> expected(std::size_t(lines.size()));
        std::iota(expected.begin(), expected.end(), 0u);
        std::stable_sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            return order == Qt::AscendingOrder ? lines[a] < lines[b] : lines[b] < lines[a];
        });
        std::vector<std::uint32_t> rows = allRows(loaded.timeline);
        sortEventRows(loaded.logs, loaded.timeline, rows, EventColumn::Text, order);
        QCOMPARE(loaded.fileLines(rows), expected);
    }
}

void TestEventSort::stableOnTwoColumns()
{
    // By kind, then by family: within a family the kinds stay sorted, and within a kind the time order stays.
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Kind, Qt::AscendingOrder);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Family, Qt::AscendingOrder);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Family familyBefore = familyOf(m_table, rows[i - 1]);
        const Family familyAfter = familyOf(m_table, rows[i]);
        QVERIFY(familyBefore <= familyAfter);
        if (familyBefore != familyAfter)
            continue;
        const EventKind kindBefore = recordOf(m_table, rows[i - 1]).kind;
        const EventKind kindAfter = recordOf(m_table, rows[i]).kind;
        QVERIFY(kindBefore <= kindAfter);
        if (kindBefore == kindAfter)
            QVERIFY(rows[i - 1] < rows[i]);
    }
    QCOMPARE(familyOf(m_table, rows.front()), Family::IronPort);
    QCOMPARE(recordOf(m_table, rows.front()).kind, EventKind::System);
}

void TestEventSort::descendingKeepsTies()
{
    std::vector<std::uint32_t> rows = allRows(m_table.timeline);
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Family, Qt::DescendingOrder);
    QCOMPARE(familyOf(m_table, rows.front()), Family::EPost);
    QCOMPARE(familyOf(m_table, rows.back()), Family::IronPort);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QVERIFY(familyOf(m_table, rows[i - 1]) >= familyOf(m_table, rows[i]));
        if (familyOf(m_table, rows[i - 1]) == familyOf(m_table, rows[i]))
            QVERIFY2(rows[i - 1] < rows[i], "ties stay in time order, not reversed");
    }
}

void TestEventSort::caseOnlyDifferencesAreTies()
{
    TraceFixture fixture;
    QVERIFY(fixture.load({ { "x/maillog",
        postfixLine(0, "relay", "AAAA000001: from=<b@example.jp>, size=1, nrcpt=1 (queue active)")
            + postfixLine(1, "Relay", "AAAA000002: from=<B@example.jp>, size=1, nrcpt=1 (queue active)")
            + postfixLine(2, "alpha", "AAAA000003: from=<a@example.jp>, size=1, nrcpt=1 (queue active)")
            + postfixLine(3, "relay", "AAAA000004: from=<c@example.jp>, size=1, nrcpt=1 (queue active)")
            + postfixLine(4, "ALPHA", "AAAA000005: from=<A@example.jp>, size=1, nrcpt=1 (queue active)") } }));
    EventTimeline timeline;
    timeline.rebuild(fixture.logs);
    QCOMPARE(timeline.size(), 5u);
    std::vector<std::uint32_t> rows = allRows(timeline);
    sortEventRows(fixture.logs, timeline, rows, EventColumn::Host, Qt::AscendingOrder);
    QCOMPARE(rows, (std::vector<std::uint32_t> { 2, 4, 0, 1, 3 }));
    sortEventRows(fixture.logs, timeline, rows, EventColumn::Host, Qt::DescendingOrder);
    QCOMPARE(rows, (std::vector<std::uint32_t> { 0, 1, 3, 2, 4 }));
    // then by sender: a/A, b/B, c; host order kept among equal senders
    sortEventRows(fixture.logs, timeline, rows, EventColumn::From, Qt::AscendingOrder);
    QCOMPARE(rows, (std::vector<std::uint32_t> { 2, 4, 0, 1, 3 }));
    sortEventRows(fixture.logs, timeline, rows, EventColumn::Ids, Qt::DescendingOrder);
    QCOMPARE(rows, (std::vector<std::uint32_t> { 4, 3, 2, 1, 0 }));
}

void TestEventSort::filteredRows()
{
    // Sorting a filtered row set keeps exactly those rows.
    EventFilter filter;
    filter.query = FilterQuery::parse(u"family:postfix"_s);
    std::vector<std::uint32_t> rows = filterEventRows(m_table.fixture.logs, m_table.timeline, filter);
    const std::vector<std::uint32_t> before = rows;
    sortEventRows(m_table.fixture.logs, m_table.timeline, rows, EventColumn::Program, Qt::AscendingOrder);
    QVERIFY(rows != before);
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, before);
    std::vector<std::uint32_t> one { 5 };
    sortEventRows(m_table.fixture.logs, m_table.timeline, one, EventColumn::Text, Qt::DescendingOrder);
    QCOMPARE(one, std::vector<std::uint32_t> { 5 });
    std::vector<std::uint32_t> none;
    sortEventRows(m_table.fixture.logs, m_table.timeline, none, EventColumn::Host, Qt::AscendingOrder);
    QVERIFY(none.empty());
}

void TestEventSort::largeLog()
{
    // 200 000 Postfix lines from 40 hosts with 5 000 senders: quadratic filtering or sorting would not finish.
    constexpr int Events = 200000;
    QByteArray log;
    log.reserve(Events * 140);
    for (int i = 0; i < Events; ++i) {
        const QByteArray host = "host" + QByteArray::number(i % 40);
        const QByteArray sender = "user" + QByteArray::number((i * 7919) % 5000) + "@example.jp";
        const char* status = i % 97 == 0 ? "bounced" : i % 13 == 0 ? "deferred" : "sent";
        const QByteArray rest = QByteArray::number(0xA00000 + i, 16).toUpper() + ": to=<" + sender + ">, relay=mx"
            + QByteArray::number(i % 300) + ".example.net[192.0.2.1]:25, dsn=2.0.0, status=" + status + " (250 ok)";
        log += postfixLine(i / 20, host, rest, "postfix/smtp[7]");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"maillog"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(log) == log.size());
    file.close();
    LogCollection logs;
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    QVERIFY(logs.load({ path }, options).errors.isEmpty());
    EventTimeline timeline;
    timeline.rebuild(logs);
    QCOMPARE(timeline.size(), std::size_t(Events));

    QElapsedTimer timer;
    timer.start();
    EventFilter filter;
    filter.query = FilterQuery::parse(u"status:bounced"_s);
    QCOMPARE(filterEventRows(logs, timeline, filter).size(), std::size_t((Events + 96) / 97));
    filter.query = FilterQuery::parse(u"user42@ -host1"_s); // free text over raw bytes, a negated field
    const std::vector<std::uint32_t> found = filterEventRows(logs, timeline, filter);
    QVERIFY(!found.empty());
    for (const std::uint32_t row : found)
        QVERIFY(eventCellText(logs, timeline.at(row), EventColumn::To).startsWith(u"user42"_s));
    filter.query = FilterQuery::parse(u"mx2\\d\\d\\.example"_s, FilterQuery::Mode::RegularExpression);
    QCOMPARE(filterEventRows(logs, timeline, filter).size(), std::size_t(Events / 300 * 100));
    qInfo("filtered in %lld ms", timer.restart());

    std::vector<std::uint32_t> rows = allRows(timeline);
    for (const EventColumn column : { EventColumn::To, EventColumn::Host, EventColumn::Peer, EventColumn::Status, EventColumn::Ids,
             EventColumn::Text, EventColumn::Time }) {
        sortEventRows(logs, timeline, rows, column, Qt::DescendingOrder);
        QCOMPARE(rows.size(), std::size_t(Events));
        qInfo("sorted by %s in %lld ms", eventColumnKey(column).data(), timer.restart());
    }
    // the last sort, by time descending, keeps the order of the sort before (Text descending) among the 20
    // lines of each second
    const auto line = [&](std::uint32_t row) { return logs.log(0).file().line(qsizetype(logs.log(0).lineOf(timeline.at(row).index))); };
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::int64_t before = logs.log(0).event(timeline.at(rows[i - 1]).index).utcMs;
        const std::int64_t after = logs.log(0).event(timeline.at(rows[i]).index).utcMs;
        QVERIFY(before >= after);
        if (before == after)
            QVERIFY(line(rows[i - 1]) > line(rows[i]));
    }
}

QTEST_GUILESS_MAIN(TestEventSort)
#include "tst_eventsort.moc"
