#include "trace/hops.h"
#include "tracetesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString samples = QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples");
        QVERIFY2(m_fixture.loadPaths({ samples }), qPrintable(m_fixture.error));
        m_sun = m_fixture.message("sun", "20240327001400.1A2B@mail.example.net");
        m_esa1 = m_fixture.message("esa1", "30011");
        m_relay1 = m_fixture.message("relay1", "4VbT0K2mQzz3xYp");
        m_notice = m_fixture.message("sun", "0SAY00H2R1TQ5C10@mx1.example.net");
        QVERIFY(m_sun != NoIndex && m_esa1 != NoIndex && m_relay1 != NoIndex && m_notice != NoIndex);
    }

    // Sun mx1 -> IronPort esa1 (MID 30011) -> Postfix relay1 (4VbT0K2mQzz3xYp), then the route ends.
    void shouldFollowTheRouteForward()
    {
        QCOMPARE(nextHop(m_fixture.graph, m_sun), m_esa1);
        QCOMPARE(nextHop(m_fixture.graph, m_esa1), m_relay1);
        QCOMPARE(nextHop(m_fixture.graph, m_relay1), NoIndex);
    }

    void shouldFollowTheRouteBackward()
    {
        QCOMPARE(previousHop(m_fixture.graph, m_relay1), m_esa1);
        QCOMPARE(previousHop(m_fixture.graph, m_esa1), m_sun);
        QCOMPARE(previousHop(m_fixture.graph, m_sun), NoIndex);
    }

    // The Sun message's bounce notice is linked to it, but it is not a hop in either direction.
    void shouldNotTreatNotificationsAsHops()
    {
        const auto links = m_fixture.graph.linksFrom(m_sun);
        QVERIFY(std::any_of(links.begin(), links.end(),
            [this](const Link& link) { return link.type == LinkType::Notification && link.to == m_notice; }));
        QCOMPARE(previousHop(m_fixture.graph, m_notice), NoIndex);
        QCOMPARE(nextHop(m_fixture.graph, m_notice), NoIndex);
    }

    // Postfix relay1's bounced message and its non-delivery notification: linked, but not hops.
    void shouldNotTreatPostfixBouncesAsHops()
    {
        const std::uint32_t bounced = m_fixture.message("relay1", "4VbV4L0qnJz7tBN");
        const std::uint32_t notification = m_fixture.message("relay1", "4VbVBn3Yjjz7tBX");
        QVERIFY(bounced != NoIndex && notification != NoIndex);
        QCOMPARE(m_fixture.linksFrom(bounced), QStringList { u"notification>4VbVBn3Yjjz7tBX@relay1(logged)"_s });
        QCOMPARE(nextHop(m_fixture.graph, bounced), NoIndex);
        QCOMPARE(previousHop(m_fixture.graph, notification), NoIndex);
    }

private:
    TraceFixture m_fixture;
    std::uint32_t m_sun = NoIndex;
    std::uint32_t m_esa1 = NoIndex;
    std::uint32_t m_relay1 = NoIndex;
    std::uint32_t m_notice = NoIndex;
};

QTEST_GUILESS_MAIN(TestHops)
#include "tst_hops.moc"
