// Tracing Sun Java System / Oracle Messaging Server messages: formats.md 3.8's composed examples, the bundled
// sample of mx1.example.net and logs written for the cases the tracer must get right (a Message-ID reused
// later, mixed outcomes, no Message-ID at all).
#include "sunmstracetesting.h"

#include <QTest>

using namespace SunMsTraceTesting;

class TestSunMsTraceCases : public QObject
{
    Q_OBJECT

private slots:
    void composedInbound();
    void threadsOfEveryLength();
    void composedOutbound();
    void composedXml();
    void sampleLog();
    void messageIdReusedLater();
    void mixedOutcomes();
    void queueFileWithoutMessageId();
    void envelopeOnly();
    void rejectedSession();
};

// formats.md 3.8: inbound over a multithreaded server (LOG_PROCESS, LOG_FILENAME, LOG_MESSAGE_ID, LOG_CONNECTION=3).
void TestSunMsTraceCases::composedInbound()
{
    TraceFixture fixture;
    QVERIFY2(
        fixture.load(mx1(
            sun("27-Mar-2024 09:14:01.88", "6a1c.4.0", "tcp_local", "+", "O TCP|192.0.2.80|25|192.0.2.25|51544 SMTP")
            + sun("27-Mar-2024 09:14:02.31", "6a1c.4.1", "tcp_local", "ims-ms",
                "EES 48 taro@example.net rfc822;hanako@example.jp hanako@ims-ms-daemon "
                "/opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00 "
                "<20240327001400.1A2B@mail.example.net> esa1.example.jp (esa1.example.jp [192.0.2.25])")
            + sun("27-Mar-2024 09:14:02.57", "6a1c.4.2", "tcp_local", "+", "C TCP|192.0.2.80|25|192.0.2.25|51544 SMTP")
            + sun("27-Mar-2024 09:14:02.90", "1f0b.3.7", "ims-ms", "",
                "D 48 taro@example.net rfc822;hanako@example.jp hanako@ims-ms-daemon "
                "/opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00 "
                "<20240327001400.1A2B@mail.example.net>"))),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("mx1", "20240327001400.1A2B@mail.example.net");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(describe(fixture, message.inbound), u"6a1c.4 inbound 192.0.2.25 esa1.example.jp"_s);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[message.inbound]).size(), 3u);
    QCOMPARE(fixture.recipients(m), u"hanako@ims-ms-daemon=delivered"_s);
    QCOMPARE(originalOf(fixture, m, "hanako@ims-ms-daemon"), u"hanako@example.jp"_s);
    QCOMPARE(lastAttempt(fixture, m, "hanako@ims-ms-daemon")->connection, NoIndex); // the store's thread has no O
    QCOMPARE(message.size, 48u);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(fixture.find("hanako@example.jp"), std::vector<std::uint32_t> { m });
    QCOMPARE(fixture.find("192.0.2.25"), std::vector<std::uint32_t> { m });
}

// Threads are told apart by their whole name, whatever its length: two connections open at once on threads whose
// names differ only in their last byte, both longer than eight bytes (the longest kept as a key of its bytes), and
// one of exactly eight.
void TestSunMsTraceCases::threadsOfEveryLength()
{
    const auto session = [](const char* thread, const char* peer, const char* id, const char* rcpt, int second) {
        const QByteArray at = "27-Mar-2024 09:14:0" + QByteArray::number(second);
        const QByteArray process = QByteArray(thread);
        const auto entry = [&](const char* hundredths, const char* sequence, const char* dst, const QByteArray& rest) {
            return sun(QByteArray(at + hundredths).constData(), QByteArray(process + sequence).constData(), "tcp_local", dst, rest);
        };
        const QByteArray open = entry(".10", ".0", "+", "O TCP|192.0.2.80|25|" + QByteArray(peer) + "|51544 SMTP");
        const QByteArray enqueue = entry(".20", ".1", "ims-ms",
            "EES 48 taro@example.net rfc822;" + QByteArray(rcpt) + " " + QByteArray(rcpt) + " <" + QByteArray(id) + ">");
        const QByteArray close = entry(".30", ".2", "+", "C TCP|192.0.2.80|25|" + QByteArray(peer) + "|51544 SMTP");
        return std::array<QByteArray, 3> { open, enqueue, close };
    };
    const auto a = session("1e4880a.123", "192.0.2.1", "a@example.net", "a@example.jp", 1);
    const auto b = session("1e4880a.124", "192.0.2.2", "b@example.net", "b@example.jp", 1);
    const auto c = session("1e488.12", "192.0.2.3", "c@example.net", "c@example.jp", 1);
    TraceFixture fixture;
    // interleaved: each thread's entries between the others'
    QVERIFY2(fixture.load(mx1(a[0] + b[0] + c[0] + b[1] + a[1] + c[1] + a[2] + c[2] + b[2])), qPrintable(fixture.error));

    const std::uint32_t ma = fixture.message("mx1", "a@example.net");
    const std::uint32_t mb = fixture.message("mx1", "b@example.net");
    const std::uint32_t mc = fixture.message("mx1", "c@example.net");
    QVERIFY(ma != NoIndex && mb != NoIndex && mc != NoIndex);
    QCOMPARE(describe(fixture, fixture.graph.messages[ma].inbound), u"1e4880a.123 inbound 192.0.2.1 "_s);
    QCOMPARE(describe(fixture, fixture.graph.messages[mb].inbound), u"1e4880a.124 inbound 192.0.2.2 "_s);
    QCOMPARE(describe(fixture, fixture.graph.messages[mc].inbound), u"1e488.12 inbound 192.0.2.3 "_s);
    for (const std::uint32_t m : { ma, mb, mc })
        QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[fixture.graph.messages[m].inbound]).size(), 3u);
}

// formats.md 3.8: outbound with a retry, a J rejection and a notification "<notice>,<original>" logged before
// the original's R (whose enqueue is not in the log).
void TestSunMsTraceCases::composedOutbound()
{
    TraceFixture fixture;
    QVERIFY2(
        fixture.load(
            mx1(sun("27-Mar-2024 10:00:05.12", "", "tcp_intranet", "tcp_local",
                    "EE 3 jiro@example.jp rfc822;ken@partner.example ken@partner.example "
                    "/opt/sun/comms/messaging64/data/queue/tcp_local/004/ZZh7J8k9L0m1N.00 <0SA900F1@example.jp>")
                + sun("27-Mar-2024 10:00:09.40", "", "tcp_local", "",
                    "Q 0 jiro@example.jp rfc822;ken@partner.example ken@partner.example "
                    "/opt/sun/comms/messaging64/data/queue/tcp_local/004/ZZh7J8k9L0m1N.00 <0SA900F1@example.jp> "
                    "TCP active open: Failed connect()    Error: Connection refused")
                + sun("27-Mar-2024 10:30:11.02", "", "tcp_local", "",
                    "DE 3 jiro@example.jp rfc822;ken@partner.example ken@partner.example "
                    "/opt/sun/comms/messaging64/data/queue/tcp_local/004/ZYh7J8k9L0m1N.00 <0SA900F1@example.jp> "
                    "dns;mx.partner.example (TCP|192.0.2.61|40112|203.0.113.50|25) (mx.partner.example ESMTP) smtp;250 "
                    "2.0.0 Ok: queued as 4VbTQx5pW1z3y0C")
                + sun("27-Mar-2024 10:41:33.50", "", "tcp_local", "",
                    "J 0 x@example.org rfc822;nobody@example.jp  550 5.1.1 unknown or illegal alias: nobody@example.jp")
                + sun("27-Mar-2024 11:05:02.77", "", "tcp_local", "process",
                    "E 1  rfc822;jiro@example.jp jiro@example.jp "
                    "/opt/sun/comms/messaging64/data/queue/process/001/ZZp2Q3r4S5t6U.00 "
                    "<0SA9011Z@example.jp>,<0SA900F7@example.jp>")
                + sun("27-Mar-2024 11:05:03.10", "", "tcp_local", "",
                    "RE 2 jiro@example.jp rfc822;bad@partner.example bad@partner.example "
                    "/opt/sun/comms/messaging64/data/queue/tcp_local/006/ZZv5W6x7Y8z9B.00 <0SA900F7@example.jp> "
                    "dns;mx.partner.example (TCP|192.0.2.61|40131|203.0.113.50|25) (mx.partner.example ESMTP) smtp;550 "
                    "5.1.1 No such user"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 4u);
    const std::uint32_t sent = fixture.message("mx1", "0SA900F1@example.jp");
    QVERIFY(sent != NoIndex);
    QCOMPARE(fixture.recipients(sent), u"ken@partner.example=delivered"_s);
    QCOMPARE(fixture.attempts(sent, "ken@partner.example"), u"deferred,delivered"_s);
    const Attempt* delivery = lastAttempt(fixture, sent, "ken@partner.example");
    QCOMPARE(delivery->replyEvent, delivery->event);
    QCOMPARE(fixture.field(delivery->replyEvent, FieldKey::NextHopId), u"4VbTQx5pW1z3y0C"_s);
    QCOMPARE(fixture.field(delivery->event, FieldKey::PeerIp), u"203.0.113.50"_s);
    QVERIFY(fixture.graph.messages[sent].has(Message::Finished));
    QCOMPARE(fixture.find("ZYh7J8k9L0m1N.00"), std::vector<std::uint32_t> { sent });

    const std::vector<std::uint32_t> refused = fixture.find("nobody@example.jp");
    QCOMPARE(refused.size(), 1u);
    QVERIFY(fixture.graph.messages[refused[0]].has(Message::RejectedAttempt));
    QCOMPARE(fixture.recipients(refused[0]), u"nobody@example.jp=rejected"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[refused[0]].sender), u"x@example.org"_s);

    const std::uint32_t notice = fixture.message("mx1", "0SA9011Z@example.jp");
    const std::uint32_t original = fixture.message("mx1", "0SA900F7@example.jp");
    QVERIFY(notice != NoIndex && original != NoIndex);
    QVERIFY(fixture.graph.messages[notice].has(Message::Notification));
    QVERIFY(fixture.graph.messages[notice].has(Message::NullSender));
    QVERIFY(!fixture.graph.messages[notice].has(Message::Finished)); // still in the process channel
    QCOMPARE(fixture.recipients(notice), u"jiro@example.jp=unknown"_s);
    QCOMPARE(fixture.recipients(original), u"bad@partner.example=bounced"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[original].sender), u"jiro@example.jp"_s);
    QCOMPARE(fixture.linksFrom(original), QStringList { u"notification>0SA9011Z@example.jp@mx1(logged)"_s });
    QCOMPARE(fixture.linksTo(notice), QStringList { u"notification>0SA900F7@example.jp@mx1(logged)"_s });
}

// formats.md 3.8's enqueue in XML (LOG_FORMAT=4): the Message-ID is logged without brackets; with its
// connection entries, a header entry and the store's delivery.
void TestSunMsTraceCases::composedXml()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(mx1("<co ts=\"2024-03-27T09:14:01.88\" pi=\"6a1c.4.0\" sc=\"tcp_local\" dr=\"+\" ac=\"O\" "
                              "tr=\"TCP|192.0.2.80|25|192.0.2.25|51544\" ap=\"SMTP\"/>\n"
                              "<en ts=\"2024-03-27T09:14:02.31\" pi=\"6a1c.4.1\" sc=\"tcp_local\" dc=\"ims-ms\" "
                              "ac=\"EES\" sz=\"48\" so=\"taro@example.net\" "
                              "od=\"rfc822;hanako@example.jp\" de=\"hanako@ims-ms-daemon\" "
                              "mi=\"&lt;20240327001400.1A2B@mail.example.net&gt;\" "
                              "ss=\"esa1.example.jp (esa1.example.jp [192.0.2.25])\"/>\n"
                              "<he ts=\"2024-03-27T09:14:02.31\" pi=\"6a1c.4.1\" va=\"Subject: Quarterly report\"/>\n"
                              "<co ts=\"2024-03-27T09:14:02.57\" pi=\"6a1c.4.2\" sc=\"tcp_local\" dr=\"+\" ac=\"C\" "
                              "tr=\"TCP|192.0.2.80|25|192.0.2.25|51544\" ap=\"SMTP\"/>\n"
                              "<en ts=\"2024-03-27T09:14:02.90\" pi=\"1f0b.3.7\" sc=\"ims-ms\" ac=\"D\" sz=\"48\" "
                              "so=\"taro@example.net\" od=\"rfc822;hanako@example.jp\" "
                              "de=\"hanako@ims-ms-daemon\" mi=\"&lt;20240327001400.1A2B@mail.example.net&gt;\"/>\n")),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const std::uint32_t m = fixture.message("mx1", "20240327001400.1A2B@mail.example.net");
    QCOMPARE(m, 0u);
    QCOMPARE(fixture.text(fixture.graph.messages[m].messageId), u"20240327001400.1A2B@mail.example.net"_s);
    QCOMPARE(describe(fixture, fixture.graph.messages[m].inbound), u"6a1c.4 inbound 192.0.2.25 esa1.example.jp"_s);
    QCOMPARE(
        fixture.lines(m), QStringList({ u"mail.log_current:2"_s, u"mail.log_current:3"_s, u"mail.log_current:5"_s }));
    QCOMPARE(fixture.recipients(m), u"hanako@ims-ms-daemon=delivered"_s);
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));
    QCOMPARE(fixture.find("<20240327001400.1A2B@mail.example.net>"), std::vector<std::uint32_t> { m });
}

// The bundled sample of mx1.example.net (resources/samples/README.md).
void TestSunMsTraceCases::sampleLog()
{
    TraceFixture fixture;
    QVERIFY2(fixture.loadPaths({ QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/sun/mail.log_current") }),
        qPrintable(fixture.error));
    const QByteArrayView host = "sun"; // the folder names the host

    // Inbound at 09:06: + O / EES into ims-ms / + C / D.
    const std::uint32_t inbound = fixture.message(host, "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@partner.example");
    QVERIFY(inbound != NoIndex);
    QCOMPARE(describe(fixture, fixture.graph.messages[inbound].inbound),
        u"5d21.3 inbound 203.0.113.51 smtp.partner.example"_s);
    QCOMPARE(fixture.recipients(inbound), u"taro@ims-ms-daemon=delivered"_s);
    QCOMPARE(originalOf(fixture, inbound, "taro@ims-ms-daemon"), u"taro@example.net"_s);

    // The cross-hop message: k.ito bounced (its notice linked), hanako delivered to MID 30011.
    const std::uint32_t crossHop = fixture.message(host, "20240327001400.1A2B@mail.example.net");
    QVERIFY(crossHop != NoIndex);
    const Message& message = fixture.graph.messages[crossHop];
    QCOMPARE(fixture.text(message.sender), u"taro@example.net"_s);
    QCOMPARE(describe(fixture, message.inbound), u"5d21.5 inbound 198.51.100.41 mail.example.net"_s);
    QCOMPARE(fixture.recipients(crossHop), u"hanako@example.jp=delivered,k.ito@example.jp=bounced"_s);
    QCOMPARE(message.outcome, Outcome::Bounced);
    QVERIFY(message.has(Message::Finished));
    const Attempt* hanako = lastAttempt(fixture, crossHop, "hanako@example.jp");
    QCOMPARE(fixture.field(hanako->replyEvent, FieldKey::NextHopId), u"30011"_s);
    QCOMPARE(describe(fixture, hanako->connection), u"6e04.2 outbound 192.0.2.25 esa1.example.jp"_s);
    QCOMPARE(lastAttempt(fixture, crossHop, "k.ito@example.jp")->connection, hanako->connection);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[hanako->connection]).size(), 4u); // - O, R, DE, - C
    QCOMPARE(
        fixture.linksFrom(crossHop), QStringList { u"notification>0SAY00H2R1TQ5C10@mx1.example.net@sun(logged)"_s });

    // The notice: to taro and a copy to postmaster, both delivered from process into ims-ms.
    const std::uint32_t notice = fixture.message(host, "0SAY00H2R1TQ5C10@mx1.example.net");
    QVERIFY(notice != NoIndex);
    QVERIFY(fixture.graph.messages[notice].has(Message::Notification));
    QVERIFY(fixture.graph.messages[notice].has(Message::NullSender));
    QVERIFY(fixture.graph.messages[notice].has(Message::Finished));
    QCOMPARE(fixture.recipients(notice), u"taro@ims-ms-daemon=delivered,postmaster@ims-ms-daemon=delivered"_s);
    QCOMPARE(originalOf(fixture, notice, "postmaster@ims-ms-daemon"), u"postmaster@example.net"_s);
    QCOMPARE(fixture.lines(notice).size(), 6);

    // Q at 09:40 (ZZr1Tn6Vx3Bk9.00), then DE at 10:10 (ZYr1Tn6Vx3Bk9.00) between - O and - C.
    const std::uint32_t retried = fixture.message(host, "0SAY00J7W2PB4N40@mail.example.net");
    QVERIFY(retried != NoIndex);
    QCOMPARE(fixture.attempts(retried, "ken@partner.example"), u"deferred,delivered"_s);
    const Attempt* ken = lastAttempt(fixture, retried, "ken@partner.example");
    QCOMPARE(fixture.field(ken->replyEvent, FieldKey::NextHopId), u"4VbVF26Qshz2GXJ"_s);
    QCOMPARE(describe(fixture, ken->connection), u"6e04.5 outbound 203.0.113.50 mx.partner.example"_s);
    QCOMPARE(
        fixture.graph.attemptsOf(*recipientOf(fixture, retried, "ken@partner.example")).front().connection, NoIndex);
    QCOMPARE(fixture.find("ZZr1Tn6Vx3Bk9.00"), std::vector<std::uint32_t> { retried });

    // The J rejection of nobody@example.net, findable by address and by the client.
    const std::vector<std::uint32_t> refused = fixture.find("nobody@example.net");
    QCOMPARE(refused.size(), 1u);
    QVERIFY(fixture.graph.messages[refused[0]].has(Message::RejectedAttempt));
    QCOMPARE(fixture.recipients(refused[0]), u"nobody@example.net=rejected"_s);
    QCOMPARE(describe(fixture, fixture.graph.messages[refused[0]].inbound), u"5d21.6 inbound 203.0.113.9 "_s);
    QCOMPARE(fixture.find("203.0.113.9"), refused);

    // The conversion hop at 11:05: one message (same Message-ID), delivered only by ims-ms.
    const std::uint32_t converted = fixture.message(host, "d41e77a0-52c9-4f18-b3e6-9c0a7d5e2f13@example.com");
    QVERIFY(converted != NoIndex);
    QCOMPARE(fixture.lines(converted).size(), 4);
    QCOMPARE(fixture.recipients(converted), u"taro@ims-ms-daemon=delivered"_s);
    QCOMPARE(originalOf(fixture, converted, "taro@ims-ms-daemon"), u"taro@example.net"_s);
    QCOMPARE(fixture.attempts(converted, "taro@ims-ms-daemon"), u"delivered"_s);
    QCOMPARE(fixture.where(lastAttempt(fixture, converted, "taro@ims-ms-daemon")->event), u"mail.log_current:34"_s);
    QCOMPARE(describe(fixture, fixture.graph.messages[converted].inbound),
        u"5d21.3 inbound 198.51.100.26 out1.example.com"_s);
    QVERIFY(
        fixture.graph.messages[converted].inbound != fixture.graph.messages[inbound].inbound); // the thread was reused

    QCOMPARE(fixture.graph.messages.size(), 6u);
    QCOMPARE(fixture.graph.connections.size(), 7u);
}

// The same Message-ID on a later day (a resend) is a new message; so is one long after an unfinished one.
void TestSunMsTraceCases::messageIdReusedLater()
{
    TraceFixture fixture;
    const char* e = "E 5 yuki@example.net rfc822;ken@partner.example ken@partner.example <resent.1@example.net>";
    const char* d = "D 5 yuki@example.net rfc822;ken@partner.example ken@partner.example <resent.1@example.net> "
                    "dns;mx.partner.example (TCP|198.51.100.40|40112|203.0.113.50|25) (mx.partner.example ESMTP) "
                    "smtp;250 2.0.0 Ok";
    QVERIFY2(fixture.load(mx1(sun("27-Mar-2024 09:00:00.00", "", "tcp_submit", "tcp_local", e)
                 + sun("27-Mar-2024 09:00:03.00", "", "tcp_local", "", d)
                 + sun("28-Mar-2024 14:00:00.00", "", "tcp_submit", "tcp_local", e)
                 + sun("28-Mar-2024 14:00:01.00", "", "tcp_local", "",
                     (QByteArray(d).replace("D 5", "Q 5").replace(" dns;", " TCP active open: Failed connect() x")))
                 + sun("28-Mar-2024 18:00:01.00", "", "tcp_local", "", d))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    const std::vector<std::uint32_t> both = fixture.find("resent.1@example.net");
    QCOMPARE(both, std::vector<std::uint32_t>({ 0, 1 }));
    QCOMPARE(fixture.lines(0), QStringList({ u"mail.log_current:1"_s, u"mail.log_current:2"_s }));
    QCOMPARE(fixture.attempts(0, "ken@partner.example"), u"delivered"_s);
    QCOMPARE(
        fixture.lines(1), QStringList({ u"mail.log_current:3"_s, u"mail.log_current:4"_s, u"mail.log_current:5"_s }));
    QCOMPARE(fixture.attempts(1, "ken@partner.example"), u"deferred,delivered"_s);
    QVERIFY(fixture.graph.messages[0].has(Message::Finished));
    QVERIFY(fixture.graph.messages[1].has(Message::Finished));

    // Never finished (the log lost its D), and the Message-ID comes back nine days later.
    TraceFixture stuck;
    const char* q = "Q 5 yuki@example.net rfc822;ken@partner.example ken@partner.example <stuck.2@example.net> TCP "
                    "active open: Failed connect()";
    QVERIFY2(stuck.load(mx1(sun("01-Apr-2024 09:00:00.00", "", "tcp_submit", "tcp_local",
                                QByteArray(e).replace("resent.1", "stuck.2"))
                 + sun("01-Apr-2024 09:00:05.00", "", "tcp_local", "", q)
                 + sun("10-Apr-2024 09:00:00.00", "", "tcp_submit", "tcp_local",
                     QByteArray(e).replace("resent.1", "stuck.2"))
                 + sun("10-Apr-2024 09:00:05.00", "", "tcp_local", "", q))),
        qPrintable(stuck.error));
    QCOMPARE(stuck.find("stuck.2@example.net"), std::vector<std::uint32_t>({ 0, 1 }));
    QCOMPARE(stuck.attempts(0, "ken@partner.example"), u"deferred"_s);
    QCOMPARE(stuck.attempts(1, "ken@partner.example"), u"deferred"_s);
}

// One message to four recipients: delivered to the store, bounced remotely, retried over hours, still queued.
void TestSunMsTraceCases::mixedOutcomes()
{
    TraceFixture fixture;
    const auto entry = [](const char* action, const char* rcpt, const char* rest = "") -> QByteArray {
        return (
            QByteArray(action) + " 7 taro@example.net rfc822;" + rcpt + ' ' + rcpt + " <mixed.7@example.net>" + rest);
    };
    QByteArray log = sun(
        "27-Mar-2024 09:00:00.00", "5d21.7.0", "tcp_submit", "+", "O TCP|198.51.100.40|587|198.51.100.41|50999 SMTP");
    for (const char* rcpt : { "hanako@example.net", "gone@partner.example", "slow@far.example", "late@far.example" })
        log += sun("27-Mar-2024 09:00:01.00", "5d21.7.1", "tcp_submit",
            QByteArrayView(rcpt).endsWith("example.net") ? "ims-ms" : "tcp_local",
            entry("EEA", rcpt, " mail.example.net (mail.example.net [198.51.100.41])"));
    log += sun(
        "27-Mar-2024 09:00:01.50", "5d21.7.2", "tcp_submit", "+", "C TCP|198.51.100.40|587|198.51.100.41|50999 SMTP");
    log += sun("27-Mar-2024 09:00:02.00", "5d88.2.1", "ims-ms", "", entry("D", "hanako@example.net"));
    log += sun("27-Mar-2024 09:00:03.00", "6e04.9.0", "tcp_local", "-",
        "O TCP|198.51.100.40|41000|203.0.113.50|25 SMTP/partner.example/mx.partner.example");
    log += sun("27-Mar-2024 09:00:04.00", "6e04.9.1", "tcp_local", "",
        entry("RE", "gone@partner.example",
            " dns;mx.partner.example (TCP|198.51.100.40|41000|203.0.113.50|25) (mx ESMTP) smtp;550 5.1.1 No such "
            "user"));
    log += sun("27-Mar-2024 09:00:05.00", "6e04.9.2", "tcp_local", "-",
        "C TCP|198.51.100.40|41000|203.0.113.50|25 SMTP/partner.example/mx.partner.example");
    for (const char* time : { "27-Mar-2024 09:00:06.00", "27-Mar-2024 11:00:06.00" }) {
        log += sun(time, "", "tcp_local", "",
            entry("Q", "slow@far.example", " TCP active open: Failed connect()    Error: Connection refused"));
        log += sun(time, "", "tcp_local", "",
            entry("Q", "late@far.example", " TCP active open: Failed connect()    Error: Connection refused"));
    }
    log += sun("27-Mar-2024 15:30:00.00", "", "tcp_local", "",
        entry("DE", "slow@far.example",
            " dns;mx.far.example (TCP|198.51.100.40|41100|192.0.2.99|25) (far ESMTP) smtp;250 2.0.0 Ok: queued as "
            "4VbXYZ1abcz9QQQ"));
    QVERIFY2(fixture.load(mx1(log)), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const std::uint32_t m = fixture.message("mx1", "mixed.7@example.net");
    QCOMPARE(m, 0u);
    QCOMPARE(fixture.recipients(m),
        u"hanako@example.net=delivered,gone@partner.example=bounced,slow@far.example=delivered,late@far.example=deferred"_s);
    QCOMPARE(fixture.attempts(m, "slow@far.example"), u"deferred,deferred,delivered"_s);
    QCOMPARE(fixture.attempts(m, "late@far.example"), u"deferred,deferred"_s);
    QCOMPARE(fixture.graph.messages[m].outcome, Outcome::Bounced);
    QVERIFY(!fixture.graph.messages[m].has(Message::Finished)); // late@far.example is still queued
    QCOMPARE(describe(fixture, fixture.graph.messages[m].inbound), u"5d21.7 inbound 198.51.100.41 mail.example.net"_s);
    QCOMPARE(describe(fixture, lastAttempt(fixture, m, "gone@partner.example")->connection),
        u"6e04.9 outbound 203.0.113.50 mx.partner.example"_s);
    QCOMPARE(lastAttempt(fixture, m, "slow@far.example")->connection, NoIndex);
    QCOMPARE(fixture.field(lastAttempt(fixture, m, "slow@far.example")->replyEvent, FieldKey::NextHopId),
        u"4VbXYZ1abcz9QQQ"_s);
    QCOMPARE(fixture.lines(m).size(), 11);
}

// Without LOG_MESSAGE_ID the queue file stands for the message: ZZ... and ZY... are one file, and a new
// name on a later attempt is still found by the envelope queued in that channel.
void TestSunMsTraceCases::queueFileWithoutMessageId()
{
    TraceFixture fixture;
    const char* env = " taro@example.net rfc822;hanako@example.jp hanako@example.jp "
                      "/opt/sun/comms/messaging64/data/queue/tcp_local/012/";
    const auto line = [env](const char* action, const char* file, const char* rest = "") -> QByteArray {
        return QByteArray(action) + env + file + rest;
    };
    QVERIFY2(fixture.load(
                 mx1(sun("27-Mar-2024 09:00:00.00", "", "tcp_submit", "tcp_local", line("EEA 4", "ZZb7Hn3Kp9Xc2.00"))
                     + sun("27-Mar-2024 09:00:05.00", "", "tcp_local", "",
                         line("Q 0", "ZZb7Hn3Kp9Xc2.00", " TCP active open: Failed connect()"))
                     + sun("27-Mar-2024 09:30:05.00", "", "tcp_local", "",
                         line("Q 0", "ZYb7Hn3Kp9Xc2.00", " TCP active open: Failed connect()"))
                     + sun("27-Mar-2024 10:30:05.00", "", "tcp_local", "",
                         line("Q 0", "ZXq9Rt5Uv1Wx3.00", " TCP active open: Failed connect()"))
                     + sun("27-Mar-2024 11:30:05.00", "", "tcp_local", "",
                         line("DE 4", "ZWq9Rt5Uv1Wx3.00",
                             " dns;esa1.example.jp (TCP|198.51.100.40|41220|192.0.2.25|25) (esa1 ESMTP) smtp;250 ok:  "
                             "Message 30099 accepted")))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const Message& message = fixture.graph.messages[0];
    QCOMPARE(message.idKey, FieldKey::QueueFile);
    QCOMPARE(fixture.text(message.id), u"b7Hn3Kp9Xc2.00"_s);
    QCOMPARE(fixture.attempts(0, "hanako@example.jp"), u"deferred,deferred,deferred,delivered"_s);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(fixture.find("ZWq9Rt5Uv1Wx3.00"), std::vector<std::uint32_t> { 0 });
}

// Neither Message-ID nor queue file (the manual's 21-1 options): the E entries of one enqueue (same sender,
// channel and time) are one message, each D finds its copy by (from, orig-rcpt) in its channel (the oldest
// first), and a later message from the same sender to the same address is another message.
void TestSunMsTraceCases::envelopeOnly()
{
    TraceFixture fixture;
    QVERIFY2(
        fixture.load(mx1(sun("27-Mar-2024 09:00:00.10", "", "l", "tcp_local",
                             "E 1 adam@example.net rfc822;a@partner.example a@partner.example")
            + sun("27-Mar-2024 09:00:00.10", "", "l", "tcp_local",
                "E 1 adam@example.net rfc822;b@partner.example b@partner.example")
            + sun("27-Mar-2024 09:00:30.00", "", "l", "tcp_local",
                "E 1 adam@example.net rfc822;a@partner.example a@partner.example")
            + sun("27-Mar-2024 09:00:59.00", "", "tcp_local", "-",
                "O TCP|198.51.100.40|41000|203.0.113.50|25 SMTP/partner.example/mx.partner.example")
            + sun("27-Mar-2024 09:01:00.00", "", "tcp_local", "",
                "D 1 adam@example.net rfc822;b@partner.example b@partner.example dns;mx.partner.example "
                "(TCP|198.51.100.40|41000|203.0.113.50|25) smtp;250 ok")
            + sun("27-Mar-2024 09:01:00.50", "", "tcp_local", "-",
                "C TCP|198.51.100.40|41000|203.0.113.50|25 SMTP/partner.example/mx.partner.example")
            + sun("27-Mar-2024 09:01:01.00", "", "tcp_local", "",
                "R 1 adam@example.net rfc822;a@partner.example a@partner.example dns;mx.partner.example smtp;550 no")
            + sun("27-Mar-2024 09:01:02.00", "", "tcp_local", "",
                "D 1 adam@example.net rfc822;a@partner.example a@partner.example dns;mx.partner.example smtp;250 ok"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    QCOMPARE(fixture.recipients(0), u"a@partner.example=bounced,b@partner.example=delivered"_s);
    QCOMPARE(fixture.lines(0),
        QStringList(
            { u"mail.log_current:1"_s, u"mail.log_current:2"_s, u"mail.log_current:5"_s, u"mail.log_current:7"_s }));
    QCOMPARE(fixture.recipients(1), u"a@partner.example=delivered"_s);
    QCOMPARE(fixture.lines(1), QStringList({ u"mail.log_current:3"_s, u"mail.log_current:8"_s }));
    // Without LOG_PROCESS the D names the endpoints of the - O before it.
    QCOMPARE(fixture.graph.connections.size(), 1u);
    QCOMPARE(lastAttempt(fixture, 0, "b@partner.example")->connection, 0u);
    QCOMPARE(describe(fixture, 0), u" outbound 203.0.113.50 mx.partner.example"_s);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[0]).size(), 3u);
    QCOMPARE(lastAttempt(fixture, 0, "a@partner.example")->connection, NoIndex); // no endpoints logged
    QVERIFY(fixture.graph.messages[0].has(Message::Finished));
    QVERIFY(fixture.graph.messages[1].has(Message::Finished));
}

// Refusals without a queued message: two J entries of one session (one sender) form one attempt, found by
// the client; a connection refused at connect (+ X) is an attempt of its own.
void TestSunMsTraceCases::rejectedSession()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(mx1(sun("27-Mar-2024 12:00:00.00", "5d21.8.0", "tcp_local", "+",
                                  "O TCP|198.51.100.40|25|203.0.113.77|40001 SMTP")
                 + sun("27-Mar-2024 12:00:01.00", "5d21.8.1", "tcp_local", "",
                     "J 0 spam@bulk.example rfc822;a@example.net  550 5.1.1 unknown or illegal alias: a@example.net")
                 + sun("27-Mar-2024 12:00:01.50", "5d21.8.2", "tcp_local", "",
                     "J 0 spam@bulk.example rfc822;b@example.net  550 5.1.1 unknown or illegal alias: b@example.net")
                 + sun("27-Mar-2024 12:00:02.00", "5d21.8.3", "tcp_local", "+",
                     "C TCP|198.51.100.40|25|203.0.113.77|40001 SMTP")
                 + sun("27-Mar-2024 12:05:00.00", "5d21.8.4", "tcp_local", "+",
                     "X TCP|198.51.100.40|25|203.0.113.78|40002 SMTP"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    const std::vector<std::uint32_t> session = fixture.find("203.0.113.77");
    QCOMPARE(session.size(), 1u);
    const Message& attempt = fixture.graph.messages[session[0]];
    QVERIFY(attempt.has(Message::RejectedAttempt));
    QCOMPARE(fixture.text(attempt.sender), u"spam@bulk.example"_s);
    QCOMPARE(fixture.recipients(session[0]), u"a@example.net=rejected,b@example.net=rejected"_s);
    QCOMPARE(fixture.find("b@example.net"), session);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[attempt.inbound]).size(), 4u);

    const std::vector<std::uint32_t> refused = fixture.find("203.0.113.78");
    QCOMPARE(refused.size(), 1u);
    QVERIFY(fixture.graph.messages[refused[0]].has(Message::RejectedAttempt));
    QCOMPARE(fixture.graph.messages[refused[0]].outcome, Outcome::Rejected);
    QVERIFY(!fixture.graph.messages[refused[0]].has(Message::NullSender));
}

QTEST_GUILESS_MAIN(TestSunMsTraceCases)
#include "tst_sunmstracecases.moc"
