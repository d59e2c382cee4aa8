// Tracing IronPort messages: seed 000's walkthrough, formats.md 1.7's composed example and its failure
// variants, the bundled esa1 sample, and logs written for mixed outcomes, retries over hours, MID counter
// resets, split and late rewrite lines, and refusals that never got a MID.
#include "seedlogs.h"
#include "tracetesting.h"
#include "trace/messagesummary.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// formats.md 1.7, up to the delivery start; the outcome lines follow in each test.
const QByteArray ComposedHead = "Wed Mar 27 09:14:01 2024 Info: New SMTP ICID 880412 interface Data 1 (192.0.2.25) address 198.51.100.40 reverse dns host mx1.example.net verified yes\n"
                                "Wed Mar 27 09:14:01 2024 Info: ICID 880412 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1 country Japan\n"
                                "Wed Mar 27 09:14:01 2024 Info: ICID 880412 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384\n"
                                "Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412\n"
                                "Wed Mar 27 09:14:02 2024 Info: MID 30011 ICID 880412 From: <taro@example.net>\n"
                                "Wed Mar 27 09:14:02 2024 Info: MID 30011 ICID 880412 RID 0 To: <hanako@example.jp>\n"
                                "Wed Mar 27 09:14:02 2024 Info: MID 30011 ICID 880412 To: <nobody@example.jp> Rejected by RAT\n"
                                "Wed Mar 27 09:14:03 2024 Info: MID 30011 Message-ID '<20240327001400.1A2B@mail.example.net>'\n"
                                "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'Quarterly figures'\n"
                                "Wed Mar 27 09:14:03 2024 Info: MID 30011 ready 48213 bytes from <taro@example.net>\n"
                                "Wed Mar 27 09:14:03 2024 Info: MID 30011 matched all recipients for per-recipient policy DEFAULT in the inbound table\n"
                                "Wed Mar 27 09:14:03 2024 Info: ICID 880412 close\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 SPF: mailfrom identity taro@example.net Pass (v=spf1)\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 interim verdict using engine: CASE spam negative\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 using engine: CASE spam negative\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 interim AV verdict using Sophos CLEAN\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 antivirus negative\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 Outbreak Filters: verdict negative\n"
                                "Wed Mar 27 09:14:04 2024 Info: MID 30011 queued for delivery\n"
                                "Wed Mar 27 09:14:04 2024 Info: New SMTP DCID 51877 interface 192.0.2.25 address 192.0.2.60 port 25\n"
                                "Wed Mar 27 09:14:04 2024 Info: Delivery start DCID 51877 MID 30011 to RID [0]\n";

// A bulk message received on ICID 880700 (lines 1-6), which the spam quarantine will take.
const QByteArray QuarantinedArrival
    = "Wed Mar 27 09:50:00 2024 Info: New SMTP ICID 880700 interface Data 1 (192.0.2.25) address 198.51.100.203 reverse dns host mta7.bulk.example verified yes\n"
      "Wed Mar 27 09:50:00 2024 Info: Start MID 30300 ICID 880700\n"
      "Wed Mar 27 09:50:00 2024 Info: MID 30300 ICID 880700 From: <news@bulk.example>\n"
      "Wed Mar 27 09:50:00 2024 Info: MID 30300 ICID 880700 RID 0 To: <sales@example.jp>\n"
      "Wed Mar 27 09:50:01 2024 Info: MID 30300 ready 9000 bytes from <news@bulk.example>\n"
      "Wed Mar 27 09:50:01 2024 Info: ICID 880700 close\n";

QStringList lineRange(int first, int last)
{
    QStringList lines;
    for (int n = first; n <= last; ++n)
        lines << u"mail.current:"_s + QString::number(n);
    return lines;
}

const Recipient* recipientOf(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    for (const Recipient& recipient : fixture.graph.recipientsOf(fixture.graph.messages[m])) {
        if (fixture.logs.strings()->view(recipient.address) == address)
            return &recipient;
    }
    return nullptr;
}

// "51876,51878": the outbound connections (DCIDs) of a recipient's attempts, "-" for none.
QString attemptConnections(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    QStringList list;
    if (const Recipient* recipient = recipientOf(fixture, m, address)) {
        for (const Attempt& attempt : fixture.graph.attemptsOf(*recipient))
            list << (attempt.connection == NoIndex ? u"-"_s : fixture.text(fixture.graph.connections[attempt.connection].id));
    }
    return list.join(u',');
}

// A field of the reply line of a recipient's last attempt ("4VbT0K2mQzz3xYp" for NextHopId).
QString lastReply(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address, FieldKey key)
{
    const Recipient* recipient = recipientOf(fixture, m, address);
    if (!recipient || recipient->attemptsBegin == recipient->attemptsEnd)
        return {};
    const EventRef reply = fixture.graph.attemptsOf(*recipient).back().replyEvent;
    return QString::fromUtf8(fixture.logs.log(reply.log).fieldBytes(reply.index, key));
}

// "198.51.100.40 mx1.example.net" for the message's inbound connection.
QString inboundPeer(const TraceFixture& fixture, std::uint32_t m)
{
    const std::uint32_t inbound = fixture.graph.messages[m].inbound;
    if (inbound == NoIndex)
        return u"none"_s;
    const Connection& connection = fixture.graph.connections[inbound];
    return fixture.text(connection.peerIp) + u' ' + fixture.text(connection.peerHost);
}

QStringList connectionLines(const TraceFixture& fixture, std::uint32_t connection)
{
    QStringList list;
    for (const EventRef& ref : fixture.graph.eventsOf(fixture.graph.connections[connection]))
        list << fixture.where(ref);
    return list;
}

// The messages (not rejected attempts) whose primary ID is id, in time order.
std::vector<std::uint32_t> messagesWithId(const TraceFixture& fixture, QByteArrayView id)
{
    std::vector<std::uint32_t> found;
    for (const std::uint32_t m : fixture.find(id)) {
        if (fixture.logs.strings()->view(fixture.graph.messages[m].id) == id)
            found.push_back(m);
    }
    return found;
}

std::vector<std::uint32_t> rejectedAttempts(const TraceFixture& fixture)
{
    std::vector<std::uint32_t> found;
    for (std::uint32_t m = 0; m < fixture.graph.messages.size(); ++m) {
        if (fixture.graph.messages[m].has(Message::RejectedAttempt))
            found.push_back(m);
    }
    return found;
}

} // namespace

class TestIronPortTrace : public QObject
{
    Q_OBJECT

private slots:
    void seedWalkthrough();
    void composedExample();
    void composedDelayedThenPending();
    void composedBounceNotification();
    void sampleEsa1();
    void sampleNextHopInPostfix();
    void mixedOutcomesAndRetriesOverHours();
    void midCounterReset();
    void split();
    void rewriteLoggedLate();
    void spamQuarantineReleased();
    void spamQuarantineReleasedAfterOtherTraffic();
    void lineAfterCloseFindsItsConnection();
    void refusalsWithoutMid();
    void statusLinesNameNoMessage();
};

// Seed 000: ICID 1002674 -> MID 1536772 -> RID 0 -> DCID 125285, accepted by the next hop as message
// 6065881 (its Response line); the next hop's own log is loaded too, so the hop is followed.
void TestIronPortTrace::seedWalkthrough()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(SeedLogs::ironPortWalkthrough()),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("ironport", "1536772");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(fixture.text(message.sender), u"mechy3@technvc.com"_s);
    QCOMPARE(message.size, 137u);
    QCOMPARE(fixture.text(message.messageId), u"6ki453$1eso4@ironport.test"_s);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(message.idKey, FieldKey::Mid);
    QCOMPARE(message.outcome, Outcome::Delivered);
    QCOMPARE(MessageSummary::idsText(fixture.graph, fixture.logs, m), u"mid=1536772 icid=1002674 rid=0 dcid=125285"_s);
    // Its own lines and those of its delivery connection; the ICID's connect, policy and close lines stay
    // with the inbound connection.
    QCOMPARE(fixture.lines(m), lineRange(3, 18));

    // ICID 1002674: the client 172.16.27.3 (no reverse DNS), on the listener at 172.16.27.2.
    QCOMPARE(inboundPeer(fixture, m), u"172.16.27.3 "_s);
    const Connection& inbound = fixture.graph.connections[message.inbound];
    QCOMPARE(fixture.text(inbound.id), u"1002674"_s);
    QCOMPARE(inbound.idKey, FieldKey::Icid);
    QCOMPARE(inbound.direction, Direction::Inbound);
    QCOMPARE(fixture.text(inbound.localIp), u"172.16.27.2"_s);
    QCOMPARE(connectionLines(fixture, message.inbound), (QStringList { u"mail.current:1"_s, u"mail.current:2"_s, u"mail.current:3"_s, u"mail.current:4"_s, u"mail.current:19"_s }));

    // RID 0 -> DCID 125285 to 210.255.80.238:25, accepted as message 6065881.
    QCOMPARE(fixture.recipients(m), u"hsumida@nvc.co.jp=delivered"_s);
    const Recipient* recipient = recipientOf(fixture, m, "hsumida@nvc.co.jp");
    QVERIFY(recipient);
    QCOMPARE(fixture.text(recipient->rid), u"0"_s);
    QCOMPARE(fixture.attempts(m, "hsumida@nvc.co.jp"), u"delivered"_s);
    QCOMPARE(attemptConnections(fixture, m, "hsumida@nvc.co.jp"), u"125285"_s);
    const Attempt& attempt = fixture.graph.attemptsOf(*recipient).front();
    QCOMPARE(fixture.where(attempt.event), u"mail.current:15"_s);
    QCOMPARE(fixture.where(attempt.replyEvent), u"mail.current:16"_s);
    QCOMPARE(lastReply(fixture, m, "hsumida@nvc.co.jp", FieldKey::NextHopId), u"6065881"_s);
    const Connection& outbound = fixture.graph.connections[attempt.connection];
    QCOMPARE(outbound.direction, Direction::Outbound);
    QCOMPARE(outbound.idKey, FieldKey::Dcid);
    QCOMPARE(fixture.text(outbound.peerIp), u"210.255.80.238"_s);
    QCOMPARE(outbound.peerPort, 25u);
    QCOMPARE(fixture.text(outbound.localIp), u"122.212.247.186"_s);
    QCOMPARE(connectionLines(fixture, attempt.connection), (QStringList { u"mail.current:13"_s, u"mail.current:14"_s, u"mail.current:15"_s, u"mail.current:18"_s }));
    QCOMPARE(fixture.linksFrom(m), QStringList { u"next_hop>6065881@nexthop(logged)"_s });

    // Found by each of its IDs, its client and its Message-ID; by its addresses together with the next hop's copy.
    for (const QByteArrayView query : { "1536772", "1002674", "125285", "172.16.27.3", "<6ki453$1eso4@ironport.test>" })
        QCOMPARE(fixture.find(query), std::vector<std::uint32_t> { m });
    const std::uint32_t next = fixture.message("nexthop", "6065881");
    QVERIFY(next != NoIndex);
    QCOMPARE(fixture.find("HSUMIDA@nvc.co.jp"), (std::vector<std::uint32_t> { m, next }));
}

// formats.md 1.7: relayed to a Postfix next hop, which logs the queue ID of the Response line.
void TestIronPortTrace::composedExample()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                                ComposedHead
                                    + "Wed Mar 27 09:14:05 2024 Info: Message done DCID 51877 MID 30011 to RID [0]\n"
                                      "Wed Mar 27 09:14:05 2024 Info: MID 30011 RID [0] Response '2.0.0 Ok: queued as 4VbT0K2mQzz3xYp'\n"
                                      "Wed Mar 27 09:14:05 2024 Info: Message finished MID 30011 done\n"
                                      "Wed Mar 27 09:14:10 2024 Info: DCID 51877 close\n" },
                  { "relay1/maillog", "Mar 27 09:14:05 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("esa1", "30011");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(fixture.text(message.sender), u"taro@example.net"_s);
    QCOMPARE(message.size, 48213u);
    QCOMPARE(fixture.text(message.messageId), u"20240327001400.1A2B@mail.example.net"_s);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(inboundPeer(fixture, m), u"198.51.100.40 mx1.example.net"_s);
    // ICID close (line 12) comes before the scan lines; it stays with the connection.
    QCOMPARE(fixture.lines(m), lineRange(4, 11) + lineRange(13, 25));
    QCOMPARE(connectionLines(fixture, message.inbound), lineRange(1, 7) + QStringList { u"mail.current:12"_s });

    QCOMPARE(fixture.recipients(m), u"hanako@example.jp=delivered,nobody@example.jp=rejected"_s);
    QCOMPARE(message.outcome, Outcome::Delivered); // a recipient refused at RCPT never was part of the message
    QCOMPARE(fixture.attempts(m, "nobody@example.jp"), u"rejected"_s);
    QCOMPARE(attemptConnections(fixture, m, "nobody@example.jp"), u"-"_s);
    QCOMPARE(attemptConnections(fixture, m, "hanako@example.jp"), u"51877"_s);
    QCOMPARE(lastReply(fixture, m, "hanako@example.jp", FieldKey::NextHopId), u"4VbT0K2mQzz3xYp"_s);
    QCOMPARE(fixture.linksFrom(m), QStringList { u"next_hop>4VbT0K2mQzz3xYp@relay1(logged)"_s });
    QCOMPARE(fixture.find("nobody@example.jp"), std::vector<std::uint32_t> { m });
}

// 1.7's first failure variant: the next hop defers, the MID waits in the queue.
void TestIronPortTrace::composedDelayedThenPending()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
        ComposedHead
            + "Wed Mar 27 09:14:05 2024 Info: Delayed: DCID 51877 MID 30011 to RID 0 - 4.4.0 - Other network problem ('000', ['Connection reset by peer']) []\n"
              "Wed Mar 27 09:14:05 2024 Info: MID 30011 to RID [0] pending till Wed Mar 27 09:19:05 2024 [Default]\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("esa1", "30011");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m), u"hanako@example.jp=deferred,nobody@example.jp=rejected"_s);
    QCOMPARE(fixture.attempts(m, "hanako@example.jp"), u"deferred"_s);
    QCOMPARE(attemptConnections(fixture, m, "hanako@example.jp"), u"51877"_s);
    QCOMPARE(lastReply(fixture, m, "hanako@example.jp", FieldKey::EnhancedStatus), u"4.4.0"_s);
    QVERIFY(!fixture.graph.messages[m].has(Message::Finished));
    QCOMPARE(fixture.lines(m).mid(fixture.lines(m).size() - 2), (QStringList { u"mail.current:22"_s, u"mail.current:23"_s }));
}

// 1.7's second failure variant: a hard bounce, and the appliance's own notification about it.
void TestIronPortTrace::composedBounceNotification()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
        ComposedHead
            + "Wed Mar 27 09:14:05 2024 Info: Bounced: DCID 51877 MID 30011 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <hanako@example.jp>: Recipient address rejected']) []\n"
              "Wed Mar 27 09:14:05 2024 Info: MID 30012 was generated for bounce of MID 30011\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t original = fixture.message("esa1", "30011");
    const std::uint32_t bounce = fixture.message("esa1", "30012");
    QVERIFY(original != NoIndex && bounce != NoIndex);
    QCOMPARE(fixture.recipients(original), u"hanako@example.jp=bounced,nobody@example.jp=rejected"_s);
    QCOMPARE(fixture.graph.messages[original].outcome, Outcome::Bounced);
    QCOMPARE(attemptConnections(fixture, original, "hanako@example.jp"), u"51877"_s);
    QCOMPARE(lastReply(fixture, original, "hanako@example.jp", FieldKey::ReplyCode), u"550"_s);
    QCOMPARE(fixture.linksFrom(original), QStringList { u"notification>30012@esa1(logged)"_s });
    QCOMPARE(fixture.linksTo(bounce), QStringList { u"notification>30011@esa1(logged)"_s });
    QVERIFY(fixture.graph.messages[bounce].has(Message::Notification));
    // The line names both messages; the notification inherits the original's client.
    QVERIFY(fixture.lines(original).contains(u"mail.current:23"_s));
    QCOMPARE(fixture.lines(bounce), QStringList { u"mail.current:23"_s });
    QCOMPARE(inboundPeer(fixture, bounce), u"198.51.100.40 mx1.example.net"_s);
}

// The bundled esa1 log (resources/samples/README.md).
void TestIronPortTrace::sampleEsa1()
{
    TraceFixture fixture;
    QVERIFY2(fixture.loadPaths({ QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/ironport/esa1/mail.current") }), qPrintable(fixture.error));
    QCOMPARE(fixture.graph.messages.size(), std::size_t(6)); // MIDs 30009-30013 and ICID 880410's refusal

    // MID 30009 on the authenticated RELAY connection ICID 880409: RID 1 delivered on DCID 51875, RID 0
    // delayed on 51876 (greylisted, pending till 09:20:15) and delivered on 51878.
    const std::uint32_t m30009 = fixture.message("esa1", "30009");
    QVERIFY(m30009 != NoIndex);
    QCOMPARE(inboundPeer(fixture, m30009), u"192.0.2.30 app01.example.jp"_s);
    QVERIFY(connectionLines(fixture, fixture.graph.messages[m30009].inbound).contains(u"mail.current:8"_s)); // SMTP Auth
    QCOMPARE(fixture.recipients(m30009), u"ken@partner.example=delivered,yamada@example.com=delivered"_s);
    QCOMPARE(fixture.text(recipientOf(fixture, m30009, "yamada@example.com")->rid), u"1"_s);
    QCOMPARE(fixture.attempts(m30009, "yamada@example.com"), u"delivered"_s);
    QCOMPARE(attemptConnections(fixture, m30009, "yamada@example.com"), u"51875"_s);
    QCOMPARE(fixture.attempts(m30009, "ken@partner.example"), u"deferred,delivered"_s);
    QCOMPARE(attemptConnections(fixture, m30009, "ken@partner.example"), u"51876,51878"_s);
    QCOMPARE(lastReply(fixture, m30009, "ken@partner.example", FieldKey::NextHopId), u"4VbT7S5T7wz2GWT"_s);
    QCOMPARE(lastReply(fixture, m30009, "yamada@example.com", FieldKey::NextHopId), u"6E2B31C04A7"_s);
    QVERIFY(fixture.lines(m30009).contains(u"mail.current:28"_s)); // pending till
    QVERIFY(fixture.graph.messages[m30009].has(Message::Finished));

    // ICID 880410: refused by the HAT, found by its client's address.
    const std::vector<std::uint32_t> refused = fixture.find("203.0.113.214");
    QCOMPARE(refused.size(), std::size_t(1));
    const Message& attempt = fixture.graph.messages[refused.front()];
    QVERIFY(attempt.has(Message::RejectedAttempt));
    QCOMPARE(attempt.id, StringPool::Id(0));
    QCOMPARE(attempt.outcome, Outcome::Rejected);
    QCOMPARE(fixture.text(fixture.graph.connections[attempt.inbound].id), u"880410"_s);
    QCOMPARE(fixture.lines(refused.front()), QStringList { u"mail.current:7"_s });
    QCOMPARE(rejectedAttempts(fixture), refused);

    // MID 30010: CASE spam positive, dropped.
    const std::uint32_t m30010 = fixture.message("esa1", "30010");
    QVERIFY(m30010 != NoIndex);
    QCOMPARE(fixture.recipients(m30010), u"sales@example.jp=dropped"_s);
    QCOMPARE(fixture.graph.messages[m30010].outcome, Outcome::Dropped);
    QVERIFY(fixture.graph.messages[m30010].has(Message::Finished));
    QCOMPARE(inboundPeer(fixture, m30010), u"198.51.100.203 mta7.bulk.example"_s);

    // MID 30011: k.ito rejected by RAT, hanako delivered; the next hop's ID is in the Response line.
    const std::uint32_t m30011 = fixture.message("esa1", "30011");
    QVERIFY(m30011 != NoIndex);
    QCOMPARE(fixture.recipients(m30011), u"hanako@example.jp=delivered,k.ito@example.jp=rejected"_s);
    QCOMPARE(attemptConnections(fixture, m30011, "hanako@example.jp"), u"51877"_s);
    QCOMPARE(lastReply(fixture, m30011, "hanako@example.jp", FieldKey::NextHopId), u"4VbT0K2mQzz3xYp"_s);
    QVERIFY(fixture.lines(m30011).contains(u"mail.current:62"_s)); // DCID 51877 TLS, before the delivery start

    // MID 30012 bounced 5.1.1; MID 30013 is its notification, delivered to the sender.
    const std::uint32_t m30012 = fixture.message("esa1", "30012");
    const std::uint32_t m30013 = fixture.message("esa1", "30013");
    QVERIFY(m30012 != NoIndex && m30013 != NoIndex);
    QCOMPARE(fixture.recipients(m30012), u"h.suzuki@example.jp=bounced"_s);
    QCOMPARE(attemptConnections(fixture, m30012, "h.suzuki@example.jp"), u"51879"_s);
    QCOMPARE(lastReply(fixture, m30012, "h.suzuki@example.jp", FieldKey::EnhancedStatus), u"5.1.1"_s);
    QCOMPARE(fixture.linksFrom(m30012), QStringList { u"notification>30013@esa1(logged)"_s });
    const Message& notification = fixture.graph.messages[m30013];
    QVERIFY(notification.has(Message::Notification));
    QVERIFY(notification.has(Message::NullSender));
    QCOMPARE(fixture.recipients(m30013), u"sato@example.com=delivered"_s);
    QCOMPARE(attemptConnections(fixture, m30013, "sato@example.com"), u"51880"_s);
    QCOMPARE(inboundPeer(fixture, m30013), u"198.51.100.26 out1.example.com"_s); // inherited
}

// The sample's cross-hop message: esa1's MID 30011 continues as relay1's 4VbT0K2mQzz3xYp.
void TestIronPortTrace::sampleNextHopInPostfix()
{
    TraceFixture fixture;
    QVERIFY2(fixture.loadPaths({ QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/ironport/esa1/mail.current"),
                 QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/postfix/relay1/maillog") }),
        qPrintable(fixture.error));
    const std::uint32_t m30011 = fixture.message("esa1", "30011");
    QVERIFY(m30011 != NoIndex);
    QCOMPARE(fixture.linksFrom(m30011), QStringList { u"next_hop>4VbT0K2mQzz3xYp@relay1(logged)"_s });
}

// One message, five recipients: two delivered over one connection (RID list "0, 1" with one Response),
// one refused at RCPT, one bounced, one deferred twice over three hours and then delivered.
void TestIronPortTrace::mixedOutcomesAndRetriesOverHours()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa2/mail.current",
                 "Wed Mar 27 10:00:00 2024 Info: New SMTP ICID 5001 interface Data 1 (192.0.2.25) address 198.51.100.7 reverse dns host mail.example.org verified yes\n"
                 "Wed Mar 27 10:00:00 2024 Info: ICID 5001 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0 country Japan\n"
                 "Wed Mar 27 10:00:01 2024 Info: Start MID 40001 ICID 5001\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 From: <news@example.org>\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 RID 0 To: <a@example.jp>\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 RID 1 To: <b@example.jp>\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 RID 2 To: <c@partner.example>\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 RID 3 To: <d@partner.example>\n"
                 "Wed Mar 27 10:00:01 2024 Info: MID 40001 ICID 5001 To: <e@example.jp> Rejected by RAT\n"
                 "Wed Mar 27 10:00:02 2024 Info: MID 40001 ready 2048 bytes from <news@example.org>\n"
                 "Wed Mar 27 10:00:02 2024 Info: ICID 5001 close\n"
                 "Wed Mar 27 10:00:03 2024 Info: MID 40001 queued for delivery\n"
                 "Wed Mar 27 10:00:03 2024 Info: New SMTP DCID 7001 interface 192.0.2.25 address 192.0.2.60 port 25\n"
                 "Wed Mar 27 10:00:03 2024 Info: New SMTP DCID 7002 interface 192.0.2.25 address 203.0.113.50 port 25\n"
                 "Wed Mar 27 10:00:03 2024 Info: Delivery start DCID 7001 MID 40001 to RID [0, 1]\n"
                 "Wed Mar 27 10:00:03 2024 Info: Delivery start DCID 7002 MID 40001 to RID [2, 3]\n"
                 "Wed Mar 27 10:00:04 2024 Info: Message done DCID 7001 MID 40001 to RID [0, 1]\n"
                 "Wed Mar 27 10:00:04 2024 Info: Delayed: DCID 7002 MID 40001 to RID 2 - 4.3.2 - System not accepting network messages ('421', ['4.3.2 Service shutting down']) []\n"
                 "Wed Mar 27 10:00:04 2024 Info: MID 40001 RID [0, 1] Response '2.0.0 Ok: queued as 4VbX1a2B3c4D5e6'\n"
                 "Wed Mar 27 10:00:04 2024 Info: Bounced: DCID 7002 MID 40001 to RID 3 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 <d@partner.example>: User unknown']) []\n"
                 "Wed Mar 27 10:00:04 2024 Info: MID 40001 to RID [2] pending till Wed Mar 27 11:00:04 2024 [Default]\n"
                 "Wed Mar 27 10:00:05 2024 Info: MID 40002 was generated for bounce of MID 40001\n"
                 "Wed Mar 27 10:00:05 2024 Info: MID 40002 ICID 0 From: <>\n"
                 "Wed Mar 27 10:00:05 2024 Info: MID 40002 ICID 0 RID 0 To: <news@example.org>\n"
                 "Wed Mar 27 10:00:05 2024 Info: DCID 7001 close\n"
                 "Wed Mar 27 10:00:05 2024 Info: DCID 7002 close\n"
                 "Wed Mar 27 11:00:04 2024 Info: New SMTP DCID 7010 interface 192.0.2.25 address 203.0.113.50 port 25\n"
                 "Wed Mar 27 11:00:05 2024 Info: Delivery start DCID 7010 MID 40001 to RID [2]\n"
                 "Wed Mar 27 11:00:06 2024 Info: Delayed: DCID 7010 MID 40001 to RID 2 - 4.3.2 - System not accepting network messages ('421', ['4.3.2 Service shutting down']) []\n"
                 "Wed Mar 27 11:00:06 2024 Info: MID 40001 to RID [2] pending till Wed Mar 27 13:00:06 2024 [Default]\n"
                 "Wed Mar 27 11:00:07 2024 Info: DCID 7010 close\n"
                 "Wed Mar 27 13:00:06 2024 Info: New SMTP DCID 7020 interface 192.0.2.25 address 203.0.113.50 port 25\n"
                 "Wed Mar 27 13:00:07 2024 Info: Delivery start DCID 7020 MID 40001 to RID [2]\n"
                 "Wed Mar 27 13:00:08 2024 Info: Message done DCID 7020 MID 40001 to RID [2]\n"
                 "Wed Mar 27 13:00:08 2024 Info: MID 40001 RID [2] Response '2.0.0 Ok: queued as 4VbZ9y8X7w6V5u4'\n"
                 "Wed Mar 27 13:00:08 2024 Info: Message finished MID 40001 done\n"
                 "Wed Mar 27 13:00:09 2024 Info: DCID 7020 close\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("esa2", "40001");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m), u"a@example.jp=delivered,b@example.jp=delivered,c@partner.example=delivered,d@partner.example=bounced,e@example.jp=rejected"_s);
    QCOMPARE(fixture.graph.messages[m].outcome, Outcome::Bounced);
    QCOMPARE(fixture.text(recipientOf(fixture, m, "b@example.jp")->rid), u"1"_s);

    // The Response for RIDs 0 and 1 comes after another recipient's line and still answers both.
    for (const QByteArrayView address : { "a@example.jp", "b@example.jp" }) {
        QCOMPARE(fixture.attempts(m, address), u"delivered"_s);
        QCOMPARE(attemptConnections(fixture, m, address), u"7001"_s);
        QCOMPARE(lastReply(fixture, m, address, FieldKey::NextHopId), u"4VbX1a2B3c4D5e6"_s);
    }
    QCOMPARE(fixture.attempts(m, "c@partner.example"), u"deferred,deferred,delivered"_s);
    QCOMPARE(attemptConnections(fixture, m, "c@partner.example"), u"7002,7010,7020"_s);
    QCOMPARE(lastReply(fixture, m, "c@partner.example", FieldKey::NextHopId), u"4VbZ9y8X7w6V5u4"_s);
    QCOMPARE(fixture.attempts(m, "d@partner.example"), u"bounced"_s);
    QCOMPARE(attemptConnections(fixture, m, "d@partner.example"), u"7002"_s);
    QCOMPARE(fixture.attempts(m, "e@example.jp"), u"rejected"_s);

    // Every line of the message, including its four delivery connections' lines; not the notification's.
    QCOMPARE(fixture.lines(m), lineRange(3, 10) + lineRange(12, 22) + lineRange(25, 37));
    QCOMPARE(fixture.graph.messages[m].lastMs - fixture.graph.messages[m].firstMs, (3 * 3600 + 8) * 1000LL);

    const std::uint32_t notification = fixture.message("esa2", "40002");
    QVERIFY(notification != NoIndex);
    QCOMPARE(fixture.linksFrom(m), QStringList { u"notification>40002@esa2(logged)"_s });
    QVERIFY(fixture.graph.messages[notification].has(Message::NullSender));
    QCOMPARE(fixture.recipients(notification), u"news@example.org=unknown"_s);
    QCOMPARE(fixture.lines(notification), lineRange(22, 24));
}

// The MID counter restarts: "Start MID 100" after "Message finished MID 100" is another message, even
// within the minute, and ICID 1 after a new "New SMTP ICID 1" is another connection.
void TestIronPortTrace::midCounterReset()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa3/mail.current",
                 "Wed Mar 27 09:00:00 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address 198.51.100.11 reverse dns host a.example.org verified yes\n"
                 "Wed Mar 27 09:00:00 2024 Info: Start MID 100 ICID 1\n"
                 "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 From: <first@example.org>\n"
                 "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 RID 0 To: <one@example.jp>\n"
                 "Wed Mar 27 09:00:01 2024 Info: MID 100 ready 100 bytes from <first@example.org>\n"
                 "Wed Mar 27 09:00:01 2024 Info: ICID 1 close\n"
                 "Wed Mar 27 09:00:02 2024 Info: New SMTP DCID 1 interface 192.0.2.25 address 192.0.2.60 port 25\n"
                 "Wed Mar 27 09:00:02 2024 Info: Delivery start DCID 1 MID 100 to RID [0]\n"
                 "Wed Mar 27 09:00:03 2024 Info: Message done DCID 1 MID 100 to RID [0]\n"
                 "Wed Mar 27 09:00:03 2024 Info: Message finished MID 100 done\n"
                 "Wed Mar 27 09:00:04 2024 Info: DCID 1 close\n"
                 "Wed Mar 27 09:00:30 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address 203.0.113.22 reverse dns host b.example.net verified yes\n"
                 "Wed Mar 27 09:00:30 2024 Info: Start MID 100 ICID 1\n"
                 "Wed Mar 27 09:00:30 2024 Info: MID 100 ICID 1 From: <second@example.net>\n"
                 "Wed Mar 27 09:00:30 2024 Info: MID 100 ICID 1 RID 0 To: <two@example.jp>\n"
                 "Wed Mar 27 09:00:31 2024 Info: MID 100 ready 200 bytes from <second@example.net>\n"
                 "Wed Mar 27 09:00:31 2024 Info: Message aborted MID 100 Dropped by filter 'Drop Executables'\n"
                 "Wed Mar 27 09:00:31 2024 Info: Message finished MID 100 aborted\n" } }),
        qPrintable(fixture.error));

    const std::vector<std::uint32_t> found = messagesWithId(fixture, "100");
    QCOMPARE(found.size(), std::size_t(2));
    const std::uint32_t first = found[0];
    const std::uint32_t second = found[1];
    QCOMPARE(fixture.text(fixture.graph.messages[first].sender), u"first@example.org"_s);
    QCOMPARE(fixture.recipients(first), u"one@example.jp=delivered"_s);
    QCOMPARE(fixture.graph.messages[first].size, 100u);
    QCOMPARE(inboundPeer(fixture, first), u"198.51.100.11 a.example.org"_s);
    QCOMPARE(fixture.lines(first), lineRange(2, 5) + lineRange(7, 11));
    QCOMPARE(fixture.text(fixture.graph.messages[second].sender), u"second@example.net"_s);
    QCOMPARE(fixture.recipients(second), u"two@example.jp=dropped"_s);
    QCOMPARE(fixture.graph.messages[second].size, 200u);
    QCOMPARE(inboundPeer(fixture, second), u"203.0.113.22 b.example.net"_s);
    QCOMPARE(fixture.lines(second), lineRange(13, 18));
    QVERIFY(fixture.graph.messages[first].inbound != fixture.graph.messages[second].inbound);
    QCOMPARE(fixture.find("two@example.jp"), std::vector<std::uint32_t> { second });
}

// A per-recipient policy splits a message: the new MID is derived from it and came from the same client.
void TestIronPortTrace::split()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 "Wed Mar 27 09:30:00 2024 Info: New SMTP ICID 880500 interface Data 1 (192.0.2.25) address 198.51.100.40 reverse dns host mx1.example.net verified yes\n"
                 "Wed Mar 27 09:30:00 2024 Info: Start MID 30100 ICID 880500\n"
                 "Wed Mar 27 09:30:00 2024 Info: MID 30100 ICID 880500 From: <taro@example.net>\n"
                 "Wed Mar 27 09:30:00 2024 Info: MID 30100 ICID 880500 RID 0 To: <sales@example.jp>\n"
                 "Wed Mar 27 09:30:00 2024 Info: MID 30100 ICID 880500 RID 1 To: <hr@example.jp>\n"
                 "Wed Mar 27 09:30:01 2024 Info: MID 30100 ready 5000 bytes from <taro@example.net>\n"
                 "Wed Mar 27 09:30:01 2024 Info: ICID 880500 close\n"
                 "Wed Mar 27 09:30:01 2024 Info: MID 30100 matched all recipients for per-recipient policy DEFAULT in the inbound table\n"
                 "Wed Mar 27 09:30:01 2024 Info: MID 30100 was split creating MID 30101 due to a per-recipient policy HR in the inbound table\n"
                 "Wed Mar 27 09:30:01 2024 Info: MID 30101 ICID 0 From: <taro@example.net>\n"
                 "Wed Mar 27 09:30:01 2024 Info: MID 30101 ICID 0 RID 0 To: <hr@example.jp>\n"
                 "Wed Mar 27 09:30:02 2024 Info: MID 30101 quarantined to \"Policy\" (content filter HR)\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t parent = fixture.message("esa1", "30100");
    const std::uint32_t child = fixture.message("esa1", "30101");
    QVERIFY(parent != NoIndex && child != NoIndex);
    QCOMPARE(fixture.linksFrom(parent), QStringList { u"derived>30101@esa1(logged)"_s });
    QCOMPARE(fixture.linksTo(child), QStringList { u"derived>30100@esa1(logged)"_s });
    QVERIFY(!fixture.graph.messages[child].has(Message::Notification));
    QCOMPARE(fixture.lines(parent), lineRange(2, 6) + lineRange(8, 9));
    QCOMPARE(fixture.lines(child), lineRange(9, 12));
    QCOMPARE(fixture.graph.messages[child].inbound, fixture.graph.messages[parent].inbound);
    QCOMPARE(fixture.recipients(child), u"hr@example.jp=quarantined"_s);
    QCOMPARE(fixture.find("198.51.100.40"), (std::vector<std::uint32_t> { parent, child }));
}

// "rewritten to MID b" may be logged after b's own lines (formats.md 1.5 rule 3).
void TestIronPortTrace::rewriteLoggedLate()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 "Wed Mar 27 09:40:00 2024 Info: New SMTP ICID 880600 interface Data 1 (192.0.2.25) address 198.51.100.26 reverse dns host out1.example.com verified yes\n"
                 "Wed Mar 27 09:40:00 2024 Info: Start MID 30200 ICID 880600\n"
                 "Wed Mar 27 09:40:00 2024 Info: MID 30200 ICID 880600 From: <sato@example.com>\n"
                 "Wed Mar 27 09:40:00 2024 Info: MID 30200 ICID 880600 RID 0 To: <h.suzuki@example.jp>\n"
                 "Wed Mar 27 09:40:01 2024 Info: MID 30200 ready 3000 bytes from <sato@example.com>\n"
                 "Wed Mar 27 09:40:01 2024 Info: ICID 880600 close\n"
                 "Wed Mar 27 09:40:02 2024 Info: Start MID 30201 ICID 0\n"
                 "Wed Mar 27 09:40:02 2024 Info: MID 30201 ICID 0 From: <sato@example.com>\n"
                 "Wed Mar 27 09:40:02 2024 Info: MID 30201 ICID 0 RID 0 To: <h.suzuki@example.jp>\n"
                 "Wed Mar 27 09:40:02 2024 Info: MID 30201 ready 3100 bytes from <sato@example.com>\n"
                 "Wed Mar 27 09:40:02 2024 Info: MID 30200 rewritten to MID 30201 by add-footer filter 'Footer Stamping'\n"
                 "Wed Mar 27 09:40:02 2024 Info: Message finished MID 30200 done\n"
                 "Wed Mar 27 09:40:03 2024 Info: MID 30201 queued for delivery\n" } }),
        qPrintable(fixture.error));

    const std::uint32_t original = fixture.message("esa1", "30200");
    const std::uint32_t rewritten = fixture.message("esa1", "30201");
    QVERIFY(original != NoIndex && rewritten != NoIndex);
    QCOMPARE(fixture.linksFrom(original), QStringList { u"derived>30201@esa1(logged)"_s });
    QCOMPARE(fixture.lines(rewritten), (QStringList { u"mail.current:7"_s, u"mail.current:8"_s, u"mail.current:9"_s, u"mail.current:10"_s, u"mail.current:11"_s, u"mail.current:13"_s }));
    QCOMPARE(fixture.lines(original), lineRange(2, 5) + lineRange(11, 12));
    QCOMPARE(inboundPeer(fixture, rewritten), u"198.51.100.26 out1.example.com"_s);
    QCOMPARE(fixture.graph.messages[rewritten].size, 3100u);
}

// The spam quarantine takes a message (ending its life on the appliance) and, released an hour later,
// reinjects it under a new MID: the reinjection line must not start a new MID 30300.
void TestIronPortTrace::spamQuarantineReleased()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 QuarantinedArrival +
                 "Wed Mar 27 09:50:02 2024 Info: MID 30300 using engine: CASE spam suspect\n"
                 "Wed Mar 27 09:50:02 2024 Info: ISQ: Tagging MID 30300 for quarantine\n"
                 "Wed Mar 27 09:50:02 2024 Info: RPC Delivery start RCID 756 MID 30300 to local IronPort Spam Quarantine\n"
                 "Wed Mar 27 09:50:03 2024 Info: ISQ: Quarantined MID 30300\n"
                 "Wed Mar 27 09:50:03 2024 Info: RPC Message done RCID 756 MID 30300\n"
                 "Wed Mar 27 09:50:03 2024 Info: Message finished MID 30300 done\n"
                 "Wed Mar 27 10:55:00 2024 Info: ISQ: Reinjected MID 30300 as MID 30301\n"
                 "Wed Mar 27 10:55:00 2024 Info: MID 30301 ICID 0 From: <news@bulk.example>\n"
                 "Wed Mar 27 10:55:00 2024 Info: MID 30301 ICID 0 RID 0 To: <sales@example.jp>\n"
                 "Wed Mar 27 10:55:01 2024 Info: New SMTP DCID 7100 interface 192.0.2.25 address 192.0.2.60 port 25\n"
                 "Wed Mar 27 10:55:01 2024 Info: Delivery start DCID 7100 MID 30301 to RID [0]\n"
                 "Wed Mar 27 10:55:02 2024 Info: Message done DCID 7100 MID 30301 to RID [0]\n"
                 "Wed Mar 27 10:55:02 2024 Info: MID 30301 RID [0] Response '2.0.0 Ok: queued as 4VbQ1w2E3r4T5y6'\n"
                 "Wed Mar 27 10:55:02 2024 Info: Message finished MID 30301 done\n" } }),
        qPrintable(fixture.error));

    QCOMPARE(messagesWithId(fixture, "30300").size(), std::size_t(1));
    const std::uint32_t original = fixture.message("esa1", "30300");
    const std::uint32_t released = fixture.message("esa1", "30301");
    QVERIFY(original != NoIndex && released != NoIndex);
    QCOMPARE(fixture.recipients(original), u"sales@example.jp=quarantined"_s);
    QCOMPARE(fixture.attempts(original, "sales@example.jp"), u"quarantined"_s);
    QCOMPARE(fixture.lines(original), lineRange(2, 5) + lineRange(7, 13));
    QCOMPARE(fixture.linksFrom(original), QStringList { u"derived>30301@esa1(logged)"_s });
    QCOMPARE(fixture.lines(released), lineRange(13, 20));
    QCOMPARE(fixture.recipients(released), u"sales@example.jp=delivered"_s);
    QCOMPARE(lastReply(fixture, released, "sales@example.jp", FieldKey::NextHopId), u"4VbQ1w2E3r4T5y6"_s);
    QCOMPARE(inboundPeer(fixture, released), u"198.51.100.203 mta7.bulk.example"_s);
}

// The same release after other messages came and went: the correlator has set the finished MID 30300 aside by
// then (it keeps only messages in flight at hand), and the reinjection line still finds it.
void TestIronPortTrace::spamQuarantineReleasedAfterOtherTraffic()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 QuarantinedArrival +
                 "Wed Mar 27 09:50:02 2024 Info: ISQ: Tagging MID 30300 for quarantine\n"
                 "Wed Mar 27 09:50:03 2024 Info: ISQ: Quarantined MID 30300\n"
                 "Wed Mar 27 09:50:03 2024 Info: Message finished MID 30300 done\n"
                 "Wed Mar 27 10:10:00 2024 Info: Start MID 30350 ICID 0\n"
                 "Wed Mar 27 10:10:00 2024 Info: MID 30350 ICID 0 From: <cron@example.jp>\n"
                 "Wed Mar 27 10:10:01 2024 Info: Message finished MID 30350 done\n"
                 "Wed Mar 27 10:55:00 2024 Info: ISQ: Reinjected MID 30300 as MID 30301\n"
                 "Wed Mar 27 10:55:00 2024 Info: MID 30301 ICID 0 From: <news@bulk.example>\n"
                 "Wed Mar 27 10:55:00 2024 Info: MID 30301 ICID 0 RID 0 To: <sales@example.jp>\n"
                 "Wed Mar 27 10:55:02 2024 Info: Message finished MID 30301 done\n" } }),
        qPrintable(fixture.error));

    QCOMPARE(messagesWithId(fixture, "30300").size(), std::size_t(1));
    const std::uint32_t original = fixture.message("esa1", "30300");
    const std::uint32_t released = fixture.message("esa1", "30301");
    QVERIFY(original != NoIndex && released != NoIndex);
    QCOMPARE(fixture.lines(original), lineRange(2, 5) + lineRange(7, 9) + lineRange(13, 13));
    QCOMPARE(fixture.linksFrom(original), QStringList { u"derived>30301@esa1(logged)"_s });
    QCOMPARE(inboundPeer(fixture, released), u"198.51.100.203 mta7.bulk.example"_s);
}

// The correlator keeps open connections at hand and sets closed ones aside: a line naming a closed ICID or DCID
// after other connections came and went still goes to that connection, and "New SMTP" with its ID opens another.
void TestIronPortTrace::lineAfterCloseFindsItsConnection()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 "Wed Mar 27 09:00:00 2024 Info: New SMTP ICID 500 interface Data 1 (192.0.2.25) address 198.51.100.7 reverse dns host a.example verified yes\n"
                 "Wed Mar 27 09:00:00 2024 Info: Start MID 70 ICID 500\n"
                 "Wed Mar 27 09:00:00 2024 Info: MID 70 ICID 500 From: <a@a.example>\n"
                 "Wed Mar 27 09:00:01 2024 Info: ICID 500 close\n"
                 "Wed Mar 27 09:00:02 2024 Info: New SMTP DCID 900 interface 192.0.2.25 address 203.0.113.9 port 25\n"
                 "Wed Mar 27 09:00:02 2024 Info: Delivery start DCID 900 MID 70 to RID [0]\n"
                 "Wed Mar 27 09:00:03 2024 Info: DCID 900 close\n"
                 "Wed Mar 27 09:05:00 2024 Info: New SMTP ICID 501 interface Data 1 (192.0.2.25) address 198.51.100.8 reverse dns host b.example verified yes\n"
                 "Wed Mar 27 09:05:01 2024 Info: ICID 501 close\n"
                 "Wed Mar 27 09:06:00 2024 Info: ICID 500 lost\n"
                 "Wed Mar 27 09:06:00 2024 Info: DCID 900 close\n"
                 "Wed Mar 27 09:07:00 2024 Info: New SMTP ICID 500 interface Data 1 (192.0.2.25) address 198.51.100.9 reverse dns host c.example verified yes\n"
                 "Wed Mar 27 09:07:01 2024 Info: ICID 500 close\n" } }),
        qPrintable(fixture.error));
    const std::uint32_t m = fixture.message("esa1", "70");
    QVERIFY(m != NoIndex);
    QCOMPARE(connectionLines(fixture, fixture.graph.messages[m].inbound), (QStringList { u"mail.current:1"_s, u"mail.current:2"_s, u"mail.current:3"_s, u"mail.current:4"_s, u"mail.current:10"_s }));
    std::uint32_t icids = 0;
    std::uint32_t outbound = NoIndex;
    for (std::uint32_t c = 0; c < fixture.graph.connections.size(); ++c) {
        if (fixture.graph.connections[c].direction == Direction::Inbound)
            ++icids;
        else
            outbound = c;
    }
    QCOMPARE(icids, 3u); // 500, 501 and the new 500
    QVERIFY(outbound != NoIndex);
    QCOMPARE(connectionLines(fixture, outbound), (QStringList { u"mail.current:5"_s, u"mail.current:6"_s, u"mail.current:7"_s, u"mail.current:11"_s }));
}

// Refusals that never got a MID become rejected attempts, found by client address or sender; a delayed HAT
// reject followed by a MID is that MID's story, not another attempt.
void TestIronPortTrace::refusalsWithoutMid()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 "Wed Mar 27 10:10:00 2024 Info: New SMTP ICID 6001 interface Data 1 (192.0.2.25) address 203.0.113.5 reverse dns host unknown verified no\n"
                 "Wed Mar 27 10:10:00 2024 Info: ICID 6001 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5\n"
                 "Wed Mar 27 10:10:01 2024 Info: ICID 6001 Address: <spam@bad.example> sender rejected, envelope sender domain does not exist\n"
                 "Wed Mar 27 10:10:02 2024 Info: ICID 6001 close\n"
                 "Wed Mar 27 10:11:00 2024 Info: ICID 0 TCPREFUSE SG BLOCKED match 203.0.113.0/24 SBRS -9.0\n"
                 "Wed Mar 27 10:12:00 2024 Info: New SMTP ICID 6003 interface Data 1 (192.0.2.25) address 203.0.113.90 reverse dns host unknown verified no\n"
                 "Wed Mar 27 10:12:00 2024 Info: ICID 6003 Delayed HAT REJECT continuing session for recipient logging (203.0.113.90)\n"
                 "Wed Mar 27 10:12:01 2024 Info: Start MID 40100 ICID 6003\n"
                 "Wed Mar 27 10:12:01 2024 Info: MID 40100 ICID 6003 From: <a@bad.example>\n"
                 "Wed Mar 27 10:12:01 2024 Info: MID 40100 ICID 6003 To: <x@example.jp> Rejected by Receiving Control\n"
                 "Wed Mar 27 10:12:02 2024 Info: Message aborted MID 40100 Receiving aborted\n"
                 "Wed Mar 27 10:12:02 2024 Info: Message finished MID 40100 aborted\n"
                 "Wed Mar 27 10:12:02 2024 Info: ICID 6003 close\n"
                 "Wed Mar 27 10:13:00 2024 Info: New SMTP ICID 6004 interface Data 1 (192.0.2.25) address 203.0.113.91 reverse dns host unknown verified no\n"
                 "Wed Mar 27 10:13:00 2024 Info: ICID 6004 Delayed HAT REJECT continuing session for recipient logging (203.0.113.91)\n"
                 "Wed Mar 27 10:13:05 2024 Info: ICID 6004 lost\n" } }),
        qPrintable(fixture.error));

    const std::vector<std::uint32_t> attempts = rejectedAttempts(fixture);
    QCOMPARE(attempts.size(), std::size_t(3));

    const std::vector<std::uint32_t> bySender = fixture.find("spam@bad.example");
    QCOMPARE(bySender, std::vector<std::uint32_t> { attempts[0] });
    QCOMPARE(fixture.find("203.0.113.5"), bySender);
    QCOMPARE(fixture.graph.messages[attempts[0]].outcome, Outcome::Rejected);
    QCOMPARE(fixture.lines(attempts[0]), QStringList { u"mail.current:3"_s });

    // TCPREFUSE with ICID 0: a connection without an ID.
    const Message& refused = fixture.graph.messages[attempts[1]];
    QCOMPARE(fixture.lines(attempts[1]), QStringList { u"mail.current:5"_s });
    QCOMPARE(refused.outcome, Outcome::Rejected);
    QCOMPARE(fixture.graph.connections[refused.inbound].id, StringPool::Id(0));

    // ICID 6003 carried MID 40100, whose recipient was refused; ICID 6004 refused the client.
    const std::uint32_t m = fixture.message("esa1", "40100");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m), u"x@example.jp=rejected"_s);
    QCOMPARE(fixture.graph.messages[m].outcome, Outcome::Rejected);
    QCOMPARE(fixture.find("203.0.113.90"), std::vector<std::uint32_t> { m });
    QCOMPARE(fixture.find("203.0.113.91"), std::vector<std::uint32_t> { attempts[2] });
    QCOMPARE(fixture.lines(attempts[2]), QStringList { u"mail.current:15"_s });
    QCOMPARE(fixture.graph.messages[attempts[2]].outcome, Outcome::Rejected);
}

// Status lines hold counters named CrtMID/CrtICID/CrtDCID: they are not about any message or connection.
void TestIronPortTrace::statusLinesNameNoMessage()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({ { "esa1/mail.current",
                 "Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412\n"
                 "Wed Mar 27 09:14:02 2024 Info: Status: CPULd 0 DskIO 0 RAMUtil 2 QKUsd 0 QKFre 8388608 CrtMID 30011 CrtICID 880412 CrtDCID 51877 InjMsg 0\n"
                 "Wed Mar 27 09:14:05 2024 Info: Message finished MID 30011 done\n" } }),
        qPrintable(fixture.error));
    QCOMPARE(fixture.graph.messages.size(), std::size_t(1));
    QCOMPARE(fixture.graph.connections.size(), std::size_t(1)); // ICID 880412, from the Start MID line
    QCOMPARE(fixture.lines(0), (QStringList { u"mail.current:1"_s, u"mail.current:3"_s }));
    const EventRef status { 0, 1 };
    QCOMPARE(fixture.logs.log(0).event(1).kind, EventKind::System);
    QCOMPARE(fixture.graph.messageOf(status), NoIndex);
    QCOMPARE(fixture.graph.connectionOf(status), NoIndex);
}

QTEST_GUILESS_MAIN(TestIronPortTrace)
#include "tst_ironporttrace.moc"
