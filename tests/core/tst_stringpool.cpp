// The string pool: equal strings get equal ids, ids give back their strings, the empty string is 0, and all of
// this holds while several threads intern at once and others read ids they were handed (reads take no lock).
#include "model/stringpool.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray word(int n)
{
    return "host" + QByteArray::number(n) + ".example.jp";
}

} // namespace

class TestStringPool : public QObject
{
    Q_OBJECT

private slots:
    void internAndView()
    {
        StringPool pool;
        QCOMPARE(pool.intern({}), 0u);
        QCOMPARE(pool.view(0), QByteArrayView());
        const StringPool::Id a = pool.intern("mx1.example.net");
        QVERIFY(a != 0);
        QCOMPARE(pool.intern(QByteArray("mx1.example.net")), a);
        QVERIFY(pool.intern("MX1.example.net") != a); // case matters: callers fold when they mean to
        QCOMPARE(pool.view(a), QByteArrayView("mx1.example.net"));
        QCOMPARE(pool.find("mx1.example.net"), a);
        QCOMPARE(pool.find("never"), 0u);
        // A long string (longer than the arena's first blocks) still comes back whole.
        const QByteArray longText(100'000, 'x');
        QCOMPARE(pool.view(pool.intern(longText)), QByteArrayView(longText));
        QCOMPARE(pool.size(), 4u); // "", two hosts, the long one
        // With the hash given (as InternCache gives it): the same ids, and the empty string is 0 whatever the hash.
        QCOMPARE(pool.intern("mx1.example.net", StringPool::hashOf("mx1.example.net")), a);
        QCOMPARE(pool.intern({}, StringPool::hashOf({})), 0u);
        QCOMPARE(pool.intern({}, 12345), 0u);
        QCOMPARE(pool.size(), 4u);
    }

    // Growth: hundreds of thousands of strings across every shard and many table resizes and pages.
    void manyStrings()
    {
        StringPool pool;
        std::vector<StringPool::Id> ids;
        for (int n = 0; n < 300'000; ++n)
            ids.push_back(pool.intern(word(n)));
        for (int n = 0; n < 300'000; n += 997) {
            QCOMPARE(pool.view(ids[std::size_t(n)]), QByteArrayView(word(n)));
            QCOMPARE(pool.intern(word(n)), ids[std::size_t(n)]);
        }
        QCOMPARE(pool.size(), 300'001u);

        // and what it holds counts the text, a length, a place and a hash cell per string at least (the benchmark's
        // gauge), and a place takes 4 bytes, not a 16-byte view
        std::size_t text = 0;
        for (int n = 0; n < 300'000; ++n)
            text += std::size_t(word(n).size());
        QCOMPARE(pool.bytesUsed(), text);
        const std::size_t perString = 1 + sizeof(std::uint32_t) + sizeof(std::uint64_t);
        QVERIFY(pool.memoryUsed() >= text + pool.size() * perString);
        // a table at least a quarter full (it doubles when half full), and the first tables of 64 shards
        QVERIFY(pool.memoryUsed() < text + pool.size() * (perString + 3 * sizeof(std::uint64_t)) + 64 * 1024 * sizeof(std::uint64_t));
    }

    // The per-thread cache in front of the pool: a string evicted from its slot by another still gets its id.
    void cacheGivesThePoolsIds_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("full size") << 100000;
        QTest::newRow("sized for a small file") << 10; // 64 slots
    }

    void cacheGivesThePoolsIds()
    {
        QFETCH(int, lines);
        StringPool pool;
        InternCache cache(pool, std::size_t(lines));
        std::vector<StringPool::Id> ids;
        for (int n = 0; n < 5000; ++n) // far more strings than slots: many collide
            ids.push_back(cache.intern(word(n)));
        for (int round = 0; round < 2; ++round) {
            for (int n = 0; n < 5000; ++n) {
                QCOMPARE(ids[std::size_t(n)], pool.intern(word(n)));
                QCOMPARE(cache.intern(word(n)), ids[std::size_t(n)]);
            }
        }
        QCOMPARE(cache.intern({}), 0u);
        QCOMPARE(pool.size(), 5001u);
    }

    void concurrentInternAndRead()
    {
        StringPool pool;
        constexpr int Threads = 4;
        constexpr int Words = 60'000;
        std::vector<std::vector<StringPool::Id>> ids(Threads);
        std::atomic<int> mismatches { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&, t] {
                // Overlapping ranges: every word is interned by two threads.
                for (int n = 0; n < Words; ++n) {
                    const int w = (n + t * Words / 2) % (Words * 2);
                    const StringPool::Id id = pool.intern(word(w));
                    ids[std::size_t(t)].push_back(id);
                    // Read back at once, while the other threads keep adding pages and resizing tables.
                    if (pool.view(id) != QByteArrayView(word(w)))
                        ++mismatches;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
        // The same word got the same id in every thread.
        for (int t = 1; t < Threads; ++t) {
            for (int n = 0; n < Words; n += 101) {
                const int w = (n + t * Words / 2) % (Words * 2);
                QCOMPARE(ids[std::size_t(t)][std::size_t(n)], pool.find(word(w)));
            }
        }
        QCOMPARE(pool.size(), std::size_t(Words * 2 + 1));
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
