#include "navigationhistory.h"

#include <QTest>

namespace {

EventRef at(std::uint32_t index, std::uint32_t log = 0)
{
    return EventRef { log, index };
}

} // namespace

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartEmpty()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.current().isValid());
        QVERIFY(!history.back().isValid());
        QVERIFY(!history.forward().isValid());
    }

    void shouldGoBackAndForwardThroughVisits()
    {
        NavigationHistory history;
        history.visit(at(1));
        QVERIFY(!history.canGoBack());
        history.visit(at(2));
        history.visit(at(3, 1));
        QCOMPARE(history.current(), at(3, 1));
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());

        QCOMPARE(history.back(), at(2));
        QCOMPARE(history.back(), at(1));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), at(1)); // nowhere to go: stays
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forward(), at(2));
        QCOMPARE(history.forward(), at(3, 1));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.forward(), at(3, 1));
        QCOMPARE(history.current(), at(3, 1));
    }

    void shouldDropTheForwardPartOnVisit()
    {
        NavigationHistory history;
        history.visit(at(1));
        history.visit(at(2));
        history.visit(at(3));
        history.back();
        history.back();
        history.visit(at(4));
        QCOMPARE(history.current(), at(4));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history.back(), at(1));
    }

    void shouldIgnoreVisitsEqualToCurrentAndInvalidEvents()
    {
        NavigationHistory history;
        history.visit(at(1));
        history.visit(at(1));
        history.visit(EventRef());
        QCOMPARE(history.size(), std::size_t(1));
        QVERIFY(!history.canGoBack());
        // Revisiting the current entry after going back keeps the forward part.
        history.visit(at(2));
        history.back();
        history.visit(at(1));
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forward(), at(2));
        // An entry equal to one further back is a new visit.
        history.visit(at(1));
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history.back(), at(2));
    }

    void shouldDropTheOldestEntriesBeyondTheLimit()
    {
        NavigationHistory history;
        const auto total = std::uint32_t(NavigationHistory::Limit + 20);
        for (std::uint32_t i = 0; i < total; ++i)
            history.visit(at(i));
        QCOMPARE(history.size(), NavigationHistory::Limit);
        QCOMPARE(history.current(), at(total - 1));
        EventRef oldest;
        while (history.canGoBack())
            oldest = history.back();
        QCOMPARE(oldest, at(20));
        // Forward still reaches the newest entry.
        while (history.canGoForward())
            history.forward();
        QCOMPARE(history.current(), at(total - 1));
    }

    void shouldForgetEverythingOnClear()
    {
        NavigationHistory history;
        history.visit(at(1));
        history.visit(at(2));
        history.back();
        history.clear();
        QCOMPARE(history.size(), std::size_t(0));
        QVERIFY(!history.current().isValid());
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        history.visit(at(5));
        QCOMPARE(history.current(), at(5));
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
