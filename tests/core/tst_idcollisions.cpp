// Identifiers that collide never merge two messages (issue 9): the same queue IDs, MIDs and connection numbers
// on two servers at the same moment, a Postfix queue ID taken again by a new message whose predecessor's end
// was never logged, an IronPort MID started again after a counter reset while the old one is still open.
// (Reuse on another day, after a finished message, is in tst_postfixtrace, tst_ironporttrace,
// tst_sunmstracecases and tst_eposttracecases.)
#include "tracetesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A Postfix message on `host` with queue ID 3F2A41C0A1 from `sender` to `rcpt`, delivered.
QByteArray postfixMessage(const QByteArray& host, const QByteArray& pid, const QByteArray& sender, const QByteArray& rcpt)
{
    const QByteArray head = "2024-03-27T10:00:0";
    const QByteArray tail = "+09:00 " + host + " postfix/";
    return head + "0" + tail + "smtpd[" + pid + "]: 3F2A41C0A1: client=mx." + host + ".example[192.0.2." + pid.right(1) + "]\n"
        + head + "0" + tail + "cleanup[2" + pid + "]: 3F2A41C0A1: message-id=<" + sender + "@" + host + ">\n"
        + head + "1" + tail + "qmgr[11]: 3F2A41C0A1: from=<" + sender + "@example.org>, size=100, nrcpt=1 (queue active)\n"
        + head + "2" + tail + "local[3" + pid + "]: 3F2A41C0A1: to=<" + rcpt + "@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)\n"
        + head + "2" + tail + "qmgr[11]: 3F2A41C0A1: removed\n";
}

// An IronPort appliance's message: ICID 1, MID 100, delivered on DCID 1 to a next hop.
QByteArray ironPortMessage(const QByteArray& peer, const QByteArray& sender, const QByteArray& rcpt)
{
    return "Wed Mar 27 09:00:00 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address " + peer + " reverse dns host a.example.org verified yes\n"
           "Wed Mar 27 09:00:00 2024 Info: Start MID 100 ICID 1\n"
           "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 From: <" + sender + "@example.org>\n"
           "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 RID 0 To: <" + rcpt + "@example.jp>\n"
           "Wed Mar 27 09:00:01 2024 Info: MID 100 ready 100 bytes from <" + sender + "@example.org>\n"
           "Wed Mar 27 09:00:01 2024 Info: ICID 1 close\n"
           "Wed Mar 27 09:00:02 2024 Info: New SMTP DCID 1 interface 192.0.2.25 address 192.0.2.60 port 25\n"
           "Wed Mar 27 09:00:02 2024 Info: Delivery start DCID 1 MID 100 to RID [0]\n"
           "Wed Mar 27 09:00:03 2024 Info: Message done DCID 1 MID 100 to RID [0]\n"
           "Wed Mar 27 09:00:03 2024 Info: Message finished MID 100 done\n"
           "Wed Mar 27 09:00:04 2024 Info: DCID 1 close\n";
}

// The messages whose primary ID is `id`, as "host:sender>recipients".
QStringList describe(const TraceFixture& fixture, QByteArrayView id)
{
    QStringList list;
    for (std::uint32_t m = 0; m < fixture.graph.messages.size(); ++m) {
        const Message& message = fixture.graph.messages[m];
        if (fixture.logs.strings()->view(message.id) != id)
            continue;
        list << fixture.text(fixture.graph.origins[message.origin].host) + u':' + fixture.text(message.sender) + u'>'
                + fixture.recipients(m);
    }
    list.sort();
    return list;
}

} // namespace

class TestIdCollisions : public QObject
{
    Q_OBJECT

private slots:
    void twoPostfixServersWithTheSameQueueId()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "relay-a/maillog", postfixMessage("relay-a", "101", "first", "one") },
                     { "relay-b/maillog", postfixMessage("relay-b", "202", "second", "two") } }),
            qPrintable(fixture.error));
        QCOMPARE(describe(fixture, "3F2A41C0A1"),
            QStringList({ u"relay-a:first@example.org>one@example.jp=delivered"_s, u"relay-b:second@example.org>two@example.jp=delivered"_s }));
        for (std::uint32_t m = 0; m < fixture.graph.messages.size(); ++m)
            QVERIFY2(fixture.graph.linksFrom(m).empty() && fixture.linksTo(m).isEmpty(), "equal IDs are no evidence of a hop");
    }

    void twoIronPortAppliancesWithTheSameMid()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "esa1/mail.current", ironPortMessage("198.51.100.11", "first", "one") },
                     { "esa2/mail.current", ironPortMessage("203.0.113.22", "second", "two") } }),
            qPrintable(fixture.error));
        QCOMPARE(describe(fixture, "100"),
            QStringList({ u"esa1:first@example.org>one@example.jp=delivered"_s, u"esa2:second@example.org>two@example.jp=delivered"_s }));
        // each appliance's ICID 1 and DCID 1 are connections of its own
        QCOMPARE(fixture.graph.connections.size(), std::size_t(4));
        for (std::uint32_t m = 0; m < fixture.graph.messages.size(); ++m) {
            const Message& message = fixture.graph.messages[m];
            QVERIFY(message.inbound != NoIndex);
            QCOMPARE(fixture.graph.connections[message.inbound].origin, message.origin);
        }
    }

    void postfixQueueIdTakenAgainWhileTheOldEndIsMissing()
    {
        // the first message's end was never logged (a lost line, a crash); smtpd gives a new message the same
        // queue ID: its client= line begins a message of its own
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "relay/maillog",
                     "2024-03-27T10:00:00+09:00 relay postfix/smtpd[100]: 3F2A41C0A1: client=a.example[192.0.2.1]\n"
                     "2024-03-27T10:00:01+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<first@a.example>, size=100, nrcpt=1 (queue active)\n"
                     "2024-03-27T10:00:02+09:00 relay postfix/master[1]: daemon started -- version 3.8.6, configuration /etc/postfix\n"
                     "2024-03-27T10:05:00+09:00 relay postfix/smtpd[200]: 3F2A41C0A1: client=b.example[192.0.2.2]\n"
                     "2024-03-27T10:05:01+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: from=<second@b.example>, size=200, nrcpt=1 (queue active)\n"
                     "2024-03-27T10:05:02+09:00 relay postfix/local[12]: 3F2A41C0A1: to=<taro@example.jp>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)\n"
                     "2024-03-27T10:05:02+09:00 relay postfix/qmgr[11]: 3F2A41C0A1: removed\n" } }),
            qPrintable(fixture.error));
        QCOMPARE(describe(fixture, "3F2A41C0A1"),
            QStringList({ u"relay:first@a.example>"_s, u"relay:second@b.example>taro@example.jp=delivered"_s }));
    }

    void ironPortMidStartedAgainWhileTheOldOneIsOpen()
    {
        // the appliance restarted and its counter began again: "Start MID 100" while MID 100 never finished
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "esa1/mail.current",
                     "Wed Mar 27 09:00:00 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address 198.51.100.11 reverse dns host a.example.org verified yes\n"
                     "Wed Mar 27 09:00:00 2024 Info: Start MID 100 ICID 1\n"
                     "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 From: <first@example.org>\n"
                     "Wed Mar 27 09:00:00 2024 Info: MID 100 ICID 1 RID 0 To: <one@example.jp>\n"
                     "Wed Mar 27 09:10:00 2024 Info: New SMTP ICID 1 interface Data 1 (192.0.2.25) address 203.0.113.22 reverse dns host b.example.net verified yes\n"
                     "Wed Mar 27 09:10:00 2024 Info: Start MID 100 ICID 1\n"
                     "Wed Mar 27 09:10:00 2024 Info: MID 100 ICID 1 From: <second@example.net>\n"
                     "Wed Mar 27 09:10:00 2024 Info: MID 100 ICID 1 RID 0 To: <two@example.jp>\n"
                     "Wed Mar 27 09:10:01 2024 Info: MID 100 ready 200 bytes from <second@example.net>\n"
                     "Wed Mar 27 09:10:01 2024 Info: Message finished MID 100 done\n" } }),
            qPrintable(fixture.error));
        QCOMPARE(describe(fixture, "100"),
            QStringList({ u"esa1:first@example.org>one@example.jp=unknown"_s, u"esa1:second@example.net>two@example.jp=unknown"_s }));
    }
};

QTEST_GUILESS_MAIN(TestIdCollisions)
#include "tst_idcollisions.moc"
