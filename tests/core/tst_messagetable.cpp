// The message list: its cells, hop counts along next-hop links (Sun → esa1 → relay1 in the samples), the
// message filter with each of its fields, and sorting.
#include "tabletesting.h"
#include "trace/hops.h"
#include "workspace/messagecolumns.h"

#include <QSet>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

using Cells = QList<std::pair<MessageColumn, QString>>;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// One IronPort message with five recipients and a UTF-8 subject.
const QByteArray FiveRecipients = "Wed Mar 27 09:00:02 2024 Info: Begin Logfile\n"
                                  "Wed Mar 27 10:00:00 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address 198.51.100.7 reverse dns host mail.example.org verified yes\n"
                                  "Wed Mar 27 10:00:00 2024 Info: ICID 1 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1 country Japan\n"
                                  "Wed Mar 27 10:00:01 2024 Info: Start MID 7 ICID 1\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 From: <Info@Example.org>\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 RID 0 To: <a@example.jp>\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 RID 1 To: <b@example.jp>\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 RID 2 To: <c@example.jp>\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 RID 3 To: <d@example.jp>\n"
                                  "Wed Mar 27 10:00:01 2024 Info: MID 7 ICID 1 RID 4 To: <e@example.jp>\n"
                                  "Wed Mar 27 10:00:02 2024 Info: MID 7 Subject '会議のお知らせ'\n"
                                  "Wed Mar 27 10:00:02 2024 Info: MID 7 ready 1000 bytes from <Info@Example.org>\n"
                                  "Wed Mar 27 10:00:02 2024 Info: ICID 1 close\n";

} // namespace

class TestMessageTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysAndLabels();
    void cells_data();
    void cells();
    void manyRecipientsAndDecodedSubject();
    void hopsAlongTheNextHopChain();
    void filterFields_data();
    void filterFields();
    void freeText();
    void regularExpression();
    void timeRangeOverlaps();
    void familiesAndProblems();
    void matchesAgreesWithRows();
    void sortColumns_data();
    void sortColumns();
    void sortStableAndDescending();

private:
    std::uint32_t message(const QString& name) const;

    SampleTable m_table;
};

void TestMessageTable::initTestCase()
{
    QVERIFY2(m_table.load(), qPrintable(m_table.fixture.error));
}

std::uint32_t TestMessageTable::message(const QString& name) const
{
    for (std::uint32_t m = 0; m < m_table.fixture.graph.messages.size(); ++m) {
        if (m_table.messageName(m) == name)
            return m;
    }
    return NoIndex;
}

void TestMessageTable::keysAndLabels()
{
    QSet<QString> keys;
    for (int c = 0; c < MessageColumnCount; ++c) {
        const auto column = MessageColumn(c);
        QVERIFY(!messageColumnLabel(column).isEmpty());
        keys.insert(messageColumnKey(column));
        MessageColumn back = MessageColumn::First;
        QVERIFY(messageColumnFromKey(messageColumnKey(column), &back));
        QCOMPARE(back, column);
    }
    QCOMPARE(keys.size(), MessageColumnCount);
    QCOMPARE(messageColumnKey(MessageColumn::MessageId), "message_id"_L1);
    QCOMPARE(messageColumnLabel(MessageColumn::Hops), u"Hops"_s);
    QCOMPARE(messageColumnFilterField(MessageColumn::Recipients), FilterField::To);
    QCOMPARE(messageColumnFilterField(MessageColumn::MessageId), FilterField::Id);
}

void TestMessageTable::cells_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Cells>("cells");

    QTest::newRow("esa1 30011") << u"esa1/30011"_s
                                << Cells { { MessageColumn::First, u"2024-03-27 09:14:02.000"_s },
                                       { MessageColumn::Last, u"2024-03-27 09:14:10.000"_s }, { MessageColumn::Host, u"esa1"_s },
                                       { MessageColumn::Family, familyLabel(Family::IronPort) },
                                       { MessageColumn::Ids, u"mid=30011 icid=880412 rid=0 dcid=51877"_s },
                                       { MessageColumn::From, u"taro@example.net"_s },
                                       { MessageColumn::Recipients, u"hanako@example.jp, k.ito@example.jp"_s },
                                       { MessageColumn::Outcome, outcomeLabel(Outcome::Delivered) }, { MessageColumn::Hops, u"3"_s },
                                       { MessageColumn::Subject, u"Quarterly figures (FY2023 Q4)"_s },
                                       { MessageColumn::MessageId, u"<20240327001400.1A2B@mail.example.net>"_s } };
    QTest::newRow("postfix notification") << u"relay1/4VbVBn3Yjjz7tBX"_s
                                          << Cells { { MessageColumn::Host, u"relay1 (postfix-out)"_s }, { MessageColumn::From, u"<>"_s },
                                                 { MessageColumn::Ids, u"queue_id=4VbVBn3Yjjz7tBX"_s },
                                                 { MessageColumn::First, u"2024-03-27 10:08:13.156"_s }, { MessageColumn::Hops, u"1"_s },
                                                 { MessageColumn::Subject, QString() } };
    QTest::newRow("sun bounced") << u"sun/20240327001400.1A2B@mail.example.net"_s
                                 << Cells { { MessageColumn::Family, familyLabel(Family::SunMs) },
                                        { MessageColumn::Outcome, outcomeLabel(Outcome::Bounced) }, { MessageColumn::Hops, u"3"_s },
                                        { MessageColumn::First, u"2024-03-27 09:14:00.960"_s } };
    QTest::newRow("rejected attempt") << u"relay1@maillog:23"_s
                                      << Cells { { MessageColumn::Ids, QString() }, { MessageColumn::From, u"info@example.org"_s },
                                             { MessageColumn::Outcome, outcomeLabel(Outcome::Rejected) }, { MessageColumn::MessageId, QString() } };
    QTest::newRow("epost") << u"MAILSV01/B0000523103"_s
                           << Cells { { MessageColumn::Ids, u"bid=B0000523103"_s }, { MessageColumn::Recipients, u"suzuki@example.jp, ogawa@example.jp"_s },
                                  { MessageColumn::Family, familyLabel(Family::EPost) } };
}

void TestMessageTable::cells()
{
    QFETCH(QString, name);
    QFETCH(Cells, cells);
    const std::uint32_t m = message(name);
    QVERIFY(m != NoIndex);
    for (const auto& [column, text] : cells) {
        const QString cell = messageCellText(m_table.fixture.graph, m_table.fixture.logs, m, column);
        if (cell != text)
            QFAIL(qPrintable(u"column %1: \"%2\", expected \"%3\""_s.arg(messageColumnKey(column), cell, text)));
    }
}

void TestMessageTable::manyRecipientsAndDecodedSubject()
{
    TraceFixture fixture;
    QVERIFY(fixture.load({ { "esa9/mail.current", FiveRecipients } }));
    const std::uint32_t m = fixture.message("esa9", "7");
    QVERIFY(m != NoIndex);
    QCOMPARE(messageCellText(fixture.graph, fixture.logs, m, MessageColumn::Recipients), u"a@example.jp, b@example.jp, c@example.jp +2 more"_s);
    QCOMPARE(messageCellText(fixture.graph, fixture.logs, m, MessageColumn::Subject), u"会議のお知らせ"_s);
    MessageFilter filter;
    filter.query = FilterQuery::parse(u"お知らせ from:info@example"_s);
    QVERIFY(filter.matches(fixture.graph, fixture.logs, m));
    filter.query = FilterQuery::parse(u"to:e@example"_s); // the fifth recipient, not shown in the cell
    QVERIFY(filter.matches(fixture.graph, fixture.logs, m));
    filter.query = FilterQuery::parse(u"お知らせです"_s);
    QVERIFY(!filter.matches(fixture.graph, fixture.logs, m));
}

void TestMessageTable::hopsAlongTheNextHopChain()
{
    const MailGraph& graph = m_table.fixture.graph;
    const std::uint32_t sun = message(u"sun/20240327001400.1A2B@mail.example.net"_s);
    const std::uint32_t esa1 = message(u"esa1/30011"_s);
    const std::uint32_t relay1 = message(u"relay1/4VbT0K2mQzz3xYp"_s);
    QVERIFY(sun != NoIndex && esa1 != NoIndex && relay1 != NoIndex);
    QCOMPARE(graph.hopCounts[sun], 3u);
    QCOMPARE(graph.hopCounts[esa1], 3u);
    QCOMPARE(graph.hopCounts[relay1], 3u);
    QCOMPARE(messageCellText(graph, m_table.fixture.logs, esa1, MessageColumn::Hops), u"3"_s);
    // A notification is not a hop: MID 30013 is the bounce of 30012
    const std::uint32_t bounce = message(u"esa1/30012"_s);
    QCOMPARE(m_table.fixture.linksFrom(bounce), QStringList { u"notification>30013@esa1(logged)"_s });
    QCOMPARE(graph.hopCounts[bounce], 1u);
    // every message has a count, and a chain's members agree on it
    QCOMPARE(graph.hopCounts.size(), graph.messages.size());
    std::size_t chained = 0;
    for (std::uint32_t m = 0; m < graph.messages.size(); ++m) {
        QVERIFY(graph.hopCounts[m] >= 1);
        if (const std::uint32_t next = nextHop(graph, m); next != NoIndex)
            QCOMPARE(graph.hopCounts[next], graph.hopCounts[m]);
        chained += graph.hopCounts[m] > 1;
    }
    QVERIFY(chained >= 3);
}

void TestMessageTable::filterFields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("from") << u"from:taro"_s
                          << QStringList { u"esa1/30011"_s, u"relay1/4VbT0K2mQzz3xYp"_s, u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("from null sender") << u"from:<>"_s
                                      << QStringList { u"MAILSV01/B0000523104-E001"_s, u"esa1/30013"_s, u"relay1/4VbVBn3Yjjz7tBX"_s,
                                             u"sun/0SAY00H2R1TQ5C10@mx1.example.net"_s };
    QTest::newRow("to") << u"to:k.ito"_s << QStringList { u"esa1/30011"_s, u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("to original") << u"to:root"_s << QStringList { u"relay1/4VbSh51VP0z3xXy"_s };
    QTest::newRow("id message-id") << u"id:<20240327001400.1A2B@mail.example.net>"_s
                                   << QStringList { u"esa1/30011"_s, u"relay1/4VbT0K2mQzz3xYp"_s, u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("id without brackets") << u"id:0say00j7w2pb4n40@mail.example.net"_s << QStringList { u"sun/0SAY00J7W2PB4N40@mail.example.net"_s };
    QTest::newRow("id of the connection") << u"id:880413"_s << QStringList { u"esa1/30012"_s, u"esa1/30013"_s };
    QTest::newRow("id is whole") << u"id:3001"_s << QStringList();
    QTest::newRow("mid") << u"mid:30013"_s << QStringList { u"esa1/30012"_s, u"esa1/30013"_s };
    QTest::newRow("queue_id") << u"queue_id:4VBT0K2MQZZ3XYP"_s << QStringList { u"relay1/4VbT0K2mQzz3xYp"_s };
    QTest::newRow("status bounced") << u"status:bounced"_s
                                    << QStringList { u"MAILSV01/B0000523104"_s, u"esa1/30012"_s, u"relay1/4VbV4L0qnJz7tBN"_s,
                                           u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("status of a recipient") << u"status:rejected family:ironport"_s
                                           << QStringList { u"esa1/30011"_s, u"esa1@mail.current:7"_s };
    QTest::newRow("status notification") << u"status:notification"_s
                                         << QStringList { u"MAILSV01/B0000523104-E001"_s, u"esa1/30013"_s, u"relay1/4VbVBn3Yjjz7tBX"_s,
                                                u"sun/0SAY00H2R1TQ5C10@mx1.example.net"_s };
    QTest::newRow("status dropped") << u"status:DROPPED"_s << QStringList { u"esa1/30010"_s };
    QTest::newRow("host instance") << u"host:postfix-out"_s << QStringList { u"relay1/4VbV4L0qnJz7tBN"_s, u"relay1/4VbVBn3Yjjz7tBX"_s };
    // the bounced Sun message has a delivered recipient (hanako): only the rejected attempt has none
    QTest::newRow("family") << u"family:sunms -status:delivered"_s << QStringList { u"sun@mail.log_current:27"_s };
    QTest::newRow("family and status") << u"family:SUNMS status:bounced"_s << QStringList { u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("peer inbound or delivery") << u"peer:esa1"_s
                                              << QStringList { u"relay1/4VbT0K2mQzz3xYp"_s, u"relay1@maillog:44"_s,
                                                     u"sun/20240327001400.1A2B@mail.example.net"_s };
    QTest::newRow("peer address") << u"peer:203.0.113.50"_s
                                  << QStringList { u"esa1/30009"_s, u"relay1/4VbV4L0qnJz7tBN"_s, u"sun/0SAY00J7W2PB4N40@mail.example.net"_s };
    // event fields match no message
    QTest::newRow("kind") << u"kind:delivered"_s << QStringList();
    QTest::newRow("text") << u"text:taro"_s << QStringList();
    QTest::newRow("other field") << u"helo:mail.example.jp"_s << QStringList();
}

void TestMessageTable::filterFields()
{
    QFETCH(QString, query);
    QFETCH(QStringList, messages);
    QVERIFY(FilterQuery::parse(query).isValid());
    QCOMPARE(sorted(m_table.filteredMessages(query)), messages);
}

void TestMessageTable::freeText()
{
    // subject, sender, recipients, host, IDs as shown ("mid=30012"), Message-ID
    QCOMPARE(m_table.filteredMessages(u"QUARTERLY"_s), QStringList { u"esa1/30011"_s });
    QCOMPARE(sorted(m_table.filteredMessages(u"k.ito"_s)), (QStringList { u"esa1/30011"_s, u"sun/20240327001400.1A2B@mail.example.net"_s }));
    QCOMPARE(m_table.filteredMessages(u"mailsv01"_s).size(), 7);
    QCOMPARE(m_table.filteredMessages(u"mid=30012"_s), QStringList { u"esa1/30012"_s });
    QCOMPARE(m_table.filteredMessages(u"7d1e0c52"_s), QStringList { u"relay1/4VbTbv4HPYz3xZM"_s });
    // negation: messages without "example" anywhere
    QCOMPARE(sorted(m_table.filteredMessages(u"-example"_s)),
        (QStringList { u"MAILSV01@acceptlog/MAILSV01/240327.log:7"_s, u"esa1@mail.current:7"_s }));
    // the raw log text is not searched
    QCOMPARE(m_table.filteredMessages(u"Greylisted"_s), QStringList());
    // an invalid query filters nothing
    QCOMPARE(m_table.filteredMessages(u"xyz:1"_s).size(), qsizetype(m_table.fixture.graph.messages.size()));
}

void TestMessageTable::regularExpression()
{
    using Mode = FilterQuery::Mode;
    QCOMPARE(sorted(m_table.filteredMessages(u"quarterly|purchase order"_s, Mode::RegularExpression)),
        (QStringList { u"esa1/30009"_s, u"esa1/30011"_s }));
    QCOMPARE(m_table.filteredMessages(u"^relay1$"_s, Mode::RegularExpression).size(), 7);
    QCOMPARE(m_table.filteredMessages(u"^B\\d+-E\\d+$"_s, Mode::RegularExpression), QStringList());
    QCOMPARE(m_table.filteredMessages(u"bid=B\\d+-E\\d+"_s, Mode::RegularExpression), QStringList { u"MAILSV01/B0000523104-E001"_s });
}

void TestMessageTable::timeRangeOverlaps()
{
    const QTimeZone tokyo("Asia/Tokyo");
    MessageFilter filter;
    filter.fromMs = QDateTime(QDate(2024, 3, 27), QTime(9, 14, 3), tokyo).toMSecsSinceEpoch();
    filter.toMs = QDateTime(QDate(2024, 3, 27), QTime(9, 14, 4), tokyo).toMSecsSinceEpoch();
    QVERIFY(!filter.isEmpty());
    // messages whose life overlaps the second, including esa1/30009 (09:05 to 09:20)
    QCOMPARE(sorted(m_table.filteredMessages(filter)),
        (QStringList { u"esa1/30009"_s, u"esa1/30011"_s, u"sun/0SAY00H2R1TQ5C10@mx1.example.net"_s,
            u"sun/20240327001400.1A2B@mail.example.net"_s }));
    filter.query = FilterQuery::parse(u"family:ironport"_s);
    QCOMPARE(sorted(m_table.filteredMessages(filter)), (QStringList { u"esa1/30009"_s, u"esa1/30011"_s }));
}

void TestMessageTable::familiesAndProblems()
{
    MessageFilter filter;
    QVERIFY(filter.isEmpty());
    QCOMPARE(filterMessageRows(m_table.fixture.graph, m_table.fixture.logs, filter).size(), m_table.fixture.graph.messages.size());
    filter.families = 1u << int(Family::EPost);
    QCOMPARE(m_table.filteredMessages(filter).size(), 7);
    filter.families = AllFamilies;
    filter.problemsOnly = true;
    QCOMPARE(sorted(m_table.filteredMessages(filter)),
        (QStringList { u"MAILSV01/B0000523104"_s, u"MAILSV01@acceptlog/MAILSV01/240327.log:7"_s,
            u"MAILSV01@receivelog/MAILSV01/240327.log:73"_s, u"esa1/30010"_s, u"esa1/30012"_s, u"esa1@mail.current:7"_s,
            u"relay1/4VbV4L0qnJz7tBN"_s, u"relay1@maillog:23"_s, u"relay1@maillog:44"_s,
            u"sun/20240327001400.1A2B@mail.example.net"_s, u"sun@mail.log_current:27"_s }));

    // a recipient still deferred makes a problem of a message whose outcome is otherwise fine
    TraceFixture fixture;
    QVERIFY(fixture.load({ { "edge/maillog",
        "2024-03-27T10:00:00+09:00 edge postfix/pickup[10]: AAAA111111: uid=1000 from=<jiro@example.jp>\n"
        "2024-03-27T10:00:00+09:00 edge postfix/qmgr[12]: AAAA111111: from=<jiro@example.jp>, size=900, nrcpt=2 (queue active)\n"
        "2024-03-27T10:00:01+09:00 edge postfix/smtp[13]: AAAA111111: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, "
        "delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
        "2024-03-27T10:00:01+09:00 edge postfix/smtp[13]: AAAA111111: to=<aki@partner.example>, relay=mx.partner.example[203.0.113.50]:25, "
        "delay=1, delays=0/0/0.5/0.5, dsn=4.2.2, status=deferred (452 4.2.2 Mailbox full)\n" } }));
    const std::uint32_t m = fixture.message("edge", "AAAA111111");
    QVERIFY(m != NoIndex);
    QVERIFY(filter.matches(fixture.graph, fixture.logs, m));
    filter.query = FilterQuery::parse(u"status:deferred"_s);
    QVERIFY(filter.matches(fixture.graph, fixture.logs, m));
}

void TestMessageTable::matchesAgreesWithRows()
{
    for (const QString& query : { u"from:taro"_s, u"example -status:delivered"_s, u"peer:192.0.2"_s }) {
        MessageFilter filter;
        filter.query = FilterQuery::parse(query);
        std::vector<std::uint32_t> one;
        for (std::uint32_t m = 0; m < m_table.fixture.graph.messages.size(); ++m) {
            if (filter.matches(m_table.fixture.graph, m_table.fixture.logs, m))
                one.push_back(m);
        }
        QCOMPARE(filterMessageRows(m_table.fixture.graph, m_table.fixture.logs, filter), one);
        QVERIFY(!one.empty());
    }
    MessageFilter filter;
    filter.query = FilterQuery::parse(u"-zzzqqq"_s);
    const std::atomic_bool cancel = true;
    QVERIFY(filterMessageRows(m_table.fixture.graph, m_table.fixture.logs, filter, &cancel).empty());
}

void TestMessageTable::sortColumns_data()
{
    QTest::addColumn<MessageColumn>("column");
    for (int c = 0; c < MessageColumnCount; ++c)
        QTest::newRow(messageColumnKey(MessageColumn(c)).data()) << MessageColumn(c);
}

void TestMessageTable::sortColumns()
{
    // Each column sorts by what its cells show (the first part of composed cells), without case.
    QFETCH(MessageColumn, column);
    const MailGraph& graph = m_table.fixture.graph;
    const LogCollection& logs = m_table.fixture.logs;
    const auto keyText = [&](std::uint32_t m) {
        const QString text = messageCellText(graph, logs, m, column);
        switch (column) {
        case MessageColumn::Ids:
            return text.section(u',', 0, 0).section(u' ', 0, 0);
        case MessageColumn::Recipients:
            return text.section(u',', 0, 0);
        case MessageColumn::Hops:
            return text.rightJustified(4, u'0');
        case MessageColumn::Family:
            return QString::number(int(graph.origins[graph.messages[m].origin].family));
        case MessageColumn::Outcome:
            return QString::number(int(graph.messages[m].outcome));
        default:
            return text;
        }
    };
    std::vector<std::uint32_t> rows(graph.messages.size());
    std::iota(rows.begin(), rows.end(), 0u);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        sortMessageRows(graph, logs, rows, column, order);
        std::vector<std::uint32_t> permutation = rows;
        std::sort(permutation.begin(), permutation.end());
        std::vector<std::uint32_t> all(graph.messages.size());
        std::iota(all.begin(), all.end(), 0u);
        QCOMPARE(permutation, all);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const int compared = keyText(rows[i - 1]).compare(keyText(rows[i]), Qt::CaseInsensitive);
            if (order == Qt::AscendingOrder ? compared > 0 : compared < 0)
                QFAIL(qPrintable(u"\"%1\" before \"%2\""_s.arg(keyText(rows[i - 1]), keyText(rows[i]))));
        }
    }
}

void TestMessageTable::sortStableAndDescending()
{
    const MailGraph& graph = m_table.fixture.graph;
    const LogCollection& logs = m_table.fixture.logs;
    std::vector<std::uint32_t> rows(graph.messages.size());
    std::iota(rows.begin(), rows.end(), 0u);
    // by first time, then by host descending: within a host the time order stays
    sortMessageRows(graph, logs, rows, MessageColumn::First, Qt::AscendingOrder);
    sortMessageRows(graph, logs, rows, MessageColumn::Host, Qt::DescendingOrder);
    QCOMPARE(messageCellText(graph, logs, rows.front(), MessageColumn::Host), u"sun"_s);
    QCOMPARE(messageCellText(graph, logs, rows.back(), MessageColumn::Host), u"esa1"_s);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QString hostBefore = messageCellText(graph, logs, rows[i - 1], MessageColumn::Host);
        const QString hostAfter = messageCellText(graph, logs, rows[i], MessageColumn::Host);
        QVERIFY(hostBefore.compare(hostAfter, Qt::CaseInsensitive) >= 0);
        if (hostBefore == hostAfter)
            QVERIFY(messageCellText(graph, logs, rows[i - 1], MessageColumn::First) <= messageCellText(graph, logs, rows[i], MessageColumn::First));
    }
    // "relay1" and "relay1 (postfix-out)" are two hosts
    const auto relay = std::find_if(rows.begin(), rows.end(),
        [&](std::uint32_t m) { return messageCellText(graph, logs, m, MessageColumn::Host) == u"relay1 (postfix-out)"_s; });
    QVERIFY(relay != rows.end());
    QCOMPARE(messageCellText(graph, logs, *(relay + 2), MessageColumn::Host), u"relay1"_s);
}

QTEST_GUILESS_MAIN(TestMessageTable)
#include "tst_messagetable.moc"
