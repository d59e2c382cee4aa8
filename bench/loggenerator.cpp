#include "loggenerator.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

constexpr std::int64_t Start = 1711497600000; // 2024-03-27 00:00:00 UTC
constexpr int MessagesPerBatch = 512;
constexpr std::int64_t BatchSpanMs = 60'000; // a minute of traffic per batch

QByteArray number(std::uint64_t n)
{
    return QByteArray::number(qulonglong(n));
}

// Postfix short queue IDs: hexadecimal, 10 digits here.
QByteArray queueId(std::uint64_t serial)
{
    return QByteArray::number(qulonglong(0x1000000000ull + serial * 7919ull % 0xefffffffffull), 16).toUpper();
}

const char* const Domains[] = { "example.jp", "example.co.jp", "partner.example", "mail.example.net", "corp.example.org",
    "shop.example.com", "isp.example.ne.jp", "univ.example.ac.jp" };

} // namespace

LogGenerator::LogGenerator(Family family, std::uint64_t seed)
    : m_family(family)
    , m_random(seed)
{
}

void LogGenerator::add(std::vector<Line>* lines, std::int64_t ms, QByteArray text)
{
    lines->push_back({ ms, m_order++, std::move(text) });
}

QByteArray LogGenerator::header(std::int64_t ms, const char* program, int pid) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::fromSecondsAheadOfUtc(9 * 3600));
    if (m_family == Family::IronPort)
        return time.toString(QStringLiteral("ddd MMM dd HH:mm:ss yyyy")).toLatin1() + " Info: ";
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+09:00")).toLatin1() + " relay1 " + program + '['
        + QByteArray::number(pid) + "]: ";
}

void LogGenerator::postfixMessage(std::int64_t t, std::vector<Line>* lines)
{
    const std::uint64_t serial = ++m_serial;
    const QByteArray id = queueId(serial);
    const int client = below(250) + 1;
    const QByteArray clientName = "host" + QByteArray::number(client) + ".sender.example[198.51.100." + QByteArray::number(client) + ']';
    const int smtpd = 2000 + below(500);
    const QByteArray sender = "user" + QByteArray::number(below(5000)) + '@' + Domains[below(8)];
    const int recipients = below(10) < 7 ? 1 : 2 + below(4);
    add(lines, t, header(t, "postfix/smtpd", smtpd) + "connect from " + clientName);
    t += 30 + below(200);
    add(lines, t, header(t, "postfix/smtpd", smtpd) + id + ": client=" + clientName);
    t += 20 + below(100);
    add(lines, t, header(t, "postfix/cleanup", 3000 + below(50)) + id + ": message-id=<" + number(serial) + ".a" + number(next() % 100000) + "@sender.example>");
    t += 5 + below(30);
    add(lines, t, header(t, "postfix/qmgr", 1500) + id + ": from=<" + sender + ">, size=" + QByteArray::number(800 + below(90000)) + ", nrcpt=" + QByteArray::number(recipients) + " (queue active)");
    add(lines, t + 40, header(t + 40, "postfix/smtpd", smtpd) + "disconnect from " + clientName + " ehlo=1 mail=1 rcpt=" + QByteArray::number(recipients) + " data=1 quit=1 commands=" + QByteArray::number(4 + recipients));
    bool bounced = false;
    std::int64_t last = t;
    for (int r = 0; r < recipients; ++r) {
        const char* domain = Domains[below(8)];
        const QByteArray to = "rcpt" + QByteArray::number(below(20000)) + '@' + domain;
        const QByteArray relay = QByteArray("mx.") + domain + "[203.0.113." + QByteArray::number(below(250) + 1) + "]:25";
        const int roll = below(100);
        std::int64_t at = t + 200 + below(800);
        const int deferrals = roll < 8 ? 1 + below(3) : 0;
        for (int d = 0; d < deferrals; ++d) {
            add(lines, at, header(at, "postfix/smtp", 4000 + below(100)) + id + ": to=<" + to + ">, relay=" + relay + ", delay=" + QByteArray::number((at - t) / 1000) + ", delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to " + relay.left(relay.size() - 3) + ": Connection timed out)");
            at += 900'000 + below(1'800'000);
        }
        const QByteArray prefix = header(at, "postfix/smtp", 4000 + below(100)) + id + ": to=<" + to + ">, relay=" + relay + ", delay=" + QByteArray::number((at - t) / 1000) + ", delays=0.1/0.02/0.3/0.4, ";
        if (roll >= 95) {
            bounced = true;
            add(lines, at, prefix + "dsn=5.1.1, status=bounced (host " + relay.left(relay.size() - 3) + " said: 550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))");
        } else {
            add(lines, at, prefix + "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as " + queueId(serial + 0x800000000ull) + ')');
        }
        last = std::max(last, at);
    }
    if (bounced) {
        const std::uint64_t notification = ++m_serial;
        last += 50;
        add(lines, last, header(last, "postfix/bounce", 5000 + below(20)) + id + ": sender non-delivery notification: " + queueId(notification));
        add(lines, last + 5, header(last + 5, "postfix/qmgr", 1500) + queueId(notification) + ": from=<>, size=2412, nrcpt=1 (queue active)");
        add(lines, last + 300, header(last + 300, "postfix/local", 6000) + queueId(notification) + ": to=<" + sender + ">, relay=local, delay=0.3, delays=0.01/0/0/0.29, dsn=2.0.0, status=sent (delivered to mailbox)");
        add(lines, last + 310, header(last + 310, "postfix/qmgr", 1500) + queueId(notification) + ": removed");
    }
    add(lines, last + 10, header(last + 10, "postfix/qmgr", 1500) + id + ": removed");
}

void LogGenerator::ironPortMessage(std::int64_t t, std::vector<Line>* lines)
{
    const std::uint64_t serial = ++m_serial;
    const QByteArray icid = number(100000 + serial);
    const QByteArray mid = number(50000 + serial);
    const int client = below(250) + 1;
    const QByteArray sender = "user" + QByteArray::number(below(5000)) + '@' + Domains[below(8)];
    const int recipients = below(10) < 7 ? 1 : 2 + below(4);
    add(lines, t, header(t, nullptr, 0) + "New SMTP ICID " + icid + " interface Data 1 (192.0.2.25) address 198.51.100." + QByteArray::number(client) + " reverse dns host host" + QByteArray::number(client) + ".sender.example verified yes");
    add(lines, t, header(t, nullptr, 0) + "ICID " + icid + " ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1 country Japan");
    t += 100 + below(300);
    add(lines, t, header(t, nullptr, 0) + "Start MID " + mid + " ICID " + icid);
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " ICID " + icid + " From: <" + sender + '>');
    QList<QByteArray> to;
    for (int r = 0; r < recipients; ++r) {
        to << "rcpt" + QByteArray::number(below(20000)) + '@' + Domains[below(8)];
        add(lines, t, header(t, nullptr, 0) + "MID " + mid + " ICID " + icid + " RID " + QByteArray::number(r) + " To: <" + to.back() + '>');
    }
    t += 200 + below(500);
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " Message-ID '<" + number(serial) + ".b" + number(next() % 100000) + "@sender.example>'");
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " Subject 'Report " + number(serial) + "'");
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " ready " + QByteArray::number(800 + below(90000)) + " bytes from <" + sender + '>');
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " matched all recipients for per-recipient policy DEFAULT in the inbound table");
    add(lines, t + 10, header(t + 10, nullptr, 0) + "ICID " + icid + " close");
    t += 300 + below(700);
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " interim verdict using engine: CASE spam negative");
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " using engine: CASE spam negative");
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " antivirus negative");
    add(lines, t, header(t, nullptr, 0) + "MID " + mid + " queued for delivery");
    std::int64_t last = t;
    for (int r = 0; r < recipients; ++r) {
        const QByteArray dcid = number(200000 + serial * 8 + std::uint64_t(r));
        const QByteArray rid = QByteArray::number(r);
        const QByteArray ip = "203.0.113." + QByteArray::number(below(250) + 1);
        std::int64_t at = t + 100 + below(400);
        const int roll = below(100);
        const int deferrals = roll < 8 ? 1 + below(3) : 0;
        for (int d = 0; d <= deferrals; ++d) {
            add(lines, at, header(at, nullptr, 0) + "New SMTP DCID " + dcid + " interface 192.0.2.25 address " + ip + " port 25");
            add(lines, at + 50, header(at + 50, nullptr, 0) + "Delivery start DCID " + dcid + " MID " + mid + " to RID [" + rid + ']');
            if (d < deferrals) {
                add(lines, at + 400, header(at + 400, nullptr, 0) + "Delayed: DCID " + dcid + " MID " + mid + " to RID " + rid + " - 4.4.0 - Other network problem ('000', ['Connection reset by peer']) []");
            } else if (roll >= 95) {
                add(lines, at + 400, header(at + 400, nullptr, 0) + "Bounced: DCID " + dcid + " MID " + mid + " to RID " + rid + " - 5.1.0 - Unknown address error ('550', ['5.1.1 <" + to[r] + ">: Recipient address rejected']) []");
            } else {
                add(lines, at + 400, header(at + 400, nullptr, 0) + "Message done DCID " + dcid + " MID " + mid + " to RID [" + rid + ']');
                add(lines, at + 400, header(at + 400, nullptr, 0) + "MID " + mid + " RID [" + rid + "] Response '2.0.0 Ok: queued as " + queueId(serial) + '\'');
            }
            add(lines, at + 500, header(at + 500, nullptr, 0) + "DCID " + dcid + " close");
            last = std::max(last, at + 500);
            at += 900'000 + below(1'800'000);
        }
    }
    add(lines, last + 10, header(last + 10, nullptr, 0) + "Message finished MID " + mid + " done");
}

QByteArray LogGenerator::sunEntry(std::int64_t ms, std::uint64_t connection, int entry, const char* source, const char* destination) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::fromSecondsAheadOfUtc(9 * 3600));
    return QLocale::c().toString(time, QStringLiteral("dd-MMM-yyyy HH:mm:ss.")).toLatin1()
        + QByteArray::number(time.time().msec() / 10).rightJustified(2, '0') + ' ' + QByteArray::number(qulonglong(connection / 64), 16)
        + '.' + QByteArray::number(qulonglong(connection % 64)) + '.' + QByteArray::number(entry) + ' ' + QByteArray(source).leftJustified(12, ' ')
        + ' ' + QByteArray(destination).leftJustified(12, ' ') + ' ';
}

void LogGenerator::sunMessage(std::int64_t t, std::vector<Line>* lines)
{
    const std::uint64_t serial = ++m_serial;
    const std::uint64_t inbound = 0x5000 * 64 + serial % (0x4000 * 64); // the SMTP server's processes
    const int client = below(250) + 1;
    const QByteArray clientIp = "198.51.100." + QByteArray::number(client);
    const QByteArray port = QByteArray::number(40000 + below(20000));
    const QByteArray connection = "TCP|192.0.2.40|25|" + clientIp + '|' + port + " SMTP";
    const QByteArray sender = "user" + QByteArray::number(below(5000)) + '@' + Domains[below(8)];
    const QByteArray queueFile = "/opt/sun/comms/messaging64/data/queue/tcp_local/" + QByteArray::number(below(1000)).rightJustified(3, '0')
        + "/ZZ" + queueId(serial) + ".00";
    const QByteArray messageId = '<' + number(serial) + ".c" + number(next() % 100000) + "@sender.example>";
    const QByteArray blocks = QByteArray::number(1 + below(90));
    const int recipients = below(10) < 7 ? 1 : 2 + below(4);
    int entry = 0;
    add(lines, t, sunEntry(t, inbound, entry++, "tcp_local", "+") + "O " + connection);
    t += 200 + below(600);
    QList<QByteArray> to;
    for (int r = 0; r < recipients; ++r) {
        to << "rcpt" + QByteArray::number(below(20000)) + '@' + Domains[below(8)];
        add(lines, t, sunEntry(t, inbound, entry++, "tcp_local", "tcp_local") + "EEA " + blocks + ' ' + sender + " rfc822;" + to.back() + ' '
                + to.back() + ' ' + queueFile + ' ' + messageId + " host" + QByteArray::number(client) + ".sender.example (host"
                + QByteArray::number(client) + ".sender.example [" + clientIp + "])");
    }
    add(lines, t + 70, sunEntry(t + 70, inbound, entry, "tcp_local", "+") + "C " + connection);
    // Each recipient goes out on a connection of its own from a delivery process, retried after a refusal.
    for (int r = 0; r < recipients; ++r) {
        const std::uint64_t outbound = 0x9000 * 64 + (serial * 8 + std::uint64_t(r)) % (0x4000 * 64); // the delivery jobs

        const QByteArray domain = to[r].mid(to[r].indexOf('@') + 1);
        const QByteArray out = "TCP|192.0.2.40|" + QByteArray::number(30000 + below(30000)) + "|203.0.113." + QByteArray::number(below(250) + 1)
            + "|25 SMTP/" + domain + "/mx." + domain;
        const QByteArray fields = blocks + ' ' + sender + " rfc822;" + to[r] + ' ' + to[r] + ' ' + queueFile + ' ' + messageId;
        std::int64_t at = t + 300 + below(900);
        const int roll = below(100);
        int outEntry = 0;
        for (int d = roll < 8 ? 1 + below(3) : 0; d > 0; --d) {
            add(lines, at, sunEntry(at, outbound, outEntry++, "tcp_local", "") + "Q " + fields
                    + " TCP active open: Failed connect()    Error: Connection refused");
            at += 900'000 + below(1'800'000);
        }
        add(lines, at, sunEntry(at, outbound, outEntry++, "tcp_local", "-") + "O " + out);
        if (roll >= 95) {
            add(lines, at + 300, sunEntry(at + 300, outbound, outEntry++, "tcp_local", "") + "R " + fields + " dns;mx." + domain + " ("
                    + out.left(out.indexOf(' ')) + ") (mx." + domain + " ESMTP) smtp;550 5.1.1 <" + to[r] + ">: Recipient address rejected");
        } else {
            add(lines, at + 300, sunEntry(at + 300, outbound, outEntry++, "tcp_local", "") + "DE " + fields + " dns;mx." + domain + " ("
                    + out.left(out.indexOf(' ')) + ") (mx." + domain + " ESMTP) smtp;250 2.0.0 Ok: queued as " + queueId(serial + 0x800000000ull));
        }
        add(lines, at + 380, sunEntry(at + 380, outbound, outEntry, "tcp_local", "-") + "C " + out);
    }
}

bool LogGenerator::write(QIODevice* out, qint64 bytes)
{
    qint64 written = 0;
    std::int64_t batchStart = Start;
    std::vector<Line> pending; // lines of earlier batches still in the future (retries)
    while (written < bytes) {
        std::vector<Line> lines;
        lines.swap(pending);
        for (int m = 0; m < MessagesPerBatch; ++m) {
            const std::int64_t start = batchStart + std::int64_t(next() % BatchSpanMs);
            if (m_family == Family::IronPort)
                ironPortMessage(start, &lines);
            else if (m_family == Family::SunMs)
                sunMessage(start, &lines);
            else
                postfixMessage(start, &lines);
        }
        batchStart += BatchSpanMs;
        takeBatch(lines, batchStart, &pending);
        QByteArray chunk;
        for (const Line& line : lines) {
            chunk += line.text;
            chunk += '\n';
        }
        if (out->write(chunk) != chunk.size())
            return false;
        written += chunk.size();
    }
    return true;
}
