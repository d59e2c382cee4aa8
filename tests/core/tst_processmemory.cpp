// The process's memory gauges and the release of freed memory after a load (issue 21: no freed scratch left
// resident).
#include "processmemory.h"

#include <QTest>

#include <memory>
#include <vector>

class TestProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveFreedScratchBack()
    {
        // Given 96 MiB of 60 KiB blocks (below the size that gets a mapping of its own) freed between small
        // blocks that stay: a load's scratch between its results, holes the allocator does not give back by itself
        constexpr std::size_t Blocks = 96 * 1024 / 60;
        constexpr std::size_t BlockBytes = 60 * 1024;
        std::vector<std::unique_ptr<char[]>> scratch(Blocks);
        std::vector<std::unique_ptr<char[]>> kept(Blocks);
        for (std::size_t i = 0; i < Blocks; ++i) {
            scratch[i] = std::make_unique<char[]>(BlockBytes);
            std::fill_n(scratch[i].get(), BlockBytes, char(i));
            kept[i] = std::make_unique<char[]>(16);
        }
        scratch.clear();
        const qint64 before = anonymousResidentBytes();

        // When the freed memory is released
        releaseFreedMemory();

        // Then most of it leaves the process (with glibc's allocator; a sanitizer's has no such call)
        const qint64 after = anonymousResidentBytes();
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(before - after > 48 * 1024 * 1024, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
#else
        QVERIFY(after <= before + 1024 * 1024);
#endif
        QCOMPARE(kept.size(), Blocks);
    }

    void shouldGiveBigBlocksBackWhenFreed()
    {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        // Given the setting, and a first big block freed (after which glibc would keep blocks of its size)
        returnBigBlocksWhenFreed();
        constexpr std::size_t Bytes = 24 * 1024 * 1024;
        const auto touched = [] {
            auto block = std::make_unique<char[]>(Bytes);
            std::fill_n(block.get(), Bytes, char(1));
            return block;
        };
        touched().reset();
        const qint64 before = anonymousResidentBytes();

        // When a second one is allocated, written and freed
        touched().reset();

        // Then it left the process too
        const qint64 after = anonymousResidentBytes();
        QVERIFY2(after - before < 4 * 1024 * 1024, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
#else
        QSKIP("only glibc's allocator has this setting (a sanitizer replaces it)");
#endif
    }

    void shouldTellTheMemoryLeft()
    {
#ifdef Q_OS_LINUX
        const qint64 available = availableMemoryBytes();
        QVERIFY(available > 0);
        QVERIFY(anonymousResidentBytes() > 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
