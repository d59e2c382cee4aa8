#include "logfile.h"
#include "sharedtesting.h"
#include "model/logcollection.h"
#include "parsing/logparser.h"
#include "textdecoding.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Reads the public sample logs in ../shared/corpus (real, sanitised logs of other projects) and checks that
// every line is accounted for. Skips only when the shared folder is absent (a clone outside the workspace).
class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyCorpusLineShouldBeKept_data()
    {
        QTest::addColumn<QString>("path");
        const QString corpus = QStringLiteral(MAILLANE_SHARED_DIR "/corpus");
        MAILLANE_REQUIRE_SHARED(corpus);
        QDirIterator it(corpus, { u"*.log"_s }, QDir::Files | QDir::Hidden,
            QDirIterator::Subdirectories); // crowdsec keeps its logs in .tests/
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(corpus.size() + 1))) << path;
            ++files;
        }
        QVERIFY2(files >= 10, "the corpus should hold the IronPort and Postfix sample logs");
    }

    void everyCorpusLineShouldBeKept()
    {
        QFETCH(QString, path);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        const qsizetype expectedLines = bytes.count('\n') + (!bytes.isEmpty() && !bytes.endsWith('\n') ? 1 : 0);

        QString error;
        const auto file = LogFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->lineCount(), expectedLines);
        qsizetype coveredBytes = 0;
        for (qsizetype i = 0; i < file->lineCount(); ++i) {
            const QByteArrayView line = file->line(i);
            coveredBytes += line.size();
            // The corpora are UTF-8/ASCII: nothing may fall back to Latin-1.
            QCOMPARE(TextDecoding::decodeLine(line).encoding, TextDecoding::Encoding::Utf8);
        }
        // Lines plus their terminators make up the whole file.
        const qsizetype terminators = bytes.count('\n') + bytes.count("\r\n");
        QCOMPARE(coveredBytes + terminators, bytes.size());
    }

    // Every corpus log is recognised as its family and has no unparsed line (issue 3's acceptance).
    void everyCorpusLogShouldParse_data() { everyCorpusLineShouldBeKept_data(); }
    void everyCorpusLogShouldParse()
    {
        QFETCH(QString, path);
        const Family expected = path.contains(u"cisco-esa"_s) ? Family::IronPort : Family::Postfix;
        LogCollection logs;
        const auto report = logs.load({ path });
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(logs.size(), std::size_t(1));
        const ParsedLog& log = logs.log(0);
        QCOMPARE(log.info().family, expected);
        QCOMPARE(log.info().encoding, TextDecoding::Encoding::Utf8);
        for (std::size_t i = 0; i < log.eventCount(); ++i)
            QVERIFY2(log.event(i).kind != EventKind::Unparsed, qPrintable(log.text(i)));
        QCOMPARE(log.info().unparsed, 0);
        QCOMPARE(log.info().events, log.info().lines);
    }

    // The cribl sample gives each line's epoch time; the file's preamble says "Time offset from UTC: -21600
    // seconds", which must be applied to its wall-clock timestamps.
    void ironPortTimesFollowTheDeclaredOffset()
    {
        const QString dir = QStringLiteral(MAILLANE_SHARED_DIR "/corpus/cribl-cisco-esa-mailtext");
        MAILLANE_REQUIRE_SHARED(dir);
        QFile json(dir + u"/data/samples/sTAFXQ.json"_s);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();
        LogCollection logs;
        logs.load({ dir + u"/Cisco_ESA_mailtext_clean_sample.derived.log"_s });
        QCOMPARE(logs.size(), std::size_t(1));
        const ParsedLog& log = logs.log(0);
        QCOMPARE(qsizetype(log.eventCount()), expected.size());
        QVERIFY(log.info().zoneFromLog);
        for (std::size_t i = 0; i < log.eventCount(); ++i) {
            const qint64 want = expected[qsizetype(i)].toObject().value(u"_time"_s).toInteger();
            QCOMPARE(log.event(i).utcMs / 1000, want);
            QCOMPARE(log.event(i).offsetMinutes(), -360);
        }
    }

    // datadog's Postfix samples, each a full syslog line with the process and pid expected.
    void datadogSamplesParse()
    {
        QFile yaml(QStringLiteral(MAILLANE_SHARED_DIR "/corpus/datadog-integrations-core/postfix/assets/logs/postfix_tests.yaml"));
        MAILLANE_REQUIRE_SHARED(yaml.fileName());
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QByteArray lines;
        QList<QByteArray> processes;
        for (const QByteArray& raw : yaml.readAll().split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith("sample: \""))
                lines += line.mid(9, line.size() - 10) + '\n';
            else if (line.startsWith("process: \""))
                processes << line.mid(10, line.size() - 11);
        }
        LogParser::Options options;
        options.zone = QTimeZone::UTC;
        const auto log = LogParser::parse(LogFile::fromBytes(u"datadog"_s, lines), std::make_shared<StringPool>(), options);
        QCOMPARE(log->info().family, Family::Postfix);
        QCOMPARE(qsizetype(log->eventCount()), processes.size());
        QVERIFY(processes.size() >= 6);
        for (std::size_t i = 0; i < log->eventCount(); ++i) {
            QVERIFY(log->event(i).kind != EventKind::Unparsed && log->event(i).kind != EventKind::Other);
            QCOMPARE(log->strings().view(log->programOf(i)), QByteArrayView(processes[qsizetype(i)]));
        }
    }
};

MAILLANE_SHARED_TEST_MAIN(TestCorpus)
#include "tst_corpus.moc"
