// Tracing E-Post Mail Server messages: the bundled sample of MAILSV01 and logs written for the cases the
// tracer must get right (a number reused, mixed outcomes, retries over hours, concurrent clients).
#include "eposttracetesting.h"

#include <QTest>

using namespace EPostTraceTesting;

class TestEPostTraceCases : public QObject
{
    Q_OBJECT

private slots:
    void sampleInboundMessages();
    void sampleOutboundDelivery();
    void sampleRetriesAndErrorMail();
    void sampleRefusalsAndBareConnections();
    void numberReusedAfterReinstall();
    void multiRecipientMixedOutcomes();
    void retriesOverHours();
    void concurrentClientsOfOneAddress();
};

// The bundled sample: B0000523101 (inbound, local delivery), B0000523103 (two local copies), and the
// receivelog tokens 0031a7c8 and 00320e18, each used by two sessions that stay apart.
void TestEPostTraceCases::sampleInboundMessages()
{
    TraceFixture fixture;
    QVERIFY2(loadSamples(fixture), qPrintable(fixture.error));

    const std::uint32_t local = fixture.message("MAILSV01", "B0000523101");
    QVERIFY(local != NoIndex);
    const Message& first = fixture.graph.messages[local];
    QCOMPARE(fixture.text(first.sender), u"ken@partner.example"_s);
    QCOMPARE(fixture.recipients(local), u"suzuki@example.jp=delivered"_s);
    QVERIFY(first.has(Message::Finished));
    QCOMPARE(messageLines(fixture, local), u"acceptlog:2 inlog:1 outlocallog:1 receivelog:4-14"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, local).id), u"0031a7c8"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, local).peerIp), u"203.0.113.51"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, local).peerHost), u"smtp.partner.example"_s);
    QCOMPARE(connectionLines(fixture, first.inbound), u"acceptlog:1-2 receivelog:1-16"_s);

    const std::uint32_t copies = fixture.message("MAILSV01", "B0000523103");
    QVERIFY(copies != NoIndex);
    QCOMPARE(fixture.recipients(copies), u"suzuki@example.jp=delivered,ogawa@example.jp=delivered"_s);
    QVERIFY(fixture.graph.messages[copies].has(Message::Finished));
    QCOMPARE(messageLines(fixture, copies), u"acceptlog:8 inlog:3 outlocallog:2-3 receivelog:36-51"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, copies).id), u"00320e18"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, copies).peerIp), u"198.51.100.26"_s);
    QVERIFY(fixture.linksFrom(copies).isEmpty());

    // Reused tokens: B0000523101 and B0000523104 came through two sessions 0031a7c8, an hour apart.
    const std::uint32_t later = fixture.message("MAILSV01", "B0000523104");
    QVERIFY(later != NoIndex);
    QVERIFY(fixture.graph.messages[later].inbound != first.inbound);
    QCOMPARE(fixture.text(inboundOf(fixture, later).id), u"0031a7c8"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, later).peerIp), u"192.0.2.45"_s);
    QCOMPARE(connectionLines(fixture, fixture.graph.messages[later].inbound), u"acceptlog:9-10 receivelog:54-69"_s);
    QCOMPARE(connectionsWithId(fixture, "0031a7c8"), 2);
    QCOMPARE(connectionsWithId(fixture, "00320e18"), 2);
}

// B0000523102: sent to mx.partner.example, which queued it as 4VbTF70dPBz2GWc.
void TestEPostTraceCases::sampleOutboundDelivery()
{
    TraceFixture fixture;
    QVERIFY2(loadSamples(fixture), qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("MAILSV01", "B0000523102");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(fixture.text(message.sender), u"suzuki@example.jp"_s);
    QCOMPARE(fixture.recipients(m), u"tanaka@partner.example=delivered"_s);
    QCOMPARE(message.outcome, Outcome::Delivered);
    QVERIFY(message.has(Message::Finished));
    QCOMPARE(fixture.text(inboundOf(fixture, m).peerIp), u"192.0.2.44"_s);
    QCOMPARE(messageLines(fixture, m), u"acceptlog:4 inlog:2 outlog:1 receivelog:20-30 senderlog:1-24"_s);

    const std::vector<Attempt> attempts = attemptsOf(fixture, m, "tanaka@partner.example");
    QCOMPARE(attempts.size(), 1u);
    QCOMPARE(attempts[0].outcome, Outcome::Delivered);
    QCOMPARE(lineOf(fixture, attempts[0].event), u"outlog:1"_s);
    QCOMPARE(lineOf(fixture, attempts[0].replyEvent), u"senderlog:19"_s);
    QCOMPARE(fixture.field(attempts[0].replyEvent, FieldKey::NextHopId), u"4VbTF70dPBz2GWc"_s);
    const Connection& out = fixture.graph.connections[attempts[0].connection];
    QCOMPARE(out.direction, Direction::Outbound);
    QCOMPARE(fixture.text(out.peerHost), u"mx.partner.example"_s);
    QCOMPARE(connectionLines(fixture, attempts[0].connection), u"senderlog:4-21"_s);
    // The next hop's log is not loaded: the ID it gave finds the message it answered.
    QCOMPARE(fixture.find("4VbTF70dPBz2GWc"), std::vector<std::uint32_t> { m });
}

// B0000523104: 550 5.1.1 three times ([B0000523104], -R0001, -R0002), then faillog, and the error mail
// B0000523104-R0002-E001 to the sender.
void TestEPostTraceCases::sampleRetriesAndErrorMail()
{
    TraceFixture fixture;
    QVERIFY2(loadSamples(fixture), qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("MAILSV01", "B0000523104");
    QVERIFY(m != NoIndex);
    const Message& message = fixture.graph.messages[m];
    QCOMPARE(fixture.recipients(m), u"y.nakamura@partner.example=bounced"_s);
    QCOMPARE(message.outcome, Outcome::Bounced);
    QVERIFY(message.has(Message::Finished));
    // A 550 followed by a retry was not the end; the last one was, and faillog says so.
    QCOMPARE(fixture.attempts(m, "y.nakamura@partner.example"), u"deferred,deferred,bounced"_s);
    const std::vector<Attempt> attempts = attemptsOf(fixture, m, "y.nakamura@partner.example");
    QCOMPARE(lineOf(fixture, attempts[0].replyEvent), u"senderlog:39"_s);
    QCOMPARE(lineOf(fixture, attempts[1].replyEvent), u"senderlog:58"_s);
    QCOMPARE(lineOf(fixture, attempts[2].replyEvent), u"senderlog:77"_s);
    QCOMPARE(lineOf(fixture, attempts[2].event), u"faillog:1"_s);
    QStringList connections;
    for (const Attempt& attempt : attempts)
        connections << fixture.text(fixture.graph.connections[attempt.connection].id);
    QCOMPARE(connections, QStringList({ u"B0000523104"_s, u"B0000523104-R0001"_s, u"B0000523104-R0002"_s }));
    QCOMPARE(connectionLines(fixture, attempts[1].connection), u"senderlog:47-60"_s);
    QCOMPARE(messageLines(fixture, m), u"acceptlog:10 faillog:1 inlog:4 receivelog:57-67 senderlog:25-81"_s);

    QCOMPARE(fixture.linksFrom(m), QStringList { u"notification>B0000523104-E001@MAILSV01(logged)"_s });
    const std::uint32_t error = fixture.message("MAILSV01", "B0000523104-E001");
    QVERIFY(error != NoIndex);
    const Message& errorMail = fixture.graph.messages[error];
    QVERIFY(errorMail.has(Message::Notification));
    QVERIFY(errorMail.has(Message::NullSender));
    QCOMPARE(fixture.recipients(error), u"kimura@example.jp=delivered"_s);
    QCOMPARE(fixture.linksTo(error), QStringList { u"notification>B0000523104@MAILSV01(logged)"_s });
    QCOMPARE(messageLines(fixture, error), u"outlocallog:4"_s);
    // Its number names the original too.
    QCOMPARE(fixture.find("B0000523104"), std::vector<std::uint32_t>({ m, error }));
}

// The refusals (<B0000000000> for an unknown user, the ORDB refusal whose records fall between those of
// B0000523103), and the client that connected and never spoke.
void TestEPostTraceCases::sampleRefusalsAndBareConnections()
{
    TraceFixture fixture;
    QVERIFY2(loadSamples(fixture), qPrintable(fixture.error));

    const std::vector<std::uint32_t> unknownUser = fixture.find("192.0.2.47");
    QCOMPARE(unknownUser.size(), 1u);
    const Message& refused = fixture.graph.messages[unknownUser[0]];
    QVERIFY(refused.has(Message::RejectedAttempt));
    QCOMPARE(refused.id, StringPool::Id(0));
    QCOMPARE(fixture.text(refused.sender), u"ogawa@example.jp"_s);
    QCOMPARE(fixture.recipients(unknownUser[0]), u"kimra@example.jp=rejected"_s);
    QCOMPARE(refused.outcome, Outcome::Rejected);
    QCOMPARE(messageLines(fixture, unknownUser[0]), u"acceptlog:12 receivelog:73-81"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, unknownUser[0]).id), u"0032c410"_s);
    QCOMPARE(connectionLines(fixture, refused.inbound), u"acceptlog:11-12 receivelog:70-83"_s);
    QCOMPARE(fixture.find("kimra@example.jp"), unknownUser);

    const std::vector<std::uint32_t> ordb = fixture.find("198.51.100.10");
    QCOMPARE(ordb.size(), 1u);
    const Message& listed = fixture.graph.messages[ordb[0]];
    QVERIFY(listed.has(Message::RejectedAttempt));
    QCOMPARE(listed.sender, StringPool::Id(0));
    QCOMPARE(listed.outcome, Outcome::Rejected);
    QCOMPARE(messageLines(fixture, ordb[0]), u"acceptlog:7"_s);
    QCOMPARE(connectionLines(fixture, listed.inbound), u"acceptlog:6-7"_s);
    QCOMPARE(fixture.field(eventAt(fixture, u"acceptlog", 7), FieldKey::Verdict), u"It was in the ORDB IP."_s);

    // Only record 1, and the session's banner and timeout.
    std::uint32_t bare = NoIndex;
    for (std::uint32_t c = 0; c < fixture.graph.connections.size(); ++c) {
        if (fixture.text(fixture.graph.connections[c].peerIp) == u"203.0.113.200")
            bare = c;
    }
    QVERIFY(bare != NoIndex);
    QCOMPARE(fixture.text(fixture.graph.connections[bare].id), u"00320e18"_s);
    QCOMPARE(connectionLines(fixture, bare), u"acceptlog:13 receivelog:84-85"_s);
    QVERIFY(fixture.find("203.0.113.200").empty());

    // Four accepted messages, one error mail, two refusals; the mailbox logs are in none.
    QCOMPARE(fixture.graph.messages.size(), 7u);
    for (std::uint32_t l = 0; l < fixture.logs.size(); ++l) {
        const ParsedLog& log = fixture.logs.log(l);
        if (log.info().subLog != u"pop3log" && log.info().subLog != u"imap4log")
            continue;
        for (std::uint32_t i = 0; i < log.eventCount(); ++i)
            QCOMPARE(fixture.graph.messageOf({ l, i }), NoIndex);
    }
}

// B0000000123 again, after a reinstall reset the counter: a new message, not more lines of the old one.
void TestEPostTraceCases::numberReusedAfterReinstall()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({
                 { "acceptlog/MAILSV01/240327.log",
                     "[27/Mar/2024:09:30:00], (mail.example.jp), [192.0.2.50]:25, Client accept now.\r\n"
                     "[27/Mar/2024:09:30:02], (mail.example.jp), pc50.example.jp [192.0.2.50], sato@example.jp,<B0000000123>,ok\r\n" },
                 { "inlog/MAILSV01/240327.log",
                     "<B0000000123@mail.example.jp> [27/Mar/2024:09:30:02] 192.0.2.50 PC50 sato@example.jp ito@example.jp\r\n" },
                 { "outlocallog/MAILSV01/240327.log",
                     "B0000000123@mail.example.jp sent on [27/Mar/2024:09:30:03] to mail.example.jp from sato@example.jp to ito@example.jp\r\n" },
                 { "acceptlog/MAILSV01/240610.log",
                     "[10/Jun/2024:09:00:00], (mail.example.jp), [192.0.2.60]:25, Client accept now.\r\n"
                     "[10/Jun/2024:09:00:02], (mail.example.jp), pc60.example.jp [192.0.2.60], kondo@example.jp,<B0000000123>,ok\r\n" },
                 { "receivelog/MAILSV01/240610.log",
                     "[10/Jun/2024:09:00:00], 0031a7c8, 220 mail.example.jp E-POST ESMTP Receiver (4.26) ready\r\n"
                     "[10/Jun/2024:09:00:00], 0031a7c8, EHLO pc60.example.jp\r\n"
                     "[10/Jun/2024:09:00:00], 0031a7c8, 250 mail.example.jp Hello [192.0.2.60], pleased to meet you\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, MAIL FROM:<kondo@example.jp>\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, 250 <kondo@example.jp>... Sender ok.\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, RCPT TO:<mori@partner.example>\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, 250 <mori@partner.example>... Recipient ok.\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, DATA\r\n"
                     "[10/Jun/2024:09:00:01], 0031a7c8, 354 Start mail input;id <B0000000123> end with <CRLF>.<CRLF>\r\n"
                     "[10/Jun/2024:09:00:02], 0031a7c8, 250 Message received ok.\r\n"
                     "[10/Jun/2024:09:00:02], 0031a7c8, QUIT\r\n"
                     "[10/Jun/2024:09:00:02], 0031a7c8, 221 mail.example.jp closing connection.\r\n" },
                 { "inlog/MAILSV01/240610.log",
                     "<B0000000123@mail.example.jp> [10/Jun/2024:09:00:02] 192.0.2.60 pc60.example.jp kondo@example.jp mori@partner.example\r\n" },
                 { "senderlog/MAILSV01/240610.log",
                     "[B0000000123] [partner.example] GetTryServer:(ltime(13362451203)-otime(13362451202))/120=(0)\r\n"
                     "[B0000000123] ConnectHost:domain=mori@partner.example\r\n"
                     "[B0000000123] ConnectHost: winsock connect success.\r\n"
                     "[B0000000123] SendMailMess:RCPT To:<mori@partner.example>\r\n"
                     "[B0000000123] SendMailMess:250 2.1.5 Ok\r\n"
                     "[B0000000123] SendMailMess:DATA\r\n"
                     "[B0000000123] SendMailMess:354 End data with <CR><LF>.<CR><LF>\r\n"
                     "[B0000000123] SendData complete.\r\n"
                     "[B0000000123] SendMailMess:250 2.0.0 Ok: queued as 4VzQ1c2Mnbz3xPq\r\n"
                     "[B0000000123] SendMailMess:QUIT\r\n"
                     "[B0000000123] SendMailMess:221 2.0.0 Bye\r\n"
                     "[B0000000123] SendGlbalMail:return code=1\r\n" },
                 { "outlog/MAILSV01/240610.log",
                     "B0000000123@mail.example.jp sent on [10/Jun/2024:09:00:04] to mx.partner.example from kondo@example.jp to mori@partner.example\r\n" },
             }),
        qPrintable(fixture.error));

    const std::vector<std::uint32_t> found = fixture.find("B0000000123");
    QCOMPARE(found.size(), 2u);
    const Message& before = fixture.graph.messages[found[0]];
    const Message& after = fixture.graph.messages[found[1]];
    QCOMPARE(fixture.text(before.sender), u"sato@example.jp"_s);
    QCOMPARE(fixture.recipients(found[0]), u"ito@example.jp=delivered"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, found[0]).peerIp), u"192.0.2.50"_s);
    QVERIFY(before.has(Message::Finished));
    QCOMPARE(fixture.text(after.sender), u"kondo@example.jp"_s);
    QCOMPARE(fixture.recipients(found[1]), u"mori@partner.example=delivered"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, found[1]).peerIp), u"192.0.2.60"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, found[1]).id), u"0031a7c8"_s);
    QVERIFY(before.lastMs < after.firstMs);
    QCOMPARE(fixture.find("ito@example.jp"), std::vector<std::uint32_t> { found[0] });
    QCOMPARE(fixture.find("mori@partner.example"), std::vector<std::uint32_t> { found[1] });
}

// One message, four recipients: one refused at RCPT TO, one delivered to the next hop, one refused by the
// next hop (faillog) in the same try, one local copy -001.
void TestEPostTraceCases::multiRecipientMixedOutcomes()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({
                 { "acceptlog/MAILSV01/240327.log",
                     "[27/Mar/2024:11:00:00], (mail.example.jp), [192.0.2.70]:25, Client accept now.\r\n"
                     "[27/Mar/2024:11:00:02], (mail.example.jp), unknown [192.0.2.70], yamada@example.jp,<B0000000200>,ok\r\n" },
                 { "receivelog/MAILSV01/240327.log",
                     "[27/Mar/2024:11:00:00], 00a1b2c3, 220 mail.example.jp E-POST ESMTP Receiver (4.26) ready\r\n"
                     "[27/Mar/2024:11:00:00], 00a1b2c3, EHLO PC70\r\n"
                     "[27/Mar/2024:11:00:00], 00a1b2c3, 250 mail.example.jp Hello [192.0.2.70], pleased to meet you\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, MAIL FROM:<yamada@example.jp>\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 250 <yamada@example.jp>... Sender ok.\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, RCPT TO:<kato@partner.example>\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 250 <kato@partner.example>... Recipient ok.\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, RCPT TO:<nobody@partner.example>\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 250 <nobody@partner.example>... Recipient ok.\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, RCPT TO:<ito@example.jp>\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 250 <ito@example.jp>... Recipient ok.\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, RCPT TO:<ghost@example.jp>\r\n"
                     "[27/Mar/2024:11:00:01], 00000000, Check RCPT TO address = ghost@example.jp\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 550 <ghost@example.jp>... User unknown\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, DATA\r\n"
                     "[27/Mar/2024:11:00:01], 00a1b2c3, 354 Start mail input;id <B0000000200> end with <CRLF>.<CRLF>\r\n"
                     "[27/Mar/2024:11:00:02], 00a1b2c3, 250 Message received ok.\r\n"
                     "[27/Mar/2024:11:00:02], 00a1b2c3, QUIT\r\n"
                     "[27/Mar/2024:11:00:02], 00a1b2c3, 221 mail.example.jp closing connection.\r\n" },
                 { "inlog/MAILSV01/240327.log",
                     "<B0000000200@mail.example.jp> [27/Mar/2024:11:00:02] 192.0.2.70 PC70 yamada@example.jp kato@partner.example nobody@partner.example ito@example.jp\r\n" },
                 { "senderlog/MAILSV01/240327.log",
                     "[B0000000200] [partner.example] GetTryServer:(ltime(13355978403)-otime(13355978402))/120=(0)\r\n"
                     "[B0000000200] SendGlbalMail:domain=kato@partner.example\r\n"
                     "[B0000000200] ConnectHost:domain=kato@partner.example\r\n"
                     "[B0000000200] getaddrinfo:domain=mx.partner.example\r\n"
                     "[B0000000200] ConnectHost: winsock connect success.\r\n"
                     "[B0000000200] SendMailMess\r\n"
                     "[B0000000200] SendMailMess:220 mx.partner.example ESMTP Postfix\r\n"
                     "[B0000000200] SendMailMess:HELO mail.example.jp\r\n"
                     "[B0000000200] SendMailMess:250 mx.partner.example\r\n"
                     "[B0000000200] SendMailMess:MAIL From:<yamada@example.jp>\r\n"
                     "[B0000000200] SendMailMess:250 2.1.0 Ok\r\n"
                     "[B0000000200] SendMailMess:RCPT To:<kato@partner.example>\r\n"
                     "[B0000000200] SendMailMess:250 2.1.5 Ok\r\n"
                     "[B0000000200] SendMailMess:RCPT To:<nobody@partner.example>\r\n"
                     "[B0000000200] SendMailMess:550 5.1.1 <nobody@partner.example>: Recipient address rejected: User unknown\r\n"
                     "[B0000000200] SendMailMess:DATA\r\n"
                     "[B0000000200] SendMailMess:354 End data with <CR><LF>.<CR><LF>\r\n"
                     "[B0000000200] SendData complete.\r\n"
                     "[B0000000200] SendMailMess:250 2.0.0 Ok: queued as 4VbX0q1Jm8z3xRt\r\n"
                     "[B0000000200] SendMailMess:QUIT\r\n"
                     "[B0000000200] SendMailMess:221 2.0.0 Bye\r\n"
                     "[B0000000200] SendMailMess:return=1\r\n"
                     "[B0000000200] SendGlbalMail:return code=1\r\n"
                     "[B0000000200] outlog() thread=1.\r\n" },
                 { "outlocallog/MAILSV01/240327.log",
                     "B0000000200-001@mail.example.jp sent on [27/Mar/2024:11:00:03] to mail.example.jp from yamada@example.jp to ito@example.jp\r\n" },
                 { "outlog/MAILSV01/240327.log",
                     "B0000000200@mail.example.jp sent on [27/Mar/2024:11:00:04] to mx.partner.example from yamada@example.jp to kato@partner.example\r\n" },
                 { "faillog/MAILSV01/240327.log",
                     "B0000000200@mail.example.jp send fail on [27/Mar/2024:11:00:04] from yamada@example.jp to nobody@partner.example [550 5.1.1 <nobody@partner.example>: Recipient address rejected: User unknown]\r\n" },
             }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("MAILSV01", "B0000000200");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m),
        u"kato@partner.example=delivered,nobody@partner.example=bounced,ito@example.jp=delivered,ghost@example.jp=rejected"_s);
    QCOMPARE(fixture.graph.messages[m].outcome, Outcome::Bounced);
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));
    QCOMPARE(fixture.text(inboundOf(fixture, m).id), u"00a1b2c3"_s);

    const std::vector<Attempt> kato = attemptsOf(fixture, m, "kato@partner.example");
    const std::vector<Attempt> nobody = attemptsOf(fixture, m, "nobody@partner.example");
    const std::vector<Attempt> ito = attemptsOf(fixture, m, "ito@example.jp");
    const std::vector<Attempt> ghost = attemptsOf(fixture, m, "ghost@example.jp");
    QCOMPARE(kato.size(), 1u);
    QCOMPARE(nobody.size(), 1u);
    QCOMPARE(ito.size(), 1u);
    QCOMPARE(ghost.size(), 1u);
    // kato and nobody were one try over one connection; ito is a local copy; ghost was refused at RCPT TO.
    QVERIFY(kato[0].connection != NoIndex);
    QCOMPARE(nobody[0].connection, kato[0].connection);
    QCOMPARE(fixture.field(kato[0].replyEvent, FieldKey::NextHopId), u"4VbX0q1Jm8z3xRt"_s);
    QCOMPARE(lineOf(fixture, nobody[0].replyEvent), u"senderlog:15"_s);
    QCOMPARE(lineOf(fixture, nobody[0].event), u"faillog:1"_s);
    QCOMPARE(ito[0].connection, NoIndex);
    QCOMPARE(lineOf(fixture, ito[0].event), u"outlocallog:1"_s);
    QCOMPARE(lineOf(fixture, ghost[0].event), u"receivelog:14"_s);
    QCOMPARE(fixture.find("ghost@example.jp"), std::vector<std::uint32_t> { m });
}

// Deferred for four hours: a 451 at 10:00, no connection at 12:00 (-R0001), delivered at 14:00 (-R0002).
void TestEPostTraceCases::retriesOverHours()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({
                 { "inlog/MAILSV01/240327.log",
                     "<B0000000300@mail.example.jp> [27/Mar/2024:10:00:00] 192.0.2.80 PC80 abe@example.jp ueda@partner.example\r\n" },
                 { "senderlog/MAILSV01/240327.log",
                     "[B0000000300] [partner.example] GetTryServer:(ltime(13355974801)-otime(13355974800))/120=(0)\r\n"
                     "[B0000000300] SendGlbalMail:domain=ueda@partner.example\r\n"
                     "[B0000000300] ConnectHost:domain=ueda@partner.example\r\n"
                     "[B0000000300] ConnectHost: winsock connect success.\r\n"
                     "[B0000000300] SendMailMess:220 mx.partner.example ESMTP Postfix\r\n"
                     "[B0000000300] SendMailMess:MAIL From:<abe@example.jp>\r\n"
                     "[B0000000300] SendMailMess:250 2.1.0 Ok\r\n"
                     "[B0000000300] SendMailMess:RCPT To:<ueda@partner.example>\r\n"
                     "[B0000000300] SendMailMess:451 4.7.1 <ueda@partner.example>: Recipient address rejected: Greylisted\r\n"
                     "[B0000000300] SendMailMess:QUIT\r\n"
                     "[B0000000300] SendMailMess:221 2.0.0 Bye\r\n"
                     "[B0000000300] SendGlbalMail:return code=0\r\n"
                     "[B0000000300-R0001] [partner.example] GetTryServer:(ltime(13355982000)-otime(13355974800))/120=(60)\r\n"
                     "[B0000000300-R0001] SendGlbalMail:domain=ueda@partner.example\r\n"
                     "[B0000000300-R0001] ConnectHost:domain=ueda@partner.example\r\n"
                     "[B0000000300-R0001] ConnectHost: winsock connect error.\r\n"
                     "[B0000000300-R0001] SendGlbalMail:return code=0\r\n"
                     "[B0000000300-R0002] [partner.example] GetTryServer:(ltime(13355989200)-otime(13355974800))/120=(120)\r\n"
                     "[B0000000300-R0002] SendGlbalMail:domain=ueda@partner.example\r\n"
                     "[B0000000300-R0002] ConnectHost:domain=ueda@partner.example\r\n"
                     "[B0000000300-R0002] ConnectHost: winsock connect success.\r\n"
                     "[B0000000300-R0002] SendMailMess:220 mx.partner.example ESMTP Postfix\r\n"
                     "[B0000000300-R0002] SendMailMess:MAIL From:<abe@example.jp>\r\n"
                     "[B0000000300-R0002] SendMailMess:250 2.1.0 Ok\r\n"
                     "[B0000000300-R0002] SendMailMess:RCPT To:<ueda@partner.example>\r\n"
                     "[B0000000300-R0002] SendMailMess:250 2.1.5 Ok\r\n"
                     "[B0000000300-R0002] SendMailMess:DATA\r\n"
                     "[B0000000300-R0002] SendMailMess:354 End data with <CR><LF>.<CR><LF>\r\n"
                     "[B0000000300-R0002] SendData complete.\r\n"
                     "[B0000000300-R0002] SendMailMess:250 2.0.0 Ok: queued as 4VbZ9Q2k1Lz3xQb\r\n"
                     "[B0000000300-R0002] SendMailMess:QUIT\r\n"
                     "[B0000000300-R0002] SendMailMess:221 2.0.0 Bye\r\n"
                     "[B0000000300-R0002] SendGlbalMail:return code=1\r\n"
                     "[B0000000300-R0002] outlog() thread=1.\r\n" },
                 { "outlog/MAILSV01/240327.log",
                     "B0000000300@mail.example.jp sent on [27/Mar/2024:14:00:01] to mx.partner.example from abe@example.jp to ueda@partner.example\r\n" },
             }),
        qPrintable(fixture.error));

    const std::uint32_t m = fixture.message("MAILSV01", "B0000000300");
    QVERIFY(m != NoIndex);
    QCOMPARE(fixture.recipients(m), u"ueda@partner.example=delivered"_s);
    QCOMPARE(fixture.attempts(m, "ueda@partner.example"), u"deferred,deferred,delivered"_s);
    QVERIFY(fixture.graph.messages[m].has(Message::Finished));
    // Without acceptlog, inlog gives the client.
    QCOMPARE(fixture.text(inboundOf(fixture, m).peerIp), u"192.0.2.80"_s);

    const std::vector<Attempt> attempts = attemptsOf(fixture, m, "ueda@partner.example");
    QCOMPARE(attempts.size(), 3u);
    const QDateTime base(QDate(2024, 3, 27), QTime(0, 0), QTimeZone("Asia/Tokyo"));
    QCOMPARE(attempts[0].timeMs, base.addSecs(10 * 3600 + 1).toMSecsSinceEpoch());
    QCOMPARE(attempts[1].timeMs, base.addSecs(12 * 3600).toMSecsSinceEpoch());
    QCOMPARE(attempts[2].timeMs, base.addSecs(14 * 3600 + 1).toMSecsSinceEpoch());
    QCOMPARE(lineOf(fixture, attempts[0].replyEvent), u"senderlog:9"_s);
    QCOMPARE(lineOf(fixture, attempts[1].event), u"senderlog:17"_s); // no answer: return code=0
    QCOMPARE(lineOf(fixture, attempts[2].event), u"outlog:1"_s);
    QCOMPARE(fixture.field(attempts[2].replyEvent, FieldKey::NextHopId), u"4VbZ9Q2k1Lz3xQb"_s);
    std::set<std::uint32_t> connections;
    for (const Attempt& attempt : attempts)
        connections.insert(attempt.connection);
    QCOMPARE(connections.size(), 3u);
    QCOMPARE(connectionLines(fixture, attempts[1].connection), u"senderlog:15-16"_s);
}

// Two clients behind one address, connected a second apart: acceptlog alone cannot tell its result
// records apart; the receivelog sessions (which name the numbers) pair them.
void TestEPostTraceCases::concurrentClientsOfOneAddress()
{
    TraceFixture fixture;
    QVERIFY2(fixture.load({
                 { "acceptlog/MAILSV01/240327.log",
                     "[27/Mar/2024:12:00:00], (mail.example.jp), [192.0.2.90]:25, Client accept now.\r\n"
                     "[27/Mar/2024:12:00:01], (mail.example.jp), [192.0.2.90]:25, Client accept now.\r\n"
                     "[27/Mar/2024:12:00:03], (mail.example.jp), gw.example.jp [192.0.2.90], b@example.jp,<B0000000402>,ok\r\n"
                     "[27/Mar/2024:12:00:09], (mail.example.jp), gw.example.jp [192.0.2.90], a@example.jp,<B0000000401>,ok\r\n" },
                 { "receivelog/MAILSV01/240327.log",
                     "[27/Mar/2024:12:00:00], 00aa0001, 220 mail.example.jp E-POST ESMTP Receiver (4.26) ready\r\n"
                     "[27/Mar/2024:12:00:01], 00bb0002, 220 mail.example.jp E-POST ESMTP Receiver (4.26) ready\r\n"
                     "[27/Mar/2024:12:00:01], 00aa0001, EHLO gw.example.jp\r\n"
                     "[27/Mar/2024:12:00:01], 00aa0001, 250 mail.example.jp Hello [192.0.2.90], pleased to meet you\r\n"
                     "[27/Mar/2024:12:00:01], 00bb0002, EHLO gw.example.jp\r\n"
                     "[27/Mar/2024:12:00:01], 00bb0002, 250 mail.example.jp Hello [192.0.2.90], pleased to meet you\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, MAIL FROM:<b@example.jp>\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, 250 <b@example.jp>... Sender ok.\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, RCPT TO:<bb@example.jp>\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, 250 <bb@example.jp>... Recipient ok.\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, DATA\r\n"
                     "[27/Mar/2024:12:00:02], 00bb0002, 354 Start mail input;id <B0000000402> end with <CRLF>.<CRLF>\r\n"
                     "[27/Mar/2024:12:00:03], 00bb0002, 250 Message received ok.\r\n"
                     "[27/Mar/2024:12:00:03], 00bb0002, QUIT\r\n"
                     "[27/Mar/2024:12:00:03], 00bb0002, 221 mail.example.jp closing connection.\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, MAIL FROM:<a@example.jp>\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, 250 <a@example.jp>... Sender ok.\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, RCPT TO:<aa@example.jp>\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, 250 <aa@example.jp>... Recipient ok.\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, DATA\r\n"
                     "[27/Mar/2024:12:00:05], 00aa0001, 354 Start mail input;id <B0000000401> end with <CRLF>.<CRLF>\r\n"
                     "[27/Mar/2024:12:00:09], 00aa0001, 250 Message received ok.\r\n"
                     "[27/Mar/2024:12:00:09], 00aa0001, QUIT\r\n"
                     "[27/Mar/2024:12:00:09], 00aa0001, 221 mail.example.jp closing connection.\r\n" },
             }),
        qPrintable(fixture.error));

    const std::uint32_t first = fixture.message("MAILSV01", "B0000000401");
    const std::uint32_t second = fixture.message("MAILSV01", "B0000000402");
    QVERIFY(first != NoIndex && second != NoIndex);
    QCOMPARE(fixture.text(inboundOf(fixture, first).id), u"00aa0001"_s);
    QCOMPARE(connectionLines(fixture, fixture.graph.messages[first].inbound),
        u"acceptlog:1,4 receivelog:1,3-4,16-24"_s);
    QCOMPARE(fixture.text(inboundOf(fixture, second).id), u"00bb0002"_s);
    QCOMPARE(connectionLines(fixture, fixture.graph.messages[second].inbound), u"acceptlog:2-3 receivelog:2,5-15"_s);
    QCOMPARE(fixture.recipients(first), u"aa@example.jp=unknown"_s);
    QCOMPARE(fixture.recipients(second), u"bb@example.jp=unknown"_s);
}

QTEST_GUILESS_MAIN(TestEPostTraceCases)
#include "tst_eposttracecases.moc"
