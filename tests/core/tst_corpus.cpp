#include "logfile.h"
#include "textdecoding.h"

#include <QDirIterator>
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
        if (!QFileInfo::exists(corpus))
            QSKIP(qPrintable(
                u"%1 is absent: the public log corpus tests need ../shared beside the repository"_s.arg(corpus)));
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
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
