#include "gziptesting.h"
#include "logfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>


using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

QStringList linesOf(const LogFile& file)
{
    QStringList lines;
    for (qsizetype i = 0; i < file.lineCount(); ++i)
        lines.append(QString::fromUtf8(file.line(i)));
    return lines;
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitLinesAndStripTerminators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("lf") << QByteArray("a\nbb\nccc\n") << QStringList { u"a"_s, u"bb"_s, u"ccc"_s };
        QTest::newRow("no final newline") << QByteArray("a\nbb") << QStringList { u"a"_s, u"bb"_s };
        QTest::newRow("crlf") << QByteArray("a\r\nbb\r\n") << QStringList { u"a"_s, u"bb"_s };
        QTest::newRow("crlf and lf mixed") << QByteArray("a\r\nb\nc\r\n") << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("empty lines kept") << QByteArray("a\n\n\nb\n") << QStringList { u"a"_s, u""_s, u""_s, u"b"_s };
        QTest::newRow("empty file") << QByteArray() << QStringList {};
        QTest::newRow("lone newline") << QByteArray("\n") << QStringList { u""_s };
        QTest::newRow("nul byte inside a line")
            << QByteArray("a\0b\nc\n", 6) << QStringList { QString::fromUtf8("a\0b", 3), u"c"_s };
    }

    void shouldSplitLinesAndStripTerminators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        QString error;
        const auto file = LogFile::open(writeFile(dir, u"maillog"_s, bytes), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(linesOf(*file), lines);
        QCOMPARE(file->byteSize(), bytes.size());
        QVERIFY(!file->wasCompressed());
    }

    void shouldReportLineOffsets()
    {
        const auto file = LogFile::fromBytes(u"pasted"_s, "first\nsecond\r\nthird");
        QCOMPARE(file->lineCount(), 3);
        QCOMPARE(file->lineOffset(0), 0);
        QCOMPARE(file->lineOffset(1), 6);
        QCOMPARE(file->lineOffset(2), 14);
        QCOMPARE(file->line(2), QByteArrayView("third"));
        QCOMPARE(file->path(), u"pasted"_s);
    }

    void shouldIndexManyLinesInFourBytesEach()
    {
        QByteArray bytes;
        std::vector<qint64> starts;
        for (int i = 0; i < 1000; ++i) { // several blocks of the index, lines of varied length
            starts.push_back(bytes.size());
            bytes += QByteArray(i % 37, 'x') + '\n';
        }
        const auto file = LogFile::fromBytes(u"pasted"_s, bytes);
        QCOMPARE(file->lineCount(), 1000);
        for (std::size_t i = 0; i < starts.size(); ++i)
            QCOMPARE(file->lineOffset(qsizetype(i)), starts[i]);

        LineIndex index;
        index.reserve(starts.size());
        for (const qint64 start : starts)
            index.append(start);
        QVERIFY2(index.memoryUsed() <= starts.size() * 4 + (starts.size() / 256 + 1) * 8 + 64, qPrintable(QString::number(index.memoryUsed())));
    }

    void shouldKeepLineStartsFarFromTheirBlock()
    {
        // Lines of gigabytes (binary data): a start 4 GiB or more past its block's first line is kept on its own.
        LineIndex index;
        const std::vector<qint64> starts { 0, 10, (qint64(1) << 32) - 1, qint64(1) << 32, (qint64(5) << 32) + 7, (qint64(5) << 32) + 9 };
        for (const qint64 start : starts)
            index.append(start);
        for (std::size_t i = 0; i < 300; ++i) // into the next block, whose base is near
            index.append((qint64(6) << 32) + qint64(i));
        QCOMPARE(index.size(), starts.size() + 300);
        for (std::size_t i = 0; i < starts.size(); ++i)
            QCOMPARE(index.at(i), starts[i]);
        for (std::size_t i = 0; i < 300; ++i)
            QCOMPARE(index.at(starts.size() + i), (qint64(6) << 32) + qint64(i));
        index.clear();
        QCOMPARE(index.size(), std::size_t(0));
    }

    void shouldInflateGzipIncludingConcatenatedMembers()
    {
        QTemporaryDir dir;
        const QByteArray bytes = gzipMember("May 12 21:50:55 mx1 postfix/smtpd[1]: one\n")
            + gzipMember("May 12 21:50:56 mx1 postfix/smtpd[1]: two\n");
        QString error;
        const auto file = LogFile::open(writeFile(dir, u"maillog.2.gz"_s, bytes), &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->wasCompressed());
        QCOMPARE(file->lineCount(), 2);
        QVERIFY(file->line(1).endsWith("two"));
    }

    void shouldInflateGzipIntoABlockOfItsSize()
    {
        // A rotated log of a gigabyte must not be held in a block grown by doubling: the trailer gives its size.
        QByteArray bytes;
        for (int i = 0; bytes.size() < 3'000'000; ++i)
            bytes += "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed " + QByteArray::number(i) + '\n';
        QTemporaryDir dir;
        QString error;
        const auto file = LogFile::open(writeFile(dir, u"maillog.1.gz"_s, gzipMember(bytes)), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->byteSize(), qint64(bytes.size()));
        const std::size_t lineIndex = std::size_t(file->lineCount()) * 4 * 2; // its 4 bytes a line, with slack
        QVERIFY2(file->memoryUsed() <= std::size_t(bytes.size()) + 4096 + lineIndex, qPrintable(QString::number(file->memoryUsed())));
    }

    void shouldRejectTruncatedGzipWithAClearMessage()
    {
        QTemporaryDir dir;
        QByteArray many;
        for (int i = 0; i < 2000; ++i)
            many += "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed " + QByteArray::number(i)
                + '\n';
        const QByteArray gz = gzipMember(many);
        const QString path = writeFile(dir, u"cut.gz"_s, gz.left(gz.size() / 2));
        QString error;
        QVERIFY(!LogFile::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"truncated"_s), qPrintable(error));
    }

    void shouldReadOnlyTheHeadAsWholeLines()
    {
        QTemporaryDir dir;
        QByteArray many;
        for (int i = 0; i < 2000; ++i)
            many += "Mar 27 09:14:05 relay1 postfix/qmgr[1190]: 4VbT0K2mQzz3xYp: removed " + QByteArray::number(i) + '\n';
        QString error;
        // plain: the lines that fit in 1000 bytes, the one cut there left out
        auto head = LogFile::openHead(writeFile(dir, u"maillog"_s, many), 1000, &error);
        QVERIFY2(head, qPrintable(error));
        QVERIFY(head->isHead());
        const qsizetype whole = many.first(1000).lastIndexOf('\n') + 1;
        QCOMPARE(head->byteSize(), whole);
        QCOMPARE(head->lineCount(), many.first(whole).count('\n'));
        QVERIFY(head->line(head->lineCount() - 1).endsWith(QByteArray("removed " + QByteArray::number(head->lineCount() - 1))));
        // compressed, and broken off after its first half: the head is intact
        const QByteArray gz = gzipMember(many);
        head = LogFile::openHead(writeFile(dir, u"cut.gz"_s, gz.left(gz.size() / 2)), 1000, &error);
        QVERIFY2(head, qPrintable(error));
        QVERIFY(head->wasCompressed());
        QCOMPARE(head->byteSize(), whole);
        // a first line longer than the head is kept whole; a file smaller than the head is all there
        head = LogFile::openHead(writeFile(dir, u"long"_s, QByteArray(5000, 'x') + "\nnext\n"), 1000, &error);
        QCOMPARE(head->lineCount(), 1);
        QCOMPARE(head->line(0).size(), 5000);
        head = LogFile::openHead(writeFile(dir, u"small"_s, "one\ntwo"), 1000, &error);
        QCOMPARE(head->lineCount(), 2);
        QVERIFY(!LogFile::open(dir.filePath(u"small"_s), &error)->isHead());
    }

    void shouldExplainMissingFilesAndFolders()
    {
        QTemporaryDir dir;
        QString error;
        const QString missing = dir.filePath(u"nope.log"_s);
        QVERIFY(!LogFile::open(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));

        QVERIFY(!LogFile::open(dir.path(), &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    }

    void shouldRefusePipesInsteadOfWaitingOnThem()
    {
        // opening a FIFO for reading blocks until a writer comes: it must be refused before that
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"maillog.fifo"_s);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString error;
        QVERIFY(!LogFile::open(fifo, &error));
        QVERIFY2(error.contains(fifo) && error.contains(u"not a regular file"_s), qPrintable(error));
    }

    void shouldReadNulsWhereAFileShrankUnderItsMapping()
    {
        // logrotate's copytruncate empties the file we have mapped: reading past its new end must not end the
        // process (SIGBUS), and the file must say it changed
        QTemporaryDir dir;
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "Mar 27 09:00:00 relay1 postfix/qmgr[1]: line " + QByteArray::number(i) + '\n';
        const QString path = writeFile(dir, u"maillog"_s, bytes);
        QString error;
        const auto file = LogFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->lineCount(), 20000);
        QVERIFY(!file->changedWhileOpen());
        QFile truncate(path);
        QVERIFY(truncate.resize(100));
        QVERIFY(file->changedWhileOpen()); // seen from the file's size already
        const QByteArrayView last = file->line(19999);
        QCOMPARE(last.size(), bytes.size() - file->lineOffset(19999)); // its newline is a NUL now too
        QVERIFY(std::all_of(last.begin(), last.end(), [](char c) { return c == 0; }));
        QCOMPARE(file->line(0), QByteArrayView("Mar 27 09:00:00 relay1 postfix/qmgr[1]: line 0")); // the page still in the file
    }

    void shouldKeepReadingAFileDeletedWhileOpen()
    {
        // a rotation by rename or deletion leaves the mapped file whole: nothing changed for us
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"maillog"_s, "first\nsecond\n");
        QString error;
        const auto file = LogFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(QFile::remove(path));
        writeFile(dir, u"maillog"_s, "a new, shorter\n"); // the next file under the same name
        QVERIFY(!file->changedWhileOpen());
        QCOMPARE(linesOf(*file), QStringList({ u"first"_s, u"second"_s }));
    }

    void shouldNameFilesSoThatEPostDaysStayApart_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("syslog") << u"/var/log/maillog.1"_s << u"maillog.1"_s;
        QTest::newRow("ironport") << u"/logs/esa1/mail.@20240327T091500.s"_s << u"mail.@20240327T091500.s"_s;
        QTest::newRow("e-post day") << u"C:/mail/acceptlog/MAILSV01/240327.log"_s << u"acceptlog/MAILSV01/240327.log"_s;
        QTest::newRow("day file alone") << u"240327.log"_s << u"240327.log"_s;
    }

    void shouldNameFilesSoThatEPostDaysStayApart()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(LogFile::fromBytes(path, "x\n")->displayName(), name);
    }

    void shouldReadCompressedResources()
    {
        // Bundled samples live in the resources, which cannot always be memory-mapped.
        QString error;
        const auto file = LogFile::open(u":/maillane/samples/postfix/relay1/maillog"_s, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->lineCount() > 10);
        QVERIFY(file->line(0).contains("postfix/"));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
