// IdMap, the correlators' flat hash map: the same answers as std::unordered_map through growth and erasure
// (backward-shift deletion must keep every entry findable).
#include "trace/correlate/idmap.h"

#include <QRandomGenerator>
#include <QTest>

#include <unordered_map>
#include <vector>

class TestIdMap : public QObject
{
    Q_OBJECT

private slots:
    void emptyMap()
    {
        IdMap<std::uint32_t> map;
        QVERIFY(!map.find(42));
        map.erase(42);
        QCOMPARE(map.size(), std::size_t(0));
    }

    void insertFindReplace()
    {
        IdMap<std::uint32_t> map;
        map.set(7, 70);
        QCOMPARE(*map.find(7), 70u);
        const auto [value, added] = map.emplace(7);
        QVERIFY(!added);
        QCOMPARE(*value, 70u);
        map[7] = 71;
        QCOMPARE(*map.find(7), 71u);
        QVERIFY(map.emplace(8).second);
        QCOMPARE(*map.find(8), 0u); // value-initialised
        QCOMPARE(map.size(), std::size_t(2));
    }

    // Random inserts and erases over a small key range (long probe runs, many collisions, many moves), checked
    // against std::unordered_map after every step.
    void agreesWithUnorderedMap()
    {
        QRandomGenerator random(1234);
        IdMap<std::uint32_t> map;
        std::unordered_map<std::uint64_t, std::uint32_t> reference;
        for (int step = 0; step < 200'000; ++step) {
            // keys in two families: small numbers, and (origin, id) pairs in the high and low halves
            const std::uint64_t key = step % 2 ? random.bounded(3000u) : (std::uint64_t(random.bounded(4u)) << 32 | random.bounded(800u));
            if (random.bounded(3u) == 0) {
                map.erase(key);
                reference.erase(key);
            } else {
                const std::uint32_t value = random.generate();
                map.set(key, value);
                reference[key] = value;
            }
            QCOMPARE(map.size(), reference.size());
            const std::uint64_t probe = random.bounded(3000u);
            const auto it = reference.find(probe);
            const std::uint32_t* found = map.find(probe);
            QCOMPARE(found != nullptr, it != reference.end());
            if (found)
                QCOMPARE(*found, it->second);
        }
        for (const auto& [key, value] : reference) {
            QVERIFY(map.find(key));
            QCOMPARE(*map.find(key), value);
        }
    }

    void movesValuesThatOwnMemory()
    {
        IdMap<std::vector<int>> map;
        for (int n = 0; n < 1000; ++n)
            map[std::uint64_t(n)].assign(std::size_t(n % 7 + 1), n);
        for (int n = 0; n < 1000; n += 2)
            map.erase(std::uint64_t(n));
        for (int n = 1; n < 1000; n += 2)
            QCOMPARE(*map.find(std::uint64_t(n)), std::vector<int>(std::size_t(n % 7 + 1), n));
        QCOMPARE(map.size(), std::size_t(500));
        // every entry is visited once, with its own key
        std::size_t visited = 0;
        map.forEach([&visited](std::uint64_t key, std::vector<int>& value) {
            QCOMPARE(key % 2, 1u);
            QCOMPARE(value.front(), int(key));
            ++visited;
        });
        QCOMPARE(visited, std::size_t(500));
    }
};

QTEST_GUILESS_MAIN(TestIdMap)
#include "tst_idmap.moc"
