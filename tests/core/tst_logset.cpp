#include "logset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLogSet : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddressAllFilesAsOneRowSequence()
    {
        LogSet logs;
        logs.append(LogFile::fromBytes(u"a"_s, "a1\na2\n"));
        logs.append(LogFile::fromBytes(u"empty"_s, {}));
        logs.append(LogFile::fromBytes(u"b"_s, "b1\nb2\nb3\n"));
        QCOMPARE(logs.fileCount(), 3);
        QCOMPARE(logs.rowCount(), 5);

        const QList<std::pair<qsizetype, qsizetype>> expected { { 0, 0 }, { 0, 1 }, { 2, 0 }, { 2, 1 }, { 2, 2 } };
        for (qsizetype row = 0; row < logs.rowCount(); ++row) {
            const LogSet::Location location = logs.locate(row);
            QCOMPARE(location.file, expected[row].first);
            QCOMPARE(location.line, expected[row].second);
        }
        QCOMPARE(logs.file(2).line(logs.locate(4).line), QByteArrayView("b3"));
    }

    void shouldBeEmptyAfterClear()
    {
        LogSet logs;
        logs.append(LogFile::fromBytes(u"a"_s, "a1\n"));
        logs.clear();
        QCOMPARE(logs.rowCount(), 0);
        QCOMPARE(logs.fileCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogSet)
#include "tst_logset.moc"
