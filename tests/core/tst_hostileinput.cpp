// Hostile and broken input (issue 9): each case loads next to a good log, which must stay loaded; the bad one
// gives a clear message naming it, or loads losslessly (every line in exactly one event) with a note where
// something about it is odd. Runs as an unprivileged user (it drops root) so that permissions are real.
#include "gziptesting.h"
#include "losslesstesting.h"
#include "processmemory.h"
#include "model/logcollection.h"
#include "workspace/eventcolumns.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray GoodLine = "Mar 27 09:14:04 relay1 postfix/smtpd[2201]: connect from mx.example.net[192.0.2.1]\n";

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_good;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Loads the good log and the file `name` with these bytes: the file's log if it loaded with no error and
    // lossless, else null.
    const ParsedLog* loadClean(LogCollection& logs, const QString& name, const QByteArray& bytes)
    {
        QStringList errors;
        const ParsedLog* log = loadBeside(logs, write(name, bytes), &errors);
        return errors.isEmpty() && log && log->coversEveryLine() ? log : nullptr;
    }

    // Loads the good log and `path`, which must be refused: its one message, naming it (empty otherwise).
    QString refusal(const QString& path)
    {
        LogCollection logs;
        QStringList errors;
        const bool loaded = loadBeside(logs, path, &errors) != nullptr;
        return !loaded && errors.size() == 1 && errors.front().contains(path) ? errors.front() : QString();
    }

    // Loads the good log and `path`; returns the bad file's log (null if it was not loaded) and its errors.
    const ParsedLog* loadBeside(LogCollection& logs, const QString& path, QStringList* errors)
    {
        *errors = logs.load({ m_good, path }).errors;
        if (logs.size() == 0 || logs.log(0).info().path != m_good || logs.log(0).eventCount() != 3)
            qFatal("the good log was not kept");
        for (std::size_t n = 0; n < logs.size(); ++n) {
            if (logs.log(n).info().path == path)
                return &logs.log(n);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (geteuid() == 0) { // root reads anything: become nobody, owning the folder, so that permission denied is real
            QCOMPARE(chown(QFile::encodeName(m_dir->path()).constData(), 65534, 65534), 0);
            QVERIFY(setgid(65534) == 0 && setuid(65534) == 0);
        }
        m_good = write(u"good.log"_s, GoodLine + GoodLine + GoodLine);
    }

    void emptyFile()
    {
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"empty.log"_s, {});
        QVERIFY(log);
        QCOMPARE(log->eventCount(), std::size_t(0));
        QVERIFY2(log->info().note.contains(u"empty"_s), qPrintable(log->info().note));
    }

    void binaryFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0", 29);
        QRandomGenerator random(9);
        for (int i = 0; i < 20000; ++i)
            png += char(random.bounded(256));
        QTest::newRow("image") << png;
        QByteArray noise(1 << 20, Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        QTest::newRow("random bytes") << noise;
    }

    void binaryFiles()
    {
        QFETCH(QByteArray, bytes);
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"binary.dat"_s, bytes);
        QVERIFY(log);
        QCOMPARE(log->info().unparsed, log->info().events);
        QVERIFY2(log->info().note.contains(u"binary"_s), qPrintable(log->info().note));
        // random bytes resemble Shift_JIS here and there: no encoding is claimed for them
        QCOMPARE(log->info().encodingKey(), "binary"_L1);
        QVERIFY(!log->info().mixedEncodings);
        for (std::size_t i = 0; i < log->eventCount(); ++i)
            QVERIFY(log->displayText(i).size() <= ParsedLog::DisplayLimit + 100);
    }

    void nulBytesInsideLines()
    {
        QByteArray bytes = GoodLine;
        bytes.insert(20, QByteArray("\0\0", 2)); // inside the host name
        bytes += QByteArray("Mar 27 09:14:05 relay1 postfix/smtpd[2201]: disconnect from \0x[192.0.2.1]\n", 74);
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"nul.log"_s, bytes);
        QVERIFY(log);
        QCOMPARE(log->eventCount(), std::size_t(2));
        QCOMPARE(log->rawBytes(1).size(), 73); // the NUL is kept, not an end of line or string
    }

    void aFiftyMegabyteLine()
    {
        // shown cut with its length noted, and never copied whole into the heap (the file is mapped)
        QByteArray bytes = GoodLine;
        bytes += "Mar 27 09:14:05 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: warning: header Subject: ";
        bytes += QByteArray(50 * 1024 * 1024, 'A');
        bytes += '\n' + GoodLine;
        const QString path = write(u"huge.log"_s, bytes);
        const qsizetype hugeLine = bytes.indexOf('\n') + 1;
        bytes = QByteArray(); // not counted below
        const qint64 before = anonymousResidentBytes();
        LogCollection logs;
        QStringList errors;
        const ParsedLog* log = loadBeside(logs, path, &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(log);
        verifyLossless(*log);
        QCOMPARE(log->eventCount(), std::size_t(3));
        const qint64 length = log->file().line(1).size();
        QVERIFY(length > 50 * 1024 * 1024);
        const QString shown = log->lineText(1);
        QVERIFY(shown.size() < ParsedLog::DisplayLimit + 100);
        QVERIFY2(shown.contains(QLocale().toString(length)), qPrintable(shown.right(80)));
        QVERIFY(log->displayText(1).size() < ParsedLog::DisplayLimit + 100);
        const EventRef huge { std::uint32_t(logs.size() - 1), 1 };
        for (int column = 0; column < EventColumnCount; ++column)
            QVERIFY(eventCellText(logs, huge, EventColumn(column)).size() < ParsedLog::DisplayLimit + 100);
        QCOMPARE(log->file().lineOffset(2), hugeLine + length + 1); // the line after is intact
        QCOMPARE(log->file().line(2), QByteArrayView(GoodLine.chopped(1)));
        QVERIFY2(anonymousResidentBytes() - before < 10 * 1024 * 1024, qPrintable(QString::number(anonymousResidentBytes() - before)));
    }

    void tenMillionTinyLines()
    {
        const QByteArray bytes = QByteArray("x\n").repeated(10'000'000);
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"tiny.log"_s, bytes);
        QVERIFY(log);
        QCOMPARE(log->eventCount(), std::size_t(10'000'000));
    }

    void invalidUtf8AndMixedEncodingsInOneFile()
    {
        QByteArray bytes = GoodLine;
        bytes += "Mar 27 09:14:05 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: warning: header Subject: \xe6\x97\xa5\xe6\x9c\xac\n"; // UTF-8
        bytes += "Mar 27 09:14:06 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: warning: header Subject: \x93\xfa\x96\x7b\n"; // Shift_JIS
        bytes += "Mar 27 09:14:07 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: warning: header Subject: \xff\xfe\xc3\x28\x80\n"; // neither
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"mixed.log"_s, bytes);
        QVERIFY(log);
        QVERIFY(log->info().mixedEncodings);
        QVERIFY(log->lineText(1).endsWith(u"日本"_s));
        QVERIFY(log->lineText(2).endsWith(u"日本"_s));
        QVERIFY(!log->lineText(3).isEmpty()); // shown with replacement characters, not dropped
    }

    void crlfAndLfMixed()
    {
        const QByteArray bytes = GoodLine.chopped(1) + "\r\n" + GoodLine + GoodLine.chopped(1) + "\r\n" + "\r\n" + GoodLine.chopped(1);
        LogCollection logs;
        const ParsedLog* log = loadClean(logs, u"crlf.log"_s, bytes);
        QVERIFY(log);
        QCOMPARE(log->file().lineCount(), 5);
        for (const qsizetype line : { 0, 1, 2, 4 })
            QCOMPARE(log->file().line(line), QByteArrayView(GoodLine.chopped(1)));
        QCOMPARE(log->info().unparsed, 0);
    }

    void truncatedAndCorruptGzip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray whole = gzipMember(GoodLine.repeated(2000));
        QTest::newRow("truncated") << whole.first(whole.size() / 2);
        QByteArray corrupt = whole;
        for (qsizetype i = 100; i < 140; ++i)
            corrupt[i] = char(~corrupt[i]);
        QTest::newRow("corrupt") << corrupt;
    }

    void truncatedAndCorruptGzip()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!refusal(write(u"maillog.2.gz"_s, bytes)).isEmpty());
    }

    void aFolderOrAPipeGivenAsAFile()
    {
        // a folder named directly is read as a folder of logs; LogFile refuses one given where a file is due
        QString error;
        QVERIFY(!LogFile::open(m_dir->path(), &error));
        QVERIFY2(error.contains(m_dir->path()), qPrintable(error));
        const QString fifo = m_dir->filePath(u"pipe"_s);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!refusal(fifo).isEmpty()); // and not block on the pipe
        QFile::remove(fifo);
    }

    void permissionDenied()
    {
        const QString path = write(u"secret.log"_s, GoodLine);
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const QString error = refusal(path);
        QVERIFY2(error.contains(u"ermission"_s), qPrintable(error));
    }

    void aFileThatDisappears()
    {
        QVERIFY(!refusal(m_dir->filePath(u"gone.log"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
