// Linking a delivery to the message it became on the next host (formats.md 5): by the ID the reply
// names, confirmed when that ID is ambiguous; else by Message-ID; else by envelope and time.
#include "tracetesting.h"
#include "trace/tracer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A Postfix log line in Japan time on 27 March 2024.
QByteArray at(const char* time, const char* host, const QByteArray& rest)
{
    return "2024-03-27T" + QByteArray(time) + "+09:00 " + host + ' ' + rest + '\n';
}

QByteArray sampleFile(const char* relative)
{
    QFile file(QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/") + QString::fromUtf8(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// edge's delivery to relay, logged on both sides; `reply` is what relay answered, `relayMessageId` whether
// relay logged the Message-ID, `skew` shifts relay's clock.
QList<std::pair<QByteArray, QByteArray>> edgeToRelay(const char* reply, bool relayMessageId, const char* relayTime)
{
    QByteArray edge = at("10:00:00", "edge", "postfix/pickup[10]: AAAA111111: uid=1000 from=<jiro@example.jp>")
        + at("10:00:00", "edge", "postfix/cleanup[11]: AAAA111111: message-id=<hop1@example.jp>")
        + at("10:00:00", "edge", "postfix/qmgr[12]: AAAA111111: from=<jiro@example.jp>, size=900, nrcpt=1 (queue active)")
        + at("10:00:01", "edge",
            QByteArray("postfix/smtp[13]: AAAA111111: to=<ken@partner.example>, relay=relay.example.jp[192.0.2.60]:25, delay=1, "
                       "delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (")
                + reply + ")")
        + at("10:00:01", "edge", "postfix/qmgr[12]: AAAA111111: removed");
    QByteArray relay = at(relayTime, "relay", "postfix/smtpd[20]: connect from edge.example.jp[192.0.2.10]")
        + at(relayTime, "relay", "postfix/smtpd[20]: BBBB222222: client=edge.example.jp[192.0.2.10]");
    if (relayMessageId)
        relay += at(relayTime, "relay", "postfix/cleanup[21]: BBBB222222: message-id=<hop1@example.jp>");
    relay += at(relayTime, "relay", "postfix/qmgr[22]: BBBB222222: from=<jiro@example.jp>, size=950, nrcpt=1 (queue active)")
        + at(relayTime, "relay",
            "postfix/smtp[23]: BBBB222222: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=1, "
            "delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok)")
        + at(relayTime, "relay", "postfix/smtpd[20]: disconnect from edge.example.jp[192.0.2.10] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5");
    return { { "edge/maillog", edge }, { "relay/maillog", relay } };
}

} // namespace

class TestHopStitching : public QObject
{
    Q_OBJECT

private slots:
    void byQueuedAsReply();
    void byMessageIdWithoutIdInReply();
    void byEnvelopeWhenNothingElse();
    void notBeyondClockTolerance();
    void ambiguousIdPicksTheMatchingMessage();
    void nextHopNotLoaded();
    void samplesAcrossThreeProducts();
    void ironPortToPostfixInTwoFiles();
};

void TestHopStitching::byQueuedAsReply()
{
    TraceFixture fixture;
    // relay's clock is 10 minutes off: an ID-bearing link does not depend on time.
    QVERIFY2(fixture.load(edgeToRelay("250 2.0.0 Ok: queued as BBBB222222", false, "10:10:01")), qPrintable(fixture.error));
    const std::uint32_t edge = fixture.message("edge", "AAAA111111");
    const std::uint32_t relay = fixture.message("relay", "BBBB222222");
    QVERIFY(edge != NoIndex && relay != NoIndex);
    QCOMPARE(fixture.linksFrom(edge), QStringList { u"next_hop>BBBB222222@relay(logged)"_s });
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "hop1@example.jp"), (std::vector<std::uint32_t> { edge, relay }));
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "BBBB222222"), (std::vector<std::uint32_t> { edge, relay }));
    // The ID names relay's message: edge's reply that names it too does not make it a second match.
    QCOMPARE(fixture.graph.find(*fixture.logs.strings(), "BBBB222222"), std::vector<std::uint32_t> { relay });
}

void TestHopStitching::byMessageIdWithoutIdInReply()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(edgeToRelay("250 2.0.0 Ok", true, "10:00:02")), qPrintable(fixture.error));
    const std::uint32_t edge = fixture.message("edge", "AAAA111111");
    QCOMPARE(fixture.linksFrom(edge), QStringList { u"next_hop>BBBB222222@relay(message_id)"_s });
    QVERIFY(fixture.linksFrom(fixture.message("relay", "BBBB222222")).isEmpty());
}

void TestHopStitching::byEnvelopeWhenNothingElse()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(edgeToRelay("250 2.0.0 Ok", false, "10:01:30")), qPrintable(fixture.error));
    const std::uint32_t edge = fixture.message("edge", "AAAA111111");
    QCOMPARE(fixture.linksFrom(edge), QStringList { u"next_hop>BBBB222222@relay(envelope)"_s });
    // The relay's own delivery of the same envelope at about that time is not a hop back to edge.
    QVERIFY(fixture.linksFrom(fixture.message("relay", "BBBB222222")).isEmpty());
}

void TestHopStitching::notBeyondClockTolerance()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(edgeToRelay("250 2.0.0 Ok", true, "10:05:00")), qPrintable(fixture.error));
    QVERIFY(fixture.linksFrom(fixture.message("edge", "AAAA111111")).isEmpty());
}

// Two relays both have a message BBBB222222 (short queue IDs collide across hosts): the one with the same
// Message-ID and sender at that time is the next hop.
void TestHopStitching::ambiguousIdPicksTheMatchingMessage()
{
    auto files = edgeToRelay("250 2.0.0 Ok: queued as BBBB222222", true, "10:00:01");
    files.append({ "other/maillog",
        at("10:00:01", "other", "postfix/smtpd[30]: BBBB222222: client=somewhere.example[198.51.100.3]")
            + at("10:00:01", "other", "postfix/cleanup[31]: BBBB222222: message-id=<unrelated@example.org>")
            + at("10:00:01", "other", "postfix/qmgr[32]: BBBB222222: from=<someone@example.org>, size=10, nrcpt=1 (queue active)") });
    TraceFixture fixture;
    QVERIFY2(fixture.load(files), qPrintable(fixture.error));
    QCOMPARE(fixture.find("BBBB222222").size(), 2u);
    QCOMPARE(fixture.linksFrom(fixture.message("edge", "AAAA111111")), QStringList { u"next_hop>BBBB222222@relay(logged)"_s });
}

void TestHopStitching::nextHopNotLoaded()
{
    TraceFixture fixture;
    auto files = edgeToRelay("250 2.0.0 Ok: queued as CCCC333333", true, "10:00:01");
    files.removeLast();
    QVERIFY2(fixture.load(files), qPrintable(fixture.error));
    const std::uint32_t edge = fixture.message("edge", "AAAA111111");
    QVERIFY(fixture.linksFrom(edge).isEmpty());
    QCOMPARE(Tracer::path(fixture.graph, edge), std::vector<std::uint32_t> { edge });
    // The ID the next hop gave (from its operator, or a bounce) finds the message it answered.
    QCOMPARE(fixture.graph.find(*fixture.logs.strings(), "CCCC333333"), std::vector<std::uint32_t> { edge });
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "CCCC333333"), std::vector<std::uint32_t> { edge });
}

// The bundled samples' cross-hop message: Sun mx1 -> IronPort esa1 (MID 30011) -> Postfix relay1.
void TestHopStitching::samplesAcrossThreeProducts()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "sun/mail.log_current", sampleFile("sun/mail.log_current") },
                 { "esa1/mail.current", sampleFile("ironport/esa1/mail.current") },
                 { "relay1/maillog", sampleFile("postfix/relay1/maillog") } }),
        qPrintable(fixture.error));
    const std::uint32_t sun = fixture.message("sun", "20240327001400.1A2B@mail.example.net");
    const std::uint32_t esa1 = fixture.message("esa1", "30011");
    const std::uint32_t relay1 = fixture.message("relay1", "4VbT0K2mQzz3xYp");
    QVERIFY(sun != NoIndex && esa1 != NoIndex && relay1 != NoIndex);
    QVERIFY(fixture.linksFrom(sun).contains(u"next_hop>30011@esa1(logged)"_s));
    QCOMPARE(fixture.linksFrom(esa1), QStringList { u"next_hop>4VbT0K2mQzz3xYp@relay1(logged)"_s });
    // The route, then the Sun bounce notice for k.ito@example.jp as a message of its own.
    const std::uint32_t notice = fixture.message("sun", "0SAY00H2R1TQ5C10@mx1.example.net");
    QVERIFY(notice != NoIndex);
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "4VbT0K2mQzz3xYp"),
        (std::vector<std::uint32_t> { sun, esa1, relay1, notice }));
    // Every hop is found by the Message-ID the three logs share.
    const std::vector<std::uint32_t> byMessageId = fixture.find("<20240327001400.1A2B@mail.example.net>");
    QCOMPARE(byMessageId.size(), 3u);
}

// A gateway and a relay in two files, with the relay's clock 40 s ahead: the reply's queue ID links them.
void TestHopStitching::ironPortToPostfixInTwoFiles()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "gw/mail.current",
                                "Wed Mar 27 10:00:00 2024 Info: New SMTP ICID 5 interface Data 1 (192.0.2.25) address 198.51.100.9 reverse dns host mx.sender.example verified yes\n"
                                "Wed Mar 27 10:00:00 2024 Info: ICID 5 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0\n"
                                "Wed Mar 27 10:00:01 2024 Info: Start MID 77 ICID 5\n"
                                "Wed Mar 27 10:00:01 2024 Info: MID 77 ICID 5 From: <a@sender.example>\n"
                                "Wed Mar 27 10:00:01 2024 Info: MID 77 ICID 5 RID 0 To: <b@example.jp>\n"
                                "Wed Mar 27 10:00:02 2024 Info: MID 77 Message-ID '<two-files@sender.example>'\n"
                                "Wed Mar 27 10:00:02 2024 Info: MID 77 ready 1200 bytes from <a@sender.example>\n"
                                "Wed Mar 27 10:00:02 2024 Info: ICID 5 close\n"
                                "Wed Mar 27 10:00:03 2024 Info: MID 77 queued for delivery\n"
                                "Wed Mar 27 10:00:03 2024 Info: New SMTP DCID 9 interface 192.0.2.25 address 192.0.2.60 port 25\n"
                                "Wed Mar 27 10:00:03 2024 Info: Delivery start DCID 9 MID 77 to RID [0]\n"
                                "Wed Mar 27 10:00:04 2024 Info: Message done DCID 9 MID 77 to RID [0]\n"
                                "Wed Mar 27 10:00:04 2024 Info: MID 77 RID [0] Response '2.0.0 Ok: queued as 4VbXz0000AAA'\n"
                                "Wed Mar 27 10:00:04 2024 Info: Message finished MID 77 done\n"
                                "Wed Mar 27 10:00:09 2024 Info: DCID 9 close\n" },
                 { "relay/maillog",
                     at("10:00:43", "relay", "postfix/smtpd[40]: connect from gw.example.jp[192.0.2.25]")
                         + at("10:00:44", "relay", "postfix/smtpd[40]: 4VbXz0000AAA: client=gw.example.jp[192.0.2.25]")
                         + at("10:00:44", "relay", "postfix/cleanup[41]: 4VbXz0000AAA: message-id=<two-files@sender.example>")
                         + at("10:00:44", "relay", "postfix/qmgr[42]: 4VbXz0000AAA: from=<a@sender.example>, size=1300, nrcpt=1 (queue active)")
                         + at("10:00:45", "relay", "postfix/local[43]: 4VbXz0000AAA: to=<b@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)")
                         + at("10:00:45", "relay", "postfix/qmgr[42]: 4VbXz0000AAA: removed") } }),
        qPrintable(fixture.error));
    const std::uint32_t gateway = fixture.message("gw", "77");
    const std::uint32_t relay = fixture.message("relay", "4VbXz0000AAA");
    QVERIFY(gateway != NoIndex && relay != NoIndex);
    QCOMPARE(fixture.linksFrom(gateway), QStringList { u"next_hop>4VbXz0000AAA@relay(logged)"_s });
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "b@example.jp"), (std::vector<std::uint32_t> { gateway, relay }));
    QCOMPARE(Tracer::trace(fixture.graph, *fixture.logs.strings(), "198.51.100.9"), (std::vector<std::uint32_t> { gateway, relay }));
    QCOMPARE(fixture.recipients(relay), u"b@example.jp=delivered"_s);
}

QTEST_GUILESS_MAIN(TestHopStitching)
#include "tst_hopstitching.moc"
