// The loader around the parsers: detection, lossless events, parallel chunks, years, zones, encodings.
#include "losslesstesting.h"
#include "model/logcollection.h"
#include "parsing/logparser.h"
#include "parsing/logsources.h"
#include "parsing/timestamps.h"
#include "samplelogs.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

namespace {

std::unique_ptr<ParsedLog> parseBytes(const QString& name, const QByteArray& bytes, LogParser::Options options = {})
{
    if (!options.fileTime.isValid())
        options.fileTime = QDateTime(QDate(2024, 12, 31), QTime(23, 59), QTimeZone::UTC);
    if (!options.zone.isValid())
        options.zone = QTimeZone::UTC;
    return LogParser::parse(LogFile::fromBytes(name, bytes), std::make_shared<StringPool>(), options);
}

QDateTime utc(const ParsedLog& log, std::size_t index)
{
    return QDateTime::fromMSecsSinceEpoch(log.event(index).utcMs, QTimeZone::UTC);
}

QByteArray postfixLine(int second, const QByteArray& queueId)
{
    const QTime time = QTime(0, 0).addSecs(second);
    return "Mar 27 " + time.toString(QStringLiteral("HH:mm:ss")).toLatin1() + " relay1 postfix/qmgr[1190]: " + queueId + ": from=<taro@example.net>, size=" + QByteArray::number(second)
        + ", nrcpt=1 (queue active)\n";
}

// 100 000 Postfix lines (several parse chunks) written to path; returns them.
QByteArray writeBigLog(const QString& path)
{
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes += postfixLine(i % 86400, "A" + QByteArray::number(i % 1000));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return bytes;
}

} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT

private slots:
    void detectsPostfixAndIsLossless()
    {
        QByteArray bytes = "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a.example[192.0.2.25]\n"
                           "this line is not a syslog line at all\n"
                           "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed";
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        QCOMPARE(log->info().family, Family::Postfix);
        QCOMPARE(log->eventCount(), std::size_t(3));
        verifyLossless(*log);
        QCOMPARE(log->event(1).kind, EventKind::Unparsed);
        QCOMPARE(log->info().unparsed, 1);
        QCOMPARE(log->text(1), QStringLiteral("this line is not a syslog line at all"));
        // an unparsed line sits between its neighbours in time
        QCOMPARE(log->event(1).utcMs, log->event(0).utcMs);
        QCOMPARE(log->event(2).kind, EventKind::Finished); // the last line has no newline
        QCOMPARE(log->fieldBytes(2, FieldKey::QueueId), QByteArray("4VbT0K2mQzz3xYp"));
    }

    void findsTheTimeOrderOnItsWorker()
    {
        const QByteArray inOrder = "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a.example[192.0.2.25]\n"
                                   "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: disconnect from a.example[192.0.2.25]\n"
                                   "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed\n";
        auto log = parseBytes(QStringLiteral("maillog"), inOrder);
        QVERIFY(log->timeOrder().empty()); // in order already: nothing to store
        // a clock stepped back: the positions in time order, equal times in file order
        const QByteArray stepped = "Mar 27 09:14:06 relay1 postfix/smtpd[2230]: connect from a.example[192.0.2.25]\n"
                                   "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from b.example[192.0.2.26]\n"
                                   "Mar 27 09:14:06 relay1 postfix/smtpd[2230]: disconnect from a.example[192.0.2.25]\n"
                                   "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed\n";
        log = parseBytes(QStringLiteral("maillog"), stepped);
        QCOMPARE(log->timeOrder(), (std::vector<std::uint32_t> { 1, 3, 0, 2 }));
    }

    void listsTheHostsMostCommonFirst()
    {
        QByteArray bytes;
        for (const char* host : { "b.example", "relay1", "a.example", "relay1", "b.example", "relay1", "c.example", "d.example" })
            bytes += QByteArray("Mar 27 09:14:04 ") + host + " postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n";
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        // three at most: by count, equal counts by name
        QCOMPARE(log->info().hosts, (QStringList { QStringLiteral("relay1"), QStringLiteral("b.example"), QStringLiteral("a.example") }));
    }

    void unknownFormatKeepsEveryLine()
    {
        const auto log = parseBytes(QStringLiteral("notes.txt"), "hello\nworld\n\n");
        QCOMPARE(log->info().family, Family::Unknown);
        QVERIFY(!log->info().note.isEmpty());
        QCOMPARE(log->info().unparsed, 3);
        verifyLossless(*log);
    }

    void familyCanBeOverridden()
    {
        LogParser::Options options;
        options.family = Family::Unknown;
        const QByteArray bytes = "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from a.example[192.0.2.25]\n";
        const auto forced = parseBytes(QStringLiteral("maillog"), bytes, options);
        QCOMPARE(forced->info().family, Family::Unknown);
        QVERIFY(forced->info().familyOverridden);
        QCOMPARE(forced->info().unparsed, 1);
    }

    void storesFieldsCompactly()
    {
        const QByteArray bytes = "Mar 27 09:14:06 relay1 postfix/lmtp[2240]: 4VbT0K2mQzz3xYp: to=<hanako@example.jp>, "
                                 "relay=mbox1.example.jp[192.0.2.70]:24, delay=1.2, delays=0.41/0.01/0.05/0.7, "
                                 "dsn=2.0.0, status=sent (250 2.0.0 <hanako@example.jp> 9bKQAbxyZmbmAgAA Saved)\n";
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        QCOMPARE(log->event(0).kind, EventKind::Delivered);
        QCOMPARE(log->event(0).side, Side::Client);
        QCOMPARE(log->field(0, FieldKey::Reply).type, FieldValue::Type::LineSpan); // not copied
        QCOMPARE(log->fieldBytes(0, FieldKey::Reply), QByteArray("250 2.0.0 <hanako@example.jp> 9bKQAbxyZmbmAgAA Saved"));
        QCOMPARE(log->field(0, FieldKey::Recipient).type, FieldValue::Type::String); // interned
        QCOMPARE(log->fieldBytes(0, FieldKey::Recipient), QByteArray("hanako@example.jp"));
        QCOMPARE(log->field(0, FieldKey::Delay).type, FieldValue::Type::Number);
        QCOMPARE(log->field(0, FieldKey::Delay).value, 1200u);
        QCOMPARE(log->strings().view(log->programOf(0)), QByteArrayView("postfix/lmtp"));
        QCOMPARE(log->pidOf(0), 2240u);
    }

    void parsesChunksInParallelLikeOneChunk()
    {
        // enough lines for several chunks; every line is distinct so misplaced fields would show
        QByteArray bytes;
        const int lines = 70000;
        for (int i = 0; i < lines; ++i)
            bytes += postfixLine(i, "4Vb" + QByteArray::number(i).rightJustified(8, '0') + "z3xYp");
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        verifyLossless(*log);
        QCOMPARE(log->info().unparsed, 0);
        for (int i = 0; i < lines; i += 997) {
            QCOMPARE(log->event(size_t(i)).kind, EventKind::Queued);
            QCOMPARE(log->field(size_t(i), FieldKey::Size).value, std::uint32_t(i));
            QCOMPARE(log->fieldBytes(size_t(i), FieldKey::QueueId),
                "4Vb" + QByteArray::number(i).rightJustified(8, '0') + "z3xYp");
        }
        QVERIFY(log->memoryUsed() < std::size_t(lines) * 64);
    }

    // Lines, spans and fields are not stored per event but follow from the records before it (a long record is
    // noted apart, fields are counted from a base per block of events): records of one to four lines, with one or
    // two fields, across several chunks, each keep their own.
    void keepsLinesAndFieldsOfRecordsOfEveryLength()
    {
        QByteArray bytes;
        std::vector<std::pair<int, int>> expected; // (first line, lines) by record
        int line = 0;
        for (int mid = 0; line < 70000; ++mid) {
            const int span = 1 + (mid * 7 + mid / 5) % 4;
            expected.emplace_back(line, span);
            if (mid % 3 == 0) { // two fields: the MID and the subject
                bytes += "Wed Mar 27 09:14:03 2024 Info: MID " + QByteArray::number(mid) + " Subject 'part";
                for (int k = 1; k < span; ++k)
                    bytes += "\n folded " + QByteArray::number(k);
                bytes += "'\n";
            } else { // one field, and the continuation lines of a line that is not understood
                bytes += "Wed Mar 27 09:14:03 2024 Info: MID " + QByteArray::number(mid) + " was split";
                for (int k = 1; k < span; ++k)
                    bytes += "\n continued " + QByteArray::number(k);
                bytes += '\n';
            }
            line += span;
        }
        const auto log = parseBytes(QStringLiteral("mail.current"), bytes);
        QCOMPARE(log->info().family, Family::IronPort);
        verifyLossless(*log);
        QCOMPARE(log->eventCount(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(log->lineOf(i), std::uint32_t(expected[i].first));
            QCOMPARE(log->lineSpanOf(i), std::uint32_t(expected[i].second));
            QCOMPARE(log->fieldBytes(i, FieldKey::Mid), QByteArray::number(qulonglong(i)));
            QCOMPARE(log->hasField(i, FieldKey::Subject), i % 3 == 0);
            QCOMPARE(log->rawBytes(i).count('\n'), qsizetype(expected[i].second - 1));
        }
    }

    // Process ids are kept beside the events only once a line names one: a log whose first chunks name none and
    // whose later lines name one now and then gives each line its own.
    void keepsTheProcessIdOfEachLine()
    {
        QByteArray bytes;
        const int lines = 60000;
        for (int i = 0; i < lines; ++i) {
            const bool named = i > 40000 && i % 3 != 0;
            bytes += "Mar 27 09:00:00 relay1 postfix/qmgr" + (named ? "[" + QByteArray::number(i) + "]" : QByteArray())
                + ": A" + QByteArray::number(i) + ": removed\n";
        }
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        verifyLossless(*log);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(log->pidOf(std::size_t(i)), i > 40000 && i % 3 != 0 ? std::uint32_t(i) : 0u);
    }

    void keepsEveryHostAndProgramBeyondItsTable()
    {
        // An event keeps a 16-bit index of its (host, program) pair: a log naming more pairs than that (binary data
        // read as text can name a "host" per line) keeps the rest per event, in every chunk.
        QByteArray bytes;
        const int lines = 70000;
        for (int i = 0; i < lines; ++i) {
            bytes += "Mar 27 00:00:00 h" + QByteArray::number(i) + " postfix/p" + QByteArray::number(i % 7)
                + "[1]: A" + QByteArray::number(i) + ": removed\n";
        }
        const auto log = parseBytes(QStringLiteral("maillog"), bytes);
        verifyLossless(*log);
        QCOMPARE(qsizetype(log->eventCount()), qsizetype(lines));
        for (const int i : { 0, 1, 6, 65533, 65534, 65535, 65536, lines - 1 }) {
            QCOMPARE(log->strings().view(log->hostOf(std::size_t(i))).toByteArray(), "h" + QByteArray::number(i));
            QCOMPARE(log->strings().view(log->programOf(std::size_t(i))).toByteArray(), "postfix/p" + QByteArray::number(i % 7));
        }
        QCOMPARE(log->programOf(std::size_t(lines - 1)), log->programOf(std::size_t(lines - 8))); // same string, same id
    }

    void infersYearsAcrossNewYear()
    {
        const QByteArray bytes = "Dec 31 23:59:58 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n"
                                 "Jan  1 00:00:02 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYq: removed\n"
                                 "Dec 31 23:59:59 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYr: removed\n" // late writer
                                 "Jan  2 08:00:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYs: removed\n";
        LogParser::Options options;
        options.fileTime = QDateTime(QDate(2025, 1, 2), QTime(9, 0), QTimeZone::UTC);
        const auto log = parseBytes(QStringLiteral("maillog"), bytes, options);
        QCOMPARE(utc(*log, 0), QDateTime(QDate(2024, 12, 31), QTime(23, 59, 58), QTimeZone::UTC));
        QCOMPARE(utc(*log, 1), QDateTime(QDate(2025, 1, 1), QTime(0, 0, 2), QTimeZone::UTC));
        QCOMPARE(utc(*log, 2), QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::UTC));
        QCOMPARE(utc(*log, 3), QDateTime(QDate(2025, 1, 2), QTime(8, 0), QTimeZone::UTC));
        QVERIFY(log->event(0).flags & EventRecord::YearInferred);
        QCOMPARE(log->info().yearBase, 2025);
    }

    void datesAfterTheFileTimeBelongToTheYearBefore()
    {
        LogParser::Options options;
        options.fileTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::UTC);
        const auto log = parseBytes(QStringLiteral("maillog"),
            "Nov 30 10:00:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n", options);
        QCOMPARE(utc(*log, 0).date(), QDate(2024, 11, 30));

        options.year = 2019; // the user's year wins
        const auto given = parseBytes(QStringLiteral("maillog"),
            "Nov 30 10:00:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n", options);
        QCOMPARE(utc(*given, 0).date(), QDate(2019, 11, 30));
    }

    void appliesTheZoneToWallClockTimesOnly()
    {
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        options.year = 2024;
        const auto log = parseBytes(QStringLiteral("maillog"),
            "Mar 27 09:14:04 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n"
            "2024-03-27T09:14:04.250-05:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n",
            options);
        QCOMPARE(utc(*log, 0), QDateTime(QDate(2024, 3, 27), QTime(0, 14, 4), QTimeZone::UTC));
        QCOMPARE(log->event(0).offsetMinutes(), 9 * 60);
        QCOMPARE(utc(*log, 1), QDateTime(QDate(2024, 3, 27), QTime(14, 14, 4, 250), QTimeZone::UTC));
        QCOMPARE(log->event(1).offsetMinutes(), -5 * 60);

        // across a DST change the offset follows the date
        options.zone = QTimeZone("Europe/Berlin");
        const auto berlin = parseBytes(QStringLiteral("maillog"),
            "Mar 30 12:00:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n"
            "Apr  1 12:00:00 mx postfix/qmgr[1]: 4VbT0K2mQzz3xYp: removed\n",
            options);
        QCOMPARE(berlin->event(0).offsetMinutes(), 60);
        QCOMPARE(berlin->event(1).offsetMinutes(), 120);
    }

    void detectsLineEndingsAndEncodings()
    {
        const QString japanese = QStringLiteral("ソフト開発部");
        QStringEncoder cp932("Shift_JIS");
        QStringEncoder eucJp("EUC-JP");
        const QByteArray header = "Mar 27 09:14:04 mx postfix/smtpd[1]: warning: ";
        const QByteArray sjisLine = header + QByteArray(cp932.encode(japanese)) + "\r\n";
        const QByteArray eucLine = header + QByteArray(eucJp.encode(japanese)) + "\n";
        const QByteArray utf8Line = header + japanese.toUtf8() + "\n";

        const auto sjis = parseBytes(QStringLiteral("a"), sjisLine + sjisLine);
        QCOMPARE(sjis->info().encoding, TextDecoding::Encoding::ShiftJis);
        QVERIFY(sjis->info().crlf);
        QVERIFY(sjis->text(0).endsWith(japanese)); // decoded, CR stripped
        const auto euc = parseBytes(QStringLiteral("b"), eucLine);
        QCOMPARE(euc->info().encoding, TextDecoding::Encoding::EucJp);
        QVERIFY(!euc->info().crlf);
        QVERIFY(euc->text(0).endsWith(japanese));
        const auto utf8 = parseBytes(QStringLiteral("c"), utf8Line);
        QCOMPARE(utf8->info().encoding, TextDecoding::Encoding::Utf8);
        QVERIFY(!utf8->info().mixedEncodings);
        const auto mixed = parseBytes(QStringLiteral("d"), utf8Line + sjisLine);
        QVERIFY(mixed->info().mixedEncodings);
        QCOMPARE(mixed->text(1).right(japanese.size()), japanese);
    }

    void shouldTellDocumentsByTheirNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("document");
        QTest::newRow("README.md") << QStringLiteral("resources/samples/README.md") << true;
        QTest::newRow("README.ja.md") << QStringLiteral("/x/README.ja.md") << true;
        QTest::newRow("README") << QStringLiteral("/x/README") << true;
        QTest::newRow("LICENSE") << QStringLiteral("/x/LICENSE") << true;
        QTest::newRow("COPYING") << QStringLiteral("/x/COPYING") << true;
        QTest::newRow("notes.txt") << QStringLiteral("/x/notes.txt") << true;
        QTest::newRow("guide.html") << QStringLiteral("/x/guide.html") << true;
        QTest::newRow("maillog") << QStringLiteral("/var/log/maillog") << false;
        QTest::newRow("maillog.1.gz") << QStringLiteral("/var/log/maillog.1.gz") << false;
        QTest::newRow("mail.current") << QStringLiteral("/x/esa1/mail.current") << false;
        QTest::newRow("E-Post log") << QStringLiteral("/x/MAILSV01/240327.log") << false;
        QTest::newRow("another program's log") << QStringLiteral("/var/log/news/news.notice") << false;
        QTest::newRow("data") << QStringLiteral("/x/dump.dat") << false;
    }

    // A folder's README is skipped without a word (maillane-cli); other files that are not mail logs are named.
    void shouldTellDocumentsByTheirNames()
    {
        QFETCH(QString, path);
        QTEST(LogSources::looksLikeDocument(path), "document");
    }

    void readsGzipFilesFromFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("log/nested")));
        const QByteArray plain = "Mar 27 09:14:04 mx postfix/smtpd[1]: connect from a.example[192.0.2.25]\n";
        // maillog.1.gz written with zlib's gzip writer
        const QByteArray gzPath = (dir.path() + QStringLiteral("/log/nested/maillog.1.gz")).toLocal8Bit();
        gzFile gz = gzopen(gzPath.constData(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, plain.constData(), unsigned(plain.size())), int(plain.size()));
        gzclose(gz);
        QFile other(dir.path() + QStringLiteral("/log/syslog")); // (a syslog.txt would count as a document: skipped silently)
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not a mail log\n");
        other.close();

        LogCollection logs;
        const LogCollection::LoadReport report = logs.load({ dir.path() + QStringLiteral("/log") });
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(logs.size(), std::size_t(1)); // the non-mail log found in the folder is skipped ...
        QCOMPARE(report.skipped.size(), 1); // ... and reported
        QVERIFY(logs.log(0).info().compressed);
        QCOMPARE(logs.log(0).info().family, Family::Postfix);
        QCOMPARE(logs.log(0).event(0).kind, EventKind::Connect);

        // named directly, the same non-mail file is loaded, every line unparsed
        LogCollection direct;
        direct.load({ other.fileName() });
        QCOMPARE(direct.size(), std::size_t(1));
        QCOMPARE(direct.totalUnparsed(), 1);

        LogCollection missing;
        const auto failed = missing.load({ dir.path() + QStringLiteral("/nothing.log") });
        QCOMPARE(failed.errors.size(), 1);
        QVERIFY(failed.errors.front().contains(QStringLiteral("nothing.log")));
    }

    // Seed 001's layout: one Sun entry printed over indented lines. Each entry is one event spanning its
    // lines, also when the entries straddle the loader's chunk boundaries.
    void joinsSunContinuationLines()
    {
        const QByteArray entry = "19-Jan-1998 19:17:01.16 tcp_local                  D 1\n"
                                 "  adam@sesta.com rfc822;marlowe@siroe.com marlowe@siroe.com\n"
                                 "  dns;thor.siroe.com (TCP|206.184.139.12|2788|192.160.253.66|25)\n"
                                 "  (THOR.SIROE.COM -- Server ESMTP [iMS V5.0 #8694])\n"
                                 "  smtp;250 2.1.5 marlowe@siroe.com and options OK.\n"
                                 " \n";
        QByteArray bytes;
        const int entries = 4000; // 24000 lines: more than one chunk
        for (int i = 0; i < entries; ++i)
            bytes += entry;
        const auto log = parseBytes(QStringLiteral("mail.log_current"), bytes);
        QCOMPARE(log->info().family, Family::SunMs);
        verifyLossless(*log);
        QCOMPARE(log->eventCount(), std::size_t(entries));
        for (std::size_t i = 0; i < log->eventCount(); i += 331) {
            QCOMPARE(log->lineSpanOf(i), 6u);
            QCOMPARE(log->event(i).kind, EventKind::Delivered);
            QVERIFY(log->event(i).flags & EventRecord::HasContinuation);
            QCOMPARE(log->fieldBytes(i, FieldKey::Recipient), QByteArray("marlowe@siroe.com"));
            QCOMPARE(log->fieldBytes(i, FieldKey::PeerIp), QByteArray("192.160.253.66"));
            QCOMPARE(log->field(i, FieldKey::ReplyCode).value, 250u);
        }
        QVERIFY(log->text(0).contains(QStringLiteral("\n  smtp;250")));
    }

    // IronPort folded header values: a line without a header continues the record before it.
    void joinsIronPortContinuationLines()
    {
        const QByteArray bytes = "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'Quarterly\n"
                                 " figures'\n"
                                 "Wed Mar 27 09:14:03 2024 Info: MID 30011 ready 48213 bytes from <taro@example.net>\n";
        const auto log = parseBytes(QStringLiteral("mail.current"), bytes);
        QCOMPARE(log->info().family, Family::IronPort);
        verifyLossless(*log);
        QCOMPARE(log->eventCount(), std::size_t(2));
        QCOMPARE(log->lineSpanOf(0), 2u);
        QCOMPARE(log->event(0).kind, EventKind::Header);
        QCOMPARE(log->fieldBytes(0, FieldKey::Mid), QByteArray("30011"));
        QCOMPARE(log->event(1).kind, EventKind::Accepted);
    }

    // E-Post senderlog lines carry no time: they take their message's GetTryServer time (seconds since
    // 1601 UTC), else the nearest timed line, else the day in the file name.
    void givesSenderlogLinesATime()
    {
        const QByteArray bytes = "[B0001234568] ConnectHost:domain=tanaka@partner.example\r\n"
                                 "[B0001234568] [partner.example] GetTryServer:(ltime(13357358430)-otime(13357358429))/120=(0)\r\n"
                                 "[B0001234568] SendMailMess:250 2.0.0 Ok: queued as 4VbW2s3nTqz3y7R\r\n"
                                 "[B0001234569] SendMailMess:QUIT\r\n";
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        const auto log = LogParser::parse(LogFile::fromBytes(QStringLiteral("C:/mail/senderlog/MAILSV01/240412.log"), bytes),
            std::make_shared<StringPool>(), options);
        QCOMPARE(log->info().family, Family::EPost);
        QCOMPARE(log->info().subLog, QStringLiteral("senderlog"));
        QCOMPARE(log->info().fileDate, QDate(2024, 4, 12));
        QVERIFY(log->info().crlf);
        verifyLossless(*log);
        const QDateTime attempt(QDate(2024, 4, 12), QTime(1, 20, 30), QTimeZone::UTC);
        QCOMPARE(utc(*log, 1), attempt);
        // The counter is a UTC instant: it stays as it is, and shows in the server's zone like its neighbours.
        QCOMPARE(log->event(1).offsetMinutes(), 9 * 60);
        QVERIFY(log->event(1).flags & EventRecord::UtcInstant);
        QCOMPARE(utc(*log, 0), attempt); // same message, its time comes from the line after
        QVERIFY(log->event(0).flags & EventRecord::TimeDerived);
        QCOMPARE(utc(*log, 2), attempt);
        QCOMPARE(log->fieldBytes(2, FieldKey::NextHopId), QByteArray("4VbW2s3nTqz3y7R"));
        QCOMPARE(utc(*log, 3), attempt); // another message, no time of its own: the nearest line's

        const auto alone = LogParser::parse(LogFile::fromBytes(QStringLiteral("C:/mail/senderlog/MAILSV01/240412.log"),
                                                "[B0001234569] SendMailMess:QUIT\r\n"),
            std::make_shared<StringPool>(), options);
        QCOMPARE(utc(*alone, 0), QDateTime(QDate(2024, 4, 12), QTime(0, 0), QTimeZone("Asia/Tokyo")).toUTC());
    }

    // Every bundled sample, cut at many points (a file still being written, a truncated copy), read as its
    // own family: no crash, every line accounted for, and the whole file has no unparsed line.
    void survivesTruncatedFilesOfEveryFamily()
    {
        QRandomGenerator random(11);
        for (const QString& path : SampleLogs::paths()) {
            QString error;
            const auto whole = LogFile::open(path, &error);
            QVERIFY2(whole, qPrintable(error));
            const auto full = LogParser::parse(whole, std::make_shared<StringPool>(), {});
            QVERIFY2(full->info().family != Family::Unknown, qPrintable(path));
            QCOMPARE(full->info().unparsed, 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            LogParser::Options options;
            options.family = full->info().family;
            options.subLog = full->info().subLog;
            for (int cut = 0; cut < 25; ++cut) {
                const QByteArray part = bytes.left(random.bounded(qsizetype(0), bytes.size() + 1));
                const auto log = parseBytes(path, part, options);
                QCOMPARE(log->info().family, full->info().family);
                verifyLossless(*log);
            }
        }
    }

    void readsAFileAgainThatShrankWhileItWasRead()
    {
        // a rotation by copytruncate during the load: the file is read again, whole, once
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        const QByteArray bytes = writeBigLog(path);
        const qsizetype kept = bytes.indexOf('\n', 1000) + 1; // the next file begins with a few lines
        std::atomic_bool rotated { false };
        LogParser::Options options;
        options.progress = [&](qint64) {
            if (!rotated.exchange(true))
                QFile::resize(path, kept);
        };
        QString error;
        const auto opened = LogFile::open(path, &error);
        QVERIFY2(opened, qPrintable(error));
        const auto log = LogParser::parseChecked(opened, std::make_shared<StringPool>(), options, &error);
        QVERIFY2(log, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(log->file().byteSize(), kept);
        QCOMPARE(qsizetype(log->eventCount()), bytes.first(kept).count('\n'));
        verifyLossless(*log);
        QCOMPARE(log->info().unparsed, 0); // no line of NULs from the first reading
    }

    void reportsAFileThatKeepsShrinking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        writeBigLog(path);
        LogParser::Options options;
        options.progress = [&](qint64) { QFile::resize(path, QFileInfo(path).size() / 2); };
        QString error;
        const auto log = LogParser::parseChecked(LogFile::open(path, &error), std::make_shared<StringPool>(), options, &error);
        QVERIFY(!log);
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("changed while it was read")), qPrintable(error));
    }

    void survivesRandomBytes()
    {
        QRandomGenerator random(3);
        for (int round = 0; round < 20; ++round) {
            QByteArray bytes(random.bounded(1, 20000), Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random.bounded(256));
            if (round % 2) // valid lines among the noise reach the parsers and the post-passes
                bytes.insert(bytes.size() / 2, "\nMar 27 09:14:04 mx postfix/smtpd[1]: connect from a[192.0.2.1]\n");
            const auto log = parseBytes(QStringLiteral("noise"), bytes);
            verifyLossless(*log);
            for (std::size_t i = 0; i < log->eventCount(); ++i)
                log->text(i);
        }
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
