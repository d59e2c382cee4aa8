// Tracing E-Post Mail Server messages: seed 003's acceptlog records, seed 002's chains, the suffix meanings and
// formats.md 4.6's composed example.
#include "eposttracetesting.h"
#include "seedlogs.h"

#include <QTest>

using namespace EPostTraceTesting;

class TestEPostTrace : public QObject
{
    Q_OBJECT

private slots:
    void seedAcceptLogRecords_data();
    void seedAcceptLogRecords();
    void readsLinesOfOneSecondInServerOrder();
    void seedReceiveLogSession();
    void seedInLogWithoutAcceptLog();
    void seedSenderLogChains();
    void suffixMeanings_data();
    void suffixMeanings();
    void composedExample();
};


// Seed 003: record 1 ("Client accept now.") and record 2 (ok / abort) of one connection, paired by client
// address; <B0000000000> means no number was assigned. The lines are the seed's (B-2's year 2007 is the
// seed's typo for 2017: its record 1 is of 2017).
void TestEPostTrace::seedAcceptLogRecords_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("rejectedAttempt");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("finished");

    const QString sender = u"?????????????????????"_s;
    QTest::newRow("A accepted") << "[30/Nov/2017:08:22:06], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], ?????????????????????,<B0000097586>,ok"_ba
                                << u"B0000097586"_s << false << sender << u"unknown"_s << false;
    QTest::newRow("B-1 refused before data") << "[30/Nov/2017:08:22:06], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], ?????????????????????,<B0000000000>,abort"_ba
                                             << QString() << true << sender << u"rejected"_s << true;
    QTest::newRow("B-2 refused after data") << "[30/Nov/2017:08:22:06], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], ?????????????????????,<B0000097586>,abort"_ba
                                            << u"B0000097586"_s << false << sender << u"rejected"_s << true;
    QTest::newRow("B-3 ORDB") << "[30/Nov/2017:08:22:06], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], It was in the ORDB IP.,<B0000000000>,abort"_ba
                              << QString() << true << QString() << u"rejected"_s << true;
}

void TestEPostTrace::seedAcceptLogRecords()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, id);
    QFETCH(bool, rejectedAttempt);
    QFETCH(QString, sender);
    QFETCH(QString, outcome);
    QFETCH(bool, finished);

    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "acceptlog/MAILSV01/171130.log",
                 "[30/Nov/2017:08:20:44], (xxx.xxxx.jp), [xxx.xxx.xxx.xxx]:25, Client accept now.\r\n" + result + "\r\n" } }),
        qPrintable(fixture.error));

    // Both records are one connection, from the client's address.
    QCOMPARE(fixture.graph.connections.size(), 1u);
    const Connection& connection = fixture.graph.connections[0];
    QCOMPARE(connection.direction, Direction::Inbound);
    QCOMPARE(fixture.text(connection.peerIp), u"xxx.xxx.xxx.xxx"_s);
    QCOMPARE(fixture.text(connection.peerHost), u"xxx.xxxx.xxx.xxx"_s);
    QCOMPARE(connectionLines(fixture, 0), u"acceptlog:1-2"_s);

    // Record 2 is the message (or the refused attempt), which arrived on that connection.
    QCOMPARE(fixture.graph.messages.size(), 1u);
    const Message& message = fixture.graph.messages[0];
    QCOMPARE(fixture.text(message.id), id);
    QCOMPARE(message.has(Message::RejectedAttempt), rejectedAttempt);
    QCOMPARE(fixture.text(message.sender), sender);
    QCOMPARE(QString(outcomeKey(message.outcome)), outcome);
    QCOMPARE(message.has(Message::Finished), finished);
    QCOMPARE(message.inbound, 0u);
    QCOMPARE(messageLines(fixture, 0), u"acceptlog:2"_s);
    QCOMPARE(fixture.find("xxx.xxx.xxx.xxx"), std::vector<std::uint32_t> { 0 });
    if (!sender.isEmpty())
        QCOMPARE(fixture.find(sender.toUtf8()), std::vector<std::uint32_t> { 0 });
}

// Lines are read in stream order (by second, then the rank of the line), which is not quite file order: here
// acceptlog logs connection A's result before connection B's accept record of the same second, and B's receivelog
// session starts in that second too. Read in file order, the session's banner would find only A waiting (B not yet
// accepted) and take it; in stream order B's accept comes first, A's result after the banner, and the session
// pairs with B once the receiver greets B's address.
void TestEPostTrace::readsLinesOfOneSecondInServerOrder()
{
    SeedLogs::Files files = SeedLogs::epostReceiveSession();
    files[0].second = "[30/Nov/2008:08:20:40], (a.example.jp), [192.0.2.1]:25, Client accept now.\r\n"
                      "[30/Nov/2008:08:20:44], (a.example.jp), a.example.jp [192.0.2.1], taro@example.jp,<B0000000000>,abort\r\n"
                      "[30/Nov/2008:08:20:44], (xxx.xxxx.jp), [xxx.xxx.xxx.xxx]:25, Client accept now.\r\n"
                      "[30/Nov/2008:08:20:55], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], ????????,<B0000097586>,ok\r\n";
    TraceFixture fixture;
    QVERIFY2(fixture.load(files), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.connections.size(), 2u);
    QCOMPARE(connectionLines(fixture, 0), u"acceptlog:1-2"_s);
    QCOMPARE(connectionLines(fixture, 1), u"acceptlog:3-4 receivelog:1-20"_s);
    QCOMPARE(fixture.text(fixture.graph.connections[1].id), u"00145008"_s);
    const std::uint32_t m = fixture.message("MAILSV01", "B0000097586");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.graph.messages[m].inbound, 1u);
}

// Seed 002's receivelog dialogue (lower-case commands, 00000000 checks), continued as in seed 003's telnet
// walkthrough: the connection opens with record 1, the 354 reply names the message, the "250 Message
// received ok." is acceptlog's ok record, and inlog lists the message.
void TestEPostTrace::seedReceiveLogSession()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(SeedLogs::epostReceiveSession()),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.connections.size(), 1u);
    const Connection& connection = fixture.graph.connections[0];
    QCOMPARE(fixture.text(connection.id), u"00145008"_s);
    QCOMPARE(connection.idKey, FieldKey::Session);
    QCOMPARE(fixture.text(connection.peerIp), u"xxx.xxx.xxx.xxx"_s);
    // Every receivelog line, the 00000000 checks included, is the session's.
    QCOMPARE(connectionLines(fixture, 0), u"acceptlog:1-2 receivelog:1-20"_s);

    const std::uint32_t m = fixture.message("MAILSV01", "B0000097586");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(message.inbound, 0u);
    QCOMPARE(fixture.text(message.sender), u"????????"_s);
    QCOMPARE(fixture.recipients(m), u"???????\?=unknown"_s);
    // From MAIL FROM to the end-of-data reply, then acceptlog's ok and inlog.
    QCOMPARE(messageLines(fixture, m), u"acceptlog:2 inlog:1 receivelog:4-18"_s);
    QCOMPARE(fixture.find("B0000097586"), std::vector<std::uint32_t> { m });
}

// Seed 002's inlog line (empty HELO): without acceptlog, the line gives the client's address.
void TestEPostTrace::seedInLogWithoutAcceptLog()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "inlog/MAILSV01/081111.log",
                 "<B0000097403@xxxxx.xxx.xxx> [11/Nov/2008:17:58:25] 192.168.XXX.XXX  XXXX@XXXX.jp XXXX@XXXX.jp\r\n" } }),
        qPrintable(fixture.error));
    const std::uint32_t m = fixture.message("MAILSV01", "B0000097403");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.text(fixture.graph.messages[m].sender), u"XXXX@XXXX.jp"_s);
    QCOMPARE(fixture.recipients(m), u"XXXX@XXXX.jp=unknown"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, m).peerIp), u"192.168.XXX.XXX"_s);
    QCOMPARE(fixture.find("192.168.XXX.XXX"), std::vector<std::uint32_t> { m });
}

// Seed 002's delivery logs: its senderlog block (verbatim: empty MAIL From/RCPT To arguments) ends in outlog;
// a block refused with 550 ends in faillog (seed 002's faillog line).
void TestEPostTrace::seedSenderLogChains()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(SeedLogs::epostSenderLogChains()),
        qPrintable(fixture.error));

    // senderlog -> outlog: one attempt, over the block's connection, confirmed by outlog.
    const std::uint32_t sent = fixture.message("MAILSV01", "B0000097013");
    QVERIFY(sent != NoIndex);
    QCOMPARE(fixture.recipients(sent), u"xxx@xxx.xxx.jp=delivered"_s);
    QCOMPARE(messageLines(fixture, sent), u"outlog:1 senderlog:1-24"_s);
    std::vector<Attempt> attempts = attemptsOf(fixture, sent, "xxx@xxx.xxx.jp");
    QCOMPARE(attempts.size(), 1u);
    QCOMPARE(lineOf(fixture, attempts[0].event), u"outlog:1"_s);
    QCOMPARE(fixture.field(attempts[0].replyEvent, FieldKey::Reply), u"250 Message received ok."_s);
    QVERIFY(attempts[0].connection != NoIndex);
    const Connection& out = fixture.graph.connections[attempts[0].connection];
    QCOMPARE(out.direction, Direction::Outbound);
    QCOMPARE(fixture.text(out.id), u"B0000097013"_s);
    QCOMPARE(fixture.text(out.peerHost), u"ns1.xxx.xxx.jp"_s);
    QCOMPARE(connectionLines(fixture, attempts[0].connection), u"senderlog:4-21"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[sent].sender), u"xxx@xxxx.xxx.jp"_s);

    // senderlog -> faillog: the 550 to RCPT TO, confirmed by faillog.
    const std::uint32_t failed = fixture.message("MAILSV01", "B0000055688");
    QVERIFY(failed != NoIndex);
    QCOMPARE(fixture.recipients(failed), u"xxxx@xxxx.jp=bounced"_s);
    QCOMPARE(fixture.graph.messages[failed].outcome, Outcome::Bounced);
    attempts = attemptsOf(fixture, failed, "xxxx@xxxx.jp");
    QCOMPARE(attempts.size(), 1u);
    QCOMPARE(lineOf(fixture, attempts[0].event), u"faillog:1"_s);
    QCOMPARE(fixture.field(attempts[0].replyEvent, FieldKey::Reply), u"550 User Unknown"_s);
    QVERIFY(attempts[0].connection != NoIndex);
}

// Seed 002 / formats.md 4.3: the parts of a bracketed number. -R (retry) and -00x (copies) are the same
// message; -E/-EP are error mails (notifications); -T, -Y, -C, -L, -M, -S are derived messages.
void TestEPostTrace::suffixMeanings_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("retry") << "B0000123123-R0001"_ba << u"B0000123123"_s << QStringList();
    QTest::newRow("copy") << "B0000123123-002"_ba << u"B0000123123"_s << QStringList();
    QTest::newRow("error to sender") << "B0000123123-E001"_ba << u"B0000123123-E001"_s
                                     << QStringList { u"notification>B0000123123@MAILSV01(logged)"_s };
    QTest::newRow("error to postmaster") << "B0000123123-EP001"_ba << u"B0000123123-EP001"_s
                                         << QStringList { u"notification>B0000123123@MAILSV01(logged)"_s };
    QTest::newRow("error after retries") << "B0000123123-R0002-E001"_ba << u"B0000123123-E001"_s
                                         << QStringList { u"notification>B0000123123@MAILSV01(logged)"_s };
    for (const char* part : { "T001", "Y001", "C00000001", "L0001", "M00000001", "S0001" }) {
        const QByteArray suffix = "-"_ba + part;
        QTest::newRow(part) << "B0000123123" + suffix << u"B0000123123"_s + QString::fromLatin1(suffix)
                            << QStringList { u"derived>B0000123123@MAILSV01(logged)"_s };
    }
    QTest::newRow("chain") << "B0000123123-T001-R0001-E001"_ba << u"B0000123123-T001-E001"_s
                           << QStringList { u"notification>B0000123123-T001@MAILSV01(logged)"_s };
}

void TestEPostTrace::suffixMeanings()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, id);
    QFETCH(QStringList, links);

    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "outlocallog/MAILSV01/240327.log",
                 "B0000123123@mail.example.jp sent on [27/Mar/2024:09:00:00] to mail.example.jp from a@example.jp to b@example.jp\r\n"
                 "B0000123123-T001@mail.example.jp sent on [27/Mar/2024:09:00:01] to mail.example.jp from b@example.jp to c@example.jp\r\n"
                 + number + "@mail.example.jp sent on [27/Mar/2024:09:00:02] to mail.example.jp from  to d@example.jp\r\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("MAILSV01", id.toUtf8());
    QVERIFY(m != NoIndex);
    QVERIFY(fixture.recipients(m).contains(u"d@example.jp=delivered"_s));
    QCOMPARE(fixture.linksTo(m), links);
    const bool notification = id.contains(u"-E"_s);
    QCOMPARE(fixture.graph.messages[m].has(Message::Notification), notification);
    // The forward itself is derived from the original.
    const std::uint32_t forward = fixture.message("MAILSV01", "B0000123123-T001");
    QCOMPARE(fixture.linksTo(forward), QStringList { u"derived>B0000123123@MAILSV01(logged)"_s });
}

// formats.md 4.6, verbatim.
void TestEPostTrace::composedExample()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({
                 { "acceptlog/MAILSV01/240412.log",
                     "[12/Apr/2024:10:15:03], (mail.example.jp), [203.0.113.77]:25, Client accept now.\r\n"
                     "[12/Apr/2024:10:15:06], (mail.example.jp), mx.partner.example [203.0.113.77], sato@partner.example,<B0001234567>,ok\r\n"
                     "[12/Apr/2024:10:16:40], (mail.example.jp), unknown [198.51.100.9], promo@bulk.example,<B0000000000>,abort\r\n"
                     "[12/Apr/2024:10:17:02], (mail.example.jp), unknown [198.51.100.10], It was in the ORDB IP.,<B0000000000>,abort\r\n" },
                 { "inlog/MAILSV01/240412.log",
                     "<B0001234567@mail.example.jp> [12/Apr/2024:10:15:06] 203.0.113.77 mx.partner.example sato@partner.example suzuki@example.jp\r\n" },
                 { "receivelog/MAILSV01/240412.log",
                     "[12/Apr/2024:10:15:03], 0031a7c8, 220 mail.example.jp E-POST ESMTP Receiver (x.xx) ready\r\n"
                     "[12/Apr/2024:10:15:03], 0031a7c8, EHLO mx.partner.example\r\n"
                     "[12/Apr/2024:10:15:04], 0031a7c8, RCPT TO:<suzuki@example.jp>\r\n"
                     "[12/Apr/2024:10:15:04], 00000000, Check RCPT TO address = suzuki@example.jp\r\n"
                     "[12/Apr/2024:10:15:04], 0031a7c8, 250 <suzuki@example.jp>... Recipient ok.\r\n"
                     "[12/Apr/2024:10:15:05], 0031a7c8, 354 Start mail input;id <B0001234567> end with <CRLF>.<CRLF>\r\n"
                     "[12/Apr/2024:10:15:06], 0031a7c8, 250 Message received ok.\r\n" },
                 { "senderlog/MAILSV01/240412.log",
                     "[B0001234568] [partner.example] GetTryServer:(ltime(13357358430)-otime(13357358429))/120=(0)\r\n"
                     "[B0001234568] ConnectHost:domain=tanaka@partner.example\r\n"
                     "[B0001234568] ConnectHost: winsock connect success.\r\n"
                     "[B0001234568] SendMailMess:RCPT To:<tanaka@partner.example>\r\n"
                     "[B0001234568] SendMailMess:250 2.1.5 Ok\r\n"
                     "[B0001234568] SendMailMess:250 2.0.0 Ok: queued as 4VbW2s3nTqz3y7R\r\n"
                     "[B0001234568] SendGlbalMail:return code=1\r\n"
                     "[B0001234568] outlog() thread=1.\r\n" },
                 { "outlog/MAILSV01/240412.log",
                     "B0001234568@mail.example.jp sent on [12/Apr/2024:10:20:31] to mx.partner.example from suzuki@example.jp to tanaka@partner.example\r\n" },
                 { "faillog/MAILSV01/240413.log",
                     "B0001234570@mail.example.jp send fail on [13/Apr/2024:10:20:31] from suzuki@example.jp to nobody@partner.example [550 5.1.1 User unknown]\r\n" },
                 { "pop3log/MAILSV01/240412.log", "suzuki@example.jp from 192.0.2.44 RETR 2 [12/Apr/2024:10:31:02] \r\n" },
                 { "imap4log/MAILSV01/240412.log", "[12/Apr/2024:10:31:02] suzuki@example.jp from 192.0.2.44 SELECT \"INBOX\" \r\n" },
             }),
        qPrintable(fixture.error));

    // Inbound: acceptlog record 1 <-> receivelog session 0031a7c8 <-> 354 id <B0001234567> <-> ok <-> inlog.
    const std::uint32_t inbound = fixture.message("MAILSV01", "B0001234567");
    QVERIFY(inbound != NoIndex);
    const Connection& connection = inboundOf(fixture, inbound);
    QCOMPARE(fixture.text(connection.id), u"0031a7c8"_s);
    QCOMPARE(fixture.text(connection.peerIp), u"203.0.113.77"_s);
    QCOMPARE(fixture.text(connection.peerHost), u"mx.partner.example"_s);
    QCOMPARE(connectionLines(fixture, fixture.graph.messages[inbound].inbound), u"acceptlog:1-2 receivelog:1-7"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[inbound].sender), u"sato@partner.example"_s);
    QCOMPARE(fixture.recipients(inbound), u"suzuki@example.jp=unknown"_s);
    QCOMPARE(messageLines(fixture, inbound), u"acceptlog:2 inlog:1 receivelog:3-7"_s);

    // Two refusals without a number: findable by client address and sender.
    const std::vector<std::uint32_t> promo = fixture.find("198.51.100.9");
    QCOMPARE(promo.size(), 1u);
    QVERIFY(fixture.graph.messages[promo[0]].has(Message::RejectedAttempt));
    QCOMPARE(fixture.find("promo@bulk.example"), promo);
    QCOMPARE(fixture.graph.messages[promo[0]].outcome, Outcome::Rejected);
    const std::vector<std::uint32_t> ordb = fixture.find("198.51.100.10");
    QCOMPARE(ordb.size(), 1u);
    const Message& listed = fixture.graph.messages[ordb[0]];
    QVERIFY(listed.has(Message::RejectedAttempt));
    QCOMPARE(listed.sender, StringPool::Id(0));
    QCOMPARE(listed.outcome, Outcome::Rejected);
    QCOMPARE(fixture.field(fixture.graph.eventsOf(listed)[0], FieldKey::Verdict), u"It was in the ORDB IP."_s);

    // Delivery: the senderlog try, its 250 carrying the next hop's queue ID, confirmed by outlog.
    const std::uint32_t sent = fixture.message("MAILSV01", "B0001234568");
    QVERIFY(sent != NoIndex);
    QCOMPARE(fixture.recipients(sent), u"tanaka@partner.example=delivered"_s);
    const std::vector<Attempt> attempts = attemptsOf(fixture, sent, "tanaka@partner.example");
    QCOMPARE(attempts.size(), 1u);
    QCOMPARE(lineOf(fixture, attempts[0].event), u"outlog:1"_s);
    QCOMPARE(fixture.field(attempts[0].replyEvent, FieldKey::NextHopId), u"4VbW2s3nTqz3y7R"_s);
    QCOMPARE(connectionLines(fixture, attempts[0].connection), u"senderlog:2-6"_s);
    QCOMPARE(messageLines(fixture, sent), u"outlog:1 senderlog:1-8"_s);

    const std::uint32_t failed = fixture.message("MAILSV01", "B0001234570");
    QVERIFY(failed != NoIndex);
    QCOMPARE(fixture.recipients(failed), u"nobody@partner.example=bounced"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[failed].sender), u"suzuki@example.jp"_s);

    // The mailbox logs carry no IDs: they belong to no message and no connection.
    QCOMPARE(fixture.graph.messages.size(), 5u);
    for (std::uint32_t l = 0; l < fixture.logs.size(); ++l) {
        const QString subLog = fixture.logs.log(l).info().subLog;
        if (subLog != u"pop3log" && subLog != u"imap4log")
            continue;
        QCOMPARE(fixture.graph.messageOf({ l, 0 }), NoIndex);
        QCOMPARE(fixture.graph.connectionOf({ l, 0 }), NoIndex);
    }
}

QTEST_GUILESS_MAIN(TestEPostTrace)
#include "tst_eposttrace.moc"
