// The swimlane diagram before painting: lanes and steps built from the trace of the bundled samples and of
// the seed walkthroughs, and their layout (rows, compressed waits, hit testing).
#include "swimlane/swimlanebuilder.h"
#include "swimlane/swimlanelayout.h"
#include "swimlane/swimlanetexts.h"
#include "seedlogs.h"
#include "sunmstracetesting.h"
#include "tracetesting.h"
#include "trace/tracer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList laneTitles(const Swimlane& swimlane)
{
    QStringList titles;
    for (const SwimLane& lane : swimlane.lanes)
        titles << SwimlaneTexts::laneTitle(lane);
    return titles;
}

// "0>1 connect", "2 queued": each step as its lanes and label.
QStringList describeSteps(const Swimlane& swimlane)
{
    QStringList steps;
    for (const SwimStep& step : swimlane.steps) {
        const QString lanes = step.shape == SwimStep::Shape::Box ? QString::number(step.fromLane)
                                                                 : QString::number(step.fromLane) + u'>' + QString::number(step.toLane);
        QString line = lanes + u' ' + SwimlaneTexts::stepLabel(step);
        if (step.outcome != Outcome::Unknown)
            line += u" ="_s + outcomeKey(step.outcome);
        steps << line;
    }
    return steps;
}

Swimlane swimlaneOf(const TraceFixture& fixture, std::uint32_t message)
{
    return SwimlaneBuilder::build(fixture.graph, fixture.logs, Tracer::path(fixture.graph, message));
}

} // namespace

class TestSwimlane : public QObject
{
    Q_OBJECT

private slots:
    // The bundled samples: MID 30011 through esa1, relayed to relay1 (Postfix), delivered to a mailbox host.
    void samplesTwoHops()
    {
        TraceFixture fixture;
        QVERIFY(fixture.loadSamples({ u"ironport"_s, u"postfix"_s }));
        const std::uint32_t mid = fixture.message("esa1", "30011");
        QVERIFY(mid != NoIndex);
        const Swimlane swimlane = swimlaneOf(fixture, mid);
        QCOMPARE(laneTitles(swimlane),
            (QStringList { u"client mx1.example.net"_s, u"esa1 (server)"_s, u"esa1 (internal)"_s, u"esa1 (client)"_s, u"relay1 (server)"_s,
                u"relay1 (internal)"_s, u"relay1 (client)"_s, u"mbox1.example.jp (not in the loaded logs)"_s }));
        QCOMPARE(SwimlaneTexts::laneSubtitle(swimlane.lanes[0]), u"198.51.100.40"_s);
        QStringList subtitles;
        for (const SwimLane& lane : swimlane.lanes)
            subtitles << SwimlaneTexts::laneSubtitle(lane);
        // Peers by address; MTA sides by family and the address they were seen at (esa1's listener and its
        // outgoing interface; Postfix does not log its own address).
        QCOMPARE(subtitles,
            (QStringList { u"198.51.100.40"_s, u"IronPort · 192.0.2.25"_s, u"IronPort"_s, u"IronPort · 192.0.2.25"_s, u"Postfix"_s,
                u"Postfix"_s, u"Postfix"_s, u"192.0.2.70"_s }));
        // Both sides of the relay: esa1's client side and relay1's server side each log the connection.
        QCOMPARE(describeSteps(swimlane),
            (QStringList { u"0>1 connect"_s, u"0>1 MAIL FROM:<taro@example.net>"_s, u"0>1 RCPT TO:<hanako@example.jp>"_s,
                u"0>1 RCPT TO:<k.ito@example.jp> =rejected"_s, u"0>1 DATA"_s, u"0>1 end of data"_s,
                u"2 content scan: matched all recipients for per-recipient policy DEFAULT in the inbound table"_s, u"0>1 close"_s,
                u"2 content scan: SPF: mailfrom identity taro@example.net Pass (v=spf1)"_s, u"2 queued"_s, u"3>4 connect"_s,
                u"3>4 STARTTLS"_s, u"3>4 attempt 1"_s, u"3>4 connect"_s, u"3>4 STARTTLS"_s, u"4>3 attempt 1: Delivered =delivered"_s,
                u"2 done"_s, u"3>4 MAIL FROM"_s, u"3>4 DATA"_s, u"5 queued"_s, u"7>6 attempt 1: Delivered · 250 =delivered"_s,
                u"5 done"_s, u"3>4 close"_s, u"3>4 close"_s }));
        QCOMPARE(swimlane.hops.size(), 2u);
        QVERIFY(!swimlane.hops[0].nextHopMissing); // relay1's logs are loaded
        QVERIFY(swimlane.hops[1].nextHopMissing); // the mailbox host's are not
        QCOMPARE(SwimlaneTexts::hopSummary(swimlane.hops[0]),
            u"esa1: receiving 2.0 s · processing 1.0 s · delivering 1.0 s · total 9.0 s"_s);
        // Every step keeps its lines: the first names it.
        const SwimStep& rejected = swimlane.steps[3];
        QVERIFY(fixture.logs.log(rejected.events.front().log).text(rejected.events.front().index).contains(u"k.ito@example.jp"_s));
        QCOMPARE(swimlane.stepOf(rejected.events.front()), 3);
        QCOMPARE(swimlane.stepOf({}), -1);
    }

    // Seed 000: the IronPort walkthrough from New SMTP ICID to ICID close, with the next hop's own log.
    void ironPortSeed()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SeedLogs::ironPortWalkthrough()), qPrintable(fixture.error));
        const Swimlane swimlane = swimlaneOf(fixture, fixture.message("ironport", "1536772"));
        QCOMPARE(laneTitles(swimlane),
            (QStringList { u"client 172.16.27.3"_s, u"ironport (server)"_s, u"ironport (internal)"_s, u"ironport (client)"_s,
                u"nexthop (server)"_s }));
        QCOMPARE(describeSteps(swimlane),
            (QStringList { u"0>1 connect"_s, u"0>1 MAIL FROM:<mechy3@technvc.com>"_s, u"0>1 RCPT TO:<hsumida@nvc.co.jp>"_s,
                u"0>1 DATA"_s, u"0>1 end of data"_s,
                u"2 content scan: matched all recipients for per-recipient policy 1 in the outbound table"_s, u"2 queued"_s,
                u"3>4 connect"_s, u"3>4 attempt 1"_s, u"3>4 connect"_s, u"3>4 MAIL FROM:<mechy3@technvc.com>"_s,
                u"3>4 RCPT TO:<hsumida@nvc.co.jp>"_s, u"4>3 attempt 1: Delivered =delivered"_s, u"2 done"_s, u"3>4 end of data"_s,
                u"3>4 close"_s, u"0>1 close"_s }));
        QCOMPARE(SwimlaneTexts::hopSummary(swimlane.hops[0]),
            u"ironport: receiving 4 min 29 s · processing 0 ms · delivering 1.0 s · total 6 min 49 s"_s);
    }

    // Seed 004: the Postfix bounce and the non-delivery notification it caused, drawn inside the same MTA.
    void postfixBounceSeed()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SeedLogs::postfixBounceWalkthrough()), qPrintable(fixture.error));
        const Swimlane swimlane = swimlaneOf(fixture, fixture.message("server", "222F78322B9"));
        QCOMPARE(laneTitles(swimlane),
            (QStringList { u"client mail.testfrom.co.jp"_s, u"server (server)"_s, u"server (internal)"_s, u"server (client)"_s,
                u"XXX.XXX.XX.XX (not in the loaded logs)"_s }));
        // The notification has no client: its cleanup line is a box in the server lane, not an arrow from nowhere.
        QCOMPARE(describeSteps(swimlane),
            (QStringList { u"0>1 MAIL FROM"_s, u"0>1 DATA"_s, u"2 queued"_s, u"4>3 attempt 1: Bounced =bounced"_s,
                u"2 notification"_s, u"1 DATA"_s, u"2 queued"_s, u"2 done"_s }));
        QCOMPARE(swimlane.hops.size(), 2u);
        QCOMPARE(swimlane.hops[0].deliveringMs, -1); // one line: no measurable length
    }

    // Seed 001, 21-7: three failed attempts over ten hours, then the delivery; all drawn, waits compressed.
    void sunRetriesSeed()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SunMsTraceTesting::mx1(SunMsTraceTesting::seedRetriesLog())), qPrintable(fixture.error));
        const Swimlane swimlane = swimlaneOf(fixture, fixture.message("mx1", "01IRUD7SVA3Q9UN2D4@sesta.com"));
        // The failed connects name no host; they went where the final delivery went.
        QCOMPARE(laneTitles(swimlane), (QStringList { u"mx1 (server)"_s, u"mx1 (client)"_s, u"host.some.org (not in the loaded logs)"_s }));
        QCOMPARE(describeSteps(swimlane),
            (QStringList { u"0 end of data"_s, u"2>1 attempt 1: Deferred =deferred"_s, u"2>1 attempt 2: Deferred =deferred"_s,
                u"2>1 attempt 3: Deferred =deferred"_s, u"2>1 attempt 4: Delivered · 250 =delivered"_s }));
        int retries = 0;
        for (const SwimStep& step : swimlane.steps)
            retries += step.phase == Phase::Response && step.outcome == Outcome::Deferred ? 1 : 0;
        QCOMPARE(retries, 3);
        QVERIFY(swimlane.hops[0].nextHopMissing);

        const SwimlaneLayout layout(swimlane);
        QStringList waits;
        for (const SwimlaneLayout::Break& pause : layout.breaks())
            waits << SwimlaneTexts::duration(pause.elapsedMs);
        QCOMPARE(waits, (QStringList { u"2 h 14 min"_s, u"3 h 59 min"_s, u"4 h 00 min"_s }));
        // Ten hours fit in five rows and three breaks.
        const SwimlaneLayout::Metrics& m = layout.metrics();
        QCOMPARE(layout.size().height(), layout.bodyTop() + 5 * m.rowHeight + 3 * m.breakHeight + m.margin);
    }

    // Seeds 002/003: an E-Post SMTP session as receivelog logs it, with the server's own address checks.
    void epostReceiveSeed()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SeedLogs::epostReceiveSession()), qPrintable(fixture.error));
        const Swimlane swimlane = swimlaneOf(fixture, fixture.message("MAILSV01", "B0000097586"));
        QCOMPARE(laneTitles(swimlane), (QStringList { u"client xxx.xxxx.xxx.xxx"_s, u"MAILSV01 (server)"_s, u"MAILSV01 (internal)"_s }));
        QCOMPARE(describeSteps(swimlane),
            (QStringList { u"0>1 connect · 220"_s, u"0>1 HELO/EHLO · 250"_s, u"0>1 MAIL FROM:<???????\?> · 250"_s,
                u"2 content scan: Check MAIL FROM address = ????????"_s, u"0>1 RCPT TO:<???????\?> · 250"_s,
                u"2 content scan: Check RCPT TO address = ????????"_s, u"0>1 DATA · 354"_s, u"0>1 end of data · 250"_s,
                u"0>1 close · 221"_s }));
    }

    // Seed 002's senderlog: an attempt's lines name the recipient's domain, then the MX host; all go to one lane.
    void epostSenderSeed()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SeedLogs::epostSenderLogChains()), qPrintable(fixture.error));
        const Swimlane sent = swimlaneOf(fixture, fixture.message("MAILSV01", "B0000097013"));
        QCOMPARE(laneTitles(sent), (QStringList { u"MAILSV01 (internal)"_s, u"MAILSV01 (client)"_s, u"ns1.xxx.xxx.jp (not in the loaded logs)"_s }));
        QCOMPARE(describeSteps(sent),
            (QStringList { u"0 queued"_s, u"1>2 attempt 1: to <xxx@xxx.xxx.jp>"_s, u"1>2 connect"_s, u"1>2 attempt 1 · 220"_s,
                u"1>2 HELO/EHLO xxx.xxx.jp · 250"_s, u"1>2 MAIL FROM · 250"_s, u"1>2 RCPT TO · 250"_s, u"1>2 DATA · 354"_s,
                u"1>2 close · 221"_s, u"2>1 attempt 1: Delivered =delivered"_s, u"2>1 attempt 1: Delivered =delivered"_s }));
        // Refused at RCPT TO with 550: red, and senderlog's and faillog's lines both say so.
        const Swimlane refused = swimlaneOf(fixture, fixture.message("MAILSV01", "B0000055688"));
        QCOMPARE(describeSteps(refused),
            (QStringList { u"0 queued"_s, u"1>2 connect · 220"_s, u"1>2 MAIL FROM:<xxx@xxxx.xxx.jp> · 250"_s, u"1>2 RCPT TO:<xxxx@xxxx.jp>"_s,
                u"2>1 attempt 1: Bounced · 550 =bounced"_s, u"1>2 close · 221"_s, u"2>1 attempt 1: Bounced · 550 =bounced"_s }));
    }

    void layoutAndHitTesting()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load(SunMsTraceTesting::mx1(SunMsTraceTesting::seedRetriesLog())), qPrintable(fixture.error));
        const Swimlane swimlane = swimlaneOf(fixture, fixture.message("mx1", "01IRUD7SVA3Q9UN2D4@sesta.com"));
        const SwimlaneLayout layout(swimlane);
        const SwimlaneLayout::Metrics& m = layout.metrics();
        QCOMPARE(layout.size().width(), 2 * m.margin + m.timeColumnWidth + 3 * m.laneWidth);
        QCOMPARE(layout.laneCenter(1) - layout.laneCenter(0), m.laneWidth);
        // Rows go down in step order; a break sits between the second and third.
        for (int step = 1; step < int(swimlane.steps.size()); ++step)
            QVERIFY(layout.stepY(step) > layout.stepY(step - 1));
        QCOMPARE(layout.stepRow(2).top() - layout.stepRow(1).bottom(), m.breakHeight);
        QCOMPARE(layout.stepRow(1).top() - layout.stepRow(0).bottom(), 0.0); // five seconds: no break

        // Hits: the middle of an arrow, just beside it, a box; misses: beyond the arrow's lanes, inside a break.
        const double arrowMiddle = (layout.laneCenter(1) + layout.laneCenter(2)) / 2;
        QCOMPARE(layout.stepAt({ arrowMiddle, layout.stepY(3) }), 3);
        QCOMPARE(layout.stepAt({ layout.laneCenter(2) + m.hitTolerance / 2, layout.stepY(3) }), 3);
        QCOMPARE(layout.stepAt(layout.boxRect(0).center()), 0);
        QCOMPARE(layout.stepAt({ layout.laneCenter(0), layout.stepY(3) }), -1);
        QCOMPARE(layout.stepAt({ arrowMiddle, layout.stepRow(1).bottom() + m.breakHeight / 2 }), -1);
        QCOMPARE(layout.stepAt({ arrowMiddle, 1.0 }), -1);

        // What a view shows: the rows meeting its range.
        QCOMPARE(layout.stepsBetween(0, layout.size().height()), std::make_pair(0, 5));
        QCOMPARE(layout.stepsBetween(layout.stepY(2), layout.stepY(2) + 1), std::make_pair(2, 3));
        QCOMPARE(layout.stepsBetween(layout.stepRow(1).bottom() + 1, layout.stepRow(2).top() - 1), std::make_pair(2, 2));

        // Lanes as wide as their titles need.
        SwimlaneLayout::Metrics widths;
        widths.laneWidths = { 100, 300, 150 };
        const SwimlaneLayout uneven(swimlane, widths);
        QCOMPARE(uneven.laneHeader(0).width(), 100.0);
        QCOMPARE(uneven.laneCenter(1) - uneven.laneCenter(0), 50.0 + 150.0);
        QCOMPARE(uneven.laneCenter(2) - uneven.laneCenter(1), 150.0 + 75.0);
        QCOMPARE(uneven.size().width(), 2 * widths.margin + widths.timeColumnWidth + 550);
        QCOMPARE(uneven.stepAt({ uneven.laneCenter(2) - 10, uneven.stepY(4) }), 4);
    }

    // A message with 500 recipients and 50 attempts each: 25,000 steps; a view still asks for a handful.
    void bigDiagramsStayCheap()
    {
        Swimlane swimlane;
        swimlane.lanes.resize(4);
        for (int recipient = 0; recipient < 500; ++recipient) {
            for (int attempt = 0; attempt < 50; ++attempt) {
                SwimStep step;
                step.shape = SwimStep::Shape::Arrow;
                step.fromLane = 2;
                step.toLane = 3;
                step.phase = Phase::Response;
                step.startMs = std::int64_t(attempt) * 3'600'000 + recipient * 10;
                swimlane.steps.push_back(step);
            }
        }
        std::stable_sort(swimlane.steps.begin(), swimlane.steps.end(), [](const SwimStep& a, const SwimStep& b) { return a.startMs < b.startMs; });
        const SwimlaneLayout layout(swimlane);
        QCOMPARE(layout.breaks().size(), 49u); // an hour between rounds of attempts
        const auto [first, last] = layout.stepsBetween(layout.stepY(12'345) - 100, layout.stepY(12'345) + 100);
        QVERIFY(first <= 12'345 && 12'345 < last);
        QVERIFY(last - first <= 8);
        QCOMPARE(layout.stepAt({ (layout.laneCenter(2) + layout.laneCenter(3)) / 2, layout.stepY(24'999) }), 24'999);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << u"850 ms"_s;
        QTest::newRow("seconds") << qint64(4200) << u"4.2 s"_s;
        QTest::newRow("tens of seconds") << qint64(42'400) << u"42 s"_s;
        QTest::newRow("minutes") << qint64(185'000) << u"3 min 05 s"_s;
        QTest::newRow("hours") << qint64(8'040'000) << u"2 h 14 min"_s;
        QTest::newRow("days") << qint64(3 * 86'400'000LL + 2 * 3'600'000LL) << u"3 d 2 h"_s;
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(SwimlaneTexts::duration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestSwimlane)
#include "tst_swimlane.moc"
