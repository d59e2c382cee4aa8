// IronPort parser: every log line of seed 000, one composed line per template of formats.md 1.4 (with the
// failure variants of 1.7 and the bounce-log lines), the edge cases of 1.6, robustness on broken input, and the
// public Cribl ESA sample (1000 real AsyncOS 7.6 lines).
#include "formats/ironport/ironportparser.h"
#include "parsertesting.h"
#include "sharedtesting.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <span>

using namespace ParserTesting;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    const char* line;
    const char* kind;
    const char* side;
    const char* ids; // ParserTesting::ids()
    const char* fields; // "key=value|key=value"; "key=" means absent
};

// Seed 000 (Japanese walkthrough): its lines are wrapped or run together in HTML cells there; each is one
// physical line here. The seed's markdown shows "\$" in the Message-ID; the real line has "$".
constexpr Row seedRows[] = {
    { "Wed Jan 30 11:31:28 2008 Info: New SMTP ICID 1002674 interface Data 2 (172.16.27.2) address 172.16.27.3 reverse "
      "dns host unknown verified no",
        "connect", "server", "icid=1002674",
        "interface=Data 2|local_ip=172.16.27.2|peer_ip=172.16.27.3|peer_host=|verdict=verified no" },
    { "Wed Jan 30 11:31:28 2008 Info: ICID 1002674 RELAY SG RELAYLIST match 172.16.27.3 SBRS rfc1918", "connect",
        "server", "icid=1002674", "verdict=RELAY SG RELAYLIST|stage=" },
    { "Wed Jan 30 11:32:52 2008 Info: MID 1536772 ICID 1002674 From: <mechy3@technvc.com>", "mail-from", "server",
        "icid=1002674 mid=1536772", "from=mechy3@technvc.com" },
    { "Wed Jan 30 11:33:54 2008 Info: MID 1536772 ICID 1002674 RID 0 To: <hsumida@nvc.co.jp>", "rcpt-to", "server",
        "icid=1002674 mid=1536772 rid=0", "to=hsumida@nvc.co.jp" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 Message-ID '<6ki453$1eso4@ironport.test>'", "header", "server",
        "message_id=<6ki453$1eso4@ironport.test> mid=1536772", "" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 ready 137 bytes from <mechy3@technvc.com>", "accepted", "server",
        "mid=1536772", "size=137|from=mechy3@technvc.com" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 matched all recipients for per-recipient policy 1 in the outbound "
      "table",
        "scan-verdict", "internal", "mid=1536772",
        "verdict=matched all recipients for per-recipient policy 1 in the outbound table" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 interim verdict using engine: CASE spam negative", "scan-verdict",
        "internal", "mid=1536772", "verdict=interim verdict using engine: CASE spam negative" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 using engine: CASE spam negative", "scan-verdict", "internal",
        "mid=1536772", "verdict=using engine: CASE spam negative" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 interim AV verdict using Sophos CLEAN", "scan-verdict", "internal",
        "mid=1536772", "verdict=interim AV verdict using Sophos CLEAN" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 antivirus negative", "scan-verdict", "internal", "mid=1536772",
        "verdict=antivirus negative" },
    { "Wed Jan 30 11:35:57 2008 Info: MID 1536772 queued for delivery", "queued", "internal", "mid=1536772", "" },
    { "Wed Jan 30 11:35:57 2008 Info: New SMTP DCID 125285 interface 122.212.247.186 address 210.255.80.238 port 25",
        "delivery-connect", "client", "dcid=125285", "local_ip=122.212.247.186|peer_ip=210.255.80.238|peer_port=25" },
    { "Wed Jan 30 11:35:57 2008 Info: Delivery start DCID 125285 MID 1536772 to RID [0]", "delivery-start", "client",
        "dcid=125285 mid=1536772 rid=0", "relay=" },
    { "Wed Jan 30 11:35:58 2008 Info: Message done DCID 125285 MID 1536772 to RID [0]", "delivered", "client",
        "dcid=125285 mid=1536772 rid=0", "" },
    { "Wed Jan 30 11:35:58 2008 Info: MID 1536772 RID [0] Response 'ok: Message 6065881 accepted'", "smtp-reply",
        "client", "mid=1536772 next_hop_id=6065881 rid=0", "reply=ok: Message 6065881 accepted|reply_code=" },
    { "Wed Jan 30 11:35:58 2008 Info: Message finished MID 1536772 done", "finished", "internal", "mid=1536772",
        "status=done" },
    { "Wed Jan 30 11:36:03 2008 Info: DCID 125285 close", "delivery-disconnect", "client", "dcid=125285", "" },
    { "Wed Jan 30 11:38:17 2008 Info: ICID 1002674 close", "disconnect", "server", "icid=1002674", "status=close" },
};

#define T "Wed Mar 27 09:14:02 2024 Info: "

// formats.md 1.4: one composed line per template (alternatives and old forms as extra rows), the composed
// example of 1.7 and its failure variants, the bounce-log subscription and the system lines.
constexpr Row lineTypeRows[] = {
    // connection and connection policy
    { T "New SMTP ICID 880412 interface Data 1 (192.0.2.25) address 198.51.100.40 reverse dns host mx1.example.net "
        "verified yes",
        "connect", "server", "icid=880412",
        "interface=Data 1|local_ip=192.0.2.25|peer_ip=198.51.100.40|peer_host=mx1.example.net|verdict=verified yes" },
    { T "New SMTP ICID 10292815 interface private address 198.51.100.41", "connect", "server", "icid=10292815",
        "interface=private|local_ip=|peer_ip=198.51.100.41|peer_host=" },
    { T "New SMTP ICID 27389415 interface Marsh (192.0.2.20) address 198.51.100.42 reverse dns host  "
        "server.example.com verified no",
        "connect", "server", "icid=27389415", "interface=Marsh|peer_host=server.example.com|verdict=verified no" },
    { T "ICID 880412 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1 country Japan", "connect", "server",
        "icid=880412", "verdict=ACCEPT SG UNKNOWNLIST" },
    { T "ICID 52525189 ACCEPT SG None match  SBRS 3.7", "connect", "server", "icid=52525189",
        "verdict=ACCEPT SG None" },
    { T "ICID 880414 REJECT SG BLACKLIST match sbrs[-10.0:-2.5] SBRS -9.5", "rejected", "server", "icid=880414",
        "verdict=REJECT SG BLACKLIST|stage=CONNECT" },
    { T "ICID 2106327021 REJECT SG TCP-REFUSE match", "rejected", "server", "icid=2106327021",
        "verdict=REJECT SG TCP-REFUSE|stage=CONNECT" },
    { T "ICID 0 TCPREFUSE SG BLACKLIST match sbrs[-10.0:-0.5] SBRS -9.9", "rejected", "server", "",
        "verdict=TCPREFUSE SG BLACKLIST|stage=CONNECT" },
    { T "ICID 880415 RELAY SG RELAYLIST match 192.0.2.0/24 SBRS not enabled", "connect", "server", "icid=880415",
        "verdict=RELAY SG RELAYLIST" },
    { T "ICID 9461571 SBRS None", "connect", "server", "icid=9461571", "verdict=SBRS None" },
    { T "ICID 880416 Delayed HAT REJECT continuing session for recipient logging (198.51.100.7)", "rejected", "server",
        "icid=880416", "peer_ip=198.51.100.7|verdict=Delayed HAT REJECT" },
    { T "ICID 880412 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384", "tls", "server", "icid=880412",
        "tls=success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384|status=success" },
    { T "ICID 10304570 TLS success", "tls", "server", "icid=10304570", "tls=success|status=success" },
    { T "ICID 880412 TLS failed: handshake error", "tls", "server", "icid=880412",
        "tls=failed: handshake error|status=failed" },
    { T "ICID 8 TLS was required but remote host did not initiate it", "tls", "server", "icid=8", "status=failed" },
    { T "SMTP Auth: (ICID 880412) succeeded for user: taro using AUTH mechanism: LOGIN with profile: corp_ldap", "auth",
        "server", "icid=880412", "status=succeeded|sasl_user=taro" },
    { T "SMTP Auth (ICID 880412) failed for user: hanako using AUTH mechanism: PLAIN with profile: corp_ldap", "auth",
        "server", "icid=880412", "status=failed|sasl_user=hanako" },
    { T "ICID 880412 Address: <nobody@example.invalid> sender rejected, envelope sender domain does not exist",
        "rejected", "server", "icid=880412",
        "stage=MAIL|from=nobody@example.invalid|reply=envelope sender domain does not exist" },
    { T "ICID 880412 Invalid sender address: Unsupported domain literal: '[]'", "rejected", "server", "icid=880412",
        "stage=MAIL|reply=Unsupported domain literal: '[]'" },
    { T "ICID 880412 MID 30011 Invalid recipient address: Invalid character in address: '!'", "rejected", "server",
        "icid=880412 mid=30011", "stage=RCPT|reply=Invalid character in address: '!'" },
    { T "ICID 880412 Receiving Failed: Message size exceeds limit", "rejected", "server", "icid=880412",
        "stage=DATA|reply=Message size exceeds limit" },
    { T "ICID 880412 Receiving Failed: Connection limit exceeded", "rejected", "server", "icid=880412",
        "stage=CONNECT" },
    { T "ICID 880412 Unknown command: XYZZY", "other", "server", "icid=880412", "reply=Unknown command: XYZZY" },
    { T "ICID 880412 Bad syntax for command: MAIL FROM:taro", "other", "server", "icid=880412",
        "reply=Bad syntax for command: MAIL FROM:taro" },
    { T "ICID 880412 Connection from 198.51.100.7 on interface Data 1 (192.0.2.25) lost after 139 seconds (DNS query "
        "took 139 seconds), before any commands were received",
        "disconnect", "server", "icid=880412", "peer_ip=198.51.100.7|status=lost" },
    { T "ICID 880412 disconnected address 198.51.100.7, no messages injected within timeout period", "disconnect",
        "server", "icid=880412", "peer_ip=198.51.100.7|reply=no messages injected within timeout period" },
    { T "ICID 880412 lost", "disconnect", "server", "icid=880412", "status=lost" },
    { T "ICID 880412 close", "disconnect", "server", "icid=880412", "status=close" },

    // envelope, data, acceptance
    { T "Start MID 30011 ICID 880412", "mail-from", "server", "icid=880412 mid=30011", "status=start" },
    { T "Start MID 30020 ICID 0 (ISQ Notification)", "mail-from", "internal", "mid=30020", "verdict=ISQ Notification|status=start" },
    { T "MID 30011 ICID 880412 From: <taro@example.net>", "mail-from", "server", "icid=880412 mid=30011",
        "from=taro@example.net" },
    { T "MID 30012 ICID 0 From: <>", "mail-from", "internal", "mid=30012", "from=" },
    { T "MID 30011 ICID 880412 RID 0 To: <hanako@example.jp>", "rcpt-to", "server", "icid=880412 mid=30011 rid=0",
        "to=hanako@example.jp" },
    { T "MID 30015 ICID 0 RID 1 To: <jiro@example.jp>", "rcpt-to", "internal", "mid=30015 rid=1",
        "to=jiro@example.jp" },
    { T "MID 30011 ICID 880412 To: <nobody@example.jp> Rejected by RAT", "rejected", "server", "icid=880412 mid=30011",
        "stage=RCPT|to=nobody@example.jp|verdict=RAT" },
    { T "MID 30011 ICID 880412 To: <ghost@example.jp> Rejected by Receiving Control", "rejected", "server",
        "icid=880412 mid=30011", "to=ghost@example.jp|verdict=Receiving Control" },
    { T "MID 30011 ICID 880412 invalid bounce, rcpt address <bounce@example.jp> rejected by bounce verification.",
        "rejected", "server", "icid=880412 mid=30011", "stage=RCPT|to=bounce@example.jp" },
    { T "MID 30011 ICID 880412 invalid bounce, tagging", "scan-verdict", "internal", "icid=880412 mid=30011",
        "verdict=invalid bounce, tagging" },
    { T "MID 30011 Message-ID '<20240327001400.1A2B@mail.example.net>'", "header", "server",
        "message_id=<20240327001400.1A2B@mail.example.net> mid=30011", "" },
    { T "MID 30011 Subject 'Quarterly figures'", "header", "server", "mid=30011", "subject=Quarterly figures" },
    { T "MID 30011 ready 48213 bytes from <taro@example.net>", "accepted", "server", "mid=30011",
        "size=48213|from=taro@example.net" },
    { T "Message aborted MID 30014 Receiving aborted", "rejected", "server", "mid=30014", "status=aborted|stage=DATA" },
    { T "MID 30011 attachment 'report.pdf'", "scan-verdict", "internal", "mid=30011",
        "verdict=attachment 'report.pdf'" },
    { T "MID 30011 IncomingRelay(mxrelay): Header Received found, IP 198.51.100.40 being used, SBRS 2.1",
        "scan-verdict", "internal", "mid=30011", "" },

    // policy and scanning
    { T "MID 30011 matched all recipients for per-recipient policy DEFAULT in the inbound table", "scan-verdict",
        "internal", "mid=30011", "" },
    { T "MID 30011 was split creating MID 30015 due to a per-recipient policy Sales in the inbound table", "derived",
        "internal", "child_id=30015 mid=30011", "" },
    { T "MID 30011 interim verdict using engine: CASE spam negative", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 using engine: CASE spam negative", "scan-verdict", "internal", "mid=30011",
        "verdict=using engine: CASE spam negative" },
    { T "MID 30011 using engine: GRAYMAIL negative", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 164668 using engine: CASE using cached verdict", "scan-verdict", "internal", "mid=164668", "" },
    { T "MID 3033 Brightmail positive", "scan-verdict", "internal", "mid=3033", "verdict=Brightmail positive" },
    { T "MID 30011 interim AV verdict using Sophos CLEAN", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 antivirus negative", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 antivirus positive 'W32/Example-A' (released from Outbreak)", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "MID 30011 AMP file reputation verdict : CLEAN", "scan-verdict", "internal", "mid=30011",
        "verdict=AMP file reputation verdict : CLEAN" },
    { T "MID 30011 Outbreak Filters: verdict negative", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 Virus Threat Level=0", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 URL http://www.example.com/x has reputation -6.5 matched Condition: URL Reputation Rule",
        "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 SPF: mailfrom identity taro@example.net Pass (v=spf1)", "scan-verdict", "internal", "mid=30011",
        "verdict=SPF: mailfrom identity taro@example.net Pass (v=spf1)" },
    { T "MID 30011 SPF: helo identity postmaster@mx1.example.net None", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 DKIM: pass signature verified (d=example.net s=sel1 i=@example.net)", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "MID 30011 DKIM: permfail body hash did not verify [final] (d=example.net s=sel1 i=@example.net)",
        "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 DKIM: signing with corp - matches taro@example.jp", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 DomainKeys: cannot sign - no profile matches taro@example.net", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "MID 30011 DMARC: Verification passed", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 DMARC: Message from domain example.net, DMARC pass (SPF aligned True, DKIM aligned True)",
        "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 SDR: Domains for which SDR is requested: reverse DNS host: mx1.example.net, helo: mx1.example.net, "
        "env-from: example.net",
        "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 DLP violation. Severity: HIGH (Risk Factor: 90). DLP policy match: 'PCI Compliance'.",
        "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 Custom Log Entry: external sender", "scan-verdict", "internal", "mid=30011",
        "verdict=Custom Log Entry: external sender" },
    { T "MID 30011 was too big (362262/262144) for scanning by Outbreak Filters", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "MID 30011 masquerading envelope sender from 'taro' to 'taro@example.net'", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "MID 30011 masquerading header 'From' from 'taro' to 'taro@example.net'", "scan-verdict", "internal",
        "mid=30011", "" },
    { T "Alias match: MID 30011 RID 0 recipient hanako@example.jp mapped to ['h.yamada@example.jp']", "scan-verdict",
        "internal", "mid=30011 rid=0", "to=hanako@example.jp" },
    { T "LDAP: Reroute query corp.routing MID 30011 RID 0 address hanako@example.jp to [('hanako@example.jp', "
        "'mail2.example.jp')]",
        "scan-verdict", "internal", "mid=30011 rid=0", "to=hanako@example.jp" },
    { T "LDAP: Drop query corp.ldapaccept MID 30011 RID 1 address ghost@example.jp", "scan-verdict", "internal",
        "mid=30011 rid=1", "to=ghost@example.jp" },
    { T "MID 30011 rewritten to MID 30016 by add-footer filter 'Footer Stamping'", "derived", "internal",
        "child_id=30016 mid=30011", "verdict=add-footer filter 'Footer Stamping'" },
    { T "MID 2 rewritten to 3 by antispam", "derived", "internal", "child_id=3 mid=2", "verdict=antispam" },
    { T "MID 30017 was generated based on MID 30011 by bcc filter 'Archive'", "derived", "internal",
        "mid=30017 parent_id=30011", "verdict=bcc filter 'Archive'" },
    { T "MID 30018 generated based on MID 30011 by antivirus", "derived", "internal", "mid=30018 parent_id=30011",
        "verdict=antivirus" },
    { T "MID 30012 generated for bounce of MID 30011", "dsn-generated", "internal", "mid=30012 parent_id=30011", "" },
    { T "Message aborted MID 30011 Dropped by filter 'FileType'", "dropped", "internal", "mid=30011",
        "verdict=filter 'FileType'" },
    { T "Message aborted MID 30011 Dropped by content filter 'Junk' in the inbound table", "dropped", "internal",
        "mid=30011", "verdict=content filter 'Junk' in the inbound table" },
    { T "Message aborted MID 30011 Dropped by CASE", "dropped", "internal", "mid=30011", "verdict=CASE" },
    { T "Message aborted MID 30011 Bounced by content filter 'Reject' in the inbound table", "bounced", "internal",
        "mid=30011", "verdict=content filter 'Reject' in the inbound table" },
    { T "MID 30011 was dropped by content filter 'dontsend' in the inbound table", "dropped", "internal", "mid=30011",
        "" },
    { T "MID 30011 was bounced by policy Strict in the inbound table", "bounced", "internal", "mid=30011", "" },
    { T "MID 30011 quarantined to \"Policy\" (content filter: Attachments)", "quarantined", "internal", "mid=30011",
        "verdict=quarantined to \"Policy\" (content filter: Attachments)" },
    { T "MID 30011 released from quarantine \"Policy\" (manual) t=190", "scan-verdict", "internal", "mid=30011", "" },
    { T "MID 30011 released (attachments stripped) from quarantine \"Outbreak\" (queue full) t=190", "scan-verdict",
        "internal", "mid=30011", "" },
    { T "MID 30011 deleted from quarantine \"Policy\" (expired)", "scan-verdict", "internal", "mid=30011", "" },
    { T "ISQ: Tagging MID 30011 for quarantine", "quarantined", "internal", "mid=30011", "" },
    { T "RPC Delivery start RCID 4051 MID 30011 to local IronPort Spam Quarantine", "quarantined", "internal",
        "mid=30011 rcid=4051", "" },
    { T "ISQ: Quarantined MID 30011", "quarantined", "internal", "mid=30011", "" },
    { T "RPC Message done RCID 4051 MID 30011", "quarantined", "internal", "mid=30011 rcid=4051", "" },
    { T "ISQ: Reinjected MID 30011 as MID 30019", "derived", "internal", "child_id=30019 mid=30011",
        "verdict=Reinjected MID 30011 as MID 30019" },
    { T "EUQ: Tagging MID 4433 for quarantine", "quarantined", "internal", "mid=4433", "" },
    { T "MID 30011 queued for delivery", "queued", "internal", "mid=30011", "" },

    // delivery
    { T "New SMTP DCID 51877 interface 192.0.2.25 address 192.0.2.60 port 25", "delivery-connect", "client",
        "dcid=51877", "local_ip=192.0.2.25|peer_ip=192.0.2.60|peer_port=25" },
    { T "New SMTP DCID 1162933 interface 192.0.2.26 address 203.0.113.17", "delivery-connect", "client", "dcid=1162933",
        "local_ip=192.0.2.26|peer_ip=203.0.113.17|peer_port=" },
    { T "DCID 51877 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.example.jp", "tls", "client",
        "dcid=51877", "status=success" },
    { T "DCID 51877 TLS failed: STARTTLS unexpected response", "tls", "client", "dcid=51877", "status=failed" },
    { T "DCID 8 IP 192.0.2.60 TLS was required but could not be successfully negotiated", "tls", "client", "dcid=8",
        "peer_ip=192.0.2.60|status=failed" },
    { T "Delivery start DCID 51877 MID 30011 to RID [0]", "delivery-start", "client", "dcid=51877 mid=30011 rid=0",
        "" },
    // the appliance writes ", " between RIDs; the view keeps them (consumers split on ',')
    { T "Delivery start DCID 51877 MID 30011 to RID [0, 1, 2]", "delivery-start", "client",
        "dcid=51877 mid=30011 rid=0, 1, 2", "" },
    { T "Delivery start DCID 4901127 MID 10288263 to [0]", "delivery-start", "client",
        "dcid=4901127 mid=10288263 rid=0", "" },
    { T "Delivery start DCID 6565554 MID 24611424 to RID [0] to offbox IronPort Spam Quarantine", "delivery-start",
        "client", "dcid=6565554 mid=24611424 rid=0", "relay=offbox IronPort Spam Quarantine" },
    { T "Message done DCID 51877 MID 30011 to RID [0]", "delivered", "client", "dcid=51877 mid=30011 rid=0", "" },
    { T "Message done DCID 6193797 MID 345766720 to RID [0] [('X-SBRS', '3.5')]", "delivered", "client",
        "dcid=6193797 mid=345766720 rid=0", "verdict=" },
    { T "Message done DCID 6565554 MID 24611414 to RID [0] (external quarantine)", "delivered", "client",
        "dcid=6565554 mid=24611414 rid=0", "verdict=external quarantine" },
    { T "Message done DCID 3312 MID 4806 to [0]", "delivered", "client", "dcid=3312 mid=4806 rid=0", "" },
    { T "MID 30011 RID [0] Response '2.0.0 Ok: queued as 4VbT0K2mQzz3xYp'", "smtp-reply", "client",
        "mid=30011 next_hop_id=4VbT0K2mQzz3xYp rid=0",
        "reply=2.0.0 Ok: queued as 4VbT0K2mQzz3xYp|dsn=2.0.0|reply_code=" },
    { T "MID 30011 RID [0] Response '250 2.0.0 Ok: queued as 4VbT0K2mQzz3xYp'", "smtp-reply", "client",
        "mid=30011 next_hop_id=4VbT0K2mQzz3xYp rid=0", "reply_code=250|dsn=2.0.0" },
    { T "MID 1416566008 RID  [0, 1, 2] Response 'CRR09734 Message accepted for delivery'", "smtp-reply", "client",
        "mid=1416566008 rid=0, 1, 2", "reply=CRR09734 Message accepted for delivery" },
    { T "MID 5911872 RID [0] Response ok 1083092729 qp 3998", "smtp-reply", "client", "mid=5911872 rid=0",
        "reply=ok 1083092729 qp 3998" },
    { T "Delayed: DCID 51877 MID 30011 to RID 0 - 4.4.0 - Other network problem ('000', ['Connection reset by peer']) "
        "[]",
        "deferred", "client", "dcid=51877 mid=30011 rid=0",
        "dsn=4.4.0|reply=Other network problem ('000', ['Connection reset by peer'])|reply_code=" },
    { T "Delayed: DCID 8414309 MID 19410908 From: <wei@example.net> To: <m@example.jp> RID 0 - 4.3.2 - Not accepting "
        "messages at this time ('421', ['4.3.2 try again later'])",
        "deferred", "client", "dcid=8414309 mid=19410908 rid=0",
        "from=wei@example.net|to=m@example.jp|dsn=4.3.2|reply_code=421" },
    { T "MID 30011 to RID [0] pending till Wed Mar 27 09:19:05 2024 [Default]", "queued", "internal", "mid=30011 rid=0",
        "status=pending" },
    { T "Message 4195162 to [0] pending till Tue Apr 27 13:05:17 2004 [Default]", "queued", "internal",
        "mid=4195162 rid=0", "status=pending" },
    { T "Bounced: DCID 51877 MID 30011 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <hanako@example.jp>: "
        "Recipient address rejected']) []",
        "bounced", "client", "dcid=51877 mid=30011 rid=0",
        "dsn=5.1.0|reply_code=550|reply=Unknown address error ('550', ['5.1.1 <hanako@example.jp>: Recipient address "
        "rejected'])" },
    { T "Bounced: DCID 0 MID 8 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up "
        "example.invalid (MX):  NXDomain'])",
        "bounced", "client", "mid=8 rid=0", "dsn=5.1.2|reply_code=" },
    { T "Bounced: DCID: 1911 Message 3993 to 0 - 5.1.0 - Unknown address error ('554', ['Too long line.']) []",
        "bounced", "client", "dcid=1911 mid=3993 rid=0", "dsn=5.1.0|reply_code=554" },
    { T "Bounced: DCID 8413617 MID 19338947 From: <maria@example.net> To: <z@example.jp> RID 0 - 5.4.7 - Delivery "
        "expired (message too old) ('000', ['timeout'])",
        "bounced", "client", "dcid=8413617 mid=19338947 rid=0", "from=maria@example.net|to=z@example.jp|dsn=5.4.7" },
    { T "MID 30012 was generated for bounce of MID 30011", "dsn-generated", "internal", "mid=30012 parent_id=30011",
        "" },
    { T "Double bounce: MID 30012 to RID 0 - 5.1.1 - Bad destination email address", "bounced", "client",
        "mid=30012 rid=0", "status=double bounce|dsn=5.1.1" },
    { T "Double bounce: Message 8963393 to 0 - 5.1.1 - Bad destination email address", "bounced", "client",
        "mid=8963393 rid=0", "status=double bounce" },
    { T "Connection Error: DCID: 263 IP: 203.0.113.90 details: EOF interface: 192.0.2.25 reason: network error",
        "delivery-connect", "client", "dcid=263",
        "status=error|peer_ip=203.0.113.90|local_ip=192.0.2.25|reply=network error" },
    { T "Connection Error: connection timed out DCID: 2804 IP: 203.0.113.5 details: timeout interface: 192.0.2.26",
        "delivery-connect", "client", "dcid=2804", "status=error|reply=connection timed out" },
    { T "Possible Delivery: DCID: 4641294 MID 30011 to [0]", "delivered", "client", "dcid=4641294 mid=30011 rid=0",
        "status=possible" },
    { T "DCID 51877 close", "delivery-disconnect", "client", "dcid=51877", "" },
    { T "Deleted: MID 30011 to [0]", "dropped", "internal", "mid=30011 rid=0", "status=deleted" },
    { T "Message finished MID 30011 done", "finished", "internal", "mid=30011", "status=done" },
    { T "Message finished MID 30014 aborted", "finished", "internal", "mid=30014", "status=aborted" },

    // bounce-log subscription (separate file, same header)
    { T "Bounced: 30011:0 From:<taro@example.net> To:<hanako@example.jp> Reason: \"5.1.0 - Unknown address error\" "
        "Response: \"('550', ['5.1.1 <hanako@example.jp>: Recipient address rejected'])\"",
        "bounced", "client", "mid=30011 rid=0",
        "from=taro@example.net|to=hanako@example.jp|dsn=5.1.0|reply=Unknown address error|reply_code=550" },
    { T "Delayed: 30011:1 From:<taro@example.net> To:<jiro@example.jp> Reason: \"4.4.0 - Other network problem\" "
        "Response: \"('000', ['Connection reset by peer'])\"",
        "deferred", "client", "mid=30011 rid=1", "from=taro@example.net|to=jiro@example.jp|dsn=4.4.0|reply_code=" },

    // system lines
    { T "Begin Logfile", "system", "none", "", "" },
    { T "End Logfile", "system", "none", "", "" },
    { T "Version: 15.0.1-030 SN: 420D4FEA7093-0AF2EE5E700E", "system", "none", "serial=420D4FEA7093-0AF2EE5E700E", "" },
    { T "Time offset from UTC: 32400 seconds", "system", "none", "", "" },
    { T "Status: CPULd 3 DskIO 0 RAMUtil 1 QKUsd 141 QKFre 34602867 CrtMID 414695 CrtICID 644374 CrtDCID 76943 InjMsg "
        "243087",
        "system", "none", "", "" },
    { T "A Anti-Virus/Critical alert was sent to admin@example.jp with subject \"Critical <Anti-Virus> "
        "esa1.example.jp: MID 30011 antivirus timeout error\".",
        "system", "none", "", "" },
    { T "Internal SMTP system successfully sent a message to admin@example.jp with subject 'Warning <System> "
        "esa1.example.jp: disk almost full'.",
        "system", "none", "", "" },
    { T "DNS Temporary Failure example.com MX - ServFail", "system", "none", "", "" },
    { T "CASE cache status: hits = 4579, misses = 823449, expires = 0", "system", "none", "", "" },
    { T "SMTP server connection killed ICID: 629531", "disconnect", "server", "icid=629531", "status=killed" },
    { T "SMTP client connection killed DCID: 196546347", "delivery-disconnect", "client", "dcid=196546347", "" },
    // understood as far as the header goes, with the IDs it names
    { T "Mail delivery client with DCID 8163315 exited due to the maximum concurrency configuration.", "other", "none",
        "dcid=8163315", "" },
    { T "Start delivery of MID 4433 over RPC connection 0", "other", "none", "mid=4433", "" },
    { T "Scanning example.org with 1 msgs for expiration candidates.", "other", "none", "", "" },
};

#undef T

// String fields that may be literals ("CONNECT", "lost") instead of views into the record.
bool mayBeLiteral(FieldKey key)
{
    return key == FieldKey::Stage || key == FieldKey::Status;
}

// Every field view lies inside the record (or is one of the parser's literals).
QString viewsOutsideRecord(const Result& result)
{
    const char* begin = result.record.constData();
    const char* end = begin + result.record.size();
    QStringList outside;
    for (int i = 0; i < result.event.fieldCount; ++i) {
        const ParsedEvent::Field& field = result.event.fields[size_t(i)];
        if (isNumeric(field.key) || mayBeLiteral(field.key))
            continue;
        if (field.text.isEmpty() || field.text.data() < begin || field.text.data() + field.text.size() > end)
            outside << QString(fieldKey(field.key));
    }
    for (QByteArrayView view : { result.event.host, result.event.program }) {
        if (!view.isEmpty() && (view.data() < begin || view.data() + view.size() > end))
            outside << u"host/program"_s;
    }
    return outside.join(u' ');
}

// "key=value|key=value": empty when every item matches ("key=" expects the field to be absent).
QString fieldProblems(const ParsedEvent& event, const QString& expected)
{
    QStringList problems;
    for (const QString& item : expected.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QByteArray name = item.left(equals).toLatin1();
        FieldKey key;
        if (equals < 0 || !fieldFromKey(QLatin1StringView(name), &key)) {
            problems << u"bad expectation '%1'"_s.arg(item);
            continue;
        }
        const QString actual = field(event, key);
        if (actual != item.mid(equals + 1))
            problems << u"%1: got '%2', want '%3'"_s.arg(item.left(equals), actual, item.mid(equals + 1));
    }
    return problems.join(u"; "_s);
}

void addRows(std::span<const Row> rows)
{
    int n = 0;
    for (const Row& row : rows) {
        QByteArray line(row.line);
        QTest::addRow("%03d %s", ++n, line.mid(31, 60).constData())
            << line << QString::fromLatin1(row.kind) << QString::fromLatin1(row.side) << QString::fromUtf8(row.ids)
            << QString::fromUtf8(row.fields);
    }
}

void addRowColumns()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("fields");
}

QString sideOf(const Result& result)
{
    return QString(sideKey(result.event.side));
}

// What the loader does (logparser.cpp): lines that do not start a record are joined to it with one space.
QList<QByteArray> records(const FormatParser& parser, const QList<QByteArray>& lines)
{
    QList<QByteArray> out;
    for (const QByteArray& line : lines) {
        if (out.isEmpty() || parser.startsRecord(line)) {
            out << line;
        } else if (!line.isEmpty()) {
            out.last() += ' ';
            out.last() += line;
        }
    }
    return out;
}

QList<QByteArray> allRowLines()
{
    QList<QByteArray> lines;
    for (const Row& row : seedRows)
        lines << QByteArray(row.line);
    for (const Row& row : lineTypeRows)
        lines << QByteArray(row.line);
    return lines;
}

} // namespace

class TestIronPortParser : public QObject
{
    Q_OBJECT

private:
    IronPortParser parser;

    void checkRow()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        QFETCH(QString, side);
        QFETCH(QString, ids);
        QFETCH(QString, fields);
        const Result result = parse(parser, line);
        QVERIFY(result.understood);
        QCOMPARE(ParserTesting::kind(result), kind);
        QCOMPARE(sideOf(result), side);
        QCOMPARE(ParserTesting::ids(result.event), ids);
        const QString problems = fieldProblems(result.event, fields);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QString outside = viewsOutsideRecord(result);
        QVERIFY2(outside.isEmpty(), qPrintable(u"views outside the record: "_s + outside));
        QCOMPARE(parser.recognise(line), 2);
        QVERIFY(parser.startsRecord(line));
    }

private slots:
    void seedExamples_data()
    {
        addRowColumns();
        addRows(seedRows);
    }
    void seedExamples() { checkRow(); }

    void seedTimes()
    {
        const Result result = parse(parser, seedRows[0].line);
        QCOMPARE(result.event.time.year, 2008);
        QCOMPARE(result.event.time.month, 1);
        QCOMPARE(result.event.time.day, 30);
        QCOMPARE(result.event.time.hour, 11);
        QCOMPARE(result.event.time.minute, 31);
        QCOMPARE(result.event.time.second, 28);
        QVERIFY(!result.event.time.hasOffset);
        QVERIFY(result.event.host.isEmpty());
        QVERIFY(result.event.program.isEmpty());
        QCOMPARE(result.event.pid, 0u);
    }

    void lineTypes_data()
    {
        addRowColumns();
        addRows(lineTypeRows);
    }
    void lineTypes() { checkRow(); }

    // formats.md 1.2: the four syslog-pushed variants, the year-bearing one some receivers write, and the file form.
    void headerForms_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("offsetMinutes"); // -1: none in the line
        const QByteArray message = "Info: Start MID 30011 ICID 880412";
        QTest::newRow("pri, no host") << "<166>Mar 27 09:14:02 mail_logs: " + message << 0 << 27 << QString()
                                      << u"mail_logs"_s << -1;
        QTest::newRow("pri and host") << "<166>Mar 27 09:14:02 esa1.example.jp mail_logs: " + message << 0 << 27
                                      << u"esa1.example.jp"_s << u"mail_logs"_s << -1;
        QTest::newRow("receiver, no pri") << "Mar 27 09:14:02 esa1.example.jp mail_logs: " + message << 0 << 27
                                          << u"esa1.example.jp"_s << u"mail_logs"_s << -1;
        QTest::newRow("rfc 3339") << "2024-03-27T09:14:02.000+09:00 esa1 mail_logs: " + message << 2024 << 27
                                  << u"esa1"_s << u"mail_logs"_s << 540;
        QTest::newRow("padded day, old tag")
            << "Mar  7 09:14:02 esa1 smail: " + message << 0 << 7 << u"esa1"_s << u"smail"_s << -1;
        QTest::newRow("syslog with year") << "Oct 19 06:33:29 2011 mx07.example.net syslog_mail: " + message << 2011
                                          << 19 << u"mx07.example.net"_s << u"syslog_mail"_s << -1;
        QTest::newRow("file form") << "Wed Mar 27 09:14:02 2024 " + message << 2024 << 27 << QString() << QString()
                                   << -1;
    }
    void headerForms()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, year);
        QFETCH(int, day);
        QFETCH(QString, host);
        QFETCH(QString, program);
        QFETCH(int, offsetMinutes);
        QCOMPARE(parser.recognise(line), 2);
        QVERIFY(parser.startsRecord(line));
        const Result result = parse(parser, line);
        QVERIFY(result.understood);
        QCOMPARE(kind(result), u"mail-from"_s);
        QCOMPARE(ParserTesting::ids(result.event), u"icid=880412 mid=30011"_s);
        QCOMPARE(result.event.time.year, year);
        QCOMPARE(result.event.time.day, day);
        QVERIFY(result.event.time.isValid());
        QCOMPARE(QString::fromUtf8(result.event.host), host);
        QCOMPARE(QString::fromUtf8(result.event.program), program);
        QCOMPARE(result.event.pid, 0u);
        QCOMPARE(result.event.time.hasOffset, offsetMinutes >= 0);
        if (offsetMinutes >= 0)
            QCOMPARE(result.event.time.offsetMinutes, offsetMinutes);
        QVERIFY(viewsOutsideRecord(result).isEmpty());
    }

    // One space (vendor web pages) or two (the real padding) before a one-digit day; all levels.
    void headerPaddingAndLevels_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("day");
        QTest::newRow("two spaces") << QByteArray("Wed Apr  3 07:02:11 2024 Info: ICID 880412 close") << 3;
        QTest::newRow("one space") << QByteArray("Wed Apr 3 07:02:11 2024 Info: ICID 880412 close") << 3;
        QTest::newRow("two digits") << QByteArray("Wed Apr 13 07:02:11 2024 Info: ICID 880412 close") << 13;
        QTest::newRow("warning") << QByteArray("Wed Apr  3 07:02:11 2024 Warning: ICID 880412 close") << 3;
        QTest::newRow("critical") << QByteArray("Wed Apr  3 07:02:11 2024 Critical: ICID 880412 close") << 3;
        QTest::newRow("debug") << QByteArray("Wed Apr  3 07:02:11 2024 Debug: ICID 880412 close") << 3;
        QTest::newRow("trace") << QByteArray("Wed Apr  3 07:02:11 2024 Trace: ICID 880412 close") << 3;
    }
    void headerPaddingAndLevels()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, day);
        QCOMPARE(parser.recognise(line), 2);
        const Result result = parse(parser, line);
        QCOMPARE(kind(result), u"disconnect"_s);
        QCOMPARE(ParserTesting::ids(result.event), u"icid=880412"_s);
        QCOMPARE(result.event.time.year, 2024);
        QCOMPARE(result.event.time.month, 4);
        QCOMPARE(result.event.time.day, day);
        QCOMPARE(result.event.time.hour, 7);
    }

    void unknownLevelKeepsTime()
    {
        const QByteArray line = "Wed Mar 27 09:14:02 2024 Notice: MID 30011 queued for delivery";
        QCOMPARE(parser.recognise(line), 0);
        QVERIFY(parser.startsRecord(line)); // a timestamped line never continues another record
        const Result result = parse(parser, line);
        QVERIFY(!result.understood);
        QCOMPARE(result.event.time.year, 2024);
        QCOMPARE(result.event.time.month, 3);
    }

    // formats.md 1.6: never read CrtMID/CrtICID/CrtDCID as IDs; the comma after the MID.
    void idsAreNotMatchedNaively()
    {
        const Result status = parse(parser,
            "Thu Jan 25 18:57:01 2007 Info: Status: CPULd 3 DskIO 0 RAMUtil 1 QKUsd 141 QKFre 34602867 CrtMID 414695 "
            "CrtICID 644374 CrtDCID 76943 InjMsg 243087 InjRcp 264562");
        QCOMPARE(kind(status), u"system"_s);
        QCOMPARE(ParserTesting::ids(status.event), QString());

        const Result comma = parse(parser,
            "Wed Apr  3 07:02:11 2024 Warning: MID 77120, Message Scanning Problem: Continuation line seen before "
            "first header");
        QCOMPARE(kind(comma), u"scan-verdict"_s);
        QCOMPARE(ParserTesting::ids(comma.event), u"mid=77120"_s);
        QCOMPARE(field(comma.event, FieldKey::Verdict),
            u"Message Scanning Problem: Continuation line seen before first header"_s);

        // a word ending in MID is not an ID either, even on an unclassified line
        const Result glued = parse(parser, "Wed Apr  3 07:02:11 2024 Info: Some CrtMID 5 and MID 6 here");
        QCOMPARE(kind(glued), u"other"_s);
        QCOMPARE(ParserTesting::ids(glued.event), u"mid=6"_s);
    }

    // formats.md 1.6: Python-repr strings ('...', or "..." when the text holds a quote; backslash escapes,
    // which stay as logged); newer releases print the Subject unquoted.
    void pythonReprQuoting_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("fields");
        QTest::newRow("double quotes around it's")
            << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject \"it's here\"") << u"subject=it's here"_s;
        QTest::newRow("escaped quote") << QByteArray(
            "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'it\\'s \"both\" quotes'")
                                       << u"subject=it\\'s \"both\" quotes"_s;
        QTest::newRow("escaped backslash at the end")
            << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'C:\\\\'") << u"subject=C:\\\\"_s;
        QTest::newRow("folded, escaped CRLF") << QByteArray(
            "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject '=?utf-8?B?wqFT?=\\r\\n\\t=?utf-8?B?IFIu?='")
                                              << u"subject==?utf-8?B?wqFT?=\\r\\n\\t=?utf-8?B?IFIu?="_s;
        QTest::newRow("unquoted") << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject Quarterly figures")
                                  << u"subject=Quarterly figures"_s;
        QTest::newRow("empty") << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject ''") << u"subject="_s;
        QTest::newRow("message-id in double quotes")
            << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Message-ID \"<Lands'End.1@example.net>\"")
            << u"message_id=<Lands'End.1@example.net>"_s;
        QTest::newRow("response with escape") << QByteArray(
            "Wed Mar 27 09:14:05 2024 Info: MID 30011 RID [0] Response '2.0.0 Ok: it\\'s queued as "
            "4VbT0K2mQzz3xYp'") << u"reply=2.0.0 Ok: it\\'s queued as 4VbT0K2mQzz3xYp|next_hop_id=4VbT0K2mQzz3xYp"_s;
        QTest::newRow("response ok with two spaces") << QByteArray(
            "Wed Nov 19 09:16:45 2014 Info: MID 24611251 RID [0] Response 'ok:  Message 30631649 accepted'")
                                                     << u"reply=ok:  Message 30631649 accepted|next_hop_id=30631649"_s;
    }
    void pythonReprQuoting()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, fields);
        const Result result = parse(parser, line);
        QVERIFY(result.understood);
        QCOMPARE(
            ParserTesting::field(result.event, FieldKey::Mid), line.contains("24611251") ? u"24611251"_s : u"30011"_s);
        const QString problems = fieldProblems(result.event, fields);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(viewsOutsideRecord(result).isEmpty());
    }

    // formats.md 1.6: UDP syslog cuts long lines; the prefix still gives the kind and the IDs.
    void truncatedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ids");
        QTest::newRow("bounce tuple") << QByteArray(
            "<166>Mar 27 09:14:05 esa1 mail_logs: Info: Bounced: DCID 51877 MID 30011 to RID 0 - 5.1.0 - Unknown "
            "address error ('550', ['5.1.1 <hanako@exa")
                                      << u"bounced"_s << u"dcid=51877 mid=30011 rid=0"_s;
        QTest::newRow("dkim") << QByteArray(
            "<166>Mar 27 09:14:05 esa1 mail_logs: Info: MID 30011 DKIM: pass signature verified (d=example.net s=sel")
                              << u"scan-verdict"_s << u"mid=30011"_s;
        QTest::newRow("header list") << QByteArray("<166>Mar 27 09:14:05 esa1 mail_logs: Info: Message done DCID 51877 "
                                                   "MID 30011 to RID [0] [('from', '\"Taro\" <taro@exam")
                                     << u"delivered"_s << u"dcid=51877 mid=30011 rid=0"_s;
        QTest::newRow("subject") << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'Quarterly fig")
                                 << u"header"_s << u"mid=30011"_s;
        QTest::newRow("message-id") << QByteArray("Wed Mar 27 09:14:03 2024 Info: MID 30011 Message-ID '<2024032700")
                                    << u"header"_s << u"message_id=<2024032700 mid=30011"_s;
        QTest::newRow("new icid") << QByteArray(
            "Wed Mar 27 09:14:01 2024 Info: New SMTP ICID 880412 interface Data 1 (192.0")
                                  << u"connect"_s << u"icid=880412"_s;
        QTest::newRow("rid list") << QByteArray(
            "Wed Mar 27 09:14:04 2024 Info: Delivery start DCID 51877 MID 30011 to RID [0, 1")
                                  << u"delivery-start"_s << u"dcid=51877 mid=30011 rid=0, 1"_s;
        QTest::newRow("url") << QByteArray(
            "<166>Mar 27 09:14:05 esa1 mail_logs: Info: MID 30011 URL http://www.example.com/a/very/long/pa")
                             << u"scan-verdict"_s << u"mid=30011"_s;
    }
    void truncatedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        QFETCH(QString, ids);
        const Result result = parse(parser, line);
        QCOMPARE(ParserTesting::kind(result), kind);
        QCOMPARE(ParserTesting::ids(result.event), ids);
        QVERIFY(viewsOutsideRecord(result).isEmpty());
    }

    // formats.md 1.6: older releases wrote raw CR/LF from header values; the following lines lack the header.
    void startsRecord_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("starts");
        QTest::newRow("file form") << QByteArray("Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412") << true;
        QTest::newRow("syslog form") << QByteArray("<166>Mar 27 09:14:02 esa1 mail_logs: Info: ICID 880412 close")
                                     << true;
        QTest::newRow("rfc 3339") << QByteArray("2024-03-27T09:14:02+09:00 esa1 mail_logs: Info: ICID 880412 close")
                                  << true;
        // another program in a shared syslog file starts its own record rather than gluing onto ours
        QTest::newRow("other syslog program")
            << QByteArray("Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]")
            << true;
        QTest::newRow("indented address") << QByteArray("        <foo@example.net>,") << false;
        QTest::newRow("tab continuation") << QByteArray("\t<joe@example.com>' to '<stephen@example.com>,") << false;
        QTest::newRow("broken message-id") << QByteArray("Message-ID: <abc@example.net>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("weekday word") << QByteArray("Wednesday meeting notes'") << false;
        QTest::newRow("month word") << QByteArray("Mar 27 is the date'") << false;
    }
    void startsRecord()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, starts);
        QCOMPARE(parser.startsRecord(line), starts);
        QVERIFY(parser.hasContinuations());
    }

    void continuationIsJoined()
    {
        const QList<QByteArray> lines = {
            "Thu Dec 29 00:06:36 2005 Info: MID 20332097 masquerading header 'Cc' from '<stephen@example.com>,",
            "        <foo@example.net>,",
            "        <joe@example.com>' to '<stephen@example.com>,",
            "        <joe@example.com>'",
            "Thu Dec 29 00:06:36 2005 Info: MID 20332097 Message-ID '<broken",
            "id@example.net>'",
            "Thu Dec 29 00:06:37 2005 Info: MID 20332097 queued for delivery",
        };
        const QList<QByteArray> joined = records(parser, lines);
        QCOMPARE(joined.size(), 3);
        const Result masquerade = parse(parser, joined[0]);
        QCOMPARE(kind(masquerade), u"scan-verdict"_s);
        QCOMPARE(ParserTesting::ids(masquerade.event), u"mid=20332097"_s);
        QVERIFY(field(masquerade.event, FieldKey::Verdict).endsWith(u"<joe@example.com>'"_s));
        const Result messageId = parse(parser, joined[1]);
        QCOMPARE(kind(messageId), u"header"_s);
        QCOMPARE(field(messageId.event, FieldKey::MessageId), u"<broken id@example.net>"_s);
        QCOMPARE(kind(parse(parser, joined[2])), u"queued"_s);
    }

    void timeOffset_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("declares");
        QTest::addColumn<int>("seconds");
        QTest::newRow("negative") << QByteArray("Wed Nov 19 09:16:46 2014 Info: Time offset from UTC: -21600 seconds")
                                  << true << -21600;
        QTest::newRow("positive") << QByteArray("Wed Nov 19 09:16:46 2014 Info: Time offset from UTC: 32400 seconds")
                                  << true << 32400;
        QTest::newRow("zero") << QByteArray("Wed Nov 19 09:16:46 2014 Info: Time offset from UTC: 0 seconds") << true
                              << 0;
        QTest::newRow("nonsense") << QByteArray("Wed Nov 19 09:16:46 2014 Info: Time offset from UTC: soon") << false
                                  << 0;
        QTest::newRow("other line") << QByteArray("Wed Nov 19 09:16:46 2014 Info: Begin Logfile") << false << 0;
    }
    void timeOffset()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, declares);
        QFETCH(int, seconds);
        const Result result = parse(parser, line);
        QCOMPARE(kind(result), u"system"_s);
        QCOMPARE(result.event.declaresUtcOffset, declares);
        QCOMPARE(result.event.utcOffsetSeconds, seconds);
    }

    void recognise_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("score");
        QTest::newRow("file form") << QByteArray(
            "Wed Mar 27 09:14:01 2024 Info: New SMTP ICID 880412 interface Data 1 (192.0.2.25) address 198.51.100.40 "
            "reverse dns host mx1.example.net verified yes")
                                   << 2;
        QTest::newRow("syslog form") << QByteArray("<166>Mar 27 09:14:02 mail_logs: Info: Start MID 30011 ICID 880412")
                                     << 2;
        QTest::newRow("postfix") << QByteArray(
            "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]")
                                 << 0;
        QTest::newRow("postfix warning") << QByteArray(
            "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: warning: hostname example.jp does not resolve")
                                         << 0;
        QTest::newRow("sun ms") << QByteArray(
            "27-Mar-2024 09:14:02.31 tcp_local    ims-ms       EES 48 a@b rfc822;c@d c@d")
                                << 0;
        QTest::newRow("e-post") << QByteArray(
            "[12/Apr/2024:10:15:03], (mail.example.jp), [203.0.113.77]:25, Client accept now.")
                                << 0;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("continuation") << QByteArray("        <foo@example.net>,") << 0;
    }
    void recognise()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, score);
        QCOMPARE(parser.recognise(line), score);
    }

    // A line from another program of a shared syslog file is understood as far as syslog goes.
    void foreignSyslogLine()
    {
        const Result result
            = parse(parser, "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]");
        QVERIFY(result.understood);
        QCOMPARE(kind(result), u"other"_s);
        QCOMPARE(QString::fromUtf8(result.event.host), u"relay1"_s);
        QCOMPARE(ParserTesting::ids(result.event), QString());
        QVERIFY(
            !parse(parser, "27-Mar-2024 09:14:02.31 tcp_local    ims-ms       EES 48 a@b rfc822;c@d c@d").understood);
        QVERIFY(!parse(parser, "        <foo@example.net>,").understood);
    }

    // Every prefix of every test line (a cut at any byte) must be safe, and whatever is understood must point
    // into the record.
    void prefixesAreSafe()
    {
        QList<QByteArray> lines = allRowLines();
        lines << "<166>Mar 27 09:14:02 esa1.example.jp mail_logs: Info: Start MID 30011 ICID 880412"
              << "2024-03-27T09:14:02.000+09:00 esa1 mail_logs: Info: Start MID 30011 ICID 880412"
              << "Oct 19 06:33:29 2011 mx07.example.net syslog_mail: Info: ICID 2106327026 close";
        qsizetype understood = 0;
        for (const QByteArray& line : std::as_const(lines)) {
            for (qsizetype n = 0; n <= line.size(); ++n) {
                // a detached copy, so that reading past the prefix would hit the sanitizer's redzone
                const QByteArray prefix(line.constData(), n);
                parser.recognise(prefix);
                parser.startsRecord(prefix);
                const Result result = parse(parser, prefix);
                if (result.understood) {
                    ++understood;
                    const QString outside = viewsOutsideRecord(result);
                    QVERIFY2(outside.isEmpty(), qPrintable(QString::fromUtf8(prefix) + u": "_s + outside));
                }
            }
        }
        QVERIFY(understood > 0);
    }

    void randomBytesAreSafe()
    {
        QRandomGenerator random(20240327);
        // building blocks that steer random lines into the parser's branches
        const QByteArray pieces[]
            = { "Wed Mar 27 09:14:02 2024 Info: ", "<166>Mar 27 09:14:02 esa1 mail_logs: Info: ", "MID ", "ICID ",
                  "DCID ", "RID [", "0, 1", "]", " Response '", "'", "\"", "\\", " - 5.1.0 - ", "('550', [",
                  "New SMTP ICID ", "Bounced: ", "Delayed: ", "12345", ":", " To: <", " From: <", ">", "(", ")", " ",
                  "Subject ", "Message-ID ", "Time offset from UTC: ", "Connection Error: ", "ISQ: Reinjected ", " as ",
                  "was generated for bounce of ", "Message done ", "Delivery start ", "SMTP Auth: (", "\r", "\t",
                  "\x80\xff" };
        for (int i = 0; i < 2000; ++i) {
            QByteArray line;
            const int parts = int(random.bounded(1, 24));
            for (int p = 0; p < parts; ++p) {
                if (random.bounded(3) == 0) {
                    const int n = int(random.bounded(1, 12));
                    for (int b = 0; b < n; ++b)
                        line += char(random.bounded(256));
                } else {
                    line += pieces[random.bounded(int(std::size(pieces)))];
                }
            }
            parser.recognise(line);
            parser.startsRecord(line);
            const Result result = parse(parser, line);
            if (result.understood) {
                const QString outside = viewsOutsideRecord(result);
                QVERIFY2(outside.isEmpty(), qPrintable(outside));
            }
        }
    }

    void hugeLinesAreSafe()
    {
        const QByteArray header = "Wed Mar 27 09:14:02 2024 Info: ";
        const QByteArray mega(1 << 20, 'a');
        const QList<QByteArray> lines = {
            header + "MID 30011 Subject '" + mega,
            header + "MID 30011 RID [" + QByteArray(1 << 20, '0') + "] Response '" + mega + "'",
            header + QByteArray(1 << 20, 'M'),
            header + "Bounced: DCID 1 MID 2 to RID 3 - 5.1.0 - " + mega + " ('550', [",
            header + "Other " + QByteArray("MID ICID DCID ").repeated(80000),
            header + "MID " + QByteArray(1 << 20, '7'),
            QByteArray(1 << 20, ' '),
            "<166>" + mega,
        };
        for (const QByteArray& line : lines) {
            parser.recognise(line);
            parser.startsRecord(line);
            const Result result = parse(parser, line);
            if (result.understood)
                QVERIFY(viewsOutsideRecord(result).isEmpty());
        }
        QCOMPARE(kind(parse(parser, lines[0])), u"header"_s);
    }

    // The public Cribl sample: 1000 real lines of AsyncOS 7.6.3 (2014), see its PROVENANCE.md.
    void corpusSample()
    {
        const QString path = QStringLiteral(
            MAILLANE_SHARED_DIR "/corpus/cribl-cisco-esa-mailtext/Cisco_ESA_mailtext_clean_sample.derived.log");
        MAILLANE_REQUIRE_SHARED(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.size(), 1000);
        for (QByteArray& line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        const QList<QByteArray> joined = records(parser, lines);
        QCOMPARE(joined.size(), 1000); // the sample has no continuation lines

        QMap<QString, int> kinds;
        int withMid = 0, mailFromWithMid = 0, repliesWithNextHop = 0, messageIds = 0, offsets = 0;
        QString serial;
        for (const QByteArray& record : joined) {
            QCOMPARE(parser.recognise(record), 2);
            const Result result = parse(parser, record);
            QVERIFY2(result.understood, record.constData());
            // Every line of the sample has a specific kind: no line stays "other".
            QVERIFY2(result.event.kind != EventKind::Other, record.constData());
            QVERIFY2(viewsOutsideRecord(result).isEmpty(), record.constData());
            QCOMPARE(result.event.time.year, 2014);
            QCOMPARE(result.event.time.month, 11);
            QCOMPARE(result.event.time.day, 19);
            ++kinds[kind(result)];
            const bool hasMid = result.event.find(FieldKey::Mid) != nullptr;
            withMid += hasMid;
            mailFromWithMid += hasMid && result.event.kind == EventKind::MailFrom;
            repliesWithNextHop += result.event.find(FieldKey::NextHopId) != nullptr;
            messageIds += field(result.event, FieldKey::MessageId).startsWith(u'<');
            if (result.event.declaresUtcOffset) {
                ++offsets;
                QCOMPARE(result.event.utcOffsetSeconds, -21600);
            }
            if (result.event.find(FieldKey::SerialNumber))
                serial = field(result.event, FieldKey::SerialNumber);
        }
        qInfo() << "kinds:" << kinds;
        QCOMPARE(offsets, 1);
        QCOMPARE(serial, u"420D4FEA709365BFB3E3-0AF2EE5E700E"_s);
        // 47 Start MID + 49 "MID m ICID i From:" lines
        QVERIFY(mailFromWithMid >= 47 + 49);
        QVERIFY(kinds.value(u"rcpt-to"_s) >= 55);
        QVERIFY(kinds.value(u"connect"_s) >= 42 + 13); // New SMTP ICID + ACCEPT
        QVERIFY(kinds.value(u"rejected"_s) >= 29); // REJECT SG BLACKLIST
        QVERIFY(kinds.value(u"disconnect"_s) >= 35);
        QVERIFY(kinds.value(u"tls"_s) >= 10);
        QVERIFY(kinds.value(u"header"_s) >= 18 + 18); // Message-ID and Subject lines
        QVERIFY(messageIds >= 18);
        QVERIFY(kinds.value(u"accepted"_s) >= 48);
        QVERIFY(kinds.value(u"queued"_s) >= 61);
        QVERIFY(kinds.value(u"derived"_s) >= 30 + 2); // generated based on + split
        QVERIFY(kinds.value(u"dropped"_s) >= 22);
        QVERIFY(kinds.value(u"quarantined"_s) >= 6);
        QVERIFY(kinds.value(u"delivery-connect"_s) >= 4);
        QVERIFY(kinds.value(u"delivery-start"_s) >= 44);
        QVERIFY(kinds.value(u"delivered"_s) >= 43);
        QVERIFY(kinds.value(u"smtp-reply"_s) >= 43);
        QVERIFY(repliesWithNextHop >= 25 + 7); // "queued as X" and "Message N accepted"
        QVERIFY(kinds.value(u"finished"_s) >= 66);
        QVERIFY(kinds.value(u"delivery-disconnect"_s) >= 3);
        QVERIFY(kinds.value(u"scan-verdict"_s) >= 308); // verdicts, DKIM/DomainKeys, policies, attachments, too big
        QVERIFY(kinds.value(u"system"_s) >= 4); // Begin Logfile, Version, Time offset, CASE cache status
        QVERIFY(withMid >= 800);
    }
};

MAILLANE_SHARED_TEST_MAIN(TestIronPortParser)
#include "tst_ironportparser.moc"
