#pragma once

// The walkthroughs of the seed documents as log files, for the tests that trace them (tst_*trace) and draw
// them (tst_swimlane). Each is a list of (relative path, content) for TraceFixture::load.
#include <QByteArray>
#include <QList>

#include <utility>

namespace SeedLogs {

using Files = QList<std::pair<QByteArray, QByteArray>>;

// Seed 000: one message through an IronPort appliance from ICID to close, relayed to a next hop that logs it
// as MID 6065881.
inline Files ironPortWalkthrough()
{
    return { { "ironport/mail.current",
                 "Wed Jan 30 11:31:28 2008 Info: New SMTP ICID 1002674 interface Data 2 (172.16.27.2) address "
                 "172.16.27.3 reverse dns host unknown verified no\n"
                 "Wed Jan 30 11:31:28 2008 Info: ICID 1002674 RELAY SG RELAYLIST match 172.16.27.3 SBRS rfc1918\n"
                 "Wed Jan 30 11:32:52 2008 Info: MID 1536772 ICID 1002674 From: <mechy3@technvc.com>\n"
                 "Wed Jan 30 11:33:54 2008 Info: MID 1536772 ICID 1002674 RID 0 To: <hsumida@nvc.co.jp>\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 Message-ID '<6ki453$1eso4@ironport.test>'\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 ready 137 bytes from <mechy3@technvc.com>\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 matched all recipients for per-recipient policy 1 in the "
                 "outbound table\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 interim verdict using engine: CASE spam negative\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 using engine: CASE spam negative\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 interim AV verdict using Sophos CLEAN\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 antivirus negative\n"
                 "Wed Jan 30 11:35:57 2008 Info: MID 1536772 queued for delivery\n"
                 "Wed Jan 30 11:35:57 2008 Info: New SMTP DCID 125285 interface 122.212.247.186 address 210.255.80.238 "
                 "port 25\n"
                 "Wed Jan 30 11:35:57 2008 Info: Delivery start DCID 125285 MID 1536772 to RID [0]\n"
                 "Wed Jan 30 11:35:58 2008 Info: Message done DCID 125285 MID 1536772 to RID [0]\n"
                 "Wed Jan 30 11:35:58 2008 Info: MID 1536772 RID [0] Response 'ok: Message 6065881 accepted'\n"
                 "Wed Jan 30 11:35:58 2008 Info: Message finished MID 1536772 done\n"
                 "Wed Jan 30 11:36:03 2008 Info: DCID 125285 close\n"
                 "Wed Jan 30 11:38:17 2008 Info: ICID 1002674 close\n" },
        { "nexthop/mail.current",
            "Wed Jan 30 11:35:57 2008 Info: New SMTP ICID 3301 interface Data 1 (210.255.80.238) address "
            "122.212.247.186 reverse dns host unknown verified no\n"
            "Wed Jan 30 11:35:57 2008 Info: ICID 3301 RELAY SG RELAYLIST match 122.212.247.186 SBRS None\n"
            "Wed Jan 30 11:35:57 2008 Info: Start MID 6065881 ICID 3301\n"
            "Wed Jan 30 11:35:57 2008 Info: MID 6065881 ICID 3301 From: <mechy3@technvc.com>\n"
            "Wed Jan 30 11:35:57 2008 Info: MID 6065881 ICID 3301 RID 0 To: <hsumida@nvc.co.jp>\n"
            "Wed Jan 30 11:35:58 2008 Info: MID 6065881 ready 137 bytes from <mechy3@technvc.com>\n" } };
}

// Seed 004: following 222F78322B9 from client= to removed; it bounced for size, and its non-delivery
// notification is ABC55832B09.
inline Files postfixBounceWalkthrough()
{
    return { { "server/maillog",
        "May 12 21:50:55 server postfix/smtpd[8163]: 222F78322B9: client=mail.testfrom.co.jp[XXX.XXX.XX.XX]\n"
        "May 12 21:51:20 server postfix/cleanup[8166]: 222F78322B9: message-id=<XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp>\n"
        "May 12 21:51:50 server postfix/qmgr[1513]: 222F78322B9: from=<XXXXXX@testfrom.co.jp>, size=14550452, nrcpt=3 "
        "(queue active)\n"
        "May 12 21:52:10 server postfix/smtp[7987]: 222F78322B9: to=<XXXXXX@testto.co.jp>, "
        "relay=XXX.XXX.XX.XX[XXX.XXX.XX.XX]:25, delay=44, delays=44/0/0.15/0, dsn=5.3.4, status=bounced (message size "
        "14550452 exceeds size limit 10485760 of server XXX.XXX.XX.XX[XXX.XXX.XX.XX])\n"
        "May 12 21:53:30 server postfix/bounce[9232]: 222F78322B9: sender non-delivery notification: ABC55832B09\n"
        "May 12 21:53:31 server postfix/cleanup[8166]: ABC55832B09: message-id=<20240512125331.ABC55832B09@server>\n"
        "May 12 21:53:31 server postfix/qmgr[1513]: ABC55832B09: from=<>, size=2412, nrcpt=1 (queue active)\n"
        "May 12 21:54:00 server postfix/qmgr[1513]: 222F78322B9: removed\n" } };
}

} // namespace SeedLogs
