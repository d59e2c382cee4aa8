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

// Seeds 002 and 003: one E-Post SMTP session, acceptlog's records around receivelog's dialogue, then inlog.
inline Files epostReceiveSession()
{
    return {
        { "acceptlog/MAILSV01/081130.log",
            "[30/Nov/2008:08:20:44], (xxx.xxxx.jp), [xxx.xxx.xxx.xxx]:25, Client accept now.\r\n"
            "[30/Nov/2008:08:20:55], (xxx.xxxx.jp), xxx.xxxx.xxx.xxx [xxx.xxx.xxx.xxx], "
            "????????,<B0000097586>,ok\r\n" },
        { "receivelog/MAILSV01/081130.log",
            "[30/Nov/2008:08:20:44], 00145008, 220 xxxx.xxx.jp 220 E-POST ESMTP Receiver .....\r\n"
            "[30/Nov/2008:08:20:46], 00145008, helo\r\n"
            "[30/Nov/2008:08:20:46], 00145008, 250 xxxx.xxx.jp  Hello [xxx.xxx.xxx.xxx], pleased to meet you\r\n"
            "[30/Nov/2008:08:20:49], 00145008, mail from: ????????\r\n"
            "[30/Nov/2008:08:20:49], 00000000, Check MAIL FROM address = ????????\r\n"
            "[30/Nov/2008:08:20:49], 00000000, user check status(1) = found local group (0)\r\n"
            "[30/Nov/2008:08:20:49], 00000000, match!!\r\n"
            "[30/Nov/2008:08:20:49], 00000000, user check status(2) = found Aliases\r\n"
            "[30/Nov/2008:08:20:49], 00145008, 250 <???????\?>... Sender ok.\r\n"
            "[30/Nov/2008:08:20:51], 00145008, rcpt to: ????????\r\n"
            "[30/Nov/2008:08:20:51], 00000000, Check RCPT TO address = ????????\r\n"
            "[30/Nov/2008:08:20:51], 00000000, user check status(1) = found local group (0)\r\n"
            "[30/Nov/2008:08:20:51], 00000000, match!!\r\n"
            "[30/Nov/2008:08:20:51], 00000000, user check status(2) = found Lists\r\n"
            "[30/Nov/2008:08:20:51], 00145008, 250 <???????\?>... Recipient ok.\r\n"
            "[30/Nov/2008:08:20:52], 00145008, data\r\n"
            "[30/Nov/2008:08:20:52], 00145008, 354 Start mail input;id <B0000097586> end with <CRLF>.<CRLF>\r\n"
            "[30/Nov/2008:08:20:55], 00145008, 250 Message received ok.\r\n"
            "[30/Nov/2008:08:20:56], 00145008, quit\r\n"
            "[30/Nov/2008:08:20:56], 00145008, 221 xxxx.xxx.jp closing connection.\r\n" },
        { "inlog/MAILSV01/081130.log",
            "<B0000097586@xxxx.xxx.jp> [30/Nov/2008:08:20:55] xxx.xxx.xxx.xxx  ???????? ????????\r\n" },
    };
}

// Seed 002's delivery logs: a senderlog block that ends in outlog, and one refused with 550 that ends in faillog.
inline Files epostSenderLogChains()
{
    return {
        { "senderlog/MAILSV01/030929.log",
            "[B0000097013] [xxx.xxx.jp] GetTryServer:(ltime(12709270733)-otime(12709270733))/240=(0)\r\n"
            "[B0000097013] RetryDomain:(ltime(127092707339140000)-nlast(127092707335337904))/Status=1\r\n"
            "[B0000097013] SendGlbalMail:domain=xxx@xxx.xxx.jp\r\n"
            "[B0000097013] ConnectHost:domain=xxx@xxx.xxx.jp\r\n"
            "[B0000097013] getaddrinfo:domain=ns1.xxx.xxx.jp\r\n"
            "[B0000097013] ConnectHost: winsock connect success.\r\n"
            "[B0000097013] ConnectHost: retrun mscok (170)\r\n"
            "[B0000097013] SendMailMess\r\n"
            "[B0000097013] SendMailMess:220 xxx.xxx.jp E-POST ESMTP Receiver ......\r\n"
            "[B0000097013] SendMailMess:HELO xxx.xxx.jp\r\n"
            "[B0000097013] SendMailMess:250 xxx.xxx.jp Hello [xxx.xxx.xxx.xxx], pleased to meet you\r\n"
            "[B0000097013] SendMailMess:MAIL From: \r\n"
            "[B0000097013] SendMailMess:250 ... Sender ok.\r\n"
            "[B0000097013] SendMailMess:RCPT To: \r\n"
            "[B0000097013] SendMailMess:250 ... Recipient ok.\r\n"
            "[B0000097013] SendMailMess:DATA\r\n"
            "[B0000097013] SendMailMess:354 Start mail input;id  end with .\r\n"
            "[B0000097013] SendData complete.\r\n"
            "[B0000097013] SendMailMess:250 Message received ok.\r\n"
            "[B0000097013] SendMailMess:QUIT\r\n"
            "[B0000097013] SendMailMess:221 xxx.xxx.jp closing connection.\r\n"
            "[B0000097013] SendMailMess:return=1\r\n"
            "[B0000097013] SendGlbalMail:return code=1\r\n"
            "[B0000097013] outlog() thread=1.\r\n" },
        { "outlog/MAILSV01/030929.log",
            "B0000097013@xxxxx.xxx.xxx sent on [29/Sep/2003:09:58:54] to ns1.xxx.xxx.jp from xxx@xxxx.xxx.jp to "
            "xxx@xxx.xxx.jp \r\n" },
        { "senderlog/MAILSV01/080301.log",
            "[B0000055688] [xxxx.jp] GetTryServer:(ltime(12848808588)-otime(12848808588))/240=(0)\r\n"
            "[B0000055688] ConnectHost:domain=xxxx@xxxx.jp\r\n"
            "[B0000055688] ConnectHost: winsock connect success.\r\n"
            "[B0000055688] SendMailMess:220 xxxx.jp ESMTP\r\n"
            "[B0000055688] SendMailMess:MAIL From:<xxx@xxxx.xxx.jp>\r\n"
            "[B0000055688] SendMailMess:250 Ok\r\n"
            "[B0000055688] SendMailMess:RCPT To:<xxxx@xxxx.jp>\r\n"
            "[B0000055688] SendMailMess:550 User Unknown\r\n"
            "[B0000055688] SendMailMess:QUIT\r\n"
            "[B0000055688] SendMailMess:221 Bye\r\n"
            "[B0000055688] SendGlbalMail:return code=0\r\n" },
        { "faillog/MAILSV01/080301.log",
            "B0000055688@xxxxx.xxx.xxx sent on [01/Mar/2008:10:29:51]  from xxx@xxxx.xxx.jp to xxxx@xxxx.jp  [550 User "
            "Unknown]\r\n" },
    };
}

} // namespace SeedLogs
