// Tracing Sun Java System / Oracle Messaging Server messages: the manual's examples 21-1 .. 21-10 (seed 001).
#include "sunmstracetesting.h"

#include <QTest>

using namespace SunMsTraceTesting;

class TestSunMsTrace : public QObject
{
    Q_OBJECT

private slots:
    void seedSendOut();
    void seedListExpansion();
    void seedBadDomainBounce();
    void seedRemoteUserBounce();
    void seedRelayRefused();
    void seedRetries();
    void seedConversion();
    void seedOutboundConnections();
    void seedInboundConnection();
};

// 21-1 (no optional fields) and 21-2 (LOG_FILENAME, LOG_MESSAGE_ID; the D names "Z01..." for "ZZ01...").
void TestSunMsTrace::seedSendOut()
{
    TraceFixture fixture;
    QVERIFY2(
        fixture.load(mx1(sun("19-Jan-1998 19:16:57.64", "", "l", "tcp_local",
                             "E 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com")
            + sun("19-Jan-1998 19:17:01.16", "", "tcp_local", "",
                "D 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com dns;thor.siroe.com "
                "(TCP|206.184.139.12|2788|192.160.253.66|25) "
                "(THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694]) smtp;250 2.1.5 marlowe@siroe.com and options OK.")
            + sun("20-Jan-1998 19:16:57.64", "", "l", "tcp_local",
                "E 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com "
                "/imta/queue/tcp_local/ZZ01ISKLSKLZLI90N15M.00 "
                "<01ISKLSKC2QC90N15M@sesta.com>")
            + sun("20-Jan-1998 19:17:01.16", "", "tcp_local", "",
                "D 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com "
                "/imta/queue/tcp_local/Z01ISKLSKLZLI90N15M.00 "
                "<01ISKLSKC2QC90N15M@sesta.com> dns;thor.siroe.com (TCP|206.184.139.12|2788|192.160.253.66|25) "
                "(THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694]) smtp;250 2.1.5 marlowe@siroe.com and options OK."))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    // 21-1: no Message-ID, no file: the envelope joins E and D.
    const std::uint32_t plain = 0;
    QCOMPARE(fixture.graph.messages[plain].id, 0u);
    QCOMPARE(fixture.lines(plain), QStringList({ u"mail.log_current:1"_s, u"mail.log_current:2"_s }));
    QCOMPARE(fixture.recipients(plain), u"marlowe@siroe.com=delivered"_s);
    QVERIFY(fixture.graph.messages[plain].has(Message::Finished));
    const Attempt* delivery = lastAttempt(fixture, plain, "marlowe@siroe.com");
    QVERIFY(delivery);
    QCOMPARE(delivery->connection, NoIndex); // no LOG_PROCESS: no connection, but the peer is in the entry
    QCOMPARE(fixture.field(delivery->event, FieldKey::PeerIp), u"192.160.253.66"_s);

    const std::uint32_t named = fixture.message("mx1", "01ISKLSKC2QC90N15M@sesta.com");
    QVERIFY(named != NoIndex);
    QCOMPARE(fixture.graph.messages[named].idKey, FieldKey::MessageId);
    QCOMPARE(fixture.text(fixture.graph.messages[named].messageId), u"01ISKLSKC2QC90N15M@sesta.com"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[named].sender), u"adam@sesta.com"_s);
    QCOMPARE(fixture.graph.messages[named].size, 1u);
    QCOMPARE(fixture.lines(named), QStringList({ u"mail.log_current:3"_s, u"mail.log_current:4"_s }));
    QCOMPARE(fixture.recipients(named), u"marlowe@siroe.com=delivered"_s);
    QCOMPARE(fixture.find("<01ISKLSKC2QC90N15M@sesta.com>"), std::vector<std::uint32_t> { named });
}

// 21-3: adam@sesta.com to test-list@sesta.com, expanded to bob (channel l), carol and david (tcp_local).
void TestSunMsTrace::seedListExpansion()
{
    TraceFixture fixture;
    const char* gw = " <01ISKND2H8MS90N15M@sesta.com> dns;gw.varrius.com (TCP|206.184.139.12|2788|192.160.253.66|25) "
                     "(gw.varrius.com -- SMTP Sendmail) smtp;250 OK.";
    QVERIFY2(fixture.load(mx1(sun("19-Jan-1998 20:01:44.10", "", "l", "l",
                                  "E 1 adam@sesta.com rfc822;test-list@sesta.com bob "
                                  "imta/queue/l/ZZ01ISKND3DE1K90N15M.00 <01ISKND2H8MS90N15M@sesta.com>")
                 + sun("19-Jan-1998 20:01:44.81", "", "l", "tcp_local",
                     "E 1 adam@sesta.com rfc822;test-list@sesta.com carol@varrius.com "
                     "imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00 "
                     "<01ISKND2H8MS90N15M@sesta.com>")
                 + sun("19-Jan-1998 20:01:44.81", "", "l", "tcp_local",
                     "E 1 adam@sesta.com rfc822;test-list@sesta.com david@varrius.com "
                     "imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00 "
                     "<01ISKND2H8MS90N15M@sesta.com>")
                 + sun("19-Jan-1998 20:01:50.69", "", "l", "",
                     "D 1 adam@sesta.com rfc822;test-list@sesta.com bob imta/queue/l/ZZ01ISKND3DE1K90N15M.00 "
                     "<01ISKND2H8MS90N15M@sesta.com>")
                 + sun("19-Jan-1998 20:01:57.36", "", "tcp_local", "",
                     QByteArray("D 1 adam@sesta.com rfc822;test-list@sesta.com carol@varrius.com "
                                "imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00")
                         .append(gw))
                 + sun("19-Jan-1998 20:02:06.14", "", "tcp_local", "",
                     QByteArray("D 1 adam@sesta.com rfc822;test-list@sesta.com david@varrius.com "
                                "imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00")
                         .append(gw)))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const std::uint32_t m = fixture.message("mx1", "01ISKND2H8MS90N15M@sesta.com");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.lines(m).size(), 6);
    QCOMPARE(fixture.recipients(m), u"bob=delivered,carol@varrius.com=delivered,david@varrius.com=delivered"_s);
    for (const char* member : { "bob", "carol@varrius.com", "david@varrius.com" }) {
        QCOMPARE(originalOf(fixture, m, member), u"test-list@sesta.com"_s);
        QCOMPARE(fixture.attempts(m, member), u"delivered"_s);
    }
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));
    QCOMPARE(fixture.find("test-list@sesta.com"), std::vector<std::uint32_t> { m });
    QCOMPARE(fixture.find("Carol@Varrius.com"), std::vector<std::uint32_t> { m });
}

// 21-4: a domain that does not exist. The bounce is enqueued to process with "<notice>,<original>" (and a
// copy for postmaster) before the original's R; the notice then goes to channel l and is delivered. The
// manual's last D names the notice "@SIROE.COM": its queue file still ties it to the notice.
void TestSunMsTrace::seedBadDomainBounce()
{
    TraceFixture fixture;
    QByteArray log = sun("19-JAN-1998 20:49:04", "", "l", "tcp_local",
        "E 1 adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com "
        "imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00 "
        "<01ISKP0RYMAS94DU0K@SESTA.COM>");
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" })
        log += sun("19-JAN-1998 20:49:33", "", "tcp_local", "process",
            QByteArray("E 1  rfc822;%1 %1 imta/queue/process/ZZ01ISKP0S0LVQ94DTZB.00 "
                       "<01ISKP22MW8894DTAS@SESTA.COM>,<01ISKP0RYMAS94DU0K@SESTA.COM>")
                .replace("%1", rcpt));
    log += sun("19-JAN-1998 20:50:07", "", "tcp_local", "",
        "R 1 adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com "
        "imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00 "
        "<01ISKP0RYMAS94DU0K@SESTA.COM> Illegal host/domain name found");
    log += sun("19-JAN-1998 20:50:08", "", "process", "l",
        "E 3  rfc822;adam@sesta.com adam imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 <01ISKP22MW8894DTAS@SESTA.COM>");
    log += sun("19-JAN-1998 20:50:08", "", "process", "l",
        "E 3  rfc822;postmaster@sesta.com postmaster imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 "
        "<01ISKP22MW8894DTAS@SESTA.COM>");
    log += sun("19-JAN-1998 20:50:12", "", "l", "",
        "D 3  rfc822;adam@sesta.com adam imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 <01ISKP22MW8894DTAS@SESTA.COM>");
    log += sun("19-JAN-1998 20:50:12", "", "l", "",
        "D 3  rfc822;postmaster@sesta.com postmaster imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 "
        "<01ISKP22MW8894DTAS@SIROE.COM>");
    QVERIFY2(fixture.load(mx1(log)), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    const std::uint32_t original = fixture.message("mx1", "01ISKP0RYMAS94DU0K@SESTA.COM");
    const std::uint32_t notice = fixture.message("mx1", "01ISKP22MW8894DTAS@SESTA.COM");
    QVERIFY(original != NoIndex && notice != NoIndex);
    QCOMPARE(fixture.message("mx1", "01ISKP22MW8894DTAS@SIROE.COM"), NoIndex);

    QCOMPARE(fixture.recipients(original), u"user@very.bogus.com=bounced"_s);
    QCOMPARE(fixture.graph.messages[original].outcome, Outcome::Bounced);
    QVERIFY(fixture.graph.messages[original].has(Message::Finished));
    QCOMPARE(fixture.lines(original), QStringList({ u"mail.log_current:1"_s, u"mail.log_current:4"_s }));
    QCOMPARE(fixture.linksFrom(original), QStringList { u"notification>01ISKP22MW8894DTAS@SESTA.COM@mx1(logged)"_s });

    const Message& n = fixture.graph.messages[notice];
    QVERIFY(n.has(Message::Notification));
    QVERIFY(n.has(Message::NullSender));
    QVERIFY(n.has(Message::Finished));
    QCOMPARE(fixture.recipients(notice), u"adam=delivered,postmaster=delivered"_s);
    QCOMPARE(originalOf(fixture, notice, "adam"), u"adam@sesta.com"_s);
    QCOMPARE(originalOf(fixture, notice, "postmaster"), u"postmaster@sesta.com"_s);
    QCOMPARE(fixture.lines(notice),
        QStringList({ u"mail.log_current:2"_s, u"mail.log_current:3"_s, u"mail.log_current:5"_s,
            u"mail.log_current:6"_s, u"mail.log_current:7"_s, u"mail.log_current:8"_s }));
    QCOMPARE(fixture.linksTo(notice), QStringList { u"notification>01ISKP0RYMAS94DU0K@SESTA.COM@mx1(logged)"_s });
    QCOMPARE(fixture.find("postmaster@sesta.com"), std::vector<std::uint32_t> { notice });
}

// 21-5: the remote server refuses the user; the R carries its reply and the transport.
void TestSunMsTrace::seedRemoteUserBounce()
{
    TraceFixture fixture;
    QByteArray log = sun("20-JAN-1998 13:11:05", "", "l", "tcp_local",
        "E 1 adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00 "
        "<01ISLNBAWV3094DUWH@sesta.com>");
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" })
        log += sun("20-JAN-1998 13:11:08", "", "tcp_local", "process",
            QByteArray("E 1  rfc822;%1 %1 imta/queue/process/ZZ01ISLNBB1JOE94DSGB.00 "
                       "<01ISLNBFKIDS94DUJ8@sesta.com>,<01ISLNBAWV3094DUWH@sesta.com>")
                .replace("%1", rcpt));
    log += sun("20-JAN-1998 13:11:11", "", "tcp_local", "",
        "R 1 adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00 "
        "<01ISLNBAWV3094DUWH@sesta.com> "
        "dns;thor.siroe.com (TCP|206.184.139.12|2788|192.160.253.66|25) (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 "
        "#8694]) "
        "smtp; 553 unknown or illegal user: nonesuch@siroe.com");
    for (const auto& [orig, cur] :
        { std::pair { "adam@sesta.com", "adam" }, std::pair { "postmaster@sesta.com", "postmaster" } })
        log += sun("20-JAN-1998 13:11:12", "", "process", "l",
            (QByteArray("E 3  rfc822;") + orig + ' ' + cur
                + " imta/queue/l/ZZ01ISLNBGND1094DQDP.00 <01ISLNBFKIDS94DUJ8@sesta.com>"));
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" })
        log += sun("20-JAN-1998 13:11:13", "", "l", "",
            QByteArray("D 3  rfc822;%1 %1 imta/queue/l/ZZ01ISLNBGND1094DQDP.00 <01ISLNBFKIDS94DUJ8@sesta.com>")
                .replace("%1", rcpt));
    QVERIFY2(fixture.load(mx1(log)), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    const std::uint32_t original = fixture.message("mx1", "01ISLNBAWV3094DUWH@sesta.com");
    const std::uint32_t notice = fixture.message("mx1", "01ISLNBFKIDS94DUJ8@sesta.com");
    QVERIFY(original != NoIndex && notice != NoIndex);
    QCOMPARE(fixture.recipients(original), u"nonesuch@siroe.com=bounced"_s);
    const Attempt* bounce = lastAttempt(fixture, original, "nonesuch@siroe.com");
    QVERIFY(bounce);
    QCOMPARE(fixture.field(bounce->replyEvent, FieldKey::ReplyCode), u"553"_s);
    QCOMPARE(fixture.linksFrom(original), QStringList { u"notification>01ISLNBFKIDS94DUJ8@sesta.com@mx1(logged)"_s });
    QCOMPARE(fixture.recipients(notice), u"adam=delivered,postmaster=delivered"_s);
    QVERIFY(fixture.graph.messages[notice].has(Message::Finished));
    QCOMPARE(fixture.lines(notice).size(), 6);
}

// 21-6: relaying refused, no LOG_* options: a J entry with the attempted From and To only.
void TestSunMsTrace::seedRelayRefused()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(mx1(sun("28-May-1998 12:02:23", "", "tcp_local", "",
                 "J 0 harold@varrius.com rfc822; alan@very.bogus.com 550 5.7.1 Relaying not permitted: "
                 "alan@very.bogus.com"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const Message& attempt = fixture.graph.messages[0];
    QVERIFY(attempt.has(Message::RejectedAttempt));
    QCOMPARE(attempt.id, 0u);
    QCOMPARE(attempt.inbound, NoIndex);
    QCOMPARE(fixture.text(attempt.sender), u"harold@varrius.com"_s);
    QCOMPARE(fixture.recipients(0), u"alan@very.bogus.com=rejected"_s);
    QCOMPARE(attempt.outcome, Outcome::Rejected);
    QCOMPARE(fixture.find("alan@very.bogus.com"), std::vector<std::uint32_t> { 0 });
    QCOMPARE(fixture.find("harold@varrius.com"), std::vector<std::uint32_t> { 0 });
}

// 21-7: three failed attempts (ZZ, ZY, then a new name ZX01IS67...) and the delivery.
void TestSunMsTrace::seedRetries()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(mx1(seedRetriesLog())), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const std::uint32_t m = fixture.message("mx1", "01IRUD7SVA3Q9UN2D4@sesta.com");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m), u"user@some.org=delivered"_s);
    QCOMPARE(fixture.attempts(m, "user@some.org"), u"deferred,deferred,deferred,delivered"_s);
    QCOMPARE(fixture.lines(m).size(), 5);
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));
    const Attempt* delivery = lastAttempt(fixture, m, "user@some.org");
    QVERIFY(delivery);
    QCOMPARE(fixture.field(delivery->event, FieldKey::PeerIp), u"192.1.1.1"_s);
    QCOMPARE(fixture.graph.messages[m].lastMs - fixture.graph.messages[m].firstMs,
        (10 * 3600 + 14 * 60 + 46) * 1000LL + 370);
    // Each queue file name finds it.
    for (const char* file : { "ZZ01IS3D2ZP7FQ9UN54R.00", "ZY01IS3D2ZP7FQ9UN54R.00", "ZX01IS67NY4RRK9UN7GP.00" })
        QCOMPARE(fixture.find(file), std::vector<std::uint32_t> { m });
}

// 21-8: through the conversion channel. The manual's conversion gives the message a new Message-ID: that is a
// hand-off to a second message (like a content filter), found by its envelope in the conversion queue.
void TestSunMsTrace::seedConversion()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load(mx1(sun("04-Feb-1998 00:06:26.72", "", "tcp_local", "conversion",
                                  "E 9 amy@siroe.edu rfc822;bert@sesta.com bert@sesta.com "
                                  "imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00 <01IT5UALL14498518O@siroe.edu>")
                 + sun("04-Feb-1998 00:06:29.06", "", "conversion", "l",
                     "E 9 amy@siroe.edu rfc822;bert@sesta.com bert imta/queue/l/ZZ01IT5UAOXLDW98509E.00 "
                     "<01IT5STUMUFO984Z8L@siroe.edu>")
                 + sun("04-Feb-1998 00:06:29.31", "", "conversion", "",
                     "D 9 amy@siroe.edu rfc822;bert@sesta.com bert imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00 "
                     "<01IT5UALL14498518O@siroe.edu>")
                 + sun("04-Feb-1998 00:06:32.62", "", "l", "",
                     "D 9 amy@siroe.edu rfc822;bert@siroe.com bert imta/queue/l/ZZ01IT5UAOXLDW98509E.00 "
                     "<01IT5STUMUFO984Z8L@siroe.edu>"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 2u);
    const std::uint32_t before = fixture.message("mx1", "01IT5UALL14498518O@siroe.edu");
    const std::uint32_t after = fixture.message("mx1", "01IT5STUMUFO984Z8L@siroe.edu");
    QVERIFY(before != NoIndex && after != NoIndex);
    QCOMPARE(fixture.lines(before), QStringList({ u"mail.log_current:1"_s, u"mail.log_current:3"_s }));
    QCOMPARE(fixture.recipients(before), u"bert@sesta.com=delivered"_s); // handed to the conversion's output
    QCOMPARE(fixture.linksFrom(before), QStringList { u"next_hop>01IT5STUMUFO984Z8L@siroe.edu@mx1(envelope)"_s });
    QCOMPARE(fixture.lines(after), QStringList({ u"mail.log_current:2"_s, u"mail.log_current:4"_s }));
    QCOMPARE(fixture.recipients(after), u"bert=delivered"_s);
    QCOMPARE(originalOf(fixture, after, "bert"), u"bert@sesta.com"_s);
    QCOMPARE(fixture.text(fixture.graph.messages[after].sender), u"amy@siroe.edu"_s);
    QVERIFY(fixture.graph.messages[before].has(Message::Finished));
    QVERIFY(fixture.graph.messages[after].has(Message::Finished));
}

// 21-9: LOG_CONNECTION=3, LOG_PROCESS=1: two threads of one SMTP client process open a connection each; the
// D entries carry the thread of their connection.
void TestSunMsTrace::seedOutboundConnections()
{
    TraceFixture fixture;
    QByteArray log;
    const struct
    {
        const char* time;
        const char* process;
        const char* rcpt;
        const char* file;
    } enqueues[] = {
        { "19-Feb-1998 10:52:05.41", "1e488.0", "bobby@hosta.sesta.com", "ZZ01ITRF7BO388000FCN.00" },
        { "19-Feb-1998 10:52:05.41", "1e488.0", "carl@hosta.sesta.com", "ZZ01ITRF7BO388000FCN.00" },
        { "19-Feb-1998 10:52:05.74", "1e488.1", "dave@hostb.sesta.com", "ZZ01ITRF7C11FU000FCN.00" },
    };
    for (const auto& e : enqueues)
        log += sun(e.time, e.process, "l", "tcp_local",
            (QByteArray("E 1 adam@sesta.com rfc822;") + e.rcpt + ' ' + e.rcpt + " imta/queue/tcp_local/" + e.file
                + " <01ITRF7BDHS6000FCN@SESTA.COM>"));
    log += sun("19-Feb-1998 10:52:10.79", "1f625.2.0", "tcp_local", "-",
        "O TCP|206.184.139.12|5900|206.184.139.66|25 SMTP/hostb.sesta.com/mailhub.sesta.com");
    log += sun("19-Feb-1998 10:52:10.87", "1f625.3.0", "tcp_local", "-",
        "O TCP|206.184.139.12|5901|206.184.139.70|25 SMTP/hosta.sesta.com/hosta.sesta.com");
    for (const char* rcpt : { "bobby@hosta.sesta.com", "carl@hosta.sesta.com" })
        log += sun("19-Feb-1998 10:52:12.28", "1f625.3.1", "tcp_local", "",
            QByteArray("D 1 adam@sesta.com rfc822;%1 %1 imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00 "
                       "<01ITRF7BDHS6000FCN@SESTA.COM> hosta.sesta.com "
                       "dns;hosta.sesta.com (TCP|206.184.139.12|5901|206.184.139.70|25) (hosta.sesta.com -- Server "
                       "ESMTP [iMS V5.0 #8790]) "
                       "(TCP|206.184.139.12|5901|206.184.139.70|25) smtp;250 2.1.5 %1 and options OK.")
                .replace("%1", rcpt));
    log += sun("19-Feb-1998 10:52:12.40", "1f625.3.2", "tcp_local", "-",
        "C TCP|206.184.139.12|5901|206.184.139.70|25 SMTP/hosta.sesta.com/hosta.sesta.com");
    log += sun("19-Feb-1998 10:52:13.01", "1f625.2.1", "tcp_local", "",
        "D 1 adam@sesta.com rfc822;dave@hostb.sesta.com dave@hostb.sesta.com "
        "imta/queue/tcp_local/ZZ01ITRF7C11FU000FCN.00 <01ITRF7BDHS6000FCN@SESTA.COM> "
        "mailhub.sesta.com dns;mailhub.sesta.com (TCP|206.184.139.12|5900|206.184.139.66|25) (MAILHUB.SESTA.COM -- "
        "Server ESMTP [iMS V5.0 #8694]) "
        "(TCP|206.184.139.12|5900|206.184.139.66|25) smtp;250 2.1.5 dave@hostb.sesta.com and options OK.");
    log += sun("19-Feb-1998 10:52:13.05", "1f625.2.2", "tcp_local", "-",
        "C TCP|206.184.139.12|5900|206.184.139.66|25 SMTP/hostb.sesta.com/mailhub.sesta.com");
    QVERIFY2(fixture.load(mx1(log)), qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    const std::uint32_t m = fixture.message("mx1", "01ITRF7BDHS6000FCN@SESTA.COM");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m),
        u"bobby@hosta.sesta.com=delivered,carl@hosta.sesta.com=delivered,dave@hostb.sesta.com=delivered"_s);
    QCOMPARE(fixture.graph.messages[m].inbound, NoIndex); // submitted locally
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));

    QCOMPARE(fixture.graph.connections.size(), 2u);
    const std::uint32_t hosta = lastAttempt(fixture, m, "bobby@hosta.sesta.com")->connection;
    QCOMPARE(describe(fixture, hosta), u"1f625.3 outbound 206.184.139.70 hosta.sesta.com"_s);
    QCOMPARE(lastAttempt(fixture, m, "carl@hosta.sesta.com")->connection, hosta);
    const std::uint32_t mailhub = lastAttempt(fixture, m, "dave@hostb.sesta.com")->connection;
    QCOMPARE(describe(fixture, mailhub), u"1f625.2 outbound 206.184.139.66 mailhub.sesta.com"_s);
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[hosta]).size(), 4u); // O, D, D, C
    QCOMPARE(fixture.graph.eventsOf(fixture.graph.connections[mailhub]).size(), 3u); // O, D, C
    QCOMPARE(fixture.graph.connections[hosta].peerPort, 25u);
}

// 21-10: inbound connection logging without LOG_PROCESS: the O and C name the same TCP endpoints and the E
// names the client's address; no Message-ID, so the D joins the E by its envelope.
void TestSunMsTrace::seedInboundConnection()
{
    TraceFixture fixture;
    QVERIFY2(
        fixture.load(mx1(
            sun("19-Feb-1998 17:02:08.70", "", "tcp_local", "+", "O TCP|206.184.139.12|25|192.160.253.66|1244 SMTP")
            + sun("19-Feb-1998 17:02:26.65", "", "tcp_local", "l",
                "E 1 service@siroe.com rfc822;adam@sesta.com adam THOR.SIROE.COM (THOR.SIROE.COM [192.160.253.66])")
            + sun("19-Feb-1998 17:02:27.05", "", "tcp_local", "+", "C TCP|206.184.139.12|25|192.160.253.66|1244 SMTP")
            + sun("19-Feb-1998 17:02:31.73", "", "l", "", "D 1 service@siroe.com rfc822;adam@sesta.com adam"))),
        qPrintable(fixture.error));

    QCOMPARE(fixture.graph.messages.size(), 1u);
    QCOMPARE(fixture.graph.connections.size(), 1u);
    const Message& message = fixture.graph.messages[0];
    QCOMPARE(message.inbound, 0u);
    const Connection& connection = fixture.graph.connections[0];
    QCOMPARE(connection.direction, Direction::Inbound);
    QCOMPARE(fixture.text(connection.peerIp), u"192.160.253.66"_s);
    QCOMPARE(connection.peerPort, 1244u);
    QCOMPARE(fixture.text(connection.peerHost), u"THOR.SIROE.COM"_s);
    QCOMPARE(fixture.graph.eventsOf(connection).size(), 3u); // O, E, C
    QCOMPARE(fixture.lines(0), QStringList({ u"mail.log_current:2"_s, u"mail.log_current:4"_s }));
    QCOMPARE(fixture.recipients(0), u"adam=delivered"_s);
    QCOMPARE(originalOf(fixture, 0, "adam"), u"adam@sesta.com"_s);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(fixture.find("192.160.253.66"), std::vector<std::uint32_t> { 0 });
    QCOMPARE(fixture.find("adam@sesta.com"), std::vector<std::uint32_t> { 0 });
}

QTEST_GUILESS_MAIN(TestSunMsTrace)
#include "tst_sunmstrace.moc"
