// Tracing Postfix messages: seed 004's walkthrough, the bundled sample and logs written for the cases
// the issue names (content filter, mixed outcomes, retries over hours, queue IDs reused).
#include "seedlogs.h"
#include "tracetesting.h"
#include "trace/phases.h"
#include "trace/tracer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPostfixTrace : public QObject
{
    Q_OBJECT

private slots:
    void seedBounceWalkthrough();
    void sampleSessionsAndPhases();
    void rejectedAttemptsAreFoundByClientAndAddress();
    void refusalWithoutRecipient();
    void contentFilterReinjection();
    void mixedOutcomes();
    void retriesOverHours();
    void expiredAfterDeferrals();
    void queueIdReusedOnAnotherDay();
    void lateLineJoinsItsFinishedMessageUntilTheIdIsReused();
    void lateLineInALaterFileJoinsItsMessage();
};

namespace {

QByteArray sampleLog()
{
    QFile file(QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/postfix/relay1/maillog"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A message to two recipients: one delivered before "removed", the other's line logged 29 seconds after it.
const QByteArray RemovedBeforeItsLastLine
    = "2024-03-25T10:00:00+09:00 relay postfix/smtpd[100]: 3F2A41C0A1: client=a.example[192.0.2.1]\n"
      "2024-03-25T10:00:00+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<first@a.example>, size=100, nrcpt=2 (queue active)\n"
      "2024-03-25T10:00:01+09:00 relay postfix/local[12]: 3F2A41C0A1: to=<taro@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)\n"
      "2024-03-25T10:00:01+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: removed\n";
const QByteArray ItsLastLine
    = "2024-03-25T10:00:30+09:00 relay postfix/local[12]: 3F2A41C0A1: to=<jiro@example.jp>, relay=local, delay=30, delays=0/0/0/30, dsn=2.0.0, status=sent (delivered to mailbox)\n";

QStringList phaseKeys(const TraceFixture& fixture, std::uint32_t message)
{
    QStringList keys;
    for (const PhaseSpan& span : Phases::of(fixture.graph, fixture.logs, message)) {
        QString key = sideKey(span.side) + u':' + phaseKey(span.phase);
        if (span.outcome != Outcome::Unknown)
            key += u'=' + outcomeKey(span.outcome);
        keys << key;
    }
    return keys;
}

} // namespace

// Seed 004: following 222F78322B9 from client= to removed; it bounced for size, and its non-delivery
// notification is ABC55832B09.
void TestPostfixTrace::seedBounceWalkthrough()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(SeedLogs::postfixBounceWalkthrough()),
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

// The bundled sample: sessions with postscreen, the cross-hop message's phases, the two instances.
void TestPostfixTrace::sampleSessionsAndPhases()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay1/maillog", sampleLog() } }), qPrintable(fixture.error));

    const std::uint32_t crossHop = fixture.message("relay1", "4VbT0K2mQzz3xYp");
    QVERIFY(crossHop != NoIndex);
    const Message& message = fixture.graph.messages[crossHop];
    QVERIFY(message.inbound != NoIndex);
    const Connection& inbound = fixture.graph.connections[message.inbound];
    QCOMPARE(fixture.text(inbound.peerIp), u"192.0.2.25"_s);
    QCOMPARE(fixture.text(inbound.peerHost), u"esa1.example.jp"_s);
    QCOMPARE(fixture.text(inbound.id), u"2230"_s);
    // postscreen CONNECT and PASS OLD, smtpd connect, TLS, client=, disconnect
    QStringList connectionLines;
    for (const EventRef& ref : fixture.graph.eventsOf(inbound))
        connectionLines << fixture.where(ref);
    QCOMPARE(connectionLines, QStringList({ u"maillog:6"_s, u"maillog:7"_s, u"maillog:8"_s, u"maillog:9"_s, u"maillog:10"_s, u"maillog:15"_s }));
    QCOMPARE(fixture.recipients(crossHop), u"hanako@example.jp=delivered"_s);
    QCOMPARE(phaseKeys(fixture, crossHop),
        QStringList({ u"server:connect"_s, u"server:tls"_s, u"server:mail_from"_s, u"server:data"_s, u"internal:queue"_s,
            u"client:response=delivered"_s, u"internal:done"_s, u"server:close"_s }));

    // The authenticated submission: two recipients, one session.
    const std::uint32_t submission = fixture.message("relay1", "4VbTbv4HPYz3xZM");
    QVERIFY(submission != NoIndex);
    QCOMPARE(fixture.recipients(submission), u"jiro@example.jp=delivered,k.mori@example.jp=delivered"_s);
    QCOMPARE(fixture.text(fixture.graph.connections[fixture.graph.messages[submission].inbound].peerIp), u"192.0.2.151"_s);

    // Mail from cron: pickup, no connection; orig_to kept as the original recipient.
    const std::uint32_t cron = fixture.message("relay1", "4VbSh51VP0z3xXy");
    QVERIFY(cron != NoIndex);
    QCOMPARE(fixture.graph.messages[cron].inbound, NoIndex);
    QCOMPARE(fixture.text(fixture.graph.recipientsOf(fixture.graph.messages[cron]).front().original), u"root"_s);

    // The postfix-out instance is an origin of its own; its bounce and notification are linked.
    const std::uint32_t outbound = fixture.message("relay1", "4VbV4L0qnJz7tBN");
    QVERIFY(outbound != NoIndex);
    QCOMPARE(fixture.text(fixture.graph.origins[fixture.graph.messages[outbound].origin].instance), u"postfix-out"_s);
    QCOMPARE(fixture.attempts(outbound, "k.watanabe@partner.example"), u"deferred,bounced"_s);
    QCOMPARE(fixture.linksFrom(outbound), QStringList { u"notification>4VbVBn3Yjjz7tBX@relay1(logged)"_s });
    // Each attempt went over its own smtp connection (pids 3015 and 3040), with its TLS line.
    const auto attempts = fixture.graph.attemptsOf(fixture.graph.recipientsOf(fixture.graph.messages[outbound]).front());
    QCOMPARE(attempts.size(), 2u);
    QVERIFY(attempts[0].connection != attempts[1].connection);
    QCOMPARE(fixture.text(fixture.graph.connections[attempts[1].connection].id), u"3040"_s);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[attempts[1].connection]).size(), 2u);
    const std::vector<std::uint32_t> path = Tracer::path(fixture.graph, outbound);
    QCOMPARE(path, (std::vector<std::uint32_t> { outbound, fixture.message("relay1", "4VbVBn3Yjjz7tBX") }));
}

void TestPostfixTrace::rejectedAttemptsAreFoundByClientAndAddress()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay1/maillog", sampleLog() } }), qPrintable(fixture.error));
    const std::vector<std::uint32_t> found = fixture.find("203.0.113.9");
    QCOMPARE(found.size(), 1u);
    const Message& attempt = fixture.graph.messages[found.front()];
    QVERIFY(attempt.has(Message::RejectedAttempt));
    QCOMPARE(attempt.id, 0u);
    QCOMPARE(fixture.text(attempt.sender), u"info@example.org"_s);
    QCOMPARE(fixture.recipients(found.front()), u"hanako@example.jp=rejected"_s);
    QCOMPARE(attempt.outcome, Outcome::Rejected);
    QCOMPARE(phaseKeys(fixture, found.front()),
        QStringList({ u"server:connect"_s, u"server:rcpt_to=rejected"_s, u"server:close"_s }));
    // The refused h.suzuki@example.jp from esa1 is found by the address.
    const std::vector<std::uint32_t> bySuzuki = fixture.find("H.Suzuki@example.jp");
    QCOMPARE(bySuzuki.size(), 1u);
    QCOMPARE(fixture.recipients(bySuzuki.front()), u"h.suzuki@example.jp=rejected"_s);
}

// Refused at MAIL FROM: no recipient was named, so the attempt as a whole is refused.
void TestPostfixTrace::refusalWithoutRecipient()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                 "2024-03-27T10:00:00+09:00 relay postfix/smtpd[50]: connect from bad.example[198.51.100.66]\n"
                 "2024-03-27T10:00:01+09:00 relay postfix/smtpd[50]: NOQUEUE: reject: MAIL from bad.example[198.51.100.66]: 553 5.7.1 <x@bad.example>: Sender address rejected: Access denied; from=<x@bad.example> proto=ESMTP helo=<bad>\n"
                 "2024-03-27T10:00:02+09:00 relay postfix/smtpd[50]: disconnect from bad.example[198.51.100.66] ehlo=1 mail=0/1 quit=1 commands=2/3\n" } }),
        qPrintable(fixture.error));
    const std::vector<std::uint32_t> found = fixture.find("198.51.100.66");
    QCOMPARE(found.size(), 1u);
    const Message& attempt = fixture.graph.messages[found.front()];
    QVERIFY(attempt.has(Message::RejectedAttempt));
    QCOMPARE(fixture.text(attempt.sender), u"x@bad.example"_s);
    QCOMPARE(fixture.recipients(found.front()), QString());
    QCOMPARE(attempt.outcome, Outcome::Rejected);
    QCOMPARE(phaseKeys(fixture, found.front()), QStringList({ u"server:connect"_s, u"server:mail_from=rejected"_s, u"server:close"_s }));
}

// A content filter (amavis on 10024/10025) re-injects the message under a new queue ID on the same host.
void TestPostfixTrace::contentFilterReinjection()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "mx/maillog",
                 "2024-03-27T10:00:00.100+09:00 mx postfix/smtpd[100]: connect from mx.partner.example[203.0.113.50]\n"
                 "2024-03-27T10:00:00.300+09:00 mx postfix/smtpd[100]: A1B2C3D4E5: client=mx.partner.example[203.0.113.50]\n"
                 "2024-03-27T10:00:00.400+09:00 mx postfix/cleanup[101]: A1B2C3D4E5: message-id=<cf1@partner.example>\n"
                 "2024-03-27T10:00:00.500+09:00 mx postfix/qmgr[50]: A1B2C3D4E5: from=<ken@partner.example>, size=2000, nrcpt=1 (queue active)\n"
                 "2024-03-27T10:00:00.600+09:00 mx postfix/smtpd[100]: disconnect from mx.partner.example[203.0.113.50] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n"
                 "2024-03-27T10:00:01.000+09:00 mx postfix/smtpd[103]: connect from localhost[127.0.0.1]\n"
                 "2024-03-27T10:00:01.100+09:00 mx postfix/smtpd[103]: B2C3D4E5F6: client=localhost[127.0.0.1], orig_queue_id=A1B2C3D4E5\n"
                 "2024-03-27T10:00:01.200+09:00 mx postfix/cleanup[101]: B2C3D4E5F6: message-id=<cf1@partner.example>\n"
                 "2024-03-27T10:00:01.300+09:00 mx postfix/qmgr[50]: B2C3D4E5F6: from=<ken@partner.example>, size=2500, nrcpt=1 (queue active)\n"
                 "2024-03-27T10:00:01.400+09:00 mx postfix/smtp[102]: A1B2C3D4E5: to=<hanako@example.jp>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.9, delays=0.1/0/0/0.8, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as B2C3D4E5F6)\n"
                 "2024-03-27T10:00:01.500+09:00 mx postfix/qmgr[50]: A1B2C3D4E5: removed\n"
                 "2024-03-27T10:00:01.600+09:00 mx postfix/smtpd[103]: disconnect from localhost[127.0.0.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n"
                 "2024-03-27T10:00:02.000+09:00 mx postfix/lmtp[104]: B2C3D4E5F6: to=<hanako@example.jp>, relay=mbox1.example.jp[192.0.2.70]:24, delay=0.7, delays=0.1/0/0.1/0.5, dsn=2.0.0, status=sent (250 2.0.0 <hanako@example.jp> Saved)\n"
                 "2024-03-27T10:00:02.100+09:00 mx postfix/qmgr[50]: B2C3D4E5F6: removed\n" } }),
        qPrintable(fixture.error));
    const std::uint32_t before = fixture.message("mx", "A1B2C3D4E5");
    const std::uint32_t after = fixture.message("mx", "B2C3D4E5F6");
    QVERIFY(before != NoIndex && after != NoIndex);
    QCOMPARE(fixture.linksFrom(before), QStringList { u"next_hop>B2C3D4E5F6@mx(logged)"_s });
    QCOMPARE(fixture.text(fixture.graph.connections[fixture.graph.messages[after].inbound].peerIp), u"127.0.0.1"_s);
    QCOMPARE(Tracer::path(fixture.graph, after), (std::vector<std::uint32_t> { before, after }));
    QCOMPARE(fixture.recipients(after), u"hanako@example.jp=delivered"_s);
}

void TestPostfixTrace::mixedOutcomes()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                 "2024-03-27T11:00:00+09:00 relay postfix/pickup[10]: C0FFEE1234: uid=1000 from=<news@example.jp>\n"
                 "2024-03-27T11:00:00+09:00 relay postfix/qmgr[11]: C0FFEE1234: from=<news@example.jp>, size=900, nrcpt=3 (queue active)\n"
                 "2024-03-27T11:00:01+09:00 relay postfix/smtp[12]: C0FFEE1234: to=<a@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4VbZ0000001)\n"
                 "2024-03-27T11:00:01+09:00 relay postfix/smtp[12]: C0FFEE1234: to=<b@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx.partner.example[203.0.113.50] said: 550 5.1.1 No such user (in reply to RCPT TO command))\n"
                 "2024-03-27T11:00:02+09:00 relay postfix/smtp[13]: C0FFEE1234: to=<c@slow.example>, relay=none, delay=2, delays=0/0/2/0, dsn=4.4.1, status=deferred (connect to mx.slow.example[198.51.100.80]:25: Connection timed out)\n" } }),
        qPrintable(fixture.error));
    const std::uint32_t message = fixture.message("relay", "C0FFEE1234");
    QVERIFY(message != NoIndex);
    QCOMPARE(fixture.recipients(message), u"a@partner.example=delivered,b@partner.example=bounced,c@slow.example=deferred"_s);
    QCOMPARE(fixture.graph.messages[message].outcome, Outcome::Bounced);
    QVERIFY(!fixture.graph.messages[message].has(Message::Finished));
}

void TestPostfixTrace::retriesOverHours()
{
    QByteArray log = "2024-03-27T09:00:00+09:00 relay postfix/pickup[10]: D00D000001: uid=1000 from=<jiro@example.jp>\n"
                     "2024-03-27T09:00:00+09:00 relay postfix/qmgr[11]: D00D000001: from=<jiro@example.jp>, size=900, nrcpt=1 (queue active)\n";
    const char* retries[] = { "09:00:05", "09:30:05", "10:30:05", "12:30:05" };
    int pid = 20;
    for (const char* time : retries) {
        log += "2024-03-27T" + QByteArray(time) + "+09:00 relay postfix/smtp[" + QByteArray::number(pid++)
            + "]: D00D000001: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=5, delays=0/0/5/0, dsn=4.7.0, status=deferred (host mx.partner.example[203.0.113.50] said: 451 4.7.0 Try again later (in reply to end of DATA command))\n";
    }
    log += "2024-03-27T16:30:05+09:00 relay postfix/smtp[30]: D00D000001: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=27005, delays=27000/0/3/2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4VbZ0000009)\n"
           "2024-03-27T16:30:05+09:00 relay postfix/qmgr[11]: D00D000001: removed\n";
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog", log } }), qPrintable(fixture.error));
    const std::uint32_t message = fixture.message("relay", "D00D000001");
    QVERIFY(message != NoIndex);
    QCOMPARE(fixture.attempts(message, "ken@partner.example"), u"deferred,deferred,deferred,deferred,delivered"_s);
    QCOMPARE(fixture.graph.messages[message].outcome, Outcome::Delivered);
    QCOMPARE(fixture.graph.messages[message].lastMs - fixture.graph.messages[message].firstMs, qint64(27005000));
    int responses = 0;
    for (const PhaseSpan& span : Phases::of(fixture.graph, fixture.logs, message))
        responses += span.phase == Phase::Response ? 1 : 0;
    QCOMPARE(responses, 5);
}

void TestPostfixTrace::expiredAfterDeferrals()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                 "2024-03-22T09:00:00+09:00 relay postfix/pickup[10]: E0E0E0E0E0: uid=1000 from=<jiro@example.jp>\n"
                 "2024-03-22T09:00:00+09:00 relay postfix/qmgr[11]: E0E0E0E0E0: from=<jiro@example.jp>, size=900, nrcpt=1 (queue active)\n"
                 "2024-03-22T09:00:30+09:00 relay postfix/smtp[12]: E0E0E0E0E0: to=<ken@gone.example>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.gone.example[198.51.100.99]:25: Connection timed out)\n"
                 "2024-03-27T09:10:00+09:00 relay postfix/qmgr[11]: E0E0E0E0E0: from=<jiro@example.jp>, status=expired, returned to sender\n"
                 "2024-03-27T09:10:00+09:00 relay postfix/bounce[14]: E0E0E0E0E0: sender non-delivery notification: F1F1F1F1F1\n"
                 "2024-03-27T09:10:00+09:00 relay postfix/qmgr[11]: E0E0E0E0E0: removed\n" } }),
        qPrintable(fixture.error));
    const std::uint32_t message = fixture.message("relay", "E0E0E0E0E0");
    QVERIFY(message != NoIndex);
    QCOMPARE(fixture.attempts(message, "ken@gone.example"), u"deferred,expired"_s);
    QCOMPARE(fixture.graph.messages[message].outcome, Outcome::Expired);
}

// Short queue IDs come back: after "removed", or after a restart that lost the end of a message.
void TestPostfixTrace::queueIdReusedOnAnotherDay()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                 "2024-03-25T10:00:00+09:00 relay postfix/smtpd[100]: 3F2A41C0A1: client=a.example[192.0.2.1]\n"
                 "2024-03-25T10:00:00+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<first@a.example>, size=100, nrcpt=1 (queue active)\n"
                 "2024-03-25T10:00:01+09:00 relay postfix/local[12]: 3F2A41C0A1: to=<taro@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)\n"
                 "2024-03-25T10:00:01+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: removed\n"
                 "2024-03-26T08:00:00+09:00 relay postfix/smtpd[200]: 3F2A41C0A1: client=b.example[192.0.2.2]\n"
                 "2024-03-26T08:00:00+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<second@b.example>, size=200, nrcpt=1 (queue active)\n"
                 "2024-03-26T08:00:01+09:00 relay postfix/smtp[13]: 3F2A41C0A1: to=<x@far.example>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to far.example[198.51.100.7]:25: Connection refused)\n"
                 "2024-03-27T07:00:00+09:00 relay postfix/smtpd[300]: 3F2A41C0A1: client=c.example[192.0.2.3]\n"
                 "2024-03-27T07:00:00+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<third@c.example>, size=300, nrcpt=1 (queue active)\n" } }),
        qPrintable(fixture.error));
    const std::vector<std::uint32_t> found = fixture.find("3F2A41C0A1");
    QCOMPARE(found.size(), 3u);
    QCOMPARE(fixture.text(fixture.graph.messages[found[0]].sender), u"first@a.example"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[found[1]].sender), u"second@b.example"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[found[2]].sender), u"third@c.example"_s);
    QCOMPARE(fixture.recipients(found[0]), u"taro@example.jp=delivered"_s);
    QCOMPARE(fixture.recipients(found[1]), u"x@far.example=deferred"_s);
    QCOMPARE(fixture.recipients(found[2]), QString());
}

// A line shortly after "removed" still belongs to its message; once the table has forgotten the finished
// message (a minute after its last line), the reused queue ID begins a new one and its lines stay with it.
void TestPostfixTrace::lateLineJoinsItsFinishedMessageUntilTheIdIsReused()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                 RemovedBeforeItsLastLine + ItsLastLine +
                 "2024-03-25T10:02:00+09:00 relay postfix/smtpd[101]: 4B2A41C0A2: client=b.example[192.0.2.2]\n"
                 "2024-03-25T10:02:00+09:00 relay postfix/qmgr[11]: 4B2A41C0A2: from=<other@b.example>, size=100, nrcpt=1 (queue active)\n"
                 "2024-03-25T10:02:05+09:00 relay postfix/smtpd[102]: 3F2A41C0A1: client=c.example[192.0.2.3]\n"
                 "2024-03-25T10:02:05+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<again@c.example>, size=300, nrcpt=1 (queue active)\n"
                 "2024-03-25T10:02:06+09:00 relay postfix/local[12]: 3F2A41C0A1: to=<hanako@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)\n"
                 "2024-03-25T10:02:06+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: removed\n"
                 "2024-03-25T10:02:07+09:00 relay postfix/qmgr[11]: 4B2A41C0A2: removed\n" } }),
        qPrintable(fixture.error));
    const std::vector<std::uint32_t> found = fixture.find("3F2A41C0A1");
    QCOMPARE(found.size(), 2u);
    QCOMPARE(fixture.text(fixture.graph.messages[found[0]].sender), u"first@a.example"_s);
    QCOMPARE(fixture.recipients(found[0]), u"taro@example.jp=delivered,jiro@example.jp=delivered"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[found[1]].sender), u"again@c.example"_s);
    QCOMPARE(fixture.recipients(found[1]), u"hanako@example.jp=delivered"_s);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.messages[found[1]]).size(), 4u);
}

// A file read after another (it starts later) may hold a line from before the other's end: a late line of a
// message that the correlator had set aside meanwhile still joins it, as it would have at hand.
void TestPostfixTrace::lateLineInALaterFileJoinsItsMessage()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "relay/maillog",
                              RemovedBeforeItsLastLine +
                              "2024-03-25T10:05:00+09:00 relay postfix/smtpd[101]: 4B2A41C0A2: client=b.example[192.0.2.2]\n"
                              "2024-03-25T10:05:00+09:00 relay postfix/qmgr[11]: 4B2A41C0A2: from=<other@b.example>, size=100, nrcpt=1 (queue active)\n"
                              "2024-03-25T10:05:01+09:00 relay postfix/qmgr[11]: 4B2A41C0A2: removed\n" },
                  { "relay/maillog.late", ItsLastLine } }),
        qPrintable(fixture.error));
    const std::vector<std::uint32_t> found = fixture.find("3F2A41C0A1");
    QCOMPARE(found.size(), 1u);
    QCOMPARE(fixture.recipients(found[0]), u"taro@example.jp=delivered,jiro@example.jp=delivered"_s);
}

QTEST_GUILESS_MAIN(TestPostfixTrace)
#include "tst_postfixtrace.moc"
