#include "outcomepalette.h"
#include "prefixtranslator.h"
#include "tracemodel.h"
#include "tracetesting.h"
#include "trace/messagesummary.h"
#include "trace/tracer.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ItemType = TraceModel::ItemType;

ItemType typeOf(const QModelIndex& index)
{
    return ItemType(index.data(TraceModel::ItemTypeRole).toInt());
}

std::uint32_t messageOf(const QModelIndex& index)
{
    return index.data(TraceModel::MessageRole).toUInt();
}

// The types of an item's children, in row order.
QList<ItemType> childTypes(const TraceModel& model, const QModelIndex& parent)
{
    QList<ItemType> types;
    for (int row = 0; row < model.rowCount(parent); ++row)
        types << typeOf(model.index(row, 0, parent));
    return types;
}

// The first child of parent of the given type whose text starts with prefix (invalid if none).
QModelIndex child(const TraceModel& model, const QModelIndex& parent, ItemType type, const QString& prefix = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (typeOf(index) == type && index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

// The tree's structure, independent of the language: "type/message" per item, indented by depth.
void describe(const TraceModel& model, const QModelIndex& parent, int depth, QStringList* out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        *out << QString(depth, u' ') + QString::number(int(typeOf(index))) + u'/' + QString::number(messageOf(index));
        describe(model, index, depth + 1, out);
    }
}

QString lineOf(const LogCollection& logs, EventRef ref)
{
    return logs.log(ref.log).text(ref.index);
}

} // namespace

class TestTraceModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString samples = QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples");
        QVERIFY2(m_samples.loadPaths({ samples }), qPrintable(m_samples.error));
        m_sun = m_samples.message("sun", "20240327001400.1A2B@mail.example.net");
        m_esa1 = m_samples.message("esa1", "30011");
        m_relay1 = m_samples.message("relay1", "4VbT0K2mQzz3xYp");
        m_notice = m_samples.message("sun", "0SAY00H2R1TQ5C10@mx1.example.net");
        m_bounced = m_samples.message("relay1", "4VbV4L0qnJz7tBN");
        m_bounceNotification = m_samples.message("relay1", "4VbVBn3Yjjz7tBX");
        QVERIFY(m_sun != NoIndex && m_esa1 != NoIndex && m_relay1 != NoIndex && m_notice != NoIndex);
        QVERIFY(m_bounced != NoIndex && m_bounceNotification != NoIndex);
    }

    void init()
    {
        m_model = std::make_unique<TraceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    // Sun mx1 -> IronPort esa1 -> Postfix relay1, then the Sun bounce notice: one hop each, in path order.
    void shouldShowOneHopPerPathMessage()
    {
        const std::vector<std::uint32_t> found = m_samples.find("4VbT0K2mQzz3xYp");
        QCOMPARE(found, std::vector<std::uint32_t> { m_relay1 });
        traceSample(m_relay1);

        QCOMPARE(m_model->path(), (std::vector<std::uint32_t> { m_sun, m_esa1, m_relay1, m_notice }));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(TraceModel::ColumnCount));
        QStringList hops;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex hop = m_model->index(row, TraceModel::ItemColumn);
            QCOMPARE(typeOf(hop), ItemType::Hop);
            const std::uint32_t message = m_model->path()[std::size_t(row)];
            QCOMPARE(messageOf(hop), message);
            QCOMPARE(m_model->messageAt(hop), message);
            QCOMPARE(m_model->eventAt(hop), MessageSummary::firstEvent(m_samples.graph, message));
            hops << hop.data().toString();
        }
        QCOMPARE(hops,
            (QStringList { u"1. sun · Sun Messaging Server · Message-ID <20240327001400.1A2B@mail.example.net> — Bounced"_s,
                u"2. esa1 · IronPort · MID 30011 — Delivered"_s, u"3. relay1 · Postfix · Queue ID 4VbT0K2mQzz3xYp — Delivered"_s,
                u"4. sun · Sun Messaging Server · Message-ID <0SAY00H2R1TQ5C10@mx1.example.net> — Delivered"_s }));
        QCOMPARE(m_model->index(1, TraceModel::TimeColumn).data().toString(), u"09:14:02"_s); // all on one day
        QCOMPARE(m_model->headerData(TraceModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
        QCOMPARE(m_model->hopIndex(m_esa1), m_model->index(1, 0));
        QVERIFY(!m_model->hopIndex(m_bounced).isValid());
    }

    void shouldMarkTheFocusHopBold()
    {
        traceSample(m_esa1);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QVariant font = m_model->index(row, 0).data(Qt::FontRole);
            QCOMPARE(font.isValid() && font.value<QFont>().bold(), row == 1);
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setFocus(m_relay1);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!m_model->index(1, 0).data(Qt::FontRole).isValid());
        QVERIFY(m_model->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    // connection -> message -> recipients -> next hop -> previous hop, as esa1 handled the mail.
    void shouldListTheStepsOfAHopInOrder()
    {
        traceSample(m_relay1);
        const QModelIndex esa1 = m_model->hopIndex(m_esa1);
        QCOMPARE(childTypes(*m_model, esa1),
            (QList<ItemType> { ItemType::Connection, ItemType::Message, ItemType::Recipient, ItemType::Recipient, ItemType::Link, ItemType::Link }));
        QStringList texts;
        for (int row = 0; row < m_model->rowCount(esa1); ++row)
            texts << m_model->index(row, 0, esa1).data().toString();
        QCOMPARE(texts,
            (QStringList { u"Connection from mx1.example.net[198.51.100.40] · ICID 880412"_s,
                u"From taro@example.net · Message-ID <20240327001400.1A2B@mail.example.net> · Subject Quarterly figures (FY2023 Q4) · 48,213 byte(s)"_s,
                u"To hanako@example.jp — Delivered"_s, u"To k.ito@example.jp — Rejected"_s,
                u"Next hop: relay1 · Postfix · Queue ID 4VbT0K2mQzz3xYp"_s,
                u"Previous hop: sun · Sun Messaging Server · Message-ID <20240327001400.1A2B@mail.example.net>"_s }));
        // A Sun connection is named by the thread its lines give (read from them, not kept).
        const QModelIndex sun = m_model->hopIndex(m_sun);
        QCOMPARE(childTypes(*m_model, sun).value(0), ItemType::Connection);
        const QString sunConnection = m_model->index(0, 0, sun).data().toString();
        QVERIFY2(sunConnection.startsWith(u"Connection from "_s) && sunConnection.endsWith(u" · Process 5d21.5"_s),
            qPrintable(sunConnection));
        // The connection item jumps to the connection's first line, the message item to the message's.
        QVERIFY(lineOf(m_samples.logs, m_model->eventAt(m_model->index(0, 0, esa1))).contains(u"New SMTP ICID 880412"));
        QCOMPARE(m_model->eventAt(m_model->index(1, 0, esa1)), MessageSummary::firstEvent(m_samples.graph, m_esa1));
        // Every item of a hop belongs to its message, except links: they name the other message.
        for (int row = 0; row < 4; ++row)
            QCOMPARE(m_model->messageAt(m_model->index(row, 0, esa1)), m_esa1);
    }

    void shouldLinkToTheNextAndPreviousHops()
    {
        traceSample(m_relay1);
        const QModelIndex next = child(*m_model, m_model->hopIndex(m_esa1), ItemType::Link, u"Next hop:"_s);
        QVERIFY(next.isValid());
        QCOMPARE(messageOf(next), m_relay1);
        QCOMPARE(m_model->eventAt(next), MessageSummary::firstEvent(m_samples.graph, m_relay1));
        QCOMPARE(next.data(TraceModel::EventRole).value<EventRef>(), MessageSummary::firstEvent(m_samples.graph, m_relay1));
        QCOMPARE(next.data(TraceModel::OutcomeRole).toInt(), -1);

        const QModelIndex previous = child(*m_model, m_model->hopIndex(m_relay1), ItemType::Link, u"Previous hop:"_s);
        QCOMPARE(previous.data().toString(), u"Previous hop: esa1 · IronPort · MID 30011"_s);
        QCOMPARE(messageOf(previous), m_esa1);
        // The Sun notice and its message point at each other.
        const QModelIndex notice = child(*m_model, m_model->hopIndex(m_sun), ItemType::Link, u"Notification:"_s);
        QCOMPARE(messageOf(notice), m_notice);
        QCOMPARE(messageOf(child(*m_model, m_model->hopIndex(m_notice), ItemType::Link, u"Notification for:"_s)), m_sun);
    }

    // relay1 hands the mail to mbox1 by LMTP, whose logs are not loaded; esa1's next hop is known.
    void shouldNoteAMissingNextHop()
    {
        traceSample(m_relay1);
        const QModelIndex relay1 = m_model->hopIndex(m_relay1);
        const QModelIndex note = m_model->index(m_model->rowCount(relay1) - 1, 0, relay1);
        QCOMPARE(typeOf(note), ItemType::Note);
        QCOMPARE(note.data().toString(), u"Next hop not in loaded logs"_s);
        QVERIFY(!note.data(TraceModel::EventRole).isValid());
        QVERIFY(!m_model->eventAt(note).isValid());
        QVERIFY(!child(*m_model, m_model->hopIndex(m_esa1), ItemType::Note).isValid());
        QVERIFY(!child(*m_model, m_model->hopIndex(m_notice), ItemType::Note).isValid()); // delivered into a local store
    }

    // 4VbV4L0qnJz7tBN on relay1 (postfix-out): deferred, then bounced, then its non-delivery notification.
    void shouldShowEachDeliveryAttemptAndTheBounceNotification()
    {
        traceSample(m_bounced);
        QCOMPARE(m_model->path(), (std::vector<std::uint32_t> { m_bounced, m_bounceNotification }));
        const QModelIndex hop = m_model->hopIndex(m_bounced);
        const QModelIndex recipient = child(*m_model, hop, ItemType::Recipient);
        QCOMPARE(recipient.data().toString(), u"To k.watanabe@partner.example — Bounced"_s);
        QCOMPARE(recipient.data(TraceModel::OutcomeRole).toInt(), int(Outcome::Bounced));

        const Recipient& r = m_samples.graph.recipientsOf(m_samples.graph.messages[m_bounced]).front();
        QCOMPARE(std::size_t(m_model->rowCount(recipient)), m_samples.graph.attemptsOf(r).size());
        QCOMPARE(m_model->rowCount(recipient), 2);
        const QModelIndex deferred = m_model->index(0, 0, recipient);
        const QModelIndex bounced = m_model->index(1, 0, recipient);
        QCOMPARE(childTypes(*m_model, recipient), (QList<ItemType> { ItemType::Attempt, ItemType::Attempt }));
        QCOMPARE(deferred.data(TraceModel::OutcomeRole).toInt(), int(Outcome::Deferred));
        QCOMPARE(bounced.data(TraceModel::OutcomeRole).toInt(), int(Outcome::Bounced));
        // Where it went, then the reply, which ends the item (a cut in the middle keeps the ID a reply names).
        QVERIFY(deferred.data().toString().startsWith(
            u"Attempt 1 · Deferred · mx.partner.example[203.0.113.50] · host mx.partner.example[203.0.113.50] said: 451 4.7.0"));
        const QString text = bounced.data().toString();
        QVERIFY2(text.startsWith(u"Attempt 2 · Bounced · mx.partner.example[203.0.113.50] · host mx.partner.example[203.0.113.50] "
                                 u"said: 550 5.1.1 <k.watanabe@partner.example>"),
            qPrintable(text));
        QVERIFY2(text.endsWith(u"…"), qPrintable(text)); // the long reply is shortened
        QCOMPARE(bounced.siblingAtColumn(TraceModel::TimeColumn).data().toString(), u"10:08:13"_s);

        // The attempt jumps to its delivery line.
        const QString line = lineOf(m_samples.logs, m_model->eventAt(bounced));
        QVERIFY2(line.contains(u"postfix-out/smtp[3040]: 4VbV4L0qnJz7tBN: to=<k.watanabe@partner.example>") && line.contains(u"status=bounced"),
            qPrintable(line));
        QCOMPARE(m_model->eventAt(recipient), m_model->eventAt(bounced)); // the line that decided its fate

        const QModelIndex notification = child(*m_model, hop, ItemType::Link, u"Notification: "_s);
        QVERIFY(notification.isValid());
        QCOMPARE(notification.data().toString(), u"Notification: relay1 (postfix-out) · Postfix · Queue ID 4VbVBn3Yjjz7tBX"_s);
        QCOMPARE(messageOf(notification), m_bounceNotification);
        QVERIFY(lineOf(m_samples.logs, m_model->eventAt(notification)).contains(u"4VbVBn3Yjjz7tBX: message-id="));
        const QModelIndex message = child(*m_model, m_model->hopIndex(m_bounceNotification), ItemType::Message);
        QVERIFY(message.data().toString().startsWith(u"From <> (null sender) · Message-ID <4VbVBn3Yjjz7tBX@relay1.example.jp>"));
    }

    void shouldColourItemsByOutcome()
    {
        traceSample(m_bounced);
        const QModelIndex hop = m_model->hopIndex(m_bounced);
        const QModelIndex recipient = child(*m_model, hop, ItemType::Recipient);
        const QPalette palette = QGuiApplication::palette();
        const QColor red = recipient.data(Qt::ForegroundRole).value<QColor>();
        const QColor amber = m_model->index(0, 0, recipient).data(Qt::ForegroundRole).value<QColor>();
        const QColor green = m_model->hopIndex(m_bounceNotification).data(Qt::ForegroundRole).value<QColor>();
        QCOMPARE(red, OutcomePalette::text(Outcome::Bounced, palette));
        QCOMPARE(amber, OutcomePalette::text(Outcome::Deferred, palette));
        QCOMPARE(green, OutcomePalette::text(Outcome::Delivered, palette));
        QCOMPARE(red.hslHue(), 0);
        QVERIFY(amber.hslHue() > 20 && amber.hslHue() < 60);
        QCOMPARE(green.hslHue(), 120);
        QVERIFY(!child(*m_model, hop, ItemType::Message).data(Qt::ForegroundRole).isValid());
    }

    void shouldKeepOutcomeColoursReadableOnDarkAndLightBases()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        for (const Outcome outcome : { Outcome::Delivered, Outcome::Deferred, Outcome::Bounced, Outcome::Rejected, Outcome::Expired }) {
            QVERIFY(OutcomePalette::text(outcome, light).lightness() < 128);
            QVERIFY(OutcomePalette::text(outcome, dark).lightness() > 128);
            QCOMPARE(OutcomePalette::text(outcome, light).hslHue(), OutcomePalette::text(outcome, dark).hslHue());
        }
        QVERIFY(!OutcomePalette::text(Outcome::Unknown, light).isValid());
    }

    // Log text is plain text everywhere: as shown, and escaped inside the tooltip's markup.
    void shouldShowLogTextAsPlainText()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "mx/maillog",
                     "Mar 27 10:00:01 mx postfix/qmgr[42]: 4VbXz0000AAA: from=<a@sender.example>, size=1300, nrcpt=1 (queue active)\n"
                     "Mar 27 10:00:02 mx postfix/smtp[43]: 4VbXz0000AAA: to=<b@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=1, "
                     "delays=0/0/0/1, dsn=5.0.0, status=bounced (host mx.example.org[192.0.2.9] said: 550 <b>x</b> no)\n" } }),
            qPrintable(fixture.error));
        const QModelIndex recipient = showRecipientOf(fixture, "mx", "4VbXz0000AAA");
        QVERIFY(recipient.isValid());
        const QModelIndex attempt = m_model->index(0, 0, recipient);
        QVERIFY(attempt.data().toString().contains(u"550 <b>x</b> no"));
        const QString tip = attempt.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"<p style='white-space:pre'>") && tip.endsWith(u"</p>"), qPrintable(tip));
        QVERIFY2(tip.contains(u"550 &lt;b&gt;x&lt;/b&gt; no"), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"));
        QCOMPARE(attempt.siblingAtColumn(TraceModel::TimeColumn).data(Qt::ToolTipRole).toString(), tip);
    }

    // A trace within one day shows times of day; one that spans days (retried the next morning) their dates too.
    void shouldShowDatesOnlyWhenTheTraceSpansDays()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "mx/maillog",
                     "Mar 27 23:59:01 mx postfix/qmgr[42]: 4VbXz0000AAB: from=<a@sender.example>, size=1300, nrcpt=1 (queue active)\n"
                     "Mar 27 23:59:02 mx postfix/smtp[43]: 4VbXz0000AAB: to=<b@example.org>, relay=none, delay=1, "
                     "delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.9]:25: Connection timed out)\n"
                     "Mar 28 00:29:02 mx postfix/smtp[43]: 4VbXz0000AAB: to=<b@example.org>, relay=mx.example.org[192.0.2.9]:25, "
                     "delay=1801, delays=0/1800/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4VbYa1111BBB)\n" } }),
            qPrintable(fixture.error));
        const QModelIndex recipient = showRecipientOf(fixture, "mx", "4VbXz0000AAB");
        QCOMPARE(m_model->rowCount(recipient), 2);
        QCOMPARE(m_model->index(0, TraceModel::TimeColumn, recipient).data().toString(), u"2024-03-27 23:59:02"_s);
        QCOMPARE(m_model->index(1, TraceModel::TimeColumn, recipient).data().toString(), u"2024-03-28 00:29:02"_s);
        QVERIFY(m_model->index(1, TraceModel::ItemColumn, recipient).data().toString().endsWith(u"queued as 4VbYa1111BBB"));
    }

    // A recipient still waiting for delivery jumps to the line that named it.
    void shouldJumpFromARecipientWithoutAttemptsToItsLine()
    {
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "gw/mail.current",
                     "Wed Mar 27 10:00:00 2024 Info: New SMTP ICID 5 interface Data 1 (192.0.2.25) address 198.51.100.9 reverse dns host mx.sender.example verified yes\n"
                     "Wed Mar 27 10:00:01 2024 Info: Start MID 77 ICID 5\n"
                     "Wed Mar 27 10:00:01 2024 Info: MID 77 ICID 5 From: <a@sender.example>\n"
                     "Wed Mar 27 10:00:01 2024 Info: MID 77 ICID 5 RID 0 To: <b@example.jp>\n"
                     "Wed Mar 27 10:00:02 2024 Info: MID 77 ready 1200 bytes from <a@sender.example>\n" } }),
            qPrintable(fixture.error));
        const QModelIndex recipient = showRecipientOf(fixture, "gw", "77");
        QCOMPARE(recipient.data().toString(), u"To b@example.jp — Unknown"_s);
        QCOMPARE(m_model->rowCount(recipient), 0);
        QVERIFY(lineOf(fixture.logs, m_model->eventAt(recipient)).endsWith(u"RID 0 To: <b@example.jp>"));
        QCOMPARE(recipient.data(TraceModel::OutcomeRole).toInt(), int(Outcome::Unknown));
        QVERIFY(!recipient.data(Qt::ForegroundRole).isValid());
    }

    void shouldKeepTheStructureWhenRetranslated()
    {
        traceSample(m_relay1);
        QStringList before;
        describe(*m_model, {}, 0, &before);
        const QString hopBefore = m_model->index(0, 0).data().toString();

        PrefixTranslator translator({ "TraceTexts", "TraceModel" });
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->retranslate();
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(headers.size(), 1);
        // Every parent's rows are announced: the hops, each hop's steps, each recipient's attempts.
        QVERIFY(!changed.isEmpty());
        const auto topLeft = changed.front().at(0).value<QModelIndex>();
        const auto bottomRight = changed.front().at(1).value<QModelIndex>();
        QVERIFY(!topLeft.parent().isValid());
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 3);
        QCOMPARE(bottomRight.column(), TraceModel::ColumnCount - 1);
        const auto announces = [&changed](const QModelIndex& parent) {
            return std::any_of(changed.begin(), changed.end(), [&parent](const QList<QVariant>& args) {
                return args.at(0).value<QModelIndex>().parent() == parent;
            });
        };
        const QModelIndex relay1 = m_model->hopIndex(m_relay1);
        QVERIFY(announces(relay1));
        QVERIFY(announces(child(*m_model, relay1, ItemType::Recipient)));

        QStringList after;
        describe(*m_model, {}, 0, &after);
        QCOMPARE(after, before);
        QCOMPARE(m_model->index(0, 0).data().toString(), hopBefore);
    }

    // Texts are formatted when shown, so they follow the language installed at that time.
    void shouldShowTextsInTheCurrentLanguage()
    {
        traceSample(m_relay1);
        PrefixTranslator translator({ "TraceTexts", "TraceModel" });
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString hop = m_model->index(0, 0).data().toString();
        const QString header = m_model->headerData(TraceModel::ItemColumn, Qt::Horizontal).toString();
        const QString note = child(*m_model, m_model->hopIndex(m_relay1), ItemType::Note).data().toString();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(hop.startsWith(u"[xx] 1. sun · "), qPrintable(hop));
        QCOMPARE(header, u"[xx] Trace"_s);
        QCOMPARE(note, u"[xx] Next hop not in loaded logs"_s);
    }

    void shouldBeEmptyAfterClear()
    {
        traceSample(m_relay1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->path().empty());
        QCOMPARE(m_model->focus(), NoIndex);
        QVERIFY(!m_model->hopIndex(m_relay1).isValid());
        QVERIFY(!m_model->eventAt({}).isValid());
        QCOMPARE(m_model->messageAt({}), NoIndex);
        m_model->setTrace(nullptr, nullptr, { m_relay1 }, m_relay1); // nothing to read from: empty as well
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    void traceSample(std::uint32_t focus)
    {
        m_model->setTrace(&m_samples.graph, &m_samples.logs, Tracer::path(m_samples.graph, focus), focus);
        QCOMPARE(m_model->focus(), focus);
    }

    // Shows the trace of one loaded message (`id` on `host`) and gives its first recipient's item.
    QModelIndex showRecipientOf(const TraceFixture& fixture, QByteArrayView host, QByteArrayView id)
    {
        const std::uint32_t m = fixture.message(host, id);
        if (m == NoIndex)
            return {};
        m_model->setTrace(&fixture.graph, &fixture.logs, Tracer::path(fixture.graph, m), m);
        return child(*m_model, m_model->hopIndex(m), ItemType::Recipient);
    }

    TraceFixture m_samples;
    std::uint32_t m_sun = NoIndex;
    std::uint32_t m_esa1 = NoIndex;
    std::uint32_t m_relay1 = NoIndex;
    std::uint32_t m_notice = NoIndex;
    std::uint32_t m_bounced = NoIndex;
    std::uint32_t m_bounceNotification = NoIndex;
    std::unique_ptr<TraceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestTraceModel)
#include "tst_tracemodel.moc"
