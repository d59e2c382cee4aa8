// Tracing Postfix messages: seed 004's walkthrough, the bundled sample and logs written for the cases
// the issue names (content filter, mixed outcomes, retries over hours, queue IDs reused).
#include "tracetesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPostfixTrace : public QObject
{
    Q_OBJECT

private slots:
    void seedBounceWalkthrough();
};

// Seed 004: following 222F78322B9 from client= to removed; it bounced for size, and its non-delivery
// notification is ABC55832B09.
void TestPostfixTrace::seedBounceWalkthrough()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "server/maillog",
                 "May 12 21:50:55 server postfix/smtpd[8163]: 222F78322B9: client=mail.testfrom.co.jp[XXX.XXX.XX.XX]\n"
                 "May 12 21:51:20 server postfix/cleanup[8166]: 222F78322B9: message-id=<XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp>\n"
                 "May 12 21:51:50 server postfix/qmgr[1513]: 222F78322B9: from=<XXXXXX@testfrom.co.jp>, size=14550452, nrcpt=3 (queue active)\n"
                 "May 12 21:52:10 server postfix/smtp[7987]: 222F78322B9: to=<XXXXXX@testto.co.jp>, relay=XXX.XXX.XX.XX[XXX.XXX.XX.XX]:25, delay=44, delays=44/0/0.15/0, dsn=5.3.4, status=bounced (message size 14550452 exceeds size limit 10485760 of server XXX.XXX.XX.XX[XXX.XXX.XX.XX])\n"
                 "May 12 21:53:30 server postfix/bounce[9232]: 222F78322B9: sender non-delivery notification: ABC55832B09\n"
                 "May 12 21:53:31 server postfix/cleanup[8166]: ABC55832B09: message-id=<20240512125331.ABC55832B09@server>\n"
                 "May 12 21:53:31 server postfix/qmgr[1513]: ABC55832B09: from=<>, size=2412, nrcpt=1 (queue active)\n"
                 "May 12 21:54:00 server postfix/qmgr[1513]: 222F78322B9: removed\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t original = fixture.message("server", "222F78322B9");
    QVERIFY(original != NoIndex);
    const Message& message = fixture.graph.messages[original];
    QCOMPARE(fixture.text(message.sender), u"XXXXXX@testfrom.co.jp"_s);
    QCOMPARE(message.size, 14550452u);
    QCOMPARE(fixture.text(message.messageId), u"XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp"_s);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(fixture.recipients(original), u"XXXXXX@testto.co.jp=bounced"_s);
    QCOMPARE(message.outcome, Outcome::Bounced);
    QCOMPARE(fixture.lines(original), QStringList({ u"maillog:1"_s, u"maillog:2"_s, u"maillog:3"_s, u"maillog:4"_s, u"maillog:5"_s, u"maillog:8"_s }));
    QCOMPARE(fixture.linksFrom(original), QStringList { u"notification>ABC55832B09@server(logged)"_s });

    const std::uint32_t notification = fixture.message("server", "ABC55832B09");
    QVERIFY(notification != NoIndex);
    QVERIFY(fixture.graph.messages[notification].has(Message::Notification));
    QVERIFY(fixture.graph.messages[notification].has(Message::NullSender));
    QCOMPARE(fixture.linksTo(notification), QStringList { u"notification>222F78322B9@server(logged)"_s });

    // Found by its queue ID, its Message-ID (with or without brackets) and its addresses.
    QCOMPARE(fixture.find("222F78322B9"), std::vector<std::uint32_t> { original });
    QCOMPARE(fixture.find("<XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp>"), std::vector<std::uint32_t> { original });
    QCOMPARE(fixture.find("xxxxxx@TESTTO.co.jp"), std::vector<std::uint32_t> { original });
}

QTEST_GUILESS_MAIN(TestPostfixTrace)
#include "tst_postfixtrace.moc"
