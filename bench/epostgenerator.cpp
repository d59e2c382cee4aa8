#include "epostgenerator.h"

#include <QDate>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace {

// The server's clock is Japan's (E-Post keeps local time without a zone, formats.md 4.3); senderlog's
// GetTryServer times are UTC, so a reader must be told Asia/Tokyo when its own zone is another.
constexpr std::int64_t JstMs = 9 * 3600 * 1000;
constexpr std::int64_t DayMs = 24 * 3600 * 1000;
// 2024-03-27 20:00 JST: a few hours before midnight, so that even a small folder has two days.
constexpr std::int64_t Start = 1711537200000;
// Real time, at the pace of a mid-size company's server: 64 messages a minute (about 92,000 a day, some
// 290 MB of logs a day), so that 1 GiB is about four daily files per sub-log and 64 MB crosses midnight.
constexpr int MessagesPerBatch = 64;
constexpr int MailboxSessionsPerBatch = 8;
constexpr std::int64_t BatchSpanMs = 60'000;
constexpr std::uint64_t FirstBid = 1234500;
constexpr std::uint64_t From1601To1970S = 11644473600ull; // Windows FILETIME's epoch

const char* const ServerName = "mail.example.jp";
const char* const ServerFolder = "MAILSV01";
const char* const SubLogNames[] = { "acceptlog", "receivelog", "inlog", "senderlog", "outlog", "outlocallog", "faillog",
    "pop3log", "imap4log" };
const char* const LocalNames[] = { "sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura",
    "kobayashi", "kato" };
const char* const RemoteDomains[] = { "example.com", "example.net", "example.org", "partner.example", "shop.example.com",
    "isp.example.ne.jp", "univ.example.ac.jp", "corp.example.org" };

QByteArray digits(std::uint64_t n, int width)
{
    return QByteArray::number(qulonglong(n)).rightJustified(width, '0');
}

QByteArray domainOf(const QByteArray& address)
{
    return address.mid(address.indexOf('@') + 1);
}

bool isLocal(const QByteArray& address)
{
    return address.endsWith("@example.jp");
}

// Windows FILETIME in seconds (GetTryServer) of a Unix time in ms.
std::uint64_t windowsSeconds(std::int64_t ms)
{
    return std::uint64_t(ms / 1000) + From1601To1970S;
}

} // namespace

EPostGenerator::EPostGenerator(std::uint64_t seed)
    : m_random(seed)
{
}

void EPostGenerator::add(std::vector<Line>* lines, std::int64_t ms, SubLog log, QByteArray text)
{
    lines->push_back({ ms, m_order++, log, std::move(text) });
}

// "[dd/Mon/yyyy:HH:MM:SS]" in JST; the date part is formatted once a day.
QByteArray EPostGenerator::stamp(std::int64_t ms)
{
    const std::int64_t local = ms + JstMs;
    const std::int64_t day = local / DayMs;
    if (day != m_stampDay) {
        m_stampDay = day;
        m_stampDate = QLocale::c().toString(QDate(1970, 1, 1).addDays(day), QStringLiteral("dd/MMM/yyyy:")).toLatin1();
    }
    const std::int64_t second = local % DayMs / 1000;
    return '[' + m_stampDate + digits(std::uint64_t(second / 3600), 2) + ':' + digits(std::uint64_t(second / 60 % 60), 2) + ':'
        + digits(std::uint64_t(second % 60), 2) + ']';
}

// The office's PCs and the Internet's servers take turns by serial, so that two connections from one address
// never overlap (the correlator pairs acceptlog with receivelog by address within seconds).
EPostGenerator::Client EPostGenerator::officeClient()
{
    const std::uint64_t pc = 10 + m_serial * 7 % 240;
    const QByteArray name = QByteArray(LocalNames[pc % 10]).toUpper() + "-PC" + QByteArray::number(qulonglong(pc));
    return { "192.0.2." + QByteArray::number(qulonglong(pc)), name, "unknown" };
}

EPostGenerator::Client EPostGenerator::internetClient()
{
    const std::uint64_t n = m_serial * 11 % 500;
    const QByteArray ip = (n < 250 ? "198.51.100." : "203.0.113.") + QByteArray::number(qulonglong(n % 250 + 1));
    const QByteArray name = "mx" + QByteArray::number(qulonglong(n % 250 + 1)) + '.' + RemoteDomains[n % 8];
    return { ip, name, name };
}

// The receiver's own checks of an address ("00000000"), right after the command that named it.
void EPostGenerator::check(std::vector<Line>* lines, std::int64_t t, const QByteArray& line, bool local, bool known)
{
    const QByteArray internal = stamp(t) + ", 00000000, ";
    add(lines, t, ReceiveLog, internal + line);
    if (local)
        add(lines, t, ReceiveLog, internal + "user check status(1) = found local group (0)");
    if (local && known)
        add(lines, t, ReceiveLog, internal + "match!!");
}

std::int64_t EPostGenerator::receive(std::int64_t t, const QByteArray& token, const Client& client, const Envelope& envelope,
    const QList<bool>& known, std::vector<Line>* lines)
{
    const auto say = [&](std::int64_t at, const QByteArray& text) { add(lines, at, ReceiveLog, stamp(at) + ", " + token + ", " + text); };
    add(lines, t, AcceptLog, stamp(t) + ", (" + ServerName + "), [" + client.ip + "]:25, Client accept now.");
    say(t, QByteArray("220 ") + ServerName + " E-POST ESMTP Receiver (4.31) ready");
    say(t, "EHLO " + client.helo);
    say(t, QByteArray("250 ") + ServerName + " Hello [" + client.ip + "], pleased to meet you");
    t += 200 + m_random.below(800);
    say(t, "MAIL FROM:<" + envelope.sender + "> SIZE=" + QByteArray::number(800 + m_random.below(90000)));
    check(lines, t, "Check MAIL FROM address = " + envelope.sender, isLocal(envelope.sender), true);
    say(t, "250 <" + envelope.sender + ">... Sender ok.");
    bool accepted = false;
    for (qsizetype r = 0; r < envelope.recipients.size(); ++r) {
        const QByteArray& to = envelope.recipients[r];
        t += 20 + m_random.below(200);
        say(t, "RCPT TO:<" + to + '>');
        check(lines, t, "Check RCPT TO address = " + to, isLocal(to), known[r]);
        say(t, (known[r] ? "250 <" : "550 <") + to + (known[r] ? ">... Recipient ok." : ">... User unknown"));
        accepted = accepted || known[r];
    }
    if (!accepted)
        return t;
    t += 20 + m_random.below(200);
    say(t, "DATA");
    say(t, "354 Start mail input;id <" + envelope.bid + "> end with <CRLF>.<CRLF>");
    t += 300 + m_random.below(2500);
    say(t, "250 Message received ok.");
    return t;
}

// One client connection: 2 % refused by the DNSBL before a word, 2 % refused for an unknown local user,
// 36 % mail from the Internet for the office, 60 % the office's own mail (85 % of it for other domains).
void EPostGenerator::addMessage(std::int64_t t, std::vector<Line>* lines)
{
    const int kind = m_random.below(100);
    const std::uint64_t serial = ++m_serial;
    const bool fromOffice = kind >= 40;
    const Client client = fromOffice ? officeClient() : internetClient();
    const QByteArray acceptPrefix = QByteArray(", (") + ServerName + "), " + client.host + " [" + client.ip + "], ";
    if (kind < 2) {
        add(lines, t, AcceptLog, stamp(t) + ", (" + ServerName + "), [" + client.ip + "]:25, Client accept now.");
        add(lines, t, AcceptLog, stamp(t) + acceptPrefix + "It was in the ORDB IP.,<B0000000000>,abort");
        return;
    }
    const auto localUser = [this]() -> QByteArray {
        return LocalNames[m_random.below(10)] + QByteArray::number(m_random.below(300)) + "@example.jp";
    };
    // Remote recipients are rcptN@ like the other generators' (the benchmark's substring filter finds them).
    const auto remoteUser = [this]() -> QByteArray {
        return "user" + QByteArray::number(m_random.below(5000)) + '@' + RemoteDomains[m_random.below(8)];
    };
    Envelope envelope;
    envelope.bid = 'B' + digits(FirstBid + serial, 10);
    envelope.sender = fromOffice ? localUser() : remoteUser();
    const int recipients = kind < 4 ? 1 : m_random.below(10) < 7 ? 1 : 2 + m_random.below(4);
    for (int r = 0; r < recipients; ++r)
        envelope.recipients << (fromOffice && m_random.below(100) < 85 ? "rcpt" + remoteUser().mid(4) : localUser());
    const QList<bool> known(recipients, kind >= 4);
    // Session tokens are the receiver's thread handles: reused, but not by connections open together.
    const QByteArray token = QByteArray::number(qulonglong(0x00420000 + serial % 4096 * 0x38), 16).rightJustified(8, '0');
    const auto say = [&](std::int64_t at, const QByteArray& text) { add(lines, at, ReceiveLog, stamp(at) + ", " + token + ", " + text); };

    t = receive(t, token, client, envelope, known, lines);
    const QByteArray result = kind < 4 ? QByteArray(",<B0000000000>,abort") : ",<" + envelope.bid + ">,ok";
    add(lines, t, AcceptLog, stamp(t) + acceptPrefix + envelope.sender + result);
    if (kind >= 4)
        add(lines, t, InLog, '<' + envelope.bid + '@' + ServerName + "> " + stamp(t) + ' ' + client.ip + ' ' + client.helo + ' '
                + envelope.sender + ' ' + envelope.recipients.join(' '));
    const std::int64_t quit = t + 20 + m_random.below(200);
    say(quit, "QUIT");
    say(quit, QByteArray("221 ") + ServerName + " closing connection.");
    if (kind < 4)
        return;
    envelope.queuedMs = t;
    // Several recipients: each is a copy of its own, -001, -002, ... (formats.md 4.3).
    for (int r = 0; r < recipients; ++r) {
        const QByteArray copy = recipients > 1 ? '-' + digits(std::uint64_t(r + 1), 3) : QByteArray();
        const QByteArray& to = envelope.recipients[r];
        if (isLocal(to))
            deliverLocally(envelope, copy, to, lines);
        else
            deliverRemotely(envelope, copy, to, lines);
    }
}

void EPostGenerator::deliverLocally(const Envelope& envelope, const QByteArray& copy, const QByteArray& to, std::vector<Line>* lines)
{
    const std::int64_t at = envelope.queuedMs + 300 + m_random.below(1200);
    add(lines, at, OutLocalLog, envelope.bid + copy + '@' + ServerName + " sent on " + stamp(at) + " to " + ServerName + " from "
            + envelope.sender + " to " + to);
}

// Of the remote deliveries, 8 % are greylisted and retried minutes later (one to three times) and 5 % go to
// an unknown user: refused on each of three tries, then faillog and an error mail (-E001) to the sender.
// (A message has one remote delivery on average, so these are about the shares of messages too.)
void EPostGenerator::deliverRemotely(const Envelope& envelope, const QByteArray& copy, const QByteArray& to, std::vector<Line>* lines)
{
    const int roll = m_random.below(100);
    const bool unknownUser = roll >= 95;
    const int tries = unknownUser ? 3 : roll < 8 ? 2 + m_random.below(3) : 1;
    std::int64_t at = envelope.queuedMs + 500 + m_random.below(1500);
    for (int n = 0; n < tries; ++n) {
        const QByteArray id = envelope.bid + copy + (n > 0 ? "-R" + digits(std::uint64_t(n), 4) : QByteArray());
        const bool last = n == tries - 1;
        QByteArray reply = "250 2.1.5 Ok";
        if (unknownUser)
            reply = "550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual mailbox table";
        else if (!last)
            reply = "450 4.7.1 <" + to + ">: Recipient address rejected: Greylisted, try again later";
        add(lines, at, SenderLog, senderTry(id, at, envelope, to, reply));
        if (last && unknownUser) {
            const std::int64_t failed = at + 1000;
            add(lines, failed, FailLog, id + '@' + ServerName + " send fail on " + stamp(failed) + " from " + envelope.sender + " to " + to
                    + " [" + reply + ']');
            const std::int64_t notified = failed + 500 + m_random.below(1000);
            add(lines, notified, OutLocalLog, id + "-E001@" + ServerName + " sent on " + stamp(notified) + " to " + ServerName
                    + " from  to " + envelope.sender);
        } else if (last) {
            const std::int64_t sent = at + 1000;
            add(lines, sent, OutLog, id + '@' + ServerName + " sent on " + stamp(sent) + " to mx." + domainOf(to) + " from "
                    + envelope.sender + " to " + to);
        }
        at += 240'000 + m_random.below(360'000); // the 2-minute retry interval, with skips
    }
}

// One try of the delivery agent: the block of senderlog lines it writes, without times of their own but
// GetTryServer's and RetryDomain's.
QByteArray EPostGenerator::senderTry(const QByteArray& id, std::int64_t at, const Envelope& envelope, const QByteArray& to,
    const QByteArray& reply)
{
    const std::uint64_t now = windowsSeconds(at), created = windowsSeconds(envelope.queuedMs);
    const QByteArray mx = "mx." + domainOf(to);
    const QByteArray prefix = '[' + id + "] ";
    QByteArray block = prefix + '[' + domainOf(to) + "] GetTryServer:(ltime(" + QByteArray::number(qulonglong(now)) + ")-otime("
        + QByteArray::number(qulonglong(created)) + "))/120=(" + QByteArray::number(qulonglong((now - created) / 120)) + ")\n";
    block += prefix + "RetryDomain:(ltime(" + QByteArray::number(qulonglong(now * 10'000'000 + std::uint64_t(at % 1000) * 10'000))
        + ")-nlast(" + QByteArray::number(qulonglong(created * 10'000'000)) + "))/Status=1\n";
    const auto line = [&](const QByteArray& text) { block += prefix + text + '\n'; };
    line("SendGlbalMail:domain=" + to);
    line("ConnectHost:domain=" + to);
    line("getaddrinfo:domain=" + mx);
    line("ConnectHost: winsock connect success.");
    line("ConnectHost: retrun mscok (184)");
    line("SendMailMess");
    line("SendMailMess:220 " + mx + " ESMTP Postfix");
    line(QByteArray("SendMailMess:HELO ") + ServerName);
    line("SendMailMess:250 " + mx);
    line("SendMailMess:MAIL From:<" + envelope.sender + '>');
    line("SendMailMess:250 2.1.0 Ok");
    line("SendMailMess:RCPT To:<" + to + '>');
    line("SendMailMess:" + reply);
    const bool accepted = reply.startsWith('2');
    if (accepted) {
        line("SendMailMess:DATA");
        line("SendMailMess:354 End data with <CR><LF>.<CR><LF>");
        line("SendData complete.");
        line("SendMailMess:250 2.0.0 Ok: queued as " + QByteArray::number(qulonglong(0x3000000000ull + m_random.next() % 0xfffffffffull), 16).toUpper());
    }
    line("SendMailMess:QUIT");
    line("SendMailMess:221 2.0.0 Bye");
    line(accepted ? "SendMailMess:return=1" : "SendMailMess:return=0");
    line(accepted ? "SendGlbalMail:return code=1" : "SendGlbalMail:return code=0");
    if (accepted)
        line("outlog() thread=" + QByteArray::number(1 + m_random.below(8)) + '.');
    block.chop(1); // the writer ends the block's last line
    return block;
}

// The office reading its mail: POP3 (two in three) or IMAP4, a few messages each.
void EPostGenerator::addMailboxSession(std::int64_t t, std::vector<Line>* lines)
{
    const std::uint64_t pc = 10 + std::uint64_t(m_random.below(240));
    const QByteArray user = LocalNames[pc % 10] + QByteArray::number(m_random.below(300)) + "@example.jp";
    const QByteArray who = user + " from 192.0.2." + QByteArray::number(qulonglong(pc)) + ' ';
    const int messages = m_random.below(4);
    if (m_random.below(3) < 2) {
        const auto command = [&](std::int64_t at, const QByteArray& text) { add(lines, at, Pop3Log, who + text + ' ' + stamp(at) + ' '); };
        command(t, "APOP " + user + ' ' + QByteArray::number(qulonglong(m_random.next()), 16).rightJustified(16, '0')
                + QByteArray::number(qulonglong(m_random.next()), 16).rightJustified(16, '0'));
        command(t, "STAT");
        command(t, "UIDL");
        for (int m = 1; m <= messages; ++m) {
            t += 200 + m_random.below(900);
            command(t, "RETR " + QByteArray::number(m));
            command(t, "DELE " + QByteArray::number(m));
        }
        command(t + 50, "QUIT");
        return;
    }
    const auto command = [&](std::int64_t at, const QByteArray& text) { add(lines, at, Imap4Log, stamp(at) + ' ' + who + text); };
    const QByteArray uid = QByteArray::number(1 + m_random.below(900));
    command(t, "AUTHENTICATE CRAM-MD5 Success");
    command(t, "SELECT \"INBOX\" ");
    command(t, "UID FETCH " + uid + ":* (FLAGS) ");
    for (int m = 0; m < messages; ++m) {
        t += 200 + m_random.below(900);
        command(t, "UID FETCH " + QByteArray::number(uid.toInt() + m) + " (BODY.PEEK[]) ");
    }
    command(t + 20'000 + m_random.below(60'000), "LOGOUT - ");
}

bool EPostGenerator::flush(DailyFile& daily, QString* error)
{
    if (!daily.file || daily.pending.isEmpty())
        return true;
    if (daily.file->write(daily.pending) != daily.pending.size()) {
        *error = daily.file->fileName() + QStringLiteral(": ") + daily.file->errorString();
        return false;
    }
    daily.pending.clear();
    return true;
}

// Appends the lines before `until` to their sub-logs' files of their day, opening the next day's file when
// the day changes (lines come in time order).
bool EPostGenerator::writeLines(const QString& folder, const std::vector<Line>& lines, qint64* written, QString* error)
{
    for (const Line& line : lines) {
        DailyFile& daily = m_files[line.log];
        const std::int64_t day = (line.ms + JstMs) / DayMs;
        if (day != daily.day) {
            if (!flush(daily, error))
                return false;
            const QString dir = folder + u'/' + QLatin1StringView(SubLogNames[line.log]) + u'/' + QLatin1StringView(ServerFolder);
            const QString name = QDate(1970, 1, 1).addDays(day).toString(QStringLiteral("yyMMdd")) + QStringLiteral(".log");
            daily.day = day;
            daily.file = std::make_unique<QFile>(dir + u'/' + name);
            if (!QDir().mkpath(dir) || !daily.file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *error = daily.file->fileName() + QStringLiteral(": ") + daily.file->errorString();
                return false;
            }
        }
        daily.pending += line.text;
        daily.pending += '\n';
        *written += line.text.size() + 1;
    }
    for (DailyFile& daily : m_files) {
        if (!flush(daily, error))
            return false;
    }
    return true;
}

bool EPostGenerator::write(const QString& folder, qint64 bytes, QString* error)
{
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty()) {
        *error = folder + QStringLiteral(": not empty (an earlier run's daily files would mix with these)");
        return false;
    }
    qint64 written = 0;
    std::int64_t batchStart = Start;
    std::vector<Line> pending; // lines of earlier batches still in the future (retries)
    while (written < bytes) {
        std::vector<Line> lines;
        lines.swap(pending);
        // In time order, so that B-numbers grow with time as the server hands them out.
        std::array<std::int64_t, MessagesPerBatch> starts;
        for (std::int64_t& start : starts)
            start = batchStart + std::int64_t(m_random.next() % BatchSpanMs);
        std::sort(starts.begin(), starts.end());
        for (const std::int64_t start : starts)
            addMessage(start, &lines);
        for (int s = 0; s < MailboxSessionsPerBatch; ++s)
            addMailboxSession(batchStart + std::int64_t(m_random.next() % BatchSpanMs), &lines);
        batchStart += BatchSpanMs;
        takeBatch(lines, batchStart, &pending);
        if (!writeLines(folder, lines, &written, error))
            return false;
    }
    for (DailyFile& daily : m_files) {
        if (daily.file)
            daily.file->close();
    }
    return true;
}
