// The event table's cells: every column on real lines of the four sample families, the time in the
// source's own offset, decoding of a CP932 line, and the column keys and labels.
#include "tabletesting.h"
#include "workspace/eventcolumns.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Cells = QList<std::pair<EventColumn, QString>>;

} // namespace

class TestEventColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysAndLabels();
    void cells_data();
    void cells();
    void textIsTheFirstLineDecoded();
    void everyCellOfEveryEvent();
    void timeInTheSourceOffset();

private:
    SampleTable m_table;
};

void TestEventColumns::initTestCase()
{
    QVERIFY2(m_table.load(), qPrintable(m_table.fixture.error));
}

void TestEventColumns::keysAndLabels()
{
    QSet<QString> keys;
    for (int c = 0; c < EventColumnCount; ++c) {
        const auto column = EventColumn(c);
        const QLatin1StringView key = eventColumnKey(column);
        QVERIFY(!key.isEmpty());
        QVERIFY(!eventColumnLabel(column).isEmpty());
        keys.insert(key);
        EventColumn back = EventColumn::Line;
        QVERIFY(eventColumnFromKey(key, &back));
        QCOMPARE(back, column);
    }
    QCOMPARE(keys.size(), EventColumnCount);
    QCOMPARE(eventColumnKey(EventColumn::Time), "time"_L1);
    QCOMPARE(eventColumnKey(EventColumn::Ids), "ids"_L1);
    QCOMPARE(eventColumnKey(EventColumn::Line), "line"_L1);
    QCOMPARE(eventColumnLabel(EventColumn::Peer), u"Peer"_s);
    EventColumn column;
    QVERIFY(!eventColumnFromKey("nothing"_L1, &column));
    QCOMPARE(eventColumnFilterField(EventColumn::Ids), FilterField::Id);
    QCOMPARE(eventColumnFilterField(EventColumn::To), FilterField::To);
    QCOMPARE(eventColumnFilterField(EventColumn::Time), FilterField::Any);
}

void TestEventColumns::cells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<Cells>("cells");

    QTest::newRow("postfix lmtp delivery")
        << u"maillog"_s << 4
        << Cells { { EventColumn::Time, u"2024-03-27 09:00:01.260"_s }, { EventColumn::Host, u"relay1"_s },
               { EventColumn::Family, familyLabel(Family::Postfix) }, { EventColumn::Program, u"postfix/lmtp[2193]"_s },
               { EventColumn::Kind, kindLabel(EventKind::Delivered) }, { EventColumn::Side, sideLabel(Side::Client) },
               { EventColumn::Ids, u"queue_id=4VbSh51VP0z3xXy"_s }, { EventColumn::From, QString() },
               { EventColumn::To, u"postmaster@example.jp (orig: root)"_s }, { EventColumn::Status, u"sent"_s },
               { EventColumn::Reply, u"250 2.0.0 <postmaster@example.jp> mEr2BhxoA2YkCAAA Saved"_s },
               { EventColumn::Peer, u"mbox1.example.jp[192.0.2.70]:24"_s }, { EventColumn::File, u"maillog"_s },
               { EventColumn::Line, u"4"_s } };
    QTest::newRow("postfix noqueue reject")
        << u"maillog"_s << 23
        << Cells { { EventColumn::Program, u"postfix/smtpd[2290]"_s }, { EventColumn::Kind, kindLabel(EventKind::Rejected) },
               { EventColumn::Side, sideLabel(Side::Server) }, { EventColumn::Ids, u"smtpd_pid=2290"_s },
               { EventColumn::From, u"info@example.org"_s }, { EventColumn::To, u"hanako@example.jp"_s },
               { EventColumn::Reply, u"450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]"_s },
               { EventColumn::Peer, u"unknown[203.0.113.9]"_s } };
    // IronPort lines name no host: the appliance's folder does (as in the trace).
    QTest::newRow("ironport connection")
        << u"mail.current"_s << 4
        << Cells { { EventColumn::Time, u"2024-03-27 09:05:10.000"_s }, { EventColumn::Host, u"esa1"_s },
               { EventColumn::Family, familyLabel(Family::IronPort) }, { EventColumn::Program, QString() },
               { EventColumn::Kind, kindLabel(EventKind::Connect) }, { EventColumn::Ids, u"icid=880409"_s },
               { EventColumn::Status, u"verified yes"_s }, { EventColumn::Peer, u"app01.example.jp[192.0.2.30]"_s } };
    QTest::newRow("ironport delayed: identifiers in FieldKey order")
        << u"mail.current"_s << 27
        << Cells { { EventColumn::Kind, kindLabel(EventKind::Deferred) }, { EventColumn::Ids, u"mid=30009 rid=0 dcid=51876"_s },
               { EventColumn::Reply,
                   u"451 4.7.1 Delivery not authorized, message refused ('451', ['4.7.1 <ken@partner.example>: Recipient address "
                   "rejected: Greylisted, try again in 10 minutes'])"_s },
               { EventColumn::Line, u"27"_s } };
    QTest::newRow("sun enqueue: channels, no message-id in ids")
        << u"mail.log_current"_s << 2
        << Cells { { EventColumn::Time, u"2024-03-27 09:06:13.080"_s }, { EventColumn::Family, familyLabel(Family::SunMs) },
               { EventColumn::Program, u"tcp_local → ims-ms"_s }, { EventColumn::Kind, kindLabel(EventKind::Accepted) },
               { EventColumn::Ids, u"process=5d21.3.1 queue_file=/opt/sun/comms/messaging64/data/queue/ims-ms/007/ZZk2Vq8Rm4Tw1.00"_s },
               { EventColumn::From, u"ken@partner.example"_s }, { EventColumn::To, u"taro@ims-ms-daemon (orig: taro@example.net)"_s },
               { EventColumn::Peer, u"smtp.partner.example[203.0.113.51]"_s }, { EventColumn::File, u"mail.log_current"_s } };
    QTest::newRow("sun connection: one channel, address and port")
        << u"mail.log_current"_s << 1
        << Cells { { EventColumn::Program, u"tcp_local"_s }, { EventColumn::Peer, u"203.0.113.51:48822"_s },
               { EventColumn::Side, sideLabel(Side::Server) } };
    QTest::newRow("sun rejection: only the original recipient")
        << u"mail.log_current"_s << 27
        << Cells { { EventColumn::To, u"nobody@example.net"_s }, { EventColumn::Reply, u"550 5.1.1 unknown or illegal alias: nobody@example.net"_s } };
    // E-Post lines name the mail domain, and only some sub-logs do: the server's folder names the host.
    QTest::newRow("epost acceptlog")
        << u"acceptlog/MAILSV01/240327.log"_s << 2
        << Cells { { EventColumn::Host, u"MAILSV01"_s }, { EventColumn::Family, familyLabel(Family::EPost) },
               { EventColumn::Program, u"acceptlog"_s }, { EventColumn::Ids, u"bid=B0000523101"_s }, { EventColumn::Status, u"ok"_s },
               { EventColumn::File, u"acceptlog/MAILSV01/240327.log"_s } };
    QTest::newRow("epost pop3: no side label for none, mailbox side")
        << u"pop3log/MAILSV01/240327.log"_s << 1
        << Cells { { EventColumn::Kind, kindLabel(EventKind::Pop3) }, { EventColumn::Side, sideLabel(Side::Mailbox) },
               { EventColumn::Peer, u"192.0.2.44"_s } };
    QTest::newRow("postfix anvil: no side")
        << u"maillog"_s << 17 << Cells { { EventColumn::Side, QString() }, { EventColumn::Kind, kindLabel(EventKind::Other) } };
    QTest::newRow("epost faillog: suffix with the number")
        << u"faillog/MAILSV01/240327.log"_s << 1
        << Cells { { EventColumn::Ids, u"bid=B0000523104 bid_suffix=-R0002"_s }, { EventColumn::Kind, kindLabel(EventKind::Bounced) } };
}

void TestEventColumns::cells()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(Cells, cells);
    const EventRef ref = m_table.event(file, std::uint32_t(line));
    QVERIFY(ref.isValid());
    for (const auto& [column, text] : cells) {
        const QString cell = eventCellText(m_table.fixture.logs, ref, column);
        if (cell != text)
            QFAIL(qPrintable(u"column %1: \"%2\", expected \"%3\""_s.arg(eventColumnKey(column), cell, text)));
    }
}

void TestEventColumns::textIsTheFirstLineDecoded()
{
    const LogCollection& logs = m_table.fixture.logs;
    // CP932 bytes decoded for display
    const EventRef ehlo = m_table.event(u"receivelog/MAILSV01/240327.log"_s, 71);
    QVERIFY(ehlo.isValid());
    QCOMPARE(eventCellText(logs, ehlo, EventColumn::Text), u"[27/Mar/2024:10:40:02], 0032c410, EHLO ソフト開発部-PC"_s);
    // a record with continuation lines shows its first line only
    TraceFixture fixture;
    QVERIFY(fixture.load({ { "esa1/mail.current",
        "Wed Mar 27 09:00:02 2024 Info: Begin Logfile\n"
        "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'first\n"
        " second'\n"
        "Wed Mar 27 09:14:04 2024 Info: MID 30011 antivirus negative\n" } }));
    bool found = false;
    for (std::uint32_t i = 0; i < fixture.logs.log(0).eventCount(); ++i) {
        if (fixture.logs.log(0).lineSpanOf(i) > 1) {
            found = true;
            QCOMPARE(eventCellText(fixture.logs, { 0, i }, EventColumn::Text), u"Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'first"_s);
        }
    }
    QVERIFY(found);
}

void TestEventColumns::everyCellOfEveryEvent()
{
    // No cell of any sample event is broken text: no replacement characters, no line breaks.
    const LogCollection& logs = m_table.fixture.logs;
    for (std::size_t row = 0; row < m_table.timeline.size(); ++row) {
        for (int c = 0; c < EventColumnCount; ++c) {
            const QString cell = eventCellText(logs, m_table.timeline.at(row), EventColumn(c));
            QVERIFY2(!cell.contains(QChar::ReplacementCharacter) && !cell.contains(u'\n'), qPrintable(cell));
        }
        QVERIFY(!eventCellText(logs, m_table.timeline.at(row), EventColumn::Line).isEmpty());
    }
}

void TestEventColumns::timeInTheSourceOffset()
{
    EventRecord record;
    record.utcMs = 1711498442310; // 2024-03-27T00:14:02.310Z
    record.offsetQuarterHours = 36; // +09:00
    QCOMPARE(eventTimeText(record), u"2024-03-27 09:14:02.310"_s);
    record.offsetQuarterHours = -20; // -05:00: the day before
    QCOMPARE(eventTimeText(record), u"2024-03-26 19:14:02.310"_s);
    record.offsetQuarterHours = 22; // +05:30
    QCOMPARE(eventTimeText(record), u"2024-03-27 05:44:02.310"_s);
    record.utcMs = -1; // before the epoch
    record.offsetQuarterHours = 0;
    QCOMPARE(eventTimeText(record), u"1969-12-31 23:59:59.999"_s);
    record.flags = EventRecord::NoTime;
    QCOMPARE(eventTimeText(record), QString());

    // The sample's Postfix lines state +09:00; the IronPort file is read in Asia/Tokyo: both show Japan time.
    const EventRef postfix = m_table.event(u"maillog"_s, 10);
    const EventRef ironport = m_table.event(u"mail.current"_s, 64);
    QCOMPARE(eventTimeText(m_table.fixture.logs.log(postfix.log), postfix.index), u"2024-03-27 09:14:05.104"_s);
    QCOMPARE(eventCellText(m_table.fixture.logs, ironport, EventColumn::Time), u"2024-03-27 09:14:05.000"_s);
}

QTEST_GUILESS_MAIN(TestEventColumns)
#include "tst_eventcolumns.moc"
