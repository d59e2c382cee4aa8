// Postfix parser: every example line of seed 004 and formats.md section 2, the edge cases of 2.6, and the
// public Postfix corpora (whyscream grok cases, crowdsec, datadog, youyo).
#include "formats/postfix/postfixparser.h"
#include "parsertesting.h"
#include "sharedtesting.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <span>

using namespace ParserTesting;

namespace {

struct Row
{
    const char* line;
    const char* kind;
    const char* side;
    const char* ids;
    const char* fields;
};

// Seed 004 (Qiita, following queue ID 222F78322B9). The seed masks addresses as XXX; kept as written.
constexpr Row seedRows[] = {
    { "May 12 21:50:55 server postfix/qmgr[1513]: 222F78322B9: from=<XXXXXX@testfrom.co.jp>, size=132527, nrcpt=1 (queue active)",
        "queued", "internal", "queue_id=222F78322B9", "from=XXXXXX@testfrom.co.jp|size=132527" },
    { "May 12 21:53:04 server postfix/qmgr[1513]: 66B928322E9: from=<XXXXXX@testfrom.co.jp>, size=74720, nrcpt=1 (queue active)",
        "queued", "internal", "queue_id=66B928322E9", "size=74720" },
    { "May 12 21:53:17 server postfix/qmgr[1513]: A72198372F3: from=<XXXXXX@testfrom.co.jp>, size=25568, nrcpt=1 (queue active)",
        "queued", "internal", "queue_id=A72198372F3", "size=25568" },
    { "May 12 22:00:11 server postfix/qmgr[1513]: EBD85837B18: from=<XXXXXX@testfrom.co.jp>, size=14550452, nrcpt=3 (queue active)",
        "queued", "internal", "queue_id=EBD85837B18", "size=14550452" },
    { "May 12 21:50:55 server postfix/smtpd[8163]: 222F78322B9: client=mail.testfrom.co.jp[XXX.XXX.XX.XX]",
        "mail-from", "server", "queue_id=222F78322B9 smtpd_pid=8163", "peer_host=mail.testfrom.co.jp|peer_ip=XXX.XXX.XX.XX" },
    { "May 12 21:51:20 server postfix/cleanup[8166]: 222F78322B9: message-id=<XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp>",
        "header", "server", "message_id=<XXXXXXXXXXXXXXXXXXXX@testfrom.co.jp> queue_id=222F78322B9", "" },
    { "May 12 21:51:50 server postfix/qmgr[1513]: 222F78322B9: from=<XXXXXX@testfrom.co.jp>, size=14550452, nrcpt=3 (queue active)",
        "queued", "internal", "queue_id=222F78322B9", "size=14550452" },
    { "May 12 21:52:10 server postfix/smtp[7987]: 222F78322B9: to=<XXXXXX@testto.co.jp>, relay=XXX.XXX.XX.XX[XXX.XXX.XX.XX]:25, delay=44, delays=44/0/0.15/0, dsn=5.3.4, status=bounced (message size 14550452 exceeds size limit 10485760 of server XXX.XXX.XX.XX[XXX.XXX.XX.XX])",
        "bounced", "client", "queue_id=222F78322B9",
        "to=XXXXXX@testto.co.jp|status=bounced|dsn=5.3.4|delay_ms=44000|peer_port=25|reply=message size 14550452 exceeds size limit 10485760 of server XXX.XXX.XX.XX[XXX.XXX.XX.XX]" },
    { "May 12 21:53:30 server postfix/bounce[9232]: 222F78322B9: sender non-delivery notification: ABC55832B09",
        "dsn-generated", "internal", "child_id=ABC55832B09 queue_id=222F78322B9", "" },
    { "May 12 21:54:00 server postfix/qmgr[1513]: 222F78322B9: removed", "finished", "internal",
        "queue_id=222F78322B9", "" },
};

// formats.md 2.3 catalogue and 2.7 composed examples.
constexpr Row catalogueRows[] = {
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: CONNECT from [192.0.2.25]:51544 to [192.0.2.60]:25",
        "connect", "server", "", "peer_ip=192.0.2.25|peer_port=51544" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: PASS OLD [192.0.2.25]:51544", "scan-verdict", "server", "",
        "peer_ip=192.0.2.25|verdict=PASS OLD" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: PASS NEW [192.0.2.25]:51544", "scan-verdict", "server", "",
        "verdict=PASS NEW" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: DNSBL rank 3 for [198.51.100.7]:40404", "scan-verdict",
        "server", "", "peer_ip=198.51.100.7|verdict=DNSBL rank 3 for" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: PREGREET 11 after 0.07 from [198.51.100.7]:40404: EHLO x\\r\\n",
        "scan-verdict", "server", "", "peer_ip=198.51.100.7|peer_port=40404" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: HANGUP after 1.2 from [198.51.100.7]:40404 in tests after SMTP handshake",
        "disconnect", "server", "", "peer_ip=198.51.100.7" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: DISCONNECT [198.51.100.7]:40404", "disconnect", "server", "",
        "peer_ip=198.51.100.7" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: DENYLISTED [198.51.100.7]:40404", "scan-verdict", "server", "",
        "verdict=DENYLISTED" },
    { "Mar 27 09:14:04 relay1 postfix/postscreen[2201]: NOQUEUE: reject: RCPT from [198.51.100.7]:40404: 550 5.7.1 Service unavailable; client [198.51.100.7] blocked using zen.example; from=<a@example.org>, to=<b@example.jp>, proto=ESMTP, helo=<x>",
        "rejected", "server", "", "stage=RCPT|reply_code=550|dsn=5.7.1|from=a@example.org|to=b@example.jp|helo=x" },
    { "Mar 27 09:14:04 relay1 postfix/dnsblog[2202]: addr 198.51.100.7 listed by domain zen.example as 127.0.0.2",
        "scan-verdict", "server", "", "peer_ip=198.51.100.7" },
    { "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]", "connect", "server",
        "smtpd_pid=2230", "peer_host=esa1.example.jp|peer_ip=192.0.2.25" },
    { "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from unknown[203.0.113.9]:40112", "connect", "server",
        "smtpd_pid=2230", "peer_host=unknown|peer_ip=203.0.113.9|peer_port=40112" },
    { "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: Trusted TLS connection established from esa1.example.jp[192.0.2.25]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
        "tls", "server", "smtpd_pid=2230", "peer_ip=192.0.2.25" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]", "mail-from",
        "server", "queue_id=4VbT0K2mQzz3xYp smtpd_pid=2230", "peer_host=esa1.example.jp|peer_ip=192.0.2.25" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=pc1.example.jp[192.0.2.99], sasl_method=PLAIN, sasl_username=taro",
        "mail-from", "server", "queue_id=4VbT0K2mQzz3xYp smtpd_pid=2230", "sasl_user=taro" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2231]: 5D2A13E1F0: client=localhost[127.0.0.1], orig_queue_id=4VbT0K2mQzz3xYp, orig_client=esa1.example.jp[192.0.2.25]",
        "mail-from", "server", "parent_id=4VbT0K2mQzz3xYp queue_id=5D2A13E1F0 smtpd_pid=2231", "peer_ip=127.0.0.1" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 4VbT0K2mQzz3xYp: message-id=<20240327001400.1A2B@mail.example.net>",
        "header", "server", "message_id=<20240327001400.1A2B@mail.example.net> queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 4VbT0K2mQzz3xYp: resent-message-id=<r1@example.net>", "header",
        "server", "message_id=<r1@example.net> queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: from=<taro@example.net>, size=49102, nrcpt=1 (queue active)",
        "queued", "internal", "queue_id=4VbT0K2mQzz3xYp", "from=taro@example.net|size=49102" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2230]: disconnect from esa1.example.jp[192.0.2.25] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
        "disconnect", "server", "smtpd_pid=2230", "peer_ip=192.0.2.25|verdict=ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7" },
    { "Mar 27 09:14:06 relay1 postfix/lmtp[2240]: 4VbT0K2mQzz3xYp: to=<hanako@example.jp>, relay=mbox1.example.jp[192.0.2.70]:24, delay=1.2, delays=0.41/0.01/0.05/0.7, dsn=2.0.0, status=sent (250 2.0.0 <hanako@example.jp> 9bKQAbxyZmbmAgAA Saved)",
        "delivered", "client", "queue_id=4VbT0K2mQzz3xYp",
        "to=hanako@example.jp|relay=mbox1.example.jp[192.0.2.70]:24|peer_host=mbox1.example.jp|peer_ip=192.0.2.70|peer_port=24|delay_ms=1200|dsn=2.0.0|status=sent|reply_code=250" },
    { "Mar 27 09:14:06 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed", "finished", "internal",
        "queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:20:11 relay1 postfix/smtpd[2290]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]; from=<x@example.org> to=<hanako@example.jp> proto=ESMTP helo=<pc01>",
        "rejected", "server", "smtpd_pid=2290",
        "stage=RCPT|peer_ip=203.0.113.9|reply_code=450|dsn=4.7.1|from=x@example.org|to=hanako@example.jp|helo=pc01|verdict=reject" },
    { "Mar 27 09:20:12 relay1 postfix/smtpd[2290]: disconnect from unknown[203.0.113.9] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
        "disconnect", "server", "smtpd_pid=2290", "peer_host=unknown" },
    { "2024-03-27T10:02:40.551220+09:00 relay1 postfix-out/smtp[3011]: 4VbT9Q0cHbz3xZb: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=3604, delays=3600/0.02/2.9/1.1, dsn=4.7.0, status=deferred (host mx.partner.example[203.0.113.50] said: 451 4.7.0 Try again later (in reply to end of DATA command))",
        "deferred", "client", "queue_id=4VbT9Q0cHbz3xZb", "status=deferred|reply_code=451|delay_ms=3604000" },
    { "2024-03-27T11:02:44.018007+09:00 relay1 postfix-out/smtp[3022]: 4VbT9Q0cHbz3xZb: to=<ken@partner.example>, relay=mx.partner.example[203.0.113.50]:25, delay=7208, delays=7204/0.01/2.1/1.3, dsn=5.1.1, status=bounced (host mx.partner.example[203.0.113.50] said: 550 5.1.1 No such user (in reply to RCPT TO command))",
        "bounced", "client", "queue_id=4VbT9Q0cHbz3xZb", "status=bounced|reply_code=550|dsn=5.1.1" },
    { "2024-03-27T11:02:44.020113+09:00 relay1 postfix-out/bounce[3025]: 4VbT9Q0cHbz3xZb: sender non-delivery notification: 4VbTGm1fDsz3xZk",
        "dsn-generated", "internal", "child_id=4VbTGm1fDsz3xZk queue_id=4VbT9Q0cHbz3xZb", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@example.jp>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.5, delays=0.1/0/0.1/0.3, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 5D2A13E1F0)",
        "delivered", "client", "next_hop_id=5D2A13E1F0 queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@example.jp>, relay=esa2.example.jp[192.0.2.26]:25, delay=0.5, delays=0.1/0/0.1/0.3, dsn=2.0.0, status=sent (250 ok:  Message 30011 accepted)",
        "delivered", "client", "next_hop_id=30011 queue_id=4VbT0K2mQzz3xYp", "" },
    // next hops that name the message differently: Exchange echoes the Message-ID, Google its own ID
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@example.com>, relay=ex.example.com[192.0.2.27]:25, delay=0.5, delays=0.1/0/0.1/0.3, dsn=2.6.0, status=sent (250 2.6.0 <20240327001400.1A2B@mail.example.net> [InternalId=123] Queued mail for delivery)",
        "delivered", "client", "next_hop_id=<20240327001400.1A2B@mail.example.net> queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@gmail.example>, relay=gmail-smtp-in.l.google.com[192.0.2.28]:25, delay=0.5, delays=0.1/0/0.1/0.3, dsn=2.0.0, status=sent (250 2.0.0 OK  1711500000 a1b2c3d4e5f6-1234567890abcdef.12 - gsmtp)",
        "delivered", "client", "next_hop_id=a1b2c3d4e5f6-1234567890abcdef.12 queue_id=4VbT0K2mQzz3xYp", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@example.jp>, orig_to=<alias@example.jp>, relay=mx[192.0.2.26]:25, conn_use=2, delay=0.5, delays=0.1/0/0.1/0.3, tls=may, dsn=2.0.0, status=sent (250 2.0.0 Ok)",
        "delivered", "client", "queue_id=4VbT0K2mQzz3xYp", "orig_to=alias@example.jp|tls=may" },
    { "Mar 27 09:14:05 relay1 postfix/local[2260]: 4VbT0K2mQzz3xYp: to=<root@relay1.example.jp>, orig_to=<root>, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (forwarded as 6E3B13E1F1)",
        "delivered", "client", "child_id=6E3B13E1F1 queue_id=4VbT0K2mQzz3xYp", "relay=local" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: 4VbT0K2mQzz3xYp: to=<a@example.jp>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.jp[192.0.2.9]:25: Connection timed out)",
        "deferred", "client", "queue_id=4VbT0K2mQzz3xYp", "relay=none" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: connect to mx.example.jp[192.0.2.9]:25: Connection refused",
        "delivery-connect", "client", "", "peer_ip=192.0.2.9|peer_port=25|reply=Connection refused" },
    { "Mar 27 09:14:05 relay1 postfix/smtp[2250]: Untrusted TLS connection established to mx.example.jp[192.0.2.9]:25: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
        "tls", "client", "", "peer_ip=192.0.2.9|peer_port=25" },
    { "Mar 27 09:14:05 relay1 postfix/pickup[2270]: 7F1A23E1F2: uid=1000 from=<jiro>", "mail-from", "internal",
        "queue_id=7F1A23E1F2", "from=jiro" },
    { "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 7F1A23E1F2: from=<jiro@example.jp>, status=expired, returned to sender",
        "expired", "internal", "queue_id=7F1A23E1F2", "status=expired" },
    { "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 7F1A23E1F2: skipped, still being delivered", "queued", "internal",
        "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 7F1A23E1F2: reject: header Subject: WIN MONEY from unknown[203.0.113.9]; from=<x@example.org> to=<a@example.jp> proto=ESMTP helo=<pc01>: 550 5.7.1 spam",
        "rejected", "server", "queue_id=7F1A23E1F2", "from=x@example.org|to=a@example.jp|peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 7F1A23E1F2: milter-reject: END-OF-MESSAGE from unknown[203.0.113.9]: 5.7.1 Virus found; from=<x@example.org> to=<a@example.jp> proto=ESMTP helo=<pc01>",
        "rejected", "server", "queue_id=7F1A23E1F2", "stage=END-OF-MESSAGE|dsn=5.7.1" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 7F1A23E1F2: hold: header Received: from x from unknown[203.0.113.9]; from=<x@example.org> to=<a@example.jp> proto=ESMTP helo=<pc01>",
        "quarantined", "server", "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/cleanup[2233]: 7F1A23E1F2: removed (canceled)", "finished", "server",
        "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: lost connection after DATA (1234 bytes) from unknown[203.0.113.9]",
        "disconnect", "server", "smtpd_pid=2290", "status=lost connection|peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: 7F1A23E1F2: lost connection after DATA (1234 bytes) from unknown[203.0.113.9]",
        "disconnect", "server", "queue_id=7F1A23E1F2 smtpd_pid=2290", "peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: timeout after RCPT from unknown[203.0.113.9]", "disconnect",
        "server", "smtpd_pid=2290", "status=timeout|stage=RCPT|peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
        "auth", "server", "smtpd_pid=2290", "status=failed|peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: improper command pipelining after EHLO from unknown[203.0.113.9]: QUIT",
        "scan-verdict", "server", "smtpd_pid=2290", "peer_ip=203.0.113.9" },
    { "Mar 27 09:14:05 relay1 postfix/master[1180]: daemon started -- version 3.7.11, configuration /etc/postfix",
        "system", "none", "", "" },
    { "Mar 27 09:14:05 relay1 postfix/anvil[1181]: statistics: max connection rate 1/60s for (smtp:192.0.2.25) at Mar 27 09:10:04",
        "other", "none", "", "" },
    { "Mar 27 09:14:05 relay1 postfix/postsuper[2300]: 7F1A23E1F2: removed", "finished", "internal",
        "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/postsuper[2300]: 7F1A23E1F2: placed on hold", "quarantined", "internal",
        "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/postsuper[2300]: 7F1A23E1F2: requeued", "queued", "internal",
        "queue_id=7F1A23E1F2", "" },
    { "Mar 27 09:14:05 relay1 postfix/smtpd[2290]: warning: hostname x.example does not resolve to address 203.0.113.9",
        "system", "none", "smtpd_pid=2290", "status=warning" },
    // header variants (2.1)
    { "2024-05-12T21:50:55+0900 mx1 postfix/smtpd[8163]: connect from a.example[192.0.2.1]", "connect", "server",
        "smtpd_pid=8163", "" },
    { "2024-05-12T21:50:55.123456+0900 mx1 postfix/smtpd[8163]: connect from a.example[192.0.2.1]", "connect",
        "server", "smtpd_pid=8163", "" },
    { "May 12 21:50:55 mx1 postfix/submission/smtpd[9020]: connect from a.example[192.0.2.1]", "connect", "server",
        "smtpd_pid=9020", "" },
    { "<22>May 12 21:50:55 mx1 postfix/smtpd[8163]: connect from a.example[192.0.2.1]", "connect", "server",
        "smtpd_pid=8163", "" },
    { "May  2 21:50:55 mx1 postfix/smtpd[8163]: connect from a.example[192.0.2.1]", "connect", "server",
        "smtpd_pid=8163", "" },
    // another daemon in the same syslog file: a syslog line, not Postfix's
    { "May 12 21:50:55 mx1 dovecot: imap-login: Login: user=<taro>", "other", "none", "", "" },
    // cut by syslog in the middle of a delivery line: still a Postfix line of that queue ID
    { "May 12 21:50:55 mx1 postfix/smtp[7987]: 222F78322B9: to=<a@example.jp>, relay=mx[192.0.2.1]:25, dela",
        "other", "client", "queue_id=222F78322B9", "" },
};

void addRows(const Row* rows, size_t count, const char* prefix)
{
    for (size_t i = 0; i < count; ++i) {
        QTest::addRow("%s-%zu", prefix, i) << QByteArray(rows[i].line) << QString::fromLatin1(rows[i].kind)
                                           << QString::fromLatin1(rows[i].side) << QString::fromLatin1(rows[i].ids)
                                           << QString::fromLatin1(rows[i].fields);
    }
}

QString sharedDir()
{
    return QStringLiteral(MAILLANE_SHARED_DIR);
}

// The unquoted value of a one-line YAML scalar ("..." with \" and \\ escapes, or plain).
QString yamlScalar(QString value)
{
    value = value.trimmed();
    if (!value.startsWith(u'"'))
        return value;
    QString out;
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        if (value[i] == u'\\' && i + 1 < value.size() - 1) {
            const QChar next = value[++i];
            out += next == u'n' ? u'\n' : next == u'r' ? u'\r' : next == u't' ? u'\t' : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

} // namespace

class TestPostfixParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("ids");
        QTest::addColumn<QString>("fields");
        addRows(seedRows, std::size(seedRows), "seed004");
        addRows(catalogueRows, std::size(catalogueRows), "formats");
    }
    void parsesLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        QFETCH(QString, side);
        QFETCH(QString, ids);
        QFETCH(QString, fields);
        const PostfixParser parser;
        const Result result = parse(parser, line);
        QVERIFY(result.understood);
        QCOMPARE(ParserTesting::kind(result), kind);
        QCOMPARE(QString(sideKey(result.event.side)), side);
        QCOMPARE(ParserTesting::ids(result.event), ids);
        QCOMPARE(mismatchedFields(result.event, fields), QString());
        QVERIFY(result.event.time.isValid());
    }

    void readsHeader()
    {
        const PostfixParser parser;
        Result bsd = parse(parser, "Mar  7 09:14:02 relay1 postfix-out/smtp[3011]: connect to a[192.0.2.1]:25: x");
        QCOMPARE(bsd.event.time.year, 0); // BSD syslog: the loader infers the year
        QCOMPARE(bsd.event.time.month, 3);
        QCOMPARE(bsd.event.time.day, 7);
        QCOMPARE(bsd.event.time.second, 2);
        QCOMPARE(QString::fromLatin1(bsd.event.host), QStringLiteral("relay1"));
        QCOMPARE(QString::fromLatin1(bsd.event.program), QStringLiteral("postfix-out/smtp"));
        QCOMPARE(bsd.event.pid, 3011u);
        QVERIFY(!bsd.event.time.hasOffset);

        Result iso = parse(parser, "2024-03-27T10:02:40.551220+09:00 relay1 postfix/qmgr[1]: 4VbT9Q0cHbz3xZb: removed");
        QCOMPARE(iso.event.time.year, 2024);
        QCOMPARE(iso.event.time.millisecond, 551);
        QVERIFY(iso.event.time.hasOffset);
        QCOMPARE(iso.event.time.offsetMinutes, 9 * 60);

        Result journal = parse(parser, "2024-05-12T21:50:55-0430 mx1 postfix/qmgr[1]: 4VbT9Q0cHbz3xZb: removed");
        QCOMPARE(journal.event.time.offsetMinutes, -(4 * 60 + 30));
        Result utc = parse(parser, "2024-05-12T21:50:55Z mx1 postfix/qmgr[1]: 4VbT9Q0cHbz3xZb: removed");
        QVERIFY(utc.event.time.hasOffset);
        QCOMPARE(utc.event.time.offsetMinutes, 0);
    }

    void recognisesOnlyPostfix()
    {
        const PostfixParser parser;
        QCOMPARE(parser.recognise("Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a[192.0.2.25]"), 2);
        QCOMPARE(parser.recognise("2024-03-27T10:02:40+09:00 relay1 postfix-out/smtp[3011]: x"), 2);
        QCOMPARE(parser.recognise("Mar 27 09:14:04 relay1 dovecot: imap-login: x"), 0);
        QCOMPARE(parser.recognise("Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412"), 0);
        QCOMPARE(parser.recognise("<166>Mar 27 09:14:02 esa1 mail_logs: Info: Start MID 30011 ICID 880412"), 0);
        QCOMPARE(parser.recognise("27-Mar-2024 09:14:02.31 tcp_local    ims-ms       EES 48 a@b rfc822;c@d c@d"), 0);
        QCOMPARE(parser.recognise("[12/Apr/2024:10:15:03], (mail.example.jp), [203.0.113.77]:25, Client accept now."), 0);
        QCOMPARE(parser.recognise(""), 0);
    }

    void survivesTruncationAndNoise()
    {
        const PostfixParser parser;
        for (const auto& rows : { std::span<const Row>(seedRows), std::span<const Row>(catalogueRows) }) {
            for (const Row& row : rows) {
                const QByteArray line(row.line);
                for (qsizetype n = 0; n <= line.size(); ++n) {
                    const QByteArray prefix = line.left(n); // own buffer: reads past n would be caught by ASan
                    parse(parser, prefix);
                    parser.recognise(prefix);
                }
            }
        }
        QRandomGenerator random(20241123);
        for (int i = 0; i < 2000; ++i) {
            QByteArray noise(random.bounded(0, 300), Qt::Uninitialized);
            for (char& c : noise)
                c = char(random.bounded(256));
            if (i % 2) // a valid header in front of noise reaches the message parsers
                noise.prepend("Mar 27 09:14:05 relay1 postfix/smtpd[2290]: 4VbT0K2mQzz3xYp: ");
            parse(parser, noise);
            parser.recognise(noise);
        }
    }

    // whyscream/postfix-grok-patterns: 191 cases, each the message after "postfix/<daemon>[pid]: " with the
    // fields a grok parser extracts. We wrap each in a syslog header and compare the fields we share.
    void matchesGrokCorpus()
    {
        const QDir dir(sharedDir() + QStringLiteral("/corpus/whyscream-postfix-grok-patterns/test"));
        MAILLANE_REQUIRE_SHARED(dir.path());
        const PostfixParser parser;
        int checked = 0;
        for (const QString& name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString pattern, data;
            QMap<QString, QString> expected;
            bool inResults = false;
            for (const QString& raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (raw.startsWith(QLatin1String("pattern:")))
                    pattern = yamlScalar(raw.mid(8));
                else if (raw.startsWith(QLatin1String("data:")))
                    data = yamlScalar(raw.mid(5));
                else if (raw.startsWith(QLatin1String("results:")))
                    inResults = true;
                else if (inResults && raw.startsWith(QLatin1String("    ")) && raw.contains(u':'))
                    expected.insert(raw.trimmed().section(u':', 0, 0), yamlScalar(raw.trimmed().section(u':', 1)));
            }
            // Fragments (command counters, delays, TLS feature lists) are parts of lines, not lines.
            if (pattern.contains(QLatin1String("COMMAND_COUNTER_DATA")) || pattern.contains(QLatin1String("DELAYS"))
                || pattern.contains(QLatin1String("TLS_FEATURES")))
                continue;
            QString daemon = pattern.section(QLatin1String("POSTFIX_"), 1).section(u'}', 0, 0).toLower();
            daemon.replace(u'_', u'-');
            if (daemon == QLatin1String("script"))
                daemon = QStringLiteral("postfix-script");
            const QByteArray line = "Mar 27 09:14:05 relay1 postfix/" + daemon.toUtf8() + "[2290]: " + data.toUtf8();
            const Result result = parse(parser, line);
            const QString where = name + QStringLiteral(": ") + data;
            QVERIFY2(result.understood, qPrintable(where));
            // NOQUEUE is not an ID (it would tie every reject together): we store no queue ID for it.
            if (expected.contains(QStringLiteral("postfix_queueid"))) {
                QString queueId = expected.value(QStringLiteral("postfix_queueid"));
                if (queueId == QLatin1String("NOQUEUE"))
                    queueId.clear();
                QVERIFY2(field(result.event, FieldKey::QueueId) == queueId, qPrintable(where));
            }
            const QString clientIp = expected.value(QStringLiteral("postfix_client_ip"),
                expected.value(QStringLiteral("postfix_relay_ip")));
            if (!clientIp.isEmpty())
                QVERIFY2(field(result.event, FieldKey::PeerIp) == clientIp, qPrintable(where + QStringLiteral(" ip")));
            if (expected.contains(QStringLiteral("postfix_status")))
                QVERIFY2(field(result.event, FieldKey::Status) == expected.value(QStringLiteral("postfix_status")),
                    qPrintable(where));
            if (expected.contains(QStringLiteral("postfix_status_code")))
                QVERIFY2(field(result.event, FieldKey::ReplyCode) == expected.value(QStringLiteral("postfix_status_code")),
                    qPrintable(where));
            if (expected.contains(QStringLiteral("postfix_smtp_stage")) && result.event.kind == EventKind::Rejected)
                QVERIFY2(field(result.event, FieldKey::Stage) == expected.value(QStringLiteral("postfix_smtp_stage")),
                    qPrintable(where));
            ++checked;
        }
        QVERIFY(checked >= 170);
    }
};

MAILLANE_SHARED_TEST_MAIN(TestPostfixParser)
#include "tst_postfixparser.moc"
