// Sun Java System / Oracle Communications Messaging Server MTA mail.log (formats.md section 3).
// There are no public Sun logs: the seed examples are the vendor manual's examples 21-1 .. 21-10, the rest is
// composed after formats.md 3.2 - 3.8.
#include "formats/sunms/sunmsparser.h"
#include "parsertesting.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace ParserTesting;

namespace {

struct Row
{
    const char* name;
    QByteArray line;
    const char* kind;
    const char* side;
    QByteArray ids;
    const char* time; // "" when the record has none
    QList<QByteArray> fields; // "key=value"; "key=" means absent
};

// A line as the MTA writes it: each channel left-justified in 12 columns plus a space, the destination
// column blank when there is none.
QByteArray sun(const char* time, const char* process, const char* src, const char* dst, const char* rest)
{
    QByteArray line = QByteArray(time) + ' ';
    if (*process)
        line += QByteArray(process) + ' ';
    line += QByteArray(src).leftJustified(12) + ' ' + QByteArray(dst).leftJustified(12) + ' ' + rest;
    return line;
}

const char* const smtpThor = "dns;thor.siroe.com (TCP|206.184.139.12|2788|192.160.253.66|25) "
                             "(THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694]) ";
const char* const hostaDiag = "hosta.sesta.com dns;hosta.sesta.com (TCP|206.184.139.12|5901|206.184.139.70|25) "
                              "(hosta.sesta.com -- Server ESMTP [iMS V5.0 #8790]) "
                              "(TCP|206.184.139.12|5901|206.184.139.70|25) ";

QByteArray cat(const char* a, const char* b, const char* c = "")
{
    return QByteArray(a) + b + c;
}

// Examples 21-1 .. 21-10 of the seed, each entry as the one physical line the MTA writes.
std::vector<Row> seedRows()
{
    const QList<QByteArray> thor = { "relay=thor.siroe.com", "local_ip=206.184.139.12", "local_port=2788",
        "peer_ip=192.160.253.66", "peer_port=25" };
    std::vector<Row> rows;
    // 21-1: a local user sends out
    rows.push_back({ "21-1 E",
        sun("19-Jan-1998 19:16:57.64", "", "l", "tcp_local",
            "E 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com"),
        "queued", "internal", "", "1998-01-19 19:16:57.640",
        { "from=adam@sesta.com", "orig_to=marlowe@siroe.com", "to=marlowe@siroe.com", "size=1", "source_channel=l",
            "dest_channel=tcp_local", "action=E", "reply=" } });
    rows.push_back({ "21-1 D",
        sun("19-Jan-1998 19:17:01.16", "", "tcp_local", "",
            cat("D 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com ", smtpThor,
                "smtp;250 2.1.5 marlowe@siroe.com and options OK.")),
        "delivered", "client", "", "1998-01-19 19:17:01.160",
        thor
            + QList<QByteArray> { "from=adam@sesta.com", "to=marlowe@siroe.com", "reply_code=250", "dsn=2.1.5",
                "reply=smtp;250 2.1.5 marlowe@siroe.com and options OK.", "dest_channel=", "peer_host=" } });
    // 21-2: with LOG_FILENAME and LOG_MESSAGE_ID
    rows.push_back({ "21-2 E",
        sun("19-Jan-1998 19:16:57.64", "", "l", "tcp_local",
            "E 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com "
            "/imta/queue/tcp_local/ZZ01ISKLSKLZLI90N15M.00 <01ISKLSKC2QC90N15M@sesta.com>"),
        "queued", "internal",
        "message_id=<01ISKLSKC2QC90N15M@sesta.com> queue_file=/imta/queue/tcp_local/ZZ01ISKLSKLZLI90N15M.00",
        "1998-01-19 19:16:57.640", { "from=adam@sesta.com", "to=marlowe@siroe.com", "reply=" } });
    rows.push_back({ "21-2 D",
        sun("19-Jan-1998 19:17:01.16", "", "tcp_local", "",
            cat("D 1 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com "
                "/imta/queue/tcp_local/Z01ISKLSKLZLI90N15M.00 <01ISKLSKC2QC90N15M@sesta.com> ",
                smtpThor, "smtp;250 2.1.5 marlowe@siroe.com and options OK.")),
        "delivered", "client",
        "message_id=<01ISKLSKC2QC90N15M@sesta.com> queue_file=/imta/queue/tcp_local/Z01ISKLSKLZLI90N15M.00",
        "1998-01-19 19:17:01.160", thor + QList<QByteArray> { "reply_code=250", "dsn=2.1.5" } });
    // 21-3: to a list; orig-rcpt stays, cur-rcpt changes
    rows.push_back({ "21-3 E l",
        sun("19-Jan-1998 20:01:44.10", "", "l", "l",
            "E 1 adam@sesta.com rfc822;test-list@sesta.com bob imta/queue/l/ZZ01ISKND3DE1K90N15M.00 "
            "<01ISKND2H8MS90N15M@sesta.com>"),
        "queued", "internal",
        "message_id=<01ISKND2H8MS90N15M@sesta.com> queue_file=imta/queue/l/ZZ01ISKND3DE1K90N15M.00",
        "1998-01-19 20:01:44.100",
        { "from=adam@sesta.com", "orig_to=test-list@sesta.com", "to=bob", "source_channel=l", "dest_channel=l" } });
    for (const char* member : { "carol@varrius.com", "david@varrius.com" }) {
        rows.push_back({ "21-3 E tcp_local",
            sun("19-Jan-1998 20:01:44.81", "", "l", "tcp_local",
                cat("E 1 adam@sesta.com rfc822;test-list@sesta.com ", member,
                    " imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00 <01ISKND2H8MS90N15M@sesta.com>")),
            "queued", "internal",
            "message_id=<01ISKND2H8MS90N15M@sesta.com> queue_file=imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00",
            "1998-01-19 20:01:44.810", { "orig_to=test-list@sesta.com", QByteArray("to=") + member } });
    }
    rows.push_back({ "21-3 D l",
        sun("19-Jan-1998 20:01:50.69", "", "l", "",
            "D 1 adam@sesta.com rfc822;test-list@sesta.com bob imta/queue/l/ZZ01ISKND3DE1K90N15M.00 "
            "<01ISKND2H8MS90N15M@sesta.com>"),
        "delivered", "internal",
        "message_id=<01ISKND2H8MS90N15M@sesta.com> queue_file=imta/queue/l/ZZ01ISKND3DE1K90N15M.00",
        "1998-01-19 20:01:50.690", { "to=bob", "reply=" } });
    const struct
    {
        const char* time;
        const char* member;
        const char* expectedTime;
    } listDeliveries[] = { { "19-Jan-1998 20:01:57.36", "carol@varrius.com", "1998-01-19 20:01:57.360" },
        { "19-Jan-1998 20:02:06.14", "david@varrius.com", "1998-01-19 20:02:06.140" } };
    for (const auto& [time, member, expectedTime] : listDeliveries) {
        rows.push_back({ "21-3 D tcp_local",
            sun(time, "", "tcp_local", "",
                cat("D 1 adam@sesta.com rfc822;test-list@sesta.com ", member,
                    " imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00 <01ISKND2H8MS90N15M@sesta.com> "
                    "dns;gw.varrius.com (TCP|206.184.139.12|2788|192.160.253.66|25) (gw.varrius.com -- SMTP "
                    "Sendmail) smtp;250 OK.")),
            "delivered", "client",
            "message_id=<01ISKND2H8MS90N15M@sesta.com> queue_file=imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00",
            expectedTime,
            { QByteArray("to=") + member, "relay=gw.varrius.com", "peer_ip=192.160.253.66", "reply_code=250",
                "dsn=", "reply=smtp;250 OK." } });
    }
    // 21-4: a domain that does not exist; the bounce goes through the process channel
    rows.push_back({ "21-4 E",
        sun("19-JAN-1998 20:49:04", "", "l", "tcp_local",
            "E 1 adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com "
            "imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00 <01ISKP0RYMAS94DU0K@SESTA.COM>"),
        "queued", "internal",
        "message_id=<01ISKP0RYMAS94DU0K@SESTA.COM> queue_file=imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00",
        "1998-01-19 20:49:04.000", { "from=adam@sesta.com", "to=user@very.bogus.com" } });
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" }) {
        rows.push_back({ "21-4 notification",
            sun("19-JAN-1998 20:49:33", "", "tcp_local", "process",
                cat("E 1  rfc822;", rcpt,
                    cat(" ", rcpt,
                        " imta/queue/process/ZZ01ISKP0S0LVQ94DTZB.00 "
                        "<01ISKP22MW8894DTAS@SESTA.COM>,<01ISKP0RYMAS94DU0K@SESTA.COM>"))),
            "dsn-generated", "internal",
            "message_id=<01ISKP22MW8894DTAS@SESTA.COM> parent_id=<01ISKP0RYMAS94DU0K@SESTA.COM> "
            "queue_file=imta/queue/process/ZZ01ISKP0S0LVQ94DTZB.00",
            "1998-01-19 20:49:33.000",
            { "from=", QByteArray("orig_to=") + rcpt, QByteArray("to=") + rcpt, "dest_channel=process" } });
    }
    rows.push_back({ "21-4 R",
        sun("19-JAN-1998 20:50:07", "", "tcp_local", "",
            "R 1 adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com "
            "imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00 <01ISKP0RYMAS94DU0K@SESTA.COM> "
            "Illegal host/domain name found"),
        "bounced", "client",
        "message_id=<01ISKP0RYMAS94DU0K@SESTA.COM> queue_file=imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00",
        "1998-01-19 20:50:07.000",
        { "to=user@very.bogus.com", "reply=Illegal host/domain name found", "reply_code=", "relay=" } });
    const std::pair<const char*, const char*> notices[]
        = { { "adam@sesta.com", "adam" }, { "postmaster@sesta.com", "postmaster" } };
    for (const auto& [orig, cur] : notices) {
        rows.push_back({ "21-4 E process",
            sun("19-JAN-1998 20:50:08", "", "process", "l",
                cat("E 3  rfc822;", orig,
                    cat(" ", cur, " imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 <01ISKP22MW8894DTAS@SESTA.COM>"))),
            "queued", "internal",
            "message_id=<01ISKP22MW8894DTAS@SESTA.COM> queue_file=imta/queue/l/ZZ01ISKP23BUQS94DTYL.00",
            "1998-01-19 20:50:08.000", { "from=", QByteArray("orig_to=") + orig, QByteArray("to=") + cur, "size=3" } });
    }
    rows.push_back({ "21-4 D adam",
        sun("19-JAN-1998 20:50:12", "", "l", "",
            "D 3  rfc822;adam@sesta.com adam imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 <01ISKP22MW8894DTAS@SESTA.COM>"),
        "delivered", "internal",
        "message_id=<01ISKP22MW8894DTAS@SESTA.COM> queue_file=imta/queue/l/ZZ01ISKP23BUQS94DTYL.00",
        "1998-01-19 20:50:12.000", { "from=", "orig_to=adam@sesta.com", "to=adam" } });
    rows.push_back({ "21-4 D postmaster (SIROE typo kept)",
        sun("19-JAN-1998 20:50:12", "", "l", "",
            "D 3  rfc822;postmaster@sesta.com postmaster imta/queue/l/ZZ01ISKP23BUQS94DTYL.00 "
            "<01ISKP22MW8894DTAS@SIROE.COM>"),
        "delivered", "internal",
        "message_id=<01ISKP22MW8894DTAS@SIROE.COM> queue_file=imta/queue/l/ZZ01ISKP23BUQS94DTYL.00",
        "1998-01-19 20:50:12.000", { "from=", "orig_to=postmaster@sesta.com", "to=postmaster" } });
    // 21-5: a remote user that does not exist
    rows.push_back({ "21-5 E",
        sun("20-JAN-1998 13:11:05", "", "l", "tcp_local",
            "E 1 adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com "
            "imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00 <01ISLNBAWV3094DUWH@sesta.com>"),
        "queued", "internal",
        "message_id=<01ISLNBAWV3094DUWH@sesta.com> queue_file=imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00",
        "1998-01-20 13:11:05.000", { "to=nonesuch@siroe.com" } });
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" }) {
        rows.push_back({ "21-5 notification",
            sun("20-JAN-1998 13:11:08", "", "tcp_local", "process",
                cat("E 1  rfc822;", rcpt,
                    cat(" ", rcpt,
                        " imta/queue/process/ZZ01ISLNBB1JOE94DSGB.00 "
                        "<01ISLNBFKIDS94DUJ8@sesta.com>,<01ISLNBAWV3094DUWH@sesta.com>"))),
            "dsn-generated", "internal",
            "message_id=<01ISLNBFKIDS94DUJ8@sesta.com> parent_id=<01ISLNBAWV3094DUWH@sesta.com> "
            "queue_file=imta/queue/process/ZZ01ISLNBB1JOE94DSGB.00",
            "1998-01-20 13:11:08.000", { "from=", QByteArray("to=") + rcpt } });
    }
    rows.push_back({ "21-5 R",
        sun("20-JAN-1998 13:11:11", "", "tcp_local", "",
            cat("R 1 adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com "
                "imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00 <01ISLNBAWV3094DUWH@sesta.com> ",
                smtpThor, "smtp; 553 unknown or illegal user: nonesuch@siroe.com")),
        "bounced", "client",
        "message_id=<01ISLNBAWV3094DUWH@sesta.com> queue_file=imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00",
        "1998-01-20 13:11:11.000",
        thor
            + QList<QByteArray> { "from=adam@sesta.com", "orig_to=nonesuch@siroe.com", "to=nonesuch@siroe.com",
                "reply_code=553", "dsn=", "reply=smtp; 553 unknown or illegal user: nonesuch@siroe.com" } });
    const std::pair<const char*, const char*> notices5[]
        = { { "adam@sesta.com", "adam" }, { "postmaster@sesta.com", "postmaster" } };
    for (const auto& [orig, cur] : notices5) {
        rows.push_back({ "21-5 E process",
            sun("20-JAN-1998 13:11:12", "", "process", "l",
                cat("E 3  rfc822;", orig,
                    cat(" ", cur, " imta/queue/l/ZZ01ISLNBGND1094DQDP.00 <01ISLNBFKIDS94DUJ8@sesta.com>"))),
            "queued", "internal",
            "message_id=<01ISLNBFKIDS94DUJ8@sesta.com> queue_file=imta/queue/l/ZZ01ISLNBGND1094DQDP.00",
            "1998-01-20 13:11:12.000", { "from=", QByteArray("to=") + cur } });
    }
    for (const char* rcpt : { "adam@sesta.com", "postmaster@sesta.com" }) {
        rows.push_back({ "21-5 D",
            sun("20-JAN-1998 13:11:13", "", "l", "",
                cat("D 3  rfc822;", rcpt,
                    cat(" ", rcpt, " imta/queue/l/ZZ01ISLNBGND1094DQDP.00 <01ISLNBFKIDS94DUJ8@sesta.com>"))),
            "delivered", "internal",
            "message_id=<01ISLNBFKIDS94DUJ8@sesta.com> queue_file=imta/queue/l/ZZ01ISLNBGND1094DQDP.00",
            "1998-01-20 13:11:13.000", { QByteArray("to=") + rcpt } });
    }
    // 21-6: relaying refused. The manual: the original To is empty ("rfc822;" and a space), the attempted
    // recipient is the current To, then the reply sent to the client.
    rows.push_back({ "21-6 J",
        sun("28-May-1998 12:02:23", "", "tcp_local", "",
            "J 0 harold@varrius.com rfc822; alan@very.bogus.com 550 5.7.1 Relaying not permitted: alan@very.bogus.com"),
        "rejected", "server", "", "1998-05-28 12:02:23.000",
        { "from=harold@varrius.com", "orig_to=", "to=alan@very.bogus.com", "size=0", "reply_code=550", "dsn=5.7.1",
            "reply=550 5.7.1 Relaying not permitted: alan@very.bogus.com" } });
    // 21-7: retries; the queue file letters count down
    rows.push_back({ "21-7 E",
        sun("15-Jan-1998 10:31:05.18", "", "tcp_internal", "tcp_local",
            "E 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/ZZ01IS3D2ZP7FQ9UN54R.00 "
            "<01IRUD7SVA3Q9UN2D4@sesta.com>"),
        "accepted", "server",
        "message_id=<01IRUD7SVA3Q9UN2D4@sesta.com> queue_file=imta/queue/tcp_local/ZZ01IS3D2ZP7FQ9UN54R.00",
        "1998-01-15 10:31:05.180", { "from=adam@hosta.sesta.com", "source_channel=tcp_internal" } });
    const struct
    {
        const char* time;
        const char* file;
        const char* error;
        const char* expectedTime;
    } retries[] = {
        { "15-Jan-1998 10:31:10.37", "ZZ01IS3D2ZP7FQ9UN54R.00",
            "TCP active open: Failed connect()    Error: no route to host", "1998-01-15 10:31:10.370" },
        { "15-Jan-1998 12:45:39.48", "ZY01IS3D2ZP7FQ9UN54R.00",
            "TCP active open: Failed connect()    Error: no route to host", "1998-01-15 12:45:39.480" },
        { "15-Jan-1998 16:45:24.72", "ZX01IS67NY4RRK9UN7GP.00",
            "TCP active open: Failed connect() Error: connection refused", "1998-01-15 16:45:24.720" },
    };
    for (const auto& retry : retries) {
        rows.push_back({ "21-7 Q",
            sun(retry.time, "", "tcp_local", "",
                cat("Q 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/", retry.file,
                    cat(" <01IRUD7SVA3Q9UN2D4@sesta.com> ", retry.error))),
            "deferred", "client",
            cat("message_id=<01IRUD7SVA3Q9UN2D4@sesta.com> queue_file=imta/queue/tcp_local/", retry.file),
            retry.expectedTime, { "to=user@some.org", QByteArray("reply=") + retry.error, "reply_code=" } });
    }
    rows.push_back({ "21-7 D",
        sun("15-Jan-1998 20:45:51.55", "", "tcp_local", "",
            "D 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/ZX01IS67NY4RRK9UN7GP.00 "
            "<01IRUD7SVA3Q9UN2D4@sesta.com> dns;host.some.org (TCP|206.184.139.12|2788|192.1.1.1|25) (All set, "
            "fire away) smtp; 250 Ok"),
        "delivered", "client",
        "message_id=<01IRUD7SVA3Q9UN2D4@sesta.com> queue_file=imta/queue/tcp_local/ZX01IS67NY4RRK9UN7GP.00",
        "1998-01-15 20:45:51.550",
        { "relay=host.some.org", "peer_ip=192.1.1.1", "peer_port=25", "reply_code=250", "reply=smtp; 250 Ok" } });
    // 21-8: through the conversion channel (the message-id changes there)
    rows.push_back({ "21-8 E conversion",
        sun("04-Feb-1998 00:06:26.72", "", "tcp_local", "conversion",
            "E 9 amy@siroe.edu rfc822;bert@sesta.com bert@sesta.com imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00 "
            "<01IT5UALL14498518O@siroe.edu>"),
        "accepted", "server",
        "message_id=<01IT5UALL14498518O@siroe.edu> queue_file=imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00",
        "1998-02-04 00:06:26.720", { "from=amy@siroe.edu", "to=bert@sesta.com", "size=9" } });
    rows.push_back({ "21-8 E l",
        sun("04-Feb-1998 00:06:29.06", "", "conversion", "l",
            "E 9 amy@siroe.edu rfc822;bert@sesta.com bert imta/queue/l/ZZ01IT5UAOXLDW98509E.00 "
            "<01IT5STUMUFO984Z8L@siroe.edu>"),
        "queued", "internal",
        "message_id=<01IT5STUMUFO984Z8L@siroe.edu> queue_file=imta/queue/l/ZZ01IT5UAOXLDW98509E.00",
        "1998-02-04 00:06:29.060", { "to=bert", "source_channel=conversion", "dest_channel=l" } });
    rows.push_back({ "21-8 D conversion",
        sun("04-Feb-1998 00:06:29.31", "", "conversion", "",
            "D 9 amy@siroe.edu rfc822;bert@sesta.com bert imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00 "
            "<01IT5UALL14498518O@siroe.edu>"),
        "delivered", "internal",
        "message_id=<01IT5UALL14498518O@siroe.edu> queue_file=imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00",
        "1998-02-04 00:06:29.310", { "to=bert" } });
    rows.push_back({ "21-8 D l",
        sun("04-Feb-1998 00:06:32.62", "", "l", "",
            "D 9 amy@siroe.edu rfc822;bert@siroe.com bert imta/queue/l/ZZ01IT5UAOXLDW98509E.00 "
            "<01IT5STUMUFO984Z8L@siroe.edu>"),
        "delivered", "internal",
        "message_id=<01IT5STUMUFO984Z8L@siroe.edu> queue_file=imta/queue/l/ZZ01IT5UAOXLDW98509E.00",
        "1998-02-04 00:06:32.620", { "orig_to=bert@siroe.com", "to=bert" } });
    // 21-9: outbound connection logging (LOG_PROCESS=1, LOG_CONNECTION=3)
    const struct
    {
        const char* time;
        const char* process;
        const char* rcpt;
        const char* file;
        const char* expectedTime;
    } enqueues[] = {
        { "19-Feb-1998 10:52:05.41", "1e488.0", "bobby@hosta.sesta.com", "ZZ01ITRF7BO388000FCN.00",
            "1998-02-19 10:52:05.410" },
        { "19-Feb-1998 10:52:05.41", "1e488.0", "carl@hosta.sesta.com", "ZZ01ITRF7BO388000FCN.00",
            "1998-02-19 10:52:05.410" },
        { "19-Feb-1998 10:52:05.74", "1e488.1", "dave@hostb.sesta.com", "ZZ01ITRF7C11FU000FCN.00",
            "1998-02-19 10:52:05.740" },
    };
    for (const auto& e : enqueues) {
        rows.push_back({ "21-9 E",
            sun(e.time, e.process, "l", "tcp_local",
                cat("E 1 adam@sesta.com rfc822;", e.rcpt,
                    cat(" ", e.rcpt, cat(" imta/queue/tcp_local/", e.file, " <01ITRF7BDHS6000FCN@SESTA.COM>")))),
            "queued", "internal",
            QByteArray("message_id=<01ITRF7BDHS6000FCN@SESTA.COM> process=" + QByteArray(e.process)
                + " queue_file=imta/queue/tcp_local/" + e.file),
            e.expectedTime, { QByteArray("to=") + e.rcpt } });
    }
    rows.push_back({ "21-9 - O mailhub",
        sun("19-Feb-1998 10:52:10.79", "1f625.2.0", "tcp_local", "-",
            "O TCP|206.184.139.12|5900|206.184.139.66|25 SMTP/hostb.sesta.com/mailhub.sesta.com"),
        "delivery-connect", "client", "process=1f625.2.0", "1998-02-19 10:52:10.790",
        { "local_ip=206.184.139.12", "local_port=5900", "peer_ip=206.184.139.66", "peer_port=25",
            "relay=mailhub.sesta.com", "peer_host=mailhub.sesta.com", "action=O", "dest_channel=" } });
    rows.push_back({ "21-9 - O hosta",
        sun("19-Feb-1998 10:52:10.87", "1f625.3.0", "tcp_local", "-",
            "O TCP|206.184.139.12|5901|206.184.139.70|25 SMTP/hosta.sesta.com/hosta.sesta.com"),
        "delivery-connect", "client", "process=1f625.3.0", "1998-02-19 10:52:10.870",
        { "local_port=5901", "peer_ip=206.184.139.70", "relay=hosta.sesta.com" } });
    for (const char* rcpt : { "bobby@hosta.sesta.com", "carl@hosta.sesta.com" }) {
        const QByteArray reply = "smtp;250 2.1.5 " + QByteArray(rcpt) + " and options OK.";
        rows.push_back({ "21-9 D hosta",
            sun("19-Feb-1998 10:52:12.28", "1f625.3.1", "tcp_local", "",
                cat("D 1 adam@sesta.com rfc822;", rcpt,
                    cat(" ", rcpt,
                        cat(" imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00 <01ITRF7BDHS6000FCN@SESTA.COM> ", hostaDiag,
                            reply.constData())))),
            "delivered", "client",
            "message_id=<01ITRF7BDHS6000FCN@SESTA.COM> process=1f625.3.1 "
            "queue_file=imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00",
            "1998-02-19 10:52:12.280",
            { "peer_host=hosta.sesta.com", "relay=hosta.sesta.com", "local_ip=206.184.139.12", "local_port=5901",
                "peer_ip=206.184.139.70", "peer_port=25", "reply_code=250", "dsn=2.1.5",
                QByteArray("reply=") + reply } });
    }
    rows.push_back({ "21-9 - C hosta",
        sun("19-Feb-1998 10:52:12.40", "1f625.3.2", "tcp_local", "-",
            "C TCP|206.184.139.12|5901|206.184.139.70|25 SMTP/hosta.sesta.com/hosta.sesta.com"),
        "delivery-disconnect", "client", "process=1f625.3.2", "1998-02-19 10:52:12.400",
        { "peer_ip=206.184.139.70", "local_port=5901" } });
    rows.push_back({ "21-9 D mailhub",
        sun("19-Feb-1998 10:52:13.01", "1f625.2.1", "tcp_local", "",
            "D 1 adam@sesta.com rfc822;dave@hostb.sesta.com dave@hostb.sesta.com "
            "imta/queue/tcp_local/ZZ01ITRF7C11FU000FCN.00 <01ITRF7BDHS6000FCN@SESTA.COM> mailhub.sesta.com "
            "dns;mailhub.sesta.com (TCP|206.184.139.12|5900|206.184.139.66|25) (MAILHUB.SESTA.COM -- Server ESMTP "
            "[iMS V5.0 #8694]) (TCP|206.184.139.12|5900|206.184.139.66|25) smtp;250 2.1.5 dave@hostb.sesta.com and "
            "options OK."),
        "delivered", "client",
        "message_id=<01ITRF7BDHS6000FCN@SESTA.COM> process=1f625.2.1 "
        "queue_file=imta/queue/tcp_local/ZZ01ITRF7C11FU000FCN.00",
        "1998-02-19 10:52:13.010",
        { "peer_host=mailhub.sesta.com", "relay=mailhub.sesta.com", "peer_ip=206.184.139.66", "local_port=5900",
            "reply_code=250" } });
    rows.push_back({ "21-9 - C mailhub",
        sun("19-Feb-1998 10:52:13.05", "1f625.2.2", "tcp_local", "-",
            "C TCP|206.184.139.12|5900|206.184.139.66|25 SMTP/hostb.sesta.com/mailhub.sesta.com"),
        "delivery-disconnect", "client", "process=1f625.2.2", "1998-02-19 10:52:13.050",
        { "peer_ip=206.184.139.66", "relay=mailhub.sesta.com" } });
    // 21-10: inbound connection logging
    rows.push_back({ "21-10 + O",
        sun("19-Feb-1998 17:02:08.70", "", "tcp_local", "+", "O TCP|206.184.139.12|25|192.160.253.66|1244 SMTP"),
        "connect", "server", "", "1998-02-19 17:02:08.700",
        { "local_ip=206.184.139.12", "local_port=25", "peer_ip=192.160.253.66", "peer_port=1244",
            "relay=", "source_channel=tcp_local", "dest_channel=", "action=O" } });
    rows.push_back({ "21-10 E",
        sun("19-Feb-1998 17:02:26.65", "", "tcp_local", "l",
            "E 1 service@siroe.com rfc822;adam@sesta.com adam THOR.SIROE.COM (THOR.SIROE.COM [192.160.253.66])"),
        "accepted", "server", "", "1998-02-19 17:02:26.650",
        { "from=service@siroe.com", "orig_to=adam@sesta.com", "to=adam", "helo=THOR.SIROE.COM",
            "peer_host=THOR.SIROE.COM", "peer_ip=192.160.253.66", "reply=" } });
    rows.push_back({ "21-10 + C",
        sun("19-Feb-1998 17:02:27.05", "", "tcp_local", "+", "C TCP|206.184.139.12|25|192.160.253.66|1244 SMTP"),
        "disconnect", "server", "", "1998-02-19 17:02:27.050", { "peer_ip=192.160.253.66", "peer_port=1244" } });
    rows.push_back({ "21-10 D",
        sun("19-Feb-1998 17:02:31.73", "", "l", "", "D 1 service@siroe.com rfc822;adam@sesta.com adam"), "delivered",
        "internal", "", "1998-02-19 17:02:31.730", { "from=service@siroe.com", "orig_to=adam@sesta.com", "to=adam" } });
    return rows;
}

// The manual's presentation of examples 21-1 .. 21-10 (continuation lines indented, callouts removed).
struct ManualExample
{
    const char* name;
    const char* text;
    int firstRow; // index into seedRows()
    int rowCount;
};

const ManualExample manualExamples[] = {
    { "21-1", R"(19-Jan-1998 19:16:57.64 l            tcp_local    E 1
 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com

 19-Jan-1998 19:17:01.16 tcp_local                  D 1
 adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com
 dns;thor.siroe.com
 (TCP|206.184.139.12|2788|192.160.253.66|25)
 (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694])
 smtp;250 2.1.5 marlowe@siroe.com and options OK.)",
        0, 2 },
    { "21-2", R"(19-Jan-1998 19:16:57.64 l            tcp_local    E 1
  adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com
  /imta/queue/tcp_local/ZZ01ISKLSKLZLI90N15M.00
   <01ISKLSKC2QC90N15M@sesta.com>

 19-Jan-1998 19:17:01.16 tcp_local                  D 1
  adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com
  /imta/queue/tcp_local/Z01ISKLSKLZLI90N15M.00
    <01ISKLSKC2QC90N15M@sesta.com>
  dns;thor.siroe.com (TCP|206.184.139.12|2788|192.160.253.66|25)
  (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694])
  smtp;250 2.1.5 marlowe@siroe.com and options OK.)",
        2, 2 },
    { "21-3", R"(19-Jan-1998 20:01:44.10 l    l                    E 1
  adam@sesta.com rfc822;test-list@sesta.com bob
  imta/queue/l/ZZ01ISKND3DE1K90N15M.00
  <01ISKND2H8MS90N15M@sesta.com>

 19-Jan-1998 20:01:44.81 l            tcp_local    E 1
  adam@sesta.com rfc822;test-list@sesta.com carol@varrius.com
  imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00
  <01ISKND2H8MS90N15M@sesta.com>

 19-Jan-1998 20:01:44.81 l            tcp_local    E 1
  adam@sesta.com rfc822;test-list@sesta.com david@varrius.com
  imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00
 <01ISKND2H8MS90N15M@sesta.com>

 19-Jan-1998 20:01:50.69 l                         D 1
  adam@sesta.com rfc822;test-list@sesta.com bob
  imta/queue/l/ZZ01ISKND3DE1K90N15M.00
  <01ISKND2H8MS90N15M@sesta.com>

 19-Jan-1998 20:01:57.36 tcp_local                  D 1
  adam@sesta.com rfc822;test-list@sesta.com carol@varrius.com
  imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00
  <01ISKND2H8MS90N15M@sesta.com>
  dns;gw.varrius.com (TCP|206.184.139.12|2788|192.160.253.66|25)
  (gw.varrius.com -- SMTP Sendmail)
  smtp;250 OK.

 19-Jan-1998 20:02:06.14 tcp_local                  D 1
  adam@sesta.com rfc822;test-list@sesta.com david@varrius.com
  imta/queue/tcp_local/ZZ01ISKND2WS1I90N15M.00
  <01ISKND2H8MS90N15M@sesta.com>
  dns;gw.varrius.com (TCP|206.184.139.12|2788|192.160.253.66|25)
  (gw.varrius.com -- SMTP Sendmail)
  smtp;250 OK.)",
        4, 6 },
    { "21-4", R"(19-JAN-1998 20:49:04 l            tcp_local    E 1
  adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com
  imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00
 <01ISKP0RYMAS94DU0K@SESTA.COM>

19-JAN-1998 20:49:33 tcp_local    process      E 1
 rfc822;adam@sesta.com adam@sesta.com
 imta/queue/process/ZZ01ISKP0S0LVQ94DTZB.00
 <01ISKP22MW8894DTAS@SESTA.COM>,<01ISKP0RYMAS94DU0K@SESTA.COM>

19-JAN-1998 20:49:33 tcp_local    process      E 1
 rfc822;postmaster@sesta.com postmaster@sesta.com
 imta/queue/process/ZZ01ISKP0S0LVQ94DTZB.00
 <01ISKP22MW8894DTAS@SESTA.COM>,<01ISKP0RYMAS94DU0K@SESTA.COM>

19-JAN-1998 20:50:07 tcp_local                  R 1
 adam@sesta.com rfc822;user@very.bogus.com user@very.bogus.com
 imta/queue/tcp_local/ZZ01ISKP0S0LVQ94DU0K.00
 <01ISKP0RYMAS94DU0K@SESTA.COM>
 Illegal host/domain name found

19-JAN-1998 20:50:08 process      l            E 3
 rfc822;adam@sesta.com adam
 imta/queue/l/ZZ01ISKP23BUQS94DTYL.00
 <01ISKP22MW8894DTAS@SESTA.COM>

19-JAN-1998 20:50:08 process      l            E 3
  rfc822;postmaster@sesta.com postmaster
  imta/queue/l/ZZ01ISKP23BUQS94DTYL.00
 <01ISKP22MW8894DTAS@SESTA.COM>

19-JAN-1998 20:50:12 l                         D 3
  rfc822;adam@sesta.com adam
  imta/queue/l/ZZ01ISKP23BUQS94DTYL.00
  <01ISKP22MW8894DTAS@SESTA.COM>

19-JAN-1998 20:50:12 l                         D 3
  rfc822;postmaster@sesta.com postmaster
  imta/queue/l/ZZ01ISKP23BUQS94DTYL.00
  <01ISKP22MW8894DTAS@SIROE.COM>)",
        10, 8 },
    { "21-5", R"(20-JAN-1998 13:11:05 l            tcp_local    E 1
  adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com
  imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00
  <01ISLNBAWV3094DUWH@sesta.com>

20-JAN-1998 13:11:08 tcp_local    process      E 1
  rfc822;adam@sesta.com adam@sesta.com
  imta/queue/process/ZZ01ISLNBB1JOE94DSGB.00
  <01ISLNBFKIDS94DUJ8@sesta.com>,<01ISLNBAWV3094DUWH@sesta.com>

 20-JAN-1998 13:11:08 tcp_local    process      E 1
  rfc822;postmaster@sesta.com postmaster@sesta.com
  imta/queue/process/ZZ01ISLNBB1JOE94DSGB.00
  <01ISLNBFKIDS94DUJ8@sesta.com>,<01ISLNBAWV3094DUWH@sesta.com>

20-JAN-1998 13:11:11 tcp_local                  R 1
  adam@sesta.com rfc822;nonesuch@siroe.com nonesuch@siroe.com
  imta/queue/tcp_local/ZZ01ISLNBB1JOE94DUWH.00
  <01ISLNBAWV3094DUWH@sesta.com>
  dns;thor.siroe.com
  (TCP|206.184.139.12|2788|192.160.253.66|25)
  (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694])
  smtp; 553 unknown or illegal user: nonesuch@siroe.com

20-JAN-1998 13:11:12 process      l            E 3
  rfc822;adam@sesta.com adam
  imta/queue/l/ZZ01ISLNBGND1094DQDP.00
  <01ISLNBFKIDS94DUJ8@sesta.com>

20-JAN-1998 13:11:12 process      l            E 3
  rfc822;postmaster@sesta.com postmaster
  imta/queue/l/ZZ01ISLNBGND1094DQDP.00
  <01ISLNBFKIDS94DUJ8@sesta.com>

20-JAN-1998 13:11:13 l                         D 3
  rfc822;adam@sesta.com adam@sesta.com
  imta/queue/l/ZZ01ISLNBGND1094DQDP.00
  <01ISLNBFKIDS94DUJ8@sesta.com>

20-JAN-1998 13:11:13 l                         D 3
  rfc822;postmaster@sesta.com postmaster@sesta.com
  imta/queue/l/ZZ01ISLNBGND1094DQDP.00
  <01ISLNBFKIDS94DUJ8@sesta.com>)",
        18, 8 },
    { "21-6", R"(28-May-1998 12:02:23 tcp_local            J 0
 harold@varrius.com rfc822; alan@very.bogus.com
 550 5.7.1 Relaying not permitted: alan@very.bogus.com)",
        26, 1 },
    { "21-7", R"(15-Jan-1998 10:31:05.18 tcp_internal   tcp_local   E 3
 adam@hosta.sesta.com rfc822;user@some.org user@some.org
 imta/queue/tcp_local/ZZ01IS3D2ZP7FQ9UN54R.00
 <01IRUD7SVA3Q9UN2D4@sesta.com>

15-Jan-1998 10:31:10.37 tcp_local                  Q 3
 adam@hosta.sesta.com rfc822;user@some.org user@some.org
 imta/queue/tcp_local/ZZ01IS3D2ZP7FQ9UN54R.00
 <01IRUD7SVA3Q9UN2D4@sesta.com>
 TCP active open: Failed connect()    Error: no route to host

15-Jan-1998 12:45:39.48 tcp_local                  Q 3
  adam@hosta.sesta.com rfc822;user@some.org user@some.org
  imta/queue/tcp_local/ZY01IS3D2ZP7FQ9UN54R.00
  <01IRUD7SVA3Q9UN2D4@sesta.com>
  TCP active open: Failed connect()    Error: no route to host

 15-Jan-1998 16:45:24.72 tcp_local                  Q 3
  adam@hosta.sesta.com rfc822;user@some.org user@some.org
  imta/queue/tcp_local/ZX01IS67NY4RRK9UN7GP.00
                   <01IRUD7SVA3Q9UN2D4@sesta.com>
  TCP active open: Failed connect() Error: connection refused

 15-Jan-1998 20:45:51.55 tcp_local                  D 3
  adam@hosta.sesta.com rfc822;user@some.org user@some.org
  imta/queue/tcp_local/ZX01IS67NY4RRK9UN7GP.00
  <01IRUD7SVA3Q9UN2D4@sesta.com>
  dns;host.some.org (TCP|206.184.139.12|2788|192.1.1.1|25)
  (All set, fire away)
  smtp; 250 Ok)",
        27, 5 },
    { "21-8", R"(04-Feb-1998 00:06:26.72 tcp_local    conversion   E 9
  amy@siroe.edu rfc822;bert@sesta.com bert@sesta.com
  imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00
  <01IT5UALL14498518O@siroe.edu>

 04-Feb-1998 00:06:29.06 conversion   l            E 9
                   amy@siroe.edu rfc822;bert@sesta.com bert
  imta/queue/l/ZZ01IT5UAOXLDW98509E.00  <01IT5STUMUFO984Z8L@siroe.edu>

04-Feb-1998 00:06:29.31 conversion                D 9
 amy@siroe.edu rfc822;bert@sesta.com bert
 imta/queue/conversion/ZZ01IT5UAMZ4QW98518O.00
 <01IT5UALL14498518O@siroe.edu>

 04-Feb-1998 00:06:32.62 l                         D 9
  amy@siroe.edu rfc822;bert@siroe.com bert
  imta/queue/l/ZZ01IT5UAOXLDW98509E.00
  <01IT5STUMUFO984Z8L@siroe.edu>)",
        32, 4 },
    // the whitespace-only line inside the last entry is the manual's, kept on purpose
    { "21-9",
        "19-Feb-1998 10:52:05.41 1e488.0 l            tcp_local    E 1\n"
        " adam@sesta.com rfc822;bobby@hosta.sesta.com bobby@hosta.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00\n"
        "  <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        "\n"
        "19-Feb-1998 10:52:05.41 1e488.0 l            tcp_local    E 1\n"
        " adam@sesta.com rfc822;carl@hosta.sesta.com carl@hosta.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00\n"
        "   <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        "\n"
        "19-Feb-1998 10:52:05.74 1e488.1 l            tcp_local    E 1\n"
        " adam@sesta.com rfc822;dave@hostb.sesta.com dave@hostb.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7C11FU000FCN.00\n"
        "   <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        "\n"
        "19-Feb-1998 10:52:10.79 1f625.2.0 tcp_local    -            O\n"
        " TCP|206.184.139.12|5900|206.184.139.66|25\n"
        " SMTP/hostb.sesta.com/mailhub.sesta.com\n"
        " \n"
        "19-Feb-1998 10:52:10.87 1f625.3.0 tcp_local    -            O\n"
        " TCP|206.184.139.12|5901|206.184.139.70|25\n"
        " SMTP/hosta.sesta.com/hosta.sesta.com\n"
        "\n"
        "19-Feb-1998 10:52:12.28 1f625.3.1 tcp_local                  D 1\n"
        " adam@sesta.com rfc822;bobby@hosta.sesta.com bobby@hosta.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00\n"
        "  <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        " hosta.sesta.com dns;hosta.sesta.com\n"
        " (TCP|206.184.139.12|5901|206.184.139.70|25)\n"
        " (hosta.sesta.com -- Server ESMTP [iMS V5.0 #8790])\n"
        " (TCP|206.184.139.12|5901|206.184.139.70|25)\n"
        " smtp;250 2.1.5 bobby@hosta.sesta.com and options OK.\n"
        "\n"
        "19-Feb-1998 10:52:12.28 1f625.3.1 tcp_local                  D 1\n"
        " adam@sesta.com rfc822;carl@hosta.sesta.com carl@hosta.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7BO388000FCN.00\n"
        "  <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        " hosta.sesta.com dns;hosta.sesta.com\n"
        " (TCP|206.184.139.12|5901|206.184.139.70|25)\n"
        " (hosta.sesta.com -- Server ESMTP [iMS V5.0 #8790])\n"
        " (TCP|206.184.139.12|5901|206.184.139.70|25)\n"
        " smtp;250 2.1.5 carl@hosta.sesta.com and options OK.\n"
        "\n"
        "19-Feb-1998 10:52:12.40 1f625.3.2 tcp_local      -            C\n"
        " TCP|206.184.139.12|5901|206.184.139.70|25\n"
        " SMTP/hosta.sesta.com/hosta.sesta.com\n"
        "\n"
        "19-Feb-1998 10:52:13.01 1f625.2.1 tcp_local                  D 1\n"
        " adam@sesta.com rfc822;dave@hostb.sesta.com dave@hostb.sesta.com\n"
        " imta/queue/tcp_local/ZZ01ITRF7C11FU000FCN.00\n"
        "  <01ITRF7BDHS6000FCN@SESTA.COM>\n"
        " mailhub.sesta.com dns;mailhub.sesta.com\n"
        " (TCP|206.184.139.12|5900|206.184.139.66|25)\n"
        " (MAILHUB.SESTA.COM -- Server ESMTP [iMS V5.0 #8694])\n"
        " (TCP|206.184.139.12|5900|206.184.139.66|25)\n"
        " smtp;250 2.1.5 dave@hostb.sesta.com and options OK.\n"
        "\n"
        "19-Feb-1998 10:52:13.05 1f625.2.2 tcp_local      -            C\n"
        "                  \n"
        " TCP|206.184.139.12|5900|206.184.139.66|25\n"
        " SMTP/hostb.sesta.com/mailhub.sesta.com\n",
        36, 10 },
    { "21-10",
        "19-Feb-1998 17:02:08.70 tcp_local    +            O\n"
        " TCP|206.184.139.12|25|192.160.253.66|1244 SMTP\n"
        "\n"
        "19-Feb-1998 17:02:26.65 tcp_local    l             E 1\n"
        " service@siroe.com rfc822;adam@sesta.com adam\n"
        " THOR.SIROE.COM (THOR.SIROE.COM [192.160.253.66])\n"
        "\n"
        " 19-Feb-1998 17:02:27.05 tcp_local    +             C\n"
        "                   TCP|206.184.139.12|25|192.160.253.66|1244 SMTP\n"
        " \n"
        "19-Feb-1998 17:02:31.73 l                          D 1\n"
        "  service@siroe.com rfc822;adam@sesta.com adam\n",
        46, 4 },
};

// Composed lines for every action code, the composed examples of formats.md 3.8 and the edge cases of 3.7.
std::vector<Row> composedRows()
{
    std::vector<Row> rows;
    // formats.md 3.8, inbound over a multithreaded server
    rows.push_back({ "3.8 + O",
        "27-Mar-2024 09:14:01.88 6a1c.4.0 tcp_local    +            O TCP|192.0.2.80|25|192.0.2.25|51544 SMTP",
        "connect", "server", "process=6a1c.4.0", "2024-03-27 09:14:01.880",
        { "local_ip=192.0.2.80", "local_port=25", "peer_ip=192.0.2.25", "peer_port=51544", "action=O",
            "source_channel=tcp_local", "dest_channel=", "size=" } });
    rows.push_back({ "3.8 EES",
        "27-Mar-2024 09:14:02.31 6a1c.4.1 tcp_local    ims-ms       EES 48 taro@example.net "
        "rfc822;hanako@example.jp hanako@ims-ms-daemon "
        "/opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00 <20240327001400.1A2B@mail.example.net> "
        "esa1.example.jp (esa1.example.jp [192.0.2.25])",
        "accepted", "server",
        "message_id=<20240327001400.1A2B@mail.example.net> process=6a1c.4.1 "
        "queue_file=/opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00",
        "2024-03-27 09:14:02.310",
        { "from=taro@example.net", "orig_to=hanako@example.jp", "to=hanako@ims-ms-daemon", "size=48", "action=EES",
            "source_channel=tcp_local", "dest_channel=ims-ms", "helo=esa1.example.jp", "peer_host=esa1.example.jp",
            "peer_ip=192.0.2.25", "reply=" } });
    rows.push_back({ "3.8 + C",
        "27-Mar-2024 09:14:02.57 6a1c.4.2 tcp_local    +            C TCP|192.0.2.80|25|192.0.2.25|51544 SMTP",
        "disconnect", "server", "process=6a1c.4.2", "2024-03-27 09:14:02.570",
        { "peer_ip=192.0.2.25", "peer_port=51544", "local_port=25" } });
    rows.push_back({ "3.8 ims-ms D",
        "27-Mar-2024 09:14:02.90 1f0b.3.7 ims-ms                    D 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon /opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00 "
        "<20240327001400.1A2B@mail.example.net>",
        "delivered", "internal",
        "message_id=<20240327001400.1A2B@mail.example.net> process=1f0b.3.7 "
        "queue_file=/opt/sun/comms/messaging64/data/queue/ims-ms/013/ZZg1a2B3c4D5e.00",
        "2024-03-27 09:14:02.900", { "source_channel=ims-ms", "dest_channel=", "to=hanako@ims-ms-daemon" } });
    // formats.md 3.8, outbound with retries, rejection at RCPT time, and a bounce
    rows.push_back({ "3.8 EE (12-character channel)",
        "27-Mar-2024 10:00:05.12 tcp_intranet tcp_local    EE 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example /opt/sun/comms/messaging64/data/queue/tcp_local/004/ZZh7J8k9L0m1N.00 "
        "<0SA900F1@example.jp>",
        "accepted", "server",
        "message_id=<0SA900F1@example.jp> queue_file=/opt/sun/comms/messaging64/data/queue/tcp_local/004/"
        "ZZh7J8k9L0m1N.00",
        "2024-03-27 10:00:05.120",
        { "source_channel=tcp_intranet", "dest_channel=tcp_local", "action=EE", "from=jiro@example.jp",
            "orig_to=ken@partner.example", "to=ken@partner.example" } });
    rows.push_back({ "3.8 Q",
        "27-Mar-2024 10:00:09.40 tcp_local                  Q 0 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example /opt/sun/comms/messaging64/data/queue/tcp_local/004/ZZh7J8k9L0m1N.00 "
        "<0SA900F1@example.jp> TCP active open: Failed connect()    Error: Connection refused",
        "deferred", "client",
        "message_id=<0SA900F1@example.jp> queue_file=/opt/sun/comms/messaging64/data/queue/tcp_local/004/"
        "ZZh7J8k9L0m1N.00",
        "2024-03-27 10:00:09.400",
        { "size=0", "reply=TCP active open: Failed connect()    Error: Connection refused", "reply_code=" } });
    rows.push_back({ "3.8 DE",
        "27-Mar-2024 10:30:11.02 tcp_local                  DE 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example /opt/sun/comms/messaging64/data/queue/tcp_local/004/ZYh7J8k9L0m1N.00 "
        "<0SA900F1@example.jp> dns;mx.partner.example (TCP|192.0.2.61|40112|203.0.113.50|25) (mx.partner.example "
        "ESMTP) smtp;250 2.0.0 Ok: queued as 4VbTQx5pW1z3y0C",
        "delivered", "client",
        "message_id=<0SA900F1@example.jp> next_hop_id=4VbTQx5pW1z3y0C "
        "queue_file=/opt/sun/comms/messaging64/data/queue/tcp_local/004/ZYh7J8k9L0m1N.00",
        "2024-03-27 10:30:11.020",
        { "action=DE", "relay=mx.partner.example", "local_ip=192.0.2.61", "local_port=40112", "peer_ip=203.0.113.50",
            "peer_port=25", "reply_code=250", "dsn=2.0.0", "reply=smtp;250 2.0.0 Ok: queued as 4VbTQx5pW1z3y0C" } });
    rows.push_back({ "3.8 J (empty current To)",
        "27-Mar-2024 10:41:33.50 tcp_local                  J 0 x@example.org rfc822;nobody@example.jp  550 5.1.1 "
        "unknown or illegal alias: nobody@example.jp",
        "rejected", "server", "", "2024-03-27 10:41:33.500",
        { "from=x@example.org", "orig_to=nobody@example.jp", "to=", "reply_code=550", "dsn=5.1.1",
            "reply=550 5.1.1 unknown or illegal alias: nobody@example.jp" } });
    rows.push_back({ "3.8 notification (empty From)",
        "27-Mar-2024 11:05:02.77 tcp_local    process      E 1  rfc822;jiro@example.jp jiro@example.jp "
        "/opt/sun/comms/messaging64/data/queue/process/001/ZZp2Q3r4S5t6U.00 "
        "<0SA9011Z@example.jp>,<0SA900F7@example.jp>",
        "dsn-generated", "internal",
        "message_id=<0SA9011Z@example.jp> parent_id=<0SA900F7@example.jp> "
        "queue_file=/opt/sun/comms/messaging64/data/queue/process/001/ZZp2Q3r4S5t6U.00",
        "2024-03-27 11:05:02.770", { "from=", "orig_to=jiro@example.jp", "to=jiro@example.jp" } });
    rows.push_back({ "3.8 RE",
        "27-Mar-2024 11:05:03.10 tcp_local                  RE 2 jiro@example.jp rfc822;bad@partner.example "
        "bad@partner.example /opt/sun/comms/messaging64/data/queue/tcp_local/006/ZZv5W6x7Y8z9B.00 "
        "<0SA900F7@example.jp> dns;mx.partner.example (TCP|192.0.2.61|40131|203.0.113.50|25) (mx.partner.example "
        "ESMTP) smtp;550 5.1.1 No such user",
        "bounced", "client",
        "message_id=<0SA900F7@example.jp> queue_file=/opt/sun/comms/messaging64/data/queue/tcp_local/006/"
        "ZZv5W6x7Y8z9B.00",
        "2024-03-27 11:05:03.100",
        { "action=RE", "relay=mx.partner.example", "local_port=40131", "peer_ip=203.0.113.50", "reply_code=550",
            "dsn=5.1.1", "reply=smtp;550 5.1.1 No such user", "next_hop_id=" } });
    // formats.md 3.8, XML (LOG_FORMAT=4); message-ids lose their escaped brackets
    rows.push_back({ "3.8 XML en",
        "<en ts=\"2024-03-27T09:14:02.31\" pi=\"6a1c.4.1\" sc=\"tcp_local\" dc=\"ims-ms\" ac=\"EES\" sz=\"48\" "
        "so=\"taro@example.net\" od=\"rfc822;hanako@example.jp\" de=\"hanako@ims-ms-daemon\" "
        "mi=\"&lt;20240327001400.1A2B@mail.example.net&gt;\" ss=\"esa1.example.jp (esa1.example.jp [192.0.2.25])\"/>",
        "accepted", "server", "message_id=20240327001400.1A2B@mail.example.net process=6a1c.4.1",
        "2024-03-27 09:14:02.310",
        { "from=taro@example.net", "orig_to=hanako@example.jp", "to=hanako@ims-ms-daemon", "size=48", "action=EES",
            "dest_channel=ims-ms", "helo=esa1.example.jp", "peer_host=esa1.example.jp", "peer_ip=192.0.2.25" } });
    rows.push_back({ "XML en notification",
        "<en ts=\"2024-03-27T11:05:02.77\" sc=\"tcp_local\" dc=\"process\" ac=\"E\" sz=\"1\" so=\"\" "
        "od=\"rfc822;jiro@example.jp\" de=\"jiro@example.jp\" fi=\"/opt/q/process/001/ZZp2Q3r4S5t6U.00\" "
        "mi=\"&lt;0SA9011Z@example.jp&gt;,&lt;0SA900F7@example.jp&gt;\"/>",
        "dsn-generated", "internal",
        "message_id=0SA9011Z@example.jp parent_id=0SA900F7@example.jp queue_file=/opt/q/process/001/ZZp2Q3r4S5t6U.00",
        "2024-03-27 11:05:02.770", { "from=", "to=jiro@example.jp" } });
    rows.push_back({ "XML en delivery",
        "<en ts=\"2024-03-27T10:30:11.02\" no=\"mailhub\" sc=\"tcp_local\" dc=\"\" ac=\"DE\" sz=\"3\" "
        "so=\"jiro@example.jp\" od=\"rfc822;ken@partner.example\" de=\"ken@partner.example\" "
        "di=\"dns;mx.partner.example (TCP|192.0.2.61|40112|203.0.113.50|25) (mx.partner.example ESMTP) "
        "smtp;250 2.0.0 Ok: queued as 4VbTQx5pW1z3y0C\" qt=\"1802\"/>",
        "delivered", "client", "next_hop_id=4VbTQx5pW1z3y0C", "2024-03-27 10:30:11.020",
        { "relay=mx.partner.example", "peer_ip=203.0.113.50", "reply_code=250", "dsn=2.0.0", "dest_channel=" } });
    rows.push_back({ "XML co",
        "<co ts=\"2024-03-27T09:14:01.88\" pi=\"6a1c.4.0\" sc=\"tcp_local\" dr=\"+\" ac=\"O\" "
        "tr=\"TCP|192.0.2.80|25|192.0.2.25|51544\" ap=\"SMTP\"/>",
        "connect", "server", "process=6a1c.4.0", "2024-03-27 09:14:01.880",
        { "local_ip=192.0.2.80", "local_port=25", "peer_ip=192.0.2.25", "peer_port=51544" } });
    rows.push_back({ "XML co outbound",
        "<co ts=\"2024-03-27T10:30:10.71\" sc=\"tcp_local\" dr=\"-\" ac=\"C\" "
        "tr=\"TCP|192.0.2.61|40112|203.0.113.50|25\" ap=\"SMTP/partner.example/mx.partner.example\"/>",
        "delivery-disconnect", "client", "", "2024-03-27 10:30:10.710",
        { "relay=mx.partner.example", "peer_ip=203.0.113.50" } });
    // attribute names of header entries are not documented: any attribute holding "Name: value" [I]
    rows.push_back({ "XML he", "<he ts=\"2024-03-27T09:14:02.31\" pi=\"6a1c.4.1\" va=\"Subject: Quarterly report\"/>",
        "header", "internal", "process=6a1c.4.1", "2024-03-27 09:14:02.310",
        { "subject=Quarterly report", "status=Subject" } });
    rows.push_back({ "XML truncated", "<en ts=\"2024-03-27T09:14:02.31\" pi=\"6a1c.4.1\" sc=\"tcp_lo", "other", "none",
        "process=6a1c.4.1", "2024-03-27 09:14:02.310", { "source_channel=tcp_lo" } });

    // every action code of formats.md 3.3
    rows.push_back({ "K",
        "27-Mar-2024 11:20:00.10 ims-ms                    K 2 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon <0SA9A1@example.net> Sieve filter rejected the message",
        "rejected", "internal", "message_id=<0SA9A1@example.net>", "2024-03-27 11:20:00.100",
        { "action=K", "reply=Sieve filter rejected the message" } });
    rows.push_back({ "B",
        "27-Mar-2024 11:21:00.00 tcp_local                  B 0 x@example.org rfc822;VRFY root  "
        "502 5.5.1 VRFY command is disabled",
        "other", "server", "", "2024-03-27 11:21:00.000", { "action=B", "reply_code=502" } });
    rows.push_back({ "W",
        "27-Mar-2024 13:00:00.00 tcp_local                  W 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example /opt/q/tcp_local/004/ZXh7J8k9L0m1N.00 <0SA900F1@example.jp>",
        "dsn-generated", "internal",
        "message_id=<0SA900F1@example.jp> queue_file=/opt/q/tcp_local/004/ZXh7J8k9L0m1N.00", "2024-03-27 13:00:00.000",
        { "action=W" } });
    rows.push_back({ "Z",
        "27-Mar-2024 13:05:00.00 tcp_local                  ZE 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example <0SA900F1@example.jp> dns;mx.partner.example (TCP|192.0.2.61|40190|203.0.113.50|25) "
        "(mx.partner.example ESMTP) smtp;452 4.2.2 Mailbox full",
        "deferred", "client", "message_id=<0SA900F1@example.jp>", "2024-03-27 13:05:00.000",
        { "action=ZE", "reply_code=452", "dsn=4.2.2" } });
    rows.push_back({ "V",
        "27-Mar-2024 13:06:00.00 tcp_local                  VEA 0 x@example.org rfc822;taro@example.net "
        "taro@example.net Error reading SMTP packet",
        "dropped", "server", "", "2024-03-27 13:06:00.000",
        { "action=VEA", "to=taro@example.net", "reply=Error reading SMTP packet" } });
    rows.push_back({ "ims-ms Q",
        "27-Mar-2024 13:07:00.00 ims-ms                    Q 2 a@example.net rfc822;b@example.jp "
        "b@ims-ms-daemon Mailbox is locked",
        "deferred", "internal", "", "2024-03-27 13:07:00.000", { "reply=Mailbox is locked" } });
    rows.push_back({ "l R",
        "27-Mar-2024 13:08:00.00 l                         R 2 a@example.net rfc822;nobody "
        "nobody no such local user",
        "bounced", "internal", "", "2024-03-27 13:08:00.000", { "orig_to=nobody", "to=nobody" } });
    rows.push_back({ "+ X",
        "27-Mar-2024 13:10:00.00 tcp_local    +            X TCP|192.0.2.80|25|203.0.113.99|40001 SMTP "
        "Connection rejected by PORT_ACCESS",
        "rejected", "server", "", "2024-03-27 13:10:00.000",
        { "peer_ip=203.0.113.99", "reply=Connection rejected by PORT_ACCESS" } });
    rows.push_back({ "- Y",
        "27-Mar-2024 13:11:00.00 tcp_local    -            Y TCP|192.0.2.61|0|203.0.113.50|25 "
        "SMTP/partner.example/mx.partner.example Connection refused",
        "deferred", "client", "", "2024-03-27 13:11:00.000",
        { "relay=mx.partner.example", "peer_ip=203.0.113.50", "reply=Connection refused" } });
    rows.push_back({ "+ U",
        "27-Mar-2024 13:12:00.00 5d21.5.0 tcp_submit   +            U TCP|198.51.100.40|587|198.51.100.41|50213 "
        "SMTP *taro@example.net 535 5.7.8 Authentication failed",
        "auth", "server", "process=5d21.5.0", "2024-03-27 13:12:00.000",
        { "sasl_user=taro@example.net", "reply_code=535", "dsn=5.7.8", "reply=535 5.7.8 Authentication failed" } });
    rows.push_back(
        { "+ I", "27-Mar-2024 13:13:00.00 tcp_local    +            I TCP|192.0.2.80|25|192.0.2.25|51600 SMTP", "other",
            "server", "", "2024-03-27 13:13:00.000", { "action=I", "peer_ip=192.0.2.25" } });
    rows.push_back({ "- O with TLS",
        "27-Mar-2024 13:14:00.00 tcp_local    -            O TCP|192.0.2.61|40200|203.0.113.50|25 "
        "SMTP/partner.example/mx.partner.example/TLSv1.3",
        "delivery-connect", "client", "", "2024-03-27 13:14:00.000", { "relay=mx.partner.example", "tls=TLSv1.3" } });
    rows.push_back({ "unknown action letter",
        "27-Mar-2024 13:15:00.00 tcp_local                  A 1 a@example.net "
        "rfc822;b@example.jp b@example.jp",
        "other", "none", "", "2024-03-27 13:15:00.000", { "action=A", "to=b@example.jp" } });

    // options and layout edge cases of formats.md 3.2, 3.4, 3.7
    rows.push_back({ "LOG_NODE",
        "27-Mar-2024 09:14:02.31 mailhub tcp_local    ims-ms       EES 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon",
        "accepted", "server", "", "2024-03-27 09:14:02.310",
        { "source_channel=tcp_local", "dest_channel=ims-ms", "to=hanako@ims-ms-daemon" } });
    rows.push_back({ "LOG_NODE, blank destination",
        "27-Mar-2024 09:14:02.90 mailhub ims-ms                    D 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon",
        "delivered", "internal", "", "2024-03-27 09:14:02.900", { "source_channel=ims-ms", "dest_channel=" } });
    rows.push_back({ "LOG_NODE longer than 12 characters, blank destination",
        "27-Mar-2024 10:00:09.40 mail1.example.jp tcp_local                  Q 0 jiro@example.jp "
        "rfc822;ken@partner.example ken@partner.example TCP active open: Failed connect()    Error: Connection refused",
        "deferred", "client", "", "2024-03-27 10:00:09.400",
        { "source_channel=tcp_local", "dest_channel=", "reply_code=" } });
    rows.push_back({ "LOG_NODE, blanks collapsed (copied from a web page)",
        "27-Mar-2024 11:05:03.10 mailhub tcp_local R 1 a@example.net rfc822;b@example.jp b@example.jp", "bounced",
        "client", "", "2024-03-27 11:05:03.100", { "source_channel=tcp_local", "dest_channel=" } });
    rows.push_back({ "LOG_NODE and LOG_PROCESS",
        "27-Mar-2024 09:14:02.31 mailhub 6a1c.4.1 tcp_local    ims-ms       EES 48 taro@example.net "
        "rfc822;hanako@example.jp hanako@ims-ms-daemon",
        "accepted", "server", "process=6a1c.4.1", "2024-03-27 09:14:02.310",
        { "source_channel=tcp_local", "dest_channel=ims-ms" } });
    rows.push_back({ "empty node before 6.3 (extra space)",
        "27-Mar-2024 09:14:02.31  6a1c.4.1 tcp_local    ims-ms       EES 48 taro@example.net "
        "rfc822;hanako@example.jp hanako@ims-ms-daemon",
        "accepted", "server", "process=6a1c.4.1", "2024-03-27 09:14:02.310", { "source_channel=tcp_local" } });
    rows.push_back({ "LOG_PROCESS without thread",
        "27-Mar-2024 09:14:04.35 6e31.0 process      ims-ms       E 2  rfc822;taro@example.net taro@ims-ms-daemon",
        "queued", "internal", "process=6e31.0", "2024-03-27 09:14:04.350", { "from=", "to=taro@ims-ms-daemon" } });
    rows.push_back({ "rfc822; addr with a space",
        "27-Mar-2024 10:00:05.12 tcp_intranet tcp_local    EE 3 jiro@example.jp rfc822; ken@partner.example "
        "ken@partner.example /opt/q/tcp_local/004/ZZh7J8k9L0m1N.00 <0SA900F1@example.jp>",
        "accepted", "server", "message_id=<0SA900F1@example.jp> queue_file=/opt/q/tcp_local/004/ZZh7J8k9L0m1N.00",
        "2024-03-27 10:00:05.120",
        { "from=jiro@example.jp", "orig_to=ken@partner.example", "to=ken@partner.example" } });
    rows.push_back({ "upper-case month, no fraction",
        "27-MAR-2024 09:14:02 tcp_local    ims-ms       E 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon",
        "accepted", "server", "", "2024-03-27 09:14:02.000", { "to=hanako@ims-ms-daemon" } });
    rows.push_back({ "channel longer than 12 characters",
        "27-Mar-2024 12:00:00.00 tcp_submission_ext tcp_local    EEA 3 taro@example.net rfc822;ken@partner.example "
        "ken@partner.example",
        "accepted", "server", "", "2024-03-27 12:00:00.000",
        { "source_channel=tcp_submission_ext", "dest_channel=tcp_local", "action=EEA" } });
    rows.push_back({ "channel longer than 12 characters, blank destination",
        "27-Mar-2024 12:00:01.00 tcp_submission_ext              D 3 taro@example.net rfc822;ken@partner.example "
        "ken@partner.example",
        "delivered", "client", "", "2024-03-27 12:00:01.000",
        { "source_channel=tcp_submission_ext", "dest_channel=" } });
    rows.push_back({ "LOG_NOTARY flags",
        "27-Mar-2024 10:00:05.12 tcp_intranet tcp_local    EE 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example 22 /opt/q/tcp_local/004/ZZh7J8k9L0m1N.00 <0SA900F1@example.jp>",
        "accepted", "server", "message_id=<0SA900F1@example.jp> queue_file=/opt/q/tcp_local/004/ZZh7J8k9L0m1N.00",
        "2024-03-27 10:00:05.120", { "reply=" } });
    rows.push_back({ "LOG_USERNAME *user (SASL)",
        "27-Mar-2024 09:14:00.96 5d21.5.1 tcp_submit   tcp_local    EEA 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@example.jp /opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00 <20240327001400.1A2B@mail.example.net> "
        "*taro@example.net mail.example.net (mail.example.net [198.51.100.41])",
        "accepted", "server",
        "message_id=<20240327001400.1A2B@mail.example.net> process=5d21.5.1 "
        "queue_file=/opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00",
        "2024-03-27 09:14:00.960",
        { "sasl_user=taro@example.net", "helo=mail.example.net", "peer_ip=198.51.100.41", "reply=" } });
    rows.push_back({ "LOG_USERNAME owning user",
        "27-Mar-2024 09:14:00.96 tcp_submit   tcp_local    EEA 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@example.jp <20240327001400.1A2B@mail.example.net> mailsrv mail.example.net (mail.example.net "
        "[198.51.100.41])",
        "accepted", "server", "message_id=<20240327001400.1A2B@mail.example.net>", "2024-03-27 09:14:00.960",
        { "sasl_user=", "helo=mail.example.net", "peer_ip=198.51.100.41", "reply=" } });
    rows.push_back({ "LOG_CONNECTION transport and application on E [I]",
        "27-Mar-2024 09:14:02.31 tcp_local    ims-ms       EES 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@ims-ms-daemon esa1.example.jp (esa1.example.jp [192.0.2.25]) TCP|192.0.2.80|25|192.0.2.25|51544 SMTP",
        "accepted", "server", "", "2024-03-27 09:14:02.310",
        { "helo=esa1.example.jp", "peer_ip=192.0.2.25", "local_ip=192.0.2.80", "local_port=25", "peer_port=51544",
            "reply=" } });
    rows.push_back({ "LOG_FORMAT=2 empty From as <>",
        "27-Mar-2024 11:05:02.77 tcp_local    process      E 1 <> rfc822;jiro@example.jp jiro@example.jp "
        "<0SA9011Z@example.jp>,<0SA900F7@example.jp>",
        "dsn-generated", "internal", "message_id=<0SA9011Z@example.jp> parent_id=<0SA900F7@example.jp>",
        "2024-03-27 11:05:02.770", { "from=", "orig_to=jiro@example.jp", "to=jiro@example.jp" } });
    rows.push_back({ "reply with #x.y.z (bundled sample)",
        "27-Mar-2024 09:14:03.66 6e04.2.3 tcp_local                 R 48 taro@example.net rfc822;k.ito@example.jp "
        "k.ito@example.jp /opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00 <20240327001400.1A2B@mail.example.net> "
        "dns;esa1.example.jp (TCP|198.51.100.40|41220|192.0.2.25|25) (esa1.example.jp ESMTP) smtp;550 #5.1.0 "
        "Address rejected.",
        "bounced", "client",
        "message_id=<20240327001400.1A2B@mail.example.net> process=6e04.2.3 "
        "queue_file=/opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00",
        "2024-03-27 09:14:03.660", { "reply_code=550", "dsn=", "relay=esa1.example.jp" } });
    rows.push_back({ "IronPort next hop (bundled sample)",
        "27-Mar-2024 09:14:03.71 6e04.2.4 tcp_local                 DE 48 taro@example.net rfc822;hanako@example.jp "
        "hanako@example.jp /opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00 <20240327001400.1A2B@mail.example.net> "
        "dns;esa1.example.jp (TCP|198.51.100.40|41220|192.0.2.25|25) (esa1.example.jp ESMTP) smtp;250 ok:  "
        "Message 30011 accepted",
        "delivered", "client",
        "message_id=<20240327001400.1A2B@mail.example.net> next_hop_id=30011 process=6e04.2.4 "
        "queue_file=/opt/q/tcp_local/012/ZZb7Hn3Kp9Xc2.00",
        "2024-03-27 09:14:03.710", { "reply_code=250" } });
    rows.push_back({ "SMTPUTF8 addresses (UTF-8 bytes)",
        "27-Mar-2024 09:20:00.00 tcp_local    ims-ms       EES 4 \xe5\xa4\xaa\xe9\x83\x8e@example.jp "
        "rfc822;\xe8\x8a\xb1\xe5\xad\x90@example.jp \xe8\x8a\xb1\xe5\xad\x90@ims-ms-daemon",
        "accepted", "server", "", "2024-03-27 09:20:00.000",
        { "from=\xe5\xa4\xaa\xe9\x83\x8e@example.jp", "orig_to=\xe8\x8a\xb1\xe5\xad\x90@example.jp",
            "to=\xe8\x8a\xb1\xe5\xad\x90@ims-ms-daemon" } });
    rows.push_back({ "CRLF line",
        "27-Mar-2024 09:14:02.90 ims-ms                    D 48 a@example.net rfc822;b@example.jp "
        "b@ims-ms-daemon\r",
        "delivered", "internal", "", "2024-03-27 09:14:02.900", { "to=b@ims-ms-daemon" } });

    // header logging
    rows.push_back({ "header Subject", "27-Mar-2024 09:14:02.31 > Subject: Quarterly report", "header", "internal", "",
        "2024-03-27 09:14:02.310", { "subject=Quarterly report", "status=Subject", "reply=" } });
    rows.push_back(
        { "header Message-ID", "27-Mar-2024 09:14:02.31 6a1c.4.1 > Message-ID: <20240327001400.1A2B@mail.example.net>",
            "header", "internal", "message_id=<20240327001400.1A2B@mail.example.net> process=6a1c.4.1",
            "2024-03-27 09:14:02.310", { "status=Message-ID" } });
    rows.push_back({ "header Received",
        "27-Mar-2024 09:14:02.31 > Received: from esa1.example.jp ([192.0.2.25]) by mail.example.jp", "header",
        "internal", "", "2024-03-27 09:14:02.310",
        { "status=Received", "reply=from esa1.example.jp ([192.0.2.25]) by mail.example.jp" } });
    rows.push_back({ "header line without timestamp", "> Received: from esa1.example.jp", "header", "internal", "", "",
        { "status=Received", "reply=from esa1.example.jp" } });

    // syslog copies (LOG_MESSAGES_SYSLOG) [I]
    rows.push_back({ "syslog copy",
        "Mar 27 09:14:02 mailhub imta[2231]: 27-Mar-2024 09:14:02.31 6a1c.4.1 tcp_local    ims-ms       EES 48 "
        "taro@example.net rfc822;hanako@example.jp hanako@ims-ms-daemon",
        "accepted", "server", "process=6a1c.4.1", "2024-03-27 09:14:02.310", { "to=hanako@ims-ms-daemon" } });
    rows.push_back({ "syslog copy without the MTA's timestamp",
        "<22>Mar 27 09:14:02 mailhub imta[2231]: tcp_local    ims-ms       EES 48 taro@example.net "
        "rfc822;hanako@example.jp hanako@ims-ms-daemon",
        "accepted", "server", "", "0000-03-27 09:14:02.000", { "to=hanako@ims-ms-daemon" } });
    rows.push_back({ "syslog copy, RFC 3339 header",
        "2024-03-27T09:14:02.310+09:00 mailhub imta[2231]: 27-Mar-2024 09:14:02.31 tcp_local                  D 1 "
        "a@example.net rfc822;b@example.jp b@example.jp",
        "delivered", "client", "", "2024-03-27 09:14:02.310", { "to=b@example.jp" } });
    rows.push_back(
        { "syslog line of another daemon", "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a[192.0.2.25]",
            "unparsed", "none", "", "0000-03-27 09:14:04.000", {} });

    // truncation and lines that are not entries
    rows.push_back({ "truncated in the message-id",
        "27-Mar-2024 10:30:11.02 tcp_local                  DE 3 jiro@example.jp rfc822;ken@partner.example "
        "ken@partner.example /opt/q/tcp_local/004/ZYh7J8k9L0m1N.00 <0SA900F1@exa",
        "delivered", "client", "message_id=<0SA900F1@exa queue_file=/opt/q/tcp_local/004/ZYh7J8k9L0m1N.00",
        "2024-03-27 10:30:11.020", { "reply=" } });
    rows.push_back({ "truncated in the From", "27-Mar-2024 10:30:11.02 tcp_local                  DE 3 jiro@exa",
        "delivered", "client", "", "2024-03-27 10:30:11.020", { "from=jiro@exa", "size=3", "to=" } });
    rows.push_back({ "truncated after the action", "27-Mar-2024 10:30:11.02 tcp_local                  DE", "delivered",
        "client", "", "2024-03-27 10:30:11.020", { "size=", "action=DE" } });
    rows.push_back({ "truncated after the direction", "27-Mar-2024 09:14:01.88 tcp_local    +", "other", "server", "",
        "2024-03-27 09:14:01.880", { "action=" } });
    rows.push_back({ "truncated in the channel", "27-Mar-2024 10:30:11.02 tcp_lo", "unparsed", "none", "",
        "2024-03-27 10:30:11.020", {} });
    rows.push_back({ "truncated in the timestamp", "27-Mar-2024 10:30", "unparsed", "none", "", "", {} });
    rows.push_back({ "other software with the same timestamp",
        "27-Mar-2024 09:14:02.31 INFO [main] org.apache.catalina.startup.Catalina.start Server startup", "unparsed",
        "none", "", "2024-03-27 09:14:02.310", {} });
    rows.push_back(
        { "IronPort", "Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412", "unparsed", "none", "", "", {} });
    rows.push_back({ "E-Post", "[12/Apr/2024:10:15:03], (mail.example.jp), [203.0.113.77]:25, Client accept now.",
        "unparsed", "none", "", "", {} });
    return rows;
}

QString timeText(const CivilTime& t)
{
    if (!t.isValid())
        return {};
    return QString::asprintf(
        "%04d-%02d-%02d %02d:%02d:%02d.%03d", t.year, t.month, t.day, t.hour, t.minute, t.second, t.millisecond);
}

// Every field as "key=value", in order, for comparing two parses.
QString describe(const Result& result)
{
    QStringList words { kind(result), QString(sideKey(result.event.side)), timeText(result.event.time) };
    for (int i = 0; i < result.event.fieldCount; ++i) {
        const ParsedEvent::Field& f = result.event.fields[size_t(i)];
        words << fieldKey(f.key) + u'=' + fieldValue(f);
    }
    return words.join(u" | ");
}

void addRows(const std::vector<Row>& rows)
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QList<QByteArray>>("fields");
    int n = 0;
    for (const Row& row : rows) {
        QTest::addRow("%02d %s", ++n, row.name)
            << row.line << QString::fromLatin1(row.kind) << QString::fromLatin1(row.side)
            << QString::fromLatin1(row.ids) << QString::fromLatin1(row.time) << row.fields;
    }
}

void checkRow()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, kind);
    QFETCH(QString, side);
    QFETCH(QString, ids);
    QFETCH(QString, time);
    QFETCH(QList<QByteArray>, fields);
    const SunMsParser parser;
    const Result result = ParserTesting::parse(parser, line);
    QCOMPARE(ParserTesting::kind(result), kind);
    QCOMPARE(QString(sideKey(result.event.side)), side);
    QCOMPARE(ParserTesting::ids(result.event), ids);
    QCOMPARE(timeText(result.event.time), time);
    for (const QByteArray& expected : fields) {
        const qsizetype eq = expected.indexOf('=');
        QVERIFY2(eq > 0, expected.constData());
        FieldKey key;
        QVERIFY2(fieldFromKey(QLatin1StringView(expected.left(eq)), &key), expected.constData());
        QCOMPARE(field(result.event, key), QString::fromUtf8(expected.mid(eq + 1)));
    }
}

// What core/parsing/logparser.cpp does with a parser that has continuations and joins with a space.
QList<QByteArray> joinRecords(const FormatParser& parser, const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<QByteArray> records;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype span = 1;
        while (i + span < lines.size() && !parser.startsRecord(lines[i + span]))
            ++span;
        QByteArray record = lines[i];
        if (span > 1) {
            record = lines[i].trimmed();
            for (qsizetype k = 1; k < span; ++k) {
                const QByteArray part = lines[i + k].trimmed();
                if (part.isEmpty())
                    continue;
                record += ' ' + part;
            }
        }
        records << record;
        i += span;
    }
    return records;
}

// All views of a parsed event must point into the record.
bool viewsInside(const Result& result)
{
    const char* begin = result.record.constData();
    const char* end = begin + result.record.size();
    for (int i = 0; i < result.event.fieldCount; ++i) {
        const QByteArrayView text = result.event.fields[size_t(i)].text;
        if (!text.isEmpty() && (text.data() < begin || text.data() + text.size() > end))
            return false;
    }
    for (const QByteArrayView text : { result.event.host, result.event.program }) {
        if (!text.isEmpty() && (text.data() < begin || text.data() + text.size() > end))
            return false;
    }
    return true;
}

void exercise(const SunMsParser& parser, const QByteArray& line)
{
    parser.startsRecord(line);
    const int score = parser.recognise(line);
    QVERIFY(score >= 0 && score <= 2);
    const Result result = ParserTesting::parse(parser, line);
    QVERIFY(result.event.fieldCount <= ParsedEvent::MaxFields);
    QVERIFY2(viewsInside(result), line.left(200).constData());
}

} // namespace

class TestSunMsParser : public QObject
{
    Q_OBJECT

private slots:
    void seedExamples_data() { addRows(seedRows()); }
    void seedExamples()
    {
        checkRow();
        QFETCH(QByteArray, line);
        const SunMsParser parser;
        QCOMPARE(parser.recognise(line), 2);
        QVERIFY(parser.startsRecord(line));
    }

    void manualLayout_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("firstRow");
        QTest::addColumn<int>("rowCount");
        for (const ManualExample& example : manualExamples)
            QTest::newRow(example.name) << QByteArray(example.text) << example.firstRow << example.rowCount;
    }
    void manualLayout()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, firstRow);
        QFETCH(int, rowCount);
        const SunMsParser parser;
        const std::vector<Row> rows = seedRows();
        QVERIFY(size_t(firstRow + rowCount) <= rows.size());
        const QList<QByteArray> records = joinRecords(parser, text);
        QCOMPARE(records.size(), qsizetype(rowCount));
        for (int i = 0; i < rowCount; ++i) {
            const Row& row = rows[size_t(firstRow + i)];
            const Result joined = ParserTesting::parse(parser, records[i]);
            const Result oneLine = ParserTesting::parse(parser, row.line);
            QCOMPARE(ParserTesting::kind(joined), QString::fromLatin1(row.kind));
            QCOMPARE(QString(sideKey(joined.event.side)), QString::fromLatin1(row.side));
            QCOMPARE(ParserTesting::ids(joined.event), QString::fromLatin1(row.ids));
            // the manual's layout only differs in blanks, which are not part of any field here
            QCOMPARE(describe(joined), describe(oneLine));
        }
    }

    void lineTypes_data() { addRows(composedRows()); }
    void lineTypes() { checkRow(); }

    void hostProgramPid_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<uint>("pid");
        QTest::newRow("process with thread") << QByteArray(
            "27-Mar-2024 09:14:01.88 6a1c.4.0 tcp_local    +            O TCP|192.0.2.80|25|192.0.2.25|51544 SMTP")
                                             << QByteArray() << QByteArray("tcp_local") << 0x6a1cu;
        QTest::newRow("process without thread") << QByteArray(
            "19-Feb-1998 10:52:05.41 1e488.0 l            tcp_local    E 1 a@sesta.com rfc822;b@x.com b@x.com")
                                                << QByteArray() << QByteArray("l") << 0x1e488u;
        QTest::newRow("node") << QByteArray(
            "27-Mar-2024 09:14:02.31 mailhub 6a1c.4.1 tcp_local    ims-ms       EES 48 a@x.net rfc822;b@x.jp b@x.jp")
                              << QByteArray("mailhub") << QByteArray("tcp_local") << 0x6a1cu;
        QTest::newRow("no process") << QByteArray(
            "19-Jan-1998 19:17:01.16 tcp_local                  D 1 a@sesta.com rfc822;b@x.com b@x.com")
                                    << QByteArray() << QByteArray("tcp_local") << 0u;
        QTest::newRow("syslog copy") << QByteArray(
            "Mar 27 09:14:02 mailhost imta[2231]: 27-Mar-2024 09:14:02.31 5d21.3.1 tcp_local    ims-ms  "
            "     EES 12 a@x.net rfc822;b@x.jp b@x.jp")
                                     << QByteArray("mailhost") << QByteArray("tcp_local") << 0x5d21u;
        QTest::newRow("XML node") << QByteArray("<en ts=\"2024-03-27T10:30:11.02\" no=\"mailhub\" pi=\"6e04.5.1\" "
                                                "sc=\"tcp_local\" dc=\"\" ac=\"DE\" sz=\"3\"/>")
                                  << QByteArray("mailhub") << QByteArray("tcp_local") << 0x6e04u;
    }
    void hostProgramPid()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, program);
        QFETCH(uint, pid);
        const Result result = ParserTesting::parse(SunMsParser(), line);
        QVERIFY(result.understood);
        QCOMPARE(result.event.host.toByteArray(), host);
        QCOMPARE(result.event.program.toByteArray(), program);
        QCOMPARE(result.event.pid, std::uint32_t(pid));
    }

    void recognise_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("score");
        QTest::newRow("message entry") << QByteArray("27-Mar-2024 09:14:02.90 1f0b.3.7 ims-ms                    D 48 "
                                                     "a@x.net rfc822;b@x.jp b@ims-ms-daemon")
                                       << 2;
        QTest::newRow("connection entry") << QByteArray(
            "27-Mar-2024 09:14:01.88 6a1c.4.0 tcp_local    +            O TCP|192.0.2.80|25|192.0.2.25|51544 SMTP")
                                          << 2;
        QTest::newRow("first line of the manual layout")
            << QByteArray("19-Jan-1998 19:17:01.16 tcp_local                  D 1") << 2;
        QTest::newRow("indented first line")
            << QByteArray(" 19-Feb-1998 17:02:27.05 tcp_local    +             C") << 2;
        QTest::newRow("header log") << QByteArray("27-Mar-2024 09:14:02.31 > Subject: Quarterly report") << 2;
        QTest::newRow("XML") << QByteArray("<en ts=\"2024-03-27T09:14:02.31\" sc=\"tcp_local\" ac=\"E\"/>") << 2;
        QTest::newRow("syslog copy") << QByteArray("Mar 27 09:14:02 mailhub imta[2231]: 27-Mar-2024 09:14:02.31 "
                                                   "tcp_local    ims-ms       EES 48 a@x.net rfc822;b@x.jp b@x.jp")
                                     << 2;
        QTest::newRow("bare timestamp") << QByteArray("27-Mar-2024 09:14:02.31") << 1;
        QTest::newRow("bare timestamp, upper case") << QByteArray("19-JAN-1998 20:49:04") << 1;
        QTest::newRow("cut in the head") << QByteArray("27-Mar-2024 09:14:02.31 tcp_local") << 1;
        QTest::newRow("XML without timestamp") << QByteArray("<co sc=\"tcp_local\"/>") << 1;
        QTest::newRow("header log without timestamp") << QByteArray("> Received: from x") << 1;
        QTest::newRow("syslog copy without timestamp") << QByteArray(
            "Mar 27 09:14:02 mailhub imta[2231]: tcp_local    ims-ms       EES 48 a@x.net rfc822;b@x.jp b@x.jp")
                                                       << 1;
        QTest::newRow("continuation") << QByteArray(" adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com") << 0;
        QTest::newRow("IronPort") << QByteArray("Wed Mar 27 09:14:02 2024 Info: Start MID 30011 ICID 880412") << 0;
        QTest::newRow("Postfix") << QByteArray("Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a[192.0.2.25]")
                                 << 0;
        QTest::newRow("E-Post") << QByteArray(
            "[12/Apr/2024:10:15:03], (mail.example.jp), [203.0.113.77]:25, Client accept now.")
                                << 0;
        QTest::newRow("other software") << QByteArray(
            "27-Mar-2024 09:14:02.31 INFO [main] org.apache.catalina.startup.Catalina.start")
                                        << 0;
        QTest::newRow("timestamp glued to text") << QByteArray("27-Mar-2024 09:14:02.31x tcp_local    D 1") << 0;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("blank") << QByteArray("   \t ") << 0;
    }
    void recognise()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, score);
        QCOMPARE(SunMsParser().recognise(line), score);
    }

    void startsRecord_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("starts");
        QTest::newRow("entry") << QByteArray("27-Mar-2024 09:14:02.31 tcp_local    ims-ms       EES 48") << true;
        QTest::newRow("indented entry") << QByteArray(" 19-Jan-1998 19:17:01.16 tcp_local                  D 1")
                                        << true;
        QTest::newRow("tab-indented entry")
            << QByteArray("\t19-JAN-1998 20:49:04 l            tcp_local    E 1") << true;
        QTest::newRow("bare timestamp") << QByteArray("27-Mar-2024 09:14:02.31") << true;
        QTest::newRow("XML") << QByteArray("<en ts=\"2024-03-27T09:14:02.31\"/>") << true;
        QTest::newRow("header log") << QByteArray("> Subject: hello") << true;
        QTest::newRow("syslog copy") << QByteArray("Mar 27 09:14:02 mailhub imta[2231]: tcp_local") << true;
        QTest::newRow("addresses") << QByteArray(" adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com") << false;
        QTest::newRow("empty-From addresses") << QByteArray(" rfc822;adam@sesta.com adam@sesta.com") << false;
        QTest::newRow("queue file") << QByteArray("  imta/queue/tcp_local/ZZ01ISKLSKLZLI90N15M.00") << false;
        QTest::newRow("message-id") << QByteArray("   <01ISKLSKC2QC90N15M@sesta.com>") << false;
        QTest::newRow("relay") << QByteArray(" dns;thor.siroe.com") << false;
        QTest::newRow("transport") << QByteArray(" (TCP|206.184.139.12|2788|192.160.253.66|25)") << false;
        QTest::newRow("bare transport") << QByteArray("TCP|206.184.139.12|5900|206.184.139.66|25") << false;
        QTest::newRow("application") << QByteArray(" SMTP/hostb.sesta.com/mailhub.sesta.com") << false;
        QTest::newRow("banner") << QByteArray(" (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694])") << false;
        QTest::newRow("reply") << QByteArray(" smtp;250 2.1.5 marlowe@siroe.com and options OK.") << false;
        QTest::newRow("J reply") << QByteArray(" 550 5.7.1 Relaying not permitted: alan@very.bogus.com") << false;
        QTest::newRow("Q error") << QByteArray("TCP active open: Failed connect()    Error: no route to host") << false;
        QTest::newRow("source system") << QByteArray(" THOR.SIROE.COM (THOR.SIROE.COM [192.160.253.66])") << false;
        QTest::newRow("blank") << QByteArray("                  ") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void startsRecord()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, starts);
        QCOMPARE(SunMsParser().startsRecord(line), starts);
    }

    // The bundled sample (resources/samples/sun) in the one-line layout: every line is an entry.
    void bundledSample()
    {
        QFile file(QStringLiteral(":/maillane/samples/sun/mail.log_current"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SunMsParser parser;
        QHash<QString, int> kinds;
        QStringList nextHops;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            QCOMPARE(parser.recognise(line), 2);
            QVERIFY(parser.startsRecord(line));
            const Result result = ParserTesting::parse(parser, line);
            QVERIFY2(result.understood && result.event.kind != EventKind::Other, line.constData());
            QVERIFY(!field(result.event, FieldKey::Process).isEmpty());
            ++kinds[ParserTesting::kind(result)];
            const QString nextHop = field(result.event, FieldKey::NextHopId);
            if (!nextHop.isEmpty())
                nextHops << nextHop;
        }
        QCOMPARE(kinds.value(QStringLiteral("connect")), 5);
        QCOMPARE(kinds.value(QStringLiteral("disconnect")), 5);
        QCOMPARE(kinds.value(QStringLiteral("delivery-connect")), 2);
        QCOMPARE(kinds.value(QStringLiteral("delivery-disconnect")), 2);
        QCOMPARE(kinds.value(QStringLiteral("accepted")), 5);
        QCOMPARE(kinds.value(QStringLiteral("dsn-generated")), 2);
        QCOMPARE(kinds.value(QStringLiteral("bounced")), 1);
        QCOMPARE(kinds.value(QStringLiteral("deferred")), 1);
        QCOMPARE(kinds.value(QStringLiteral("rejected")), 1);
        QCOMPARE(nextHops, QStringList({ QStringLiteral("30011"), QStringLiteral("4VbVF26Qshz2GXJ") }));
    }

    void robustness()
    {
        const SunMsParser parser;
        std::vector<QByteArray> lines;
        for (const Row& row : seedRows())
            lines.push_back(row.line);
        for (const Row& row : composedRows())
            lines.push_back(row.line);
        for (const ManualExample& example : manualExamples) {
            for (const QByteArray& record : joinRecords(parser, example.text))
                lines.push_back(record);
        }
        // every prefix of every test line (truncated writes, syslog truncation)
        for (const QByteArray& line : lines) {
            for (qsizetype n = 0; n <= line.size(); ++n) {
                exercise(parser, line.left(n));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // random bytes, and test lines with random damage
        QRandomGenerator random(20240327);
        static constexpr char shapes[] = " \t<>;|()[]@/*+-.,:=\"'&EDQRJKBWZVOCXYIU0123456789abcdef";
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(random.bounded(0, 300), '\0');
            for (char& c : bytes)
                c = char(random.bounded(256));
            exercise(parser, bytes);
            QByteArray damaged = lines[size_t(random.bounded(int(lines.size())))];
            for (int k = random.bounded(1, 8); k > 0 && !damaged.isEmpty(); --k) {
                const qsizetype at = random.bounded(damaged.size());
                damaged[at]
                    = random.bounded(2) ? char(random.bounded(256)) : shapes[random.bounded(int(sizeof shapes) - 1)];
            }
            exercise(parser, damaged);
            if (QTest::currentTestFailed())
                return;
        }
        // very long lines
        const QByteArray head = "27-Mar-2024 09:14:02.31 6a1c.4.1 tcp_local    ims-ms       EES 48 ";
        for (const QByteArray& unit : { QByteArray("a "), QByteArray("a ("), QByteArray("1 "), QByteArray("<"),
                 QByteArray("rfc822; "), QByteArray("x (y [1]) "), QByteArray("dns;(TCP|") }) {
            const QByteArray line = head + unit.repeated(1024 * 1024 / unit.size());
            exercise(parser, line);
            exercise(parser, "<en ts=\"" + line);
            exercise(parser, "Mar 27 09:14:02 mailhub imta[2231]: " + line);
        }
        exercise(parser, QByteArray(1024 * 1024, ' '));
        exercise(parser, QByteArray(1024 * 1024, 'A'));
    }
};

QTEST_GUILESS_MAIN(TestSunMsParser)
#include "tst_sunmsparser.moc"
