#include "workspace/logfollower.h"

#include "workspace/workspace.h"
#include "workspace/workspaceloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

QByteArray queueId(int n)
{
    return "3F2A1BC0" + QByteArray::number(10 + n);
}

// The five lines of one Postfix message relayed at 09:mm, queue ID 3F2A1BC0NN.
QByteArray message(int n)
{
    const QByteArray id = queueId(n);
    const QByteArray time = "Mar 27 09:" + QByteArray::number(10 + n) + ":0";
    return time + "1 relay1 postfix/smtpd[100]: " + id + ": client=unknown[203.0.113.5]\n"
        + time + "2 relay1 postfix/cleanup[101]: " + id + ": message-id=<m" + QByteArray::number(n) + "@example.jp>\n"
        + time + "3 relay1 postfix/qmgr[102]: " + id + ": from=<a@example.jp>, size=100, nrcpt=1 (queue active)\n"
        + time + "4 relay1 postfix/smtp[103]: " + id
        + ": to=<b@example.com>, relay=mx.example.com[198.51.100.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)\n"
        + time + "5 relay1 postfix/qmgr[102]: " + id + ": removed\n";
}

bool write(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

bool append(const QString& path, const QByteArray& bytes)
{
    return write(path, bytes, QIODevice::Append);
}

// A window's loading machinery with follow mode on; each round is checked by hand (the timer is far off).
struct Following
{
    Workspace workspace;
    WorkspaceLoader loader { &workspace };
    LogFollower follower { &workspace, &loader };

    bool settle() { return QTest::qWaitFor([this] { return !loader.isBusy(); }, Timeout); }

    bool open(const QString& path)
    {
        LogParser::Options options;
        options.year = 2024;
        loader.open({ path }, options);
        if (!settle())
            return false;
        follower.setInterval(3600 * 1000);
        follower.setEnabled(true); // checks at once
        return settle();
    }

    bool poll()
    {
        follower.poll();
        return settle();
    }

    const ParsedLog& log(std::size_t n) const { return workspace.logs().log(n); }
    qsizetype lines(std::size_t n) const { return log(n).file().lineCount(); }
    // How many messages the graph has with this queue ID.
    std::size_t found(const QByteArray& id) const { return workspace.graph()->find(*workspace.strings(), id).size(); }
};

} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("maillog"));
        for (const QString& suffix : { u""_s, u".1"_s, u".2"_s })
            QFile::remove(m_path + suffix);
        QVERIFY(write(m_path, message(1)));
    }

    void shouldHoldAFileInMemoryOnceItGrows()
    {
        Following following;
        QVERIFY(following.open(m_path));
        QCOMPARE(following.workspace.logs().size(), 1u);
        QVERIFY(following.log(0).file().isMapped()); // enabling follow mode reads nothing again
        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());
        QVERIFY(!following.log(0).file().isMapped()); // so that a truncation cannot take its lines
        QCOMPARE(following.lines(0), 10);
    }

    void shouldWaitLongerAfterAChangeThatTookLong()
    {
        // Given a log that takes a while to parse, checked every millisecond at most
        QByteArray big;
        for (int n = 0; n < 4000; ++n)
            big += message(n % 50);
        QVERIFY(write(m_path, big));
        Following following;
        QVERIFY(following.open(m_path));
        following.follower.setInterval(1);
        QCOMPARE(following.follower.interval(), 1);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(append(m_path, message(1)));
        QVERIFY(following.poll());
        const qint64 took = clock.elapsed();

        // Then the next check waits four times as long as the change took to load
        QVERIFY2(took >= 5, "the change loaded too fast to tell");
        QVERIFY(following.follower.interval() > 1);
        QVERIFY(following.follower.interval() <= 4 * took);
    }

    void shouldReadAppendedLinesAndTraceThem()
    {
        Following following;
        QVERIFY(following.open(m_path));
        const QString firstLine = following.log(0).text(0);
        QCOMPARE(following.found(queueId(2)), 0u);

        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());

        QCOMPARE(following.workspace.logs().size(), 1u);
        QCOMPARE(following.lines(0), 10);
        QVERIFY(following.log(0).coversEveryLine());
        QCOMPARE(following.log(0).text(0), firstLine); // earlier events keep their places
        QCOMPARE(following.found(queueId(1)), 1u);
        QCOMPARE(following.found(queueId(2)), 1u); // the graph was built again

        QVERIFY(following.poll()); // nothing new: nothing changes
        QCOMPARE(following.lines(0), 10);
    }

    void shouldReadNothingWhenOff()
    {
        Following following;
        QVERIFY(following.open(m_path));
        following.follower.setEnabled(false);
        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());
        QCOMPARE(following.lines(0), 5);
    }

    void shouldFinishTheRenamedFileThenReadTheNewOne()
    {
        // logrotate's default: the file is renamed, a new one created; lines written just before the rename
        // were not read yet
        Following following;
        QVERIFY(following.open(m_path));
        QSignalSpy rotated(&following.follower, &LogFollower::rotated);
        QVERIFY(append(m_path, message(2)));
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
        QVERIFY(write(m_path, message(3)));

        QVERIFY(following.poll());

        QCOMPARE(rotated.count(), 1);
        QCOMPARE(following.workspace.logs().size(), 2u);
        QCOMPARE(following.lines(0), 10); // the old file to its end
        QCOMPARE(following.lines(1), 5); // the new one
        QCOMPARE(following.log(1).info().path, m_path);
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(following.found(queueId(n)), 1u); // each message once: nothing lost, nothing twice

        // Then the new file is the one followed
        QVERIFY(append(m_path, message(4)));
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 2u);
        QCOMPARE(following.lines(0), 10);
        QCOMPARE(following.lines(1), 10);
    }

    void shouldWaitForTheNewFileAfterARename()
    {
        Following following;
        QVERIFY(following.open(m_path));
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 1u);

        QVERIFY(write(m_path, message(2)));
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 2u);
        QCOMPARE(following.lines(1), 5);
    }

    void shouldTakeTheCopyWhenTruncatedInPlace_data()
    {
        QTest::addColumn<int>("messagesAfter");
        QTest::newRow("shorter than before") << 1;
        QTest::newRow("longer than before") << 4; // the size alone would look like growth
    }

    void shouldTakeTheCopyWhenTruncatedInPlace()
    {
        // logrotate's copytruncate: the file is copied, then cut to nothing and written on. Message 3 was written
        // after the last check, just before the copy: only the copy has it.
        QFETCH(int, messagesAfter);
        Following following;
        QVERIFY(following.open(m_path));
        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());
        const QString lastLine = following.log(0).text(9);
        QSignalSpy rotated(&following.follower, &LogFollower::rotated);

        QVERIFY(append(m_path, message(3)));
        QVERIFY(QFile::copy(m_path, m_path + u".1"_s));
        QVERIFY(QFile(m_path).resize(0));
        QByteArray after;
        for (int n = 0; n < messagesAfter; ++n)
            after += message(4 + n);
        QVERIFY(append(m_path, after));
        QVERIFY(following.poll());

        QCOMPARE(rotated.count(), 1);
        QCOMPARE(following.workspace.logs().size(), 2u);
        QCOMPARE(following.lines(0), 15); // from the copy, whose name it now has
        QCOMPARE(following.log(0).info().path, m_path + u".1"_s);
        QCOMPARE(following.log(0).text(9), lastLine);
        QCOMPARE(following.lines(1), 5 * messagesAfter);
        QCOMPARE(following.log(1).info().path, m_path);
        for (int n = 1; n < 4 + messagesAfter; ++n)
            QCOMPARE(following.found(queueId(n)), 1u); // nothing lost, nothing twice

        QVERIFY(following.poll()); // settled: nothing more happens
        QCOMPARE(following.workspace.logs().size(), 2u);
    }

    void shouldKeepWhatWasReadWhenTruncatedWithoutACopy()
    {
        Following following;
        QVERIFY(following.open(m_path));
        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());
        const QString lastLine = following.log(0).text(9);
        QVERIFY(QFile(m_path).resize(0));
        QVERIFY(append(m_path, message(2)));
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 2u);
        QCOMPARE(following.lines(0), 10);
        QCOMPARE(following.log(0).text(9), lastLine); // held in memory: not NULs
        QCOMPARE(following.lines(1), 5);
    }

    void shouldNotOpenAFileTwiceWhenRotationRenamesGenerations()
    {
        // Given maillog.1 and maillog open and followed
        QVERIFY(write(m_path + u".1"_s, message(0)));
        Following following;
        QVERIFY(following.open(m_path + u".1"_s));
        LogParser::Options options;
        options.year = 2024;
        following.loader.open({ m_path }, options);
        QVERIFY(following.settle());
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 2u);

        // When logrotate renames maillog.1 to maillog.2, maillog to maillog.1, and creates maillog
        QVERIFY(append(m_path, message(2)));
        QVERIFY(QFile::rename(m_path + u".1"_s, m_path + u".2"_s));
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
        QVERIFY(write(m_path, message(3)));
        QVERIFY(following.poll());

        // Then only the new maillog is opened: the new maillog.1 is the log already open
        QCOMPARE(following.workspace.logs().size(), 3u);
        QCOMPARE(following.lines(0), 5);
        QCOMPARE(following.lines(1), 10);
        QCOMPARE(following.lines(2), 5);
        for (int n = 0; n <= 3; ++n)
            QCOMPARE(following.found(queueId(n)), 1u);
        QVERIFY(following.poll());
        QCOMPARE(following.workspace.logs().size(), 3u);
    }
};

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
