#include "gziptesting.h"
#include "workspace/workspaceloader.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


#include <functional>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

QString samplesFolder()
{
    return QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples");
}

// The files the samples folder expands to, in the order they are added, and their size on disk.
QStringList sampleFiles(qint64* bytes = nullptr)
{
    QStringList files;
    QDirIterator it(samplesFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (bytes) {
        *bytes = 0;
        for (const QString& file : std::as_const(files))
            *bytes += QFileInfo(file).size();
    }
    return files;
}

LogParser::Options tokyo2024()
{
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    options.year = 2024;
    return options;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Waits with millisecond steps (QTRY_ polls every 50 ms, too coarse to catch a file while it is parsed).
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = Timeout)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(1);
    }
    return true;
}

QStringList pathsOf(const Workspace& workspace)
{
    QStringList paths;
    for (std::size_t n = 0; n < workspace.logs().size(); ++n)
        paths << workspace.logs().log(n).info().path;
    return paths;
}

// A mail log of another host than the samples, to open next to them.
const QByteArray ExtraLog = "2024-03-27T11:00:00.000000+09:00 relay9 postfix/qmgr[10]: 4VbX1K2mQzz3xYq: "
                            "from=<a@example.jp>, size=10, nrcpt=1 (queue active)\n"
                            "2024-03-27T11:00:01.000000+09:00 relay9 postfix/qmgr[10]: 4VbX1K2mQzz3xYq: removed\n";

} // namespace

class TestWorkspaceLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Scratch files go into the build tree: about 50 MB of Postfix lines, so that a parse can be caught
        // and cancelled before it ends.
        m_scratch.emplace(QCoreApplication::applicationDirPath() + u"/tst_workspaceloader-XXXXXX"_s);
        QVERIFY(m_scratch->isValid());
        QByteArray block;
        for (int n = 0; block.size() < 1024 * 1024; ++n) {
            const QByteArray id = QByteArray::number(100000 + n % 90000);
            block += "2024-03-27T09:14:05.104000+09:00 relay1 postfix/smtpd[2230]: 4VbT" + id
                + "Qzz3xYp: client=esa1.example.jp[192.0.2.25]\n";
            block += "2024-03-27T09:14:06.104000+09:00 relay1 postfix/lmtp[2233]: 4VbT" + id
                + "Qzz3xYp: to=<hanako@example.jp>, relay=mbox1.example.jp[192.0.2.70]:24, delay=1.1, "
                  "dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
        }
        QDir().mkpath(QFileInfo(bigFile()).path());
        QFile big(bigFile());
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int n = 0; n < 50; ++n)
            QCOMPARE(big.write(block), block.size());
        m_block = block;
    }

    void shouldAddEveryFileInOrderAndReportTheOnesThatFail()
    {
        // Given the samples folder (with its README), one more log, a folder with a file that is no mail log and a
        // path that does not exist
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy added(&loader, &WorkspaceLoader::logsAdded);
        QSignalSpy failed(&loader, &WorkspaceLoader::fileFailed);
        QSignalSpy skipped(&loader, &WorkspaceLoader::filesSkipped);
        QSignalSpy graphReady(&loader, &WorkspaceLoader::graphReady);
        QSignalSpy progress(&loader, &WorkspaceLoader::progressChanged);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        const QString extra = m_scratch->filePath(u"relay9/maillog"_s);
        QVERIFY(writeFile(extra, ExtraLog));
        const QString notALog = m_scratch->filePath(u"other/app.log"_s);
        QVERIFY(writeFile(notALog, "worker 3 started\nworker 3 stopped\n"));
        const QString missing = m_scratch->filePath(u"missing.log"_s);

        // When they are opened
        loader.open({ samplesFolder(), extra, m_scratch->filePath(u"other"_s), missing }, tokyo2024());
        QVERIFY(loader.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);

        // Then every mail log is in the workspace in the order given, announced range by range
        qint64 sampleBytes = 0;
        QStringList expected = sampleFiles(&sampleBytes);
        const QString readme = expected.takeFirst(); // README.md sorts first and is no mail log
        QCOMPARE(QFileInfo(readme).fileName(), u"README.md"_s);
        expected << extra;
        QCOMPARE(pathsOf(workspace), expected);
        std::size_t next = 0;
        for (const QList<QVariant>& signal : std::as_const(added)) {
            QCOMPARE(signal.at(0).value<std::size_t>(), next);
            QVERIFY(signal.at(1).value<std::size_t>() > 0);
            next += signal.at(1).value<std::size_t>();
        }
        QCOMPARE(next, workspace.logs().size());
        QCOMPARE(workspace.timeline().size(), std::size_t(workspace.logs().totalEvents()));
        QCOMPARE(workspace.optionsOf(0).zone, QTimeZone("Asia/Tokyo"));
        // every file's events were merged into the timeline on a worker, none on this (the UI) thread
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(0));
        EventTimeline rebuilt;
        rebuilt.rebuild(workspace.logs());
        QCOMPARE(workspace.timeline().refs(), rebuilt.refs());
        // and the loader keeps no timeline of its own once the files are in (the workspace and its snapshot hold it)
        QCOMPARE(workspace.snapshot()->timeline.use_count(), 2);

        // and the missing path is reported by name, the file that is no mail log as skipped; the README is left out
        // without a word (a document beside the logs is expected)
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), missing);
        QVERIFY(failed.at(0).at(1).toString().contains(u"missing.log"_s));
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(skipped.at(0).at(0).toStringList(), QStringList { notALog });

        // and the graph holds the sample message that crosses Sun, IronPort and Postfix
        QCOMPARE(graphReady.count(), 1);
        const MailGraph* graph = workspace.graph();
        QVERIFY(graph);
        const std::vector<std::uint32_t> hops
            = graph->find(*workspace.strings(), "<20240327001400.1A2B@mail.example.net>");
        std::set<Family> families;
        for (const std::uint32_t m : hops)
            families.insert(graph->origins[graph->messages[m].origin].family);
        QCOMPARE(families, (std::set<Family> { Family::IronPort, Family::Postfix, Family::SunMs }));
        QVERIFY(!graph->find(*workspace.strings(), "4VbX1K2mQzz3xYq").empty());

        // and the progress counted every byte on disk, the README's and the skipped file's too, the failed file's none
        QCOMPARE(loader.bytesTotal(), sampleBytes + ExtraLog.size() + QFileInfo(notALog).size());
        QTRY_COMPARE(loader.bytesDone(), loader.bytesTotal());
        QTRY_VERIFY(progress.count() > 0);
        QVERIFY(loader.activeFiles().isEmpty());
        QVERIFY(!loader.isBusy());
    }

    void shouldCountCompressedFilesInBytesOnDisk()
    {
        // Given a rotated log: 30 MB that gzip makes a few hundred kB
        const QString path = m_scratch->filePath(u"rotated/maillog.1.gz"_s);
        QVERIFY(writeFile(path, gzipMember(m_block.repeated(30))));
        const qint64 onDisk = QFileInfo(path).size();
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);

        // When it is opened, progress counts compressed bytes (the parser counts inflated ones)
        loader.open({ path });
        qint64 mostDone = 0;
        QVERIFY(waitUntil([&] {
            mostDone = std::max(mostDone, loader.bytesDone());
            for (const WorkspaceLoader::FileProgress& file : loader.activeFiles())
                mostDone = std::max(mostDone, file.bytesDone);
            return idle.count() == 1;
        }));
        QCOMPARE(loader.bytesTotal(), onDisk);
        QVERIFY(mostDone <= onDisk);
        QCOMPARE(loader.bytesDone(), onDisk);
        QVERIFY(workspace.logs().log(0).info().compressed);
        QCOMPARE(workspace.logs().log(0).info().bytes, qint64(m_block.size()) * 30);
    }

    void shouldReloadTheSameLogs()
    {
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy reset(&loader, &WorkspaceLoader::workspaceReset);
        QSignalSpy graphReady(&loader, &WorkspaceLoader::graphReady);
        loader.open({ samplesFolder() }, tokyo2024());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);
        const QStringList paths = pathsOf(workspace);
        const qint64 events = workspace.logs().totalEvents();
        const QString lastText = workspace.logs().log(3).text(workspace.logs().log(3).eventCount() - 1);

        loader.reload();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, Timeout);

        QCOMPARE(reset.count(), 1);
        QCOMPARE(pathsOf(workspace), paths);
        QCOMPARE(workspace.logs().totalEvents(), events);
        QCOMPARE(workspace.logs().log(3).text(workspace.logs().log(3).eventCount() - 1), lastText);
        QCOMPARE(workspace.optionsOf(3).year, 2024); // each log keeps the options it was read with
        QCOMPARE(graphReady.count(), 2);
        QVERIFY(workspace.graph());
    }

    void shouldReparseOneLogWithOverrides()
    {
        // Given the Postfix sample
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy reset(&loader, &WorkspaceLoader::workspaceReset);
        QSignalSpy added(&loader, &WorkspaceLoader::logsAdded);
        const QString postfix = samplesFolder() + u"/postfix/relay1/maillog"_s;
        loader.open({ postfix, samplesFolder() + u"/ironport/esa1/mail.current"_s }, tokyo2024());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);
        QCOMPARE(workspace.logs().log(0).info().family, Family::Postfix);
        const qsizetype addedBefore = added.count();

        // When it is parsed again as a Sun log, read as EUC-JP
        LogParser::Options options = workspace.optionsOf(0);
        options.family = Family::SunMs;
        options.encoding = TextDecoding::Encoding::EucJp;
        loader.reparse(0, options);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, Timeout);

        // Then that log changed in place, with the new options kept for Reload
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), addedBefore); // no log was added
        QCOMPARE(workspace.logs().size(), std::size_t(2));
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(0)); // the timeline was rebuilt on a worker
        const SourceInfo& info = workspace.logs().log(0).info();
        QCOMPARE(info.path, postfix);
        QCOMPARE(info.family, Family::SunMs);
        QVERIFY(info.familyOverridden);
        QCOMPARE(info.encoding, TextDecoding::Encoding::EucJp);
        QVERIFY(info.encodingOverridden);
        QCOMPARE(info.unparsed, info.events); // a Sun parser understands no Postfix line
        QVERIFY(workspace.optionsOf(0).family == Family::SunMs);
        QVERIFY(workspace.optionsOf(0).encoding == TextDecoding::Encoding::EucJp);
        QCOMPARE(workspace.logs().log(1).info().family, Family::IronPort);
        QVERIFY(workspace.graph());
    }

    void shouldStopParsingWhenCancelled()
    {
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        loader.setPreviewBytes(0); // the parse itself is cancelled here; a preview's cancel has a test of its own
        QSignalSpy added(&loader, &WorkspaceLoader::logsAdded);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy graphReady(&loader, &WorkspaceLoader::graphReady);
        loader.open({ bigFile() }, tokyo2024());
        loader.open({ samplesFolder() }); // queued, then dropped by the cancel

        QVERIFY(waitUntil([&] { return !loader.activeFiles().isEmpty(); }));
        const QList<WorkspaceLoader::FileProgress> active = loader.activeFiles();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().path, bigFile());
        QCOMPARE(active.first().bytesTotal, QFileInfo(bigFile()).size());
        loader.cancel();

        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);
        QVERIFY(!loader.isBusy());
        QCOMPARE(loader.bytesTotal(), QFileInfo(bigFile()).size());
        QVERIFY(loader.bytesDone() < loader.bytesTotal());
        QCOMPARE(added.count(), 0);
        QCOMPARE(workspace.logs().size(), std::size_t(0));
        QCOMPARE(graphReady.count(), 0);

        // and it can be used again
        loader.open({ samplesFolder() + u"/sun/mail.log_current"_s });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, Timeout);
        QCOMPARE(workspace.logs().size(), std::size_t(1));
    }

    void shouldShowTheHeadOfABigFileFirst()
    {
        // Given a loader that previews the first 64 kB of files over 128 kB
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        loader.setPreviewBytes(64 * 1024);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy graphReady(&loader, &WorkspaceLoader::graphReady);
        QStringList story;
        QStringList previewLines;
        connect(&loader, &WorkspaceLoader::logsAdded, this, [&](std::size_t first, std::size_t count) {
            const ParsedLog& log = workspace.logs().log(first);
            story << u"added %1+%2 head %3"_s.arg(first).arg(count).arg(log.file().isHead());
            for (std::size_t n = 0; n < log.eventCount(); ++n)
                previewLines << log.text(n);
        });
        connect(&loader, &WorkspaceLoader::workspaceReset, this, [&] {
            story << u"reset %1 head %2"_s.arg(workspace.logs().size()).arg(workspace.logs().log(0).file().isHead());
        });

        // When the 50 MB file is opened
        loader.open({ bigFile() }, tokyo2024());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);

        // Then its head comes first, as whole lines of at most 64 kB, and the whole file takes its place
        QCOMPARE(story, (QStringList { u"added 0+1 head 1"_s, u"reset 1 head 0"_s }));
        const ParsedLog& log = workspace.logs().log(0);
        QVERIFY(previewLines.size() > 100);
        qint64 previewBytes = 0;
        for (qsizetype n = 0; n < previewLines.size(); ++n) {
            QCOMPARE(previewLines[n], log.text(std::size_t(n)));
            previewBytes += previewLines[n].size() + 1;
        }
        QVERIFY(previewBytes <= 64 * 1024);
        QVERIFY(previewBytes > 60 * 1024); // only the partial line at the cut is left for the whole file
        QCOMPARE(log.info().lines, qint64(m_block.count('\n')) * 50);
        QCOMPARE(log.info().events, log.info().lines);
        QCOMPARE(workspace.timeline().size(), std::size_t(log.info().events));
        QCOMPARE(workspace.unpreparedMerges(), std::size_t(0)); // the head's and the whole file's, both on workers
        QCOMPARE(graphReady.count(), 1);
    }

    void shouldDropThePreviewWhenTheWholeFileFails()
    {
        // Given a rotated log whose compressed data breaks off after its first 40 MB
        const QByteArray whole = gzipMember(m_block.repeated(50));
        const QString path = m_scratch->filePath(u"broken/maillog.1.gz"_s);
        QVERIFY(writeFile(path, whole.first(whole.size() * 8 / 10)));
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        loader.setPreviewBytes(64 * 1024);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy failed(&loader, &WorkspaceLoader::fileFailed);
        QStringList story;
        connect(&loader, &WorkspaceLoader::logsAdded, this, [&](std::size_t first, std::size_t count) {
            story << u"added %1+%2 head %3"_s.arg(first).arg(count).arg(workspace.logs().log(first).file().isHead());
        });
        connect(&loader, &WorkspaceLoader::workspaceReset, this, [&] { story << u"reset %1"_s.arg(workspace.logs().size()); });
        connect(&loader, &WorkspaceLoader::fileFailed, this, [&] { story << u"failed"_s; });

        // When it is opened, its intact head is shown, then taken away when the whole file cannot be read
        loader.open({ path });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);
        QCOMPARE(story, (QStringList { u"added 0+1 head 1"_s, u"reset 0"_s, u"failed"_s }));
        QVERIFY(failed.at(0).at(1).toString().contains(u"truncated"_s));
        QCOMPARE(workspace.logs().size(), std::size_t(0));
        QCOMPARE(workspace.timeline().size(), std::size_t(0));
        QVERIFY(!workspace.graph());
    }

    void shouldDropThePreviewWhenCancelled()
    {
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        loader.setPreviewBytes(64 * 1024);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy reset(&loader, &WorkspaceLoader::workspaceReset);
        loader.open({ bigFile() });
        QVERIFY(waitUntil([&] { return workspace.logs().size() == 1; }));
        QVERIFY(workspace.logs().log(0).file().isHead());

        loader.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(workspace.logs().size(), std::size_t(0));
        QVERIFY(!workspace.graph());
    }

    void shouldQueueAnOpenMadeWhileTheGraphIsBuilt()
    {
        // Given the samples, loaded up to the graph build
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QStringList story;
        const QString extra = m_scratch->filePath(u"queued/relay9/maillog"_s);
        QVERIFY(writeFile(extra, ExtraLog));
        const std::size_t sampleLogs = std::size_t(sampleFiles().size() - 1);
        bool openedDuringBuild = false;
        connect(&loader, &WorkspaceLoader::logsAdded, this, [&](std::size_t first, std::size_t count) {
            story << u"added %1+%2"_s.arg(first).arg(count);
            if (workspace.logs().size() != sampleLogs)
                return;
            // once this signal returns, the loader has moved on to the graph
            QMetaObject::invokeMethod(
                &loader,
                [&] {
                    openedDuringBuild = loader.isBusy() && !workspace.graph();
                    story << u"open"_s;
                    loader.open({ extra });
                },
                Qt::QueuedConnection);
        });
        connect(
            &loader, &WorkspaceLoader::graphReady, this, [&] { story << u"graph %1"_s.arg(workspace.logs().size()); });

        loader.open({ samplesFolder() }, tokyo2024());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);

        // Then the file opened meanwhile is added after the graph is set, and a new graph covers it
        QVERIFY2(openedDuringBuild, qPrintable(story.join(u", ")));
        QCOMPARE(story.mid(story.indexOf(u"open"_s)),
            (QStringList { u"open"_s, u"graph %1"_s.arg(sampleLogs), u"added %1+1"_s.arg(sampleLogs),
                u"graph %1"_s.arg(sampleLogs + 1) }));
        QCOMPARE(pathsOf(workspace).last(), extra);
        QVERIFY(!workspace.graph()->find(*workspace.strings(), "4VbX1K2mQzz3xYq").empty());
    }

    void shouldClearOnceTheGraphBuildEnds()
    {
        // Given the samples, loaded up to the graph build
        Workspace workspace;
        WorkspaceLoader loader(&workspace);
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        QSignalSpy reset(&loader, &WorkspaceLoader::workspaceReset);
        QStringList story;
        const std::size_t sampleLogs = std::size_t(sampleFiles().size() - 1);
        connect(&loader, &WorkspaceLoader::logsAdded, this, [&] {
            if (workspace.logs().size() == sampleLogs)
                QMetaObject::invokeMethod(
                    &loader, [&] { loader.clear(); }, Qt::QueuedConnection);
        });
        connect(
            &loader, &WorkspaceLoader::graphReady, this, [&] { story << u"graph %1"_s.arg(workspace.logs().size()); });
        connect(&loader, &WorkspaceLoader::workspaceReset, this,
            [&] { story << u"reset %1"_s.arg(workspace.logs().size()); });

        // When they are closed while the graph is built
        loader.open({ samplesFolder() }, tokyo2024());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, Timeout);

        // Then the workspace is emptied after the build, not under it
        QCOMPARE(story, (QStringList { u"graph %1"_s.arg(sampleLogs), u"reset 0"_s }));
        QVERIFY(!workspace.graph());
        QCOMPARE(workspace.timeline().size(), std::size_t(0));

        // and when idle, at once
        loader.open({ samplesFolder() + u"/sun/mail.log_current"_s });
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, Timeout);
        loader.clear();
        QCOMPARE(workspace.logs().size(), std::size_t(0));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(idle.count(), 3);
    }

    void shouldBeDestroyedCleanlyWhileBusy_data()
    {
        QTest::addColumn<int>("when");
        QTest::newRow("walking folders") << 0;
        QTest::newRow("parsing") << 1;
        QTest::newRow("building the graph") << 2;
        QTest::newRow("showing a preview") << 3;
    }

    void shouldBeDestroyedCleanlyWhileBusy()
    {
        QFETCH(int, when);
        Workspace workspace;
        auto* loader = new WorkspaceLoader(&workspace);
        QSignalSpy idle(loader, &WorkspaceLoader::idle);
        bool wasBusy = false;
        const auto destroy = [&] {
            wasBusy = loader->isBusy();
            delete loader;
            loader = nullptr;
        };
        const std::size_t sampleLogs = std::size_t(sampleFiles().size() - 1);
        if (when == 2) {
            connect(loader, &WorkspaceLoader::logsAdded, this, [&] {
                // once this signal returns, the loader has moved on to the graph
                if (workspace.logs().size() == sampleLogs)
                    QMetaObject::invokeMethod(this, destroy, Qt::QueuedConnection);
            });
        }
        if (when == 3)
            loader->setPreviewBytes(64 * 1024);
        loader->open({ when == 1 || when == 3 ? bigFile() : samplesFolder() });
        if (when == 0)
            destroy();
        if (when == 1) {
            QVERIFY(waitUntil([&] { return !loader->activeFiles().isEmpty(); }));
            destroy();
        }
        if (when == 3) {
            QVERIFY(waitUntil([&] { return workspace.logs().size() == 1; }));
            QVERIFY(workspace.logs().log(0).file().isHead());
            destroy(); // the preview must not stay as if it were the whole file
        }
        QVERIFY(waitUntil([&] { return loader == nullptr; }));
        QTest::qWait(100); // nothing the workers queued may arrive now

        QVERIFY(wasBusy);
        QCOMPARE(idle.count(), 0);
        QVERIFY(!workspace.graph());
        QCOMPARE(workspace.logs().size(), when == 2 ? sampleLogs : std::size_t(0));
    }

    void cleanupTestCase() { m_scratch.reset(); }

private:
    QString bigFile() const { return m_scratch->filePath(u"big/maillog"_s); }

    std::optional<QTemporaryDir> m_scratch;
    QByteArray m_block; // 1 MB of Postfix lines
};

QTEST_GUILESS_MAIN(TestWorkspaceLoader)
#include "tst_workspaceloader.moc"
