#pragma once

#include "loggenerator.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

// Writes an E-Post Mail Server work folder for the benchmark, the same bytes for the same arguments:
// <folder>/<sub-log>/MAILSV01/YYMMDD.log, one file per local (JST) day and sub-log, as the server keeps them
// (formats.md 4.2). Inbound SMTP sessions (acceptlog, receivelog, inlog) from the Internet and from the
// office's PCs, concurrent and interleaved; local deliveries (outlocallog); remote ones tried over senderlog
// (greylisting retried after minutes, unknown users bounced with faillog and an error mail to the sender),
// delivered in outlog; refusals (ORDB, unknown local user); POP3 and IMAP4 sessions.
class EPostGenerator
{
public:
    explicit EPostGenerator(std::uint64_t seed = 1);

    // Writes the folder (created if missing) until at least `bytes` were written in all its files; false with
    // *error on failure.
    bool write(const QString& folder, qint64 bytes, QString* error);

private:
    enum SubLog : std::uint8_t { AcceptLog, ReceiveLog, InLog, SenderLog, OutLog, OutLocalLog, FailLog, Pop3Log, Imap4Log, SubLogCount };
    struct Line
    {
        std::int64_t ms;
        std::uint64_t order;
        SubLog log;
        QByteArray text; // whole lines; a senderlog try is one block of them
    };
    // One SMTP client connection as the receiver sees it.
    struct Client
    {
        QByteArray ip, helo, host; // host: acceptlog's name for it ("unknown" for the office's PCs)
    };
    struct Envelope
    {
        QByteArray bid, sender;
        QList<QByteArray> recipients;
        std::int64_t queuedMs = 0; // when the message reached the queue
    };
    // An open daily file of one sub-log.
    struct DailyFile
    {
        std::int64_t day = -1;
        std::unique_ptr<QFile> file;
        QByteArray pending;
    };

    void addMessage(std::int64_t start, std::vector<Line>* lines);
    void addMailboxSession(std::int64_t start, std::vector<Line>* lines);
    Client officeClient();
    Client internetClient();
    // The receiver's dialogue up to the end of data; returns when the message was received (or refused).
    std::int64_t receive(std::int64_t t, const QByteArray& token, const Client& client, const Envelope& envelope,
        const QList<bool>& known, std::vector<Line>* lines);
    void check(std::vector<Line>* lines, std::int64_t t, const QByteArray& line, bool local, bool known);
    void deliverLocally(const Envelope& envelope, const QByteArray& copy, const QByteArray& to, std::vector<Line>* lines);
    void deliverRemotely(const Envelope& envelope, const QByteArray& copy, const QByteArray& to, std::vector<Line>* lines);
    // One senderlog try; reply: the next hop's answer to RCPT TO ("250 ..." goes on to the data).
    QByteArray senderTry(const QByteArray& id, std::int64_t at, const Envelope& envelope, const QByteArray& to,
        const QByteArray& reply);
    void add(std::vector<Line>* lines, std::int64_t ms, SubLog log, QByteArray text);
    QByteArray stamp(std::int64_t ms);
    bool writeLines(const QString& folder, const std::vector<Line>& lines, qint64* written, QString* error);
    bool flush(DailyFile& daily, QString* error);

    Xorshift m_random;
    std::uint64_t m_order = 0;
    std::uint64_t m_serial = 0; // B-numbers, session tokens, clients: never reused close together
    std::int64_t m_stampDay = -1;
    QByteArray m_stampDate; // "dd/Mon/yyyy:" of m_stampDay
    std::array<DailyFile, SubLogCount> m_files;
};
