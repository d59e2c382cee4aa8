// A load that does not fit ends cleanly (issue 21): failed allocations are recognised wherever they are thrown,
// turned into messages, and a load that looks too large is announced before it starts.
#include "outofmemory.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentMap>

#include <new>
#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;

class TestOutOfMemory : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecogniseAFailedAllocation()
    {
        QVERIFY(OutOfMemory::is(std::make_exception_ptr(std::bad_alloc())));
        QVERIFY(OutOfMemory::is(std::make_exception_ptr(std::bad_array_new_length())));
        QVERIFY(!OutOfMemory::is(std::make_exception_ptr(std::runtime_error("no"))));
    }

    void shouldRecogniseOneCarriedOverFromAWorker()
    {
        // Given a parallel map whose worker runs out of memory (as the parser's chunks run)
        std::vector<int> chunks { 1, 2, 3, 4 };
        try {
            QtConcurrent::blockingMap(chunks, [](int& chunk) {
                if (chunk == 3)
                    throw std::bad_alloc();
            });
            QFAIL("the worker's exception should reach the caller");
        } catch (...) {
            // Then what QtConcurrent rethrows (QUnhandledException) is still recognised
            QVERIFY(OutOfMemory::is(std::current_exception()));
        }
    }

    void shouldTurnItIntoAMessageAndLetOtherErrorsGoOn()
    {
        QString error;
        QVERIFY(OutOfMemory::guard([] {}, &error, [] { return u"unused"_s; }));
        QVERIFY(error.isEmpty());

        QVERIFY(!OutOfMemory::guard([] { throw std::bad_alloc(); }, &error,
            [] { return OutOfMemory::readingFile(u"/var/log/maillog"_s, 2'000'000'000); }));
        QVERIFY(error.contains(u"Not enough memory to read /var/log/maillog (2000.0 MB)"_s));

        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
            OutOfMemory::guard([] { throw std::runtime_error("a bug, not memory"); }, &error, [] { return QString(); }));
    }

    void shouldWarnBeforeALoadThatCannotFit()
    {
        // Given a log of 8 TiB (sparse: it takes no room; ext4 allows 16 TiB) and a small one
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile huge(dir.filePath(u"huge.log"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(8) << 40));
        huge.close();
        QFile small(dir.filePath(u"small.log"_s));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("Mar 27 09:14:04 mx postfix/smtpd[1]: connect from a.example[192.0.2.25]\n");
        small.close();

        // Then the huge one is announced, the small one is not
        const qint64 smallPeak = OutOfMemory::estimatedPeak(small.fileName(), small.size());
        const QString warning = OutOfMemory::estimateWarning(OutOfMemory::estimatedPeak(huge.fileName(), huge.size()) + smallPeak);
#ifdef Q_OS_LINUX
        QVERIFY2(warning.contains(u"may need about"_s), qPrintable(warning));
#endif
        QVERIFY(OutOfMemory::estimateWarning(smallPeak).isEmpty());
        // and a compressed log counts as inflated
        QVERIFY(OutOfMemory::estimatedPeak(u"maillog.1.gz"_s, 1000) > OutOfMemory::estimatedPeak(u"maillog.1"_s, 1000));
    }
};

QTEST_GUILESS_MAIN(TestOutOfMemory)
#include "tst_outofmemory.moc"
