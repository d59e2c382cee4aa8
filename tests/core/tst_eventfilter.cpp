// Filtering the event table: every field of the language on real lines of the four sample families,
// free text over raw bytes and vocabularies, case, CP932 text, negation, phrases, regular expressions, the
// time range, families, problems only, cancellation, and matches() agreeing with filterEventRows(), also among given rows.
#include "tabletesting.h"
#include "logfile.h"
#include "parsing/logparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyFilterPassesEverything();
    void fieldTerms_data();
    void fieldTerms();
    void statusBouncedAcrossFamilies();
    void freeTextOverRawBytes();
    void freeTextOverVocabulariesAndFileNames();
    void caseInsensitive();
    void japaneseFreeText();
    void fieldValuesDecodedAsChosen();
    void phrasesAndNegation();
    void invalidQueryFiltersNothing();
    void regularExpressions();
    void timeRange();
    void families();
    void problemsOnly();
    void matchesAgreesWithRows();
    void cancelled();

private:
    SampleTable m_table;
};

void TestEventFilter::initTestCase()
{
    QVERIFY2(m_table.load(), qPrintable(m_table.fixture.error));
    QCOMPARE(m_table.timeline.size(), std::size_t(m_table.fixture.logs.totalEvents()));
}

void TestEventFilter::emptyFilterPassesEverything()
{
    EventFilter filter;
    QVERIFY(filter.isEmpty());
    const std::vector<std::uint32_t> rows = filterEventRows(m_table.fixture.logs, m_table.timeline, filter);
    QCOMPARE(rows.size(), m_table.timeline.size());
    QVERIFY(std::is_sorted(rows.begin(), rows.end()));
    QCOMPARE(rows.back(), std::uint32_t(m_table.timeline.size() - 1));
    filter.families = AllFamilies | (1u << 20); // bits beyond the families change nothing
    QVERIFY(filter.isEmpty());
    filter.query = FilterQuery::parse(u"x"_s);
    QVERIFY(!filter.isEmpty());
}

void TestEventFilter::fieldTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("rows");

    // from: the sender contains; Sun, IronPort and Postfix lines of taro's message
    QTest::newRow("from") << u"from:taro"_s
                          << QStringList { u"mail.log_current:6"_s, u"mail.log_current:7"_s, u"mail.current:47"_s, u"mail.current:52"_s,
                                 u"mail.log_current:12"_s, u"mail.log_current:13"_s, u"maillog:12"_s };
    // to: recipient or original recipient
    QTest::newRow("to") << u"to:k.ito"_s << QStringList { u"mail.log_current:7"_s, u"mail.current:49"_s, u"mail.log_current:12"_s };
    QTest::newRow("to original") << u"to:root"_s << QStringList { u"maillog:4"_s };
    // id: any identifier equal, the Message-ID with or without brackets
    QTest::newRow("id message-id")
        << u"id:<20240327001400.1A2B@mail.example.net>"_s
        << QStringList { u"mail.log_current:6"_s, u"mail.log_current:7"_s, u"mail.current:50"_s, u"mail.log_current:10"_s,
               u"mail.log_current:11"_s, u"mail.log_current:12"_s, u"mail.log_current:13"_s, u"maillog:11"_s };
    QTest::newRow("id without brackets") << u"id:20240327001400.1A2B@mail.example.net -family:sunms"_s
                                         << QStringList { u"mail.current:50"_s, u"maillog:11"_s };
    QTest::newRow("id epost") << u"id:B0000523101"_s
                              << QStringList { u"receivelog/MAILSV01/240327.log:13"_s, u"acceptlog/MAILSV01/240327.log:2"_s,
                                     u"inlog/MAILSV01/240327.log:1"_s, u"outlocallog/MAILSV01/240327.log:1"_s };
    QTest::newRow("id is whole") << u"id:3001"_s << QStringList();
    // host: the syslog host contains
    QTest::newRow("host") << u"host:relay1 -program:smtpd -program:qmgr -program:postscreen -program:cleanup -program:anvil"_s
                          << QStringList { u"maillog:1"_s, u"maillog:4"_s, u"maillog:13"_s, u"maillog:31"_s, u"maillog:32"_s,
                                 u"maillog:51"_s, u"maillog:52"_s, u"maillog:57"_s, u"maillog:58"_s, u"maillog:60"_s, u"maillog:63"_s };
    // program: Sun's channels
    QTest::newRow("program sun channel")
        << u"program:ims-ms"_s
        << QStringList { u"mail.log_current:2"_s, u"mail.log_current:4"_s, u"mail.log_current:15"_s, u"mail.log_current:16"_s,
               u"mail.log_current:17"_s, u"mail.log_current:18"_s, u"mail.log_current:32"_s, u"mail.log_current:34"_s };
    QTest::newRow("kind and family") << u"kind:Imap4 family:epost -\"UID FETCH\""_s
                                     << QStringList { u"imap4log/MAILSV01/240327.log:1"_s, u"imap4log/MAILSV01/240327.log:2"_s,
                                            u"imap4log/MAILSV01/240327.log:3"_s, u"imap4log/MAILSV01/240327.log:4"_s,
                                            u"imap4log/MAILSV01/240327.log:7"_s,
                                            u"imap4log/MAILSV01/240327.log:8"_s, u"imap4log/MAILSV01/240327.log:10"_s,
                                            u"imap4log/MAILSV01/240327.log:11"_s };
    QTest::newRow("kind label") << u"kind:\"notification generated\" family:ironport"_s << QStringList { u"mail.current:93"_s };
    QTest::newRow("side") << u"side:client family:sunms"_s
                          << QStringList { u"mail.log_current:9"_s, u"mail.log_current:12"_s, u"mail.log_current:13"_s,
                                 u"mail.log_current:14"_s, u"mail.log_current:22"_s, u"mail.log_current:23"_s,
                                 u"mail.log_current:24"_s, u"mail.log_current:25"_s };
    // peer: host, IP or relay contains
    QTest::newRow("peer") << u"peer:192.0.2.70"_s
                          << QStringList { u"maillog:4"_s, u"maillog:13"_s, u"maillog:31"_s, u"maillog:32"_s, u"maillog:46"_s,
                                 u"maillog:47"_s, u"maillog:50"_s, u"maillog:63"_s };
    QTest::newRow("peer ironport") << u"peer:app01"_s << QStringList { u"mail.current:4"_s };
    // reply: the code starts with it, or the reply text or enhanced status contains it
    QTest::newRow("reply") << u"reply:45"_s
                           << QStringList { u"mail.current:27"_s, u"maillog:23"_s, u"maillog:52"_s, u"receivelog/MAILSV01/240327.log:56"_s };
    QTest::newRow("reply status") << u"reply:4.7.0"_s << QStringList { u"maillog:52"_s };
    QTest::newRow("text") << u"text:greylisted"_s << QStringList { u"mail.current:27"_s };
    // one FieldKey, equal
    QTest::newRow("mid") << u"mid:30012 -kind:scan-verdict -kind:rcpt-to -kind:mail-from"_s
                         << QStringList { u"mail.current:80"_s, u"mail.current:81"_s, u"mail.current:82"_s, u"mail.current:88"_s,
                                u"mail.current:91"_s, u"mail.current:92"_s, u"mail.current:94"_s };
    QTest::newRow("queue_id")
        << u"queue_id:4vbv4l0qnjz7tbn"_s
        << QStringList { u"maillog:47"_s, u"maillog:48"_s, u"maillog:49"_s, u"maillog:52"_s, u"maillog:56"_s, u"maillog:58"_s,
               u"maillog:60"_s, u"maillog:62"_s };
    QTest::newRow("dsn") << u"dsn:5.1.1"_s
                         << QStringList { u"mail.current:92"_s, u"maillog:44"_s, u"maillog:58"_s, u"senderlog/MAILSV01/240327.log:39"_s,
                                u"senderlog/MAILSV01/240327.log:58"_s, u"senderlog/MAILSV01/240327.log:77"_s,
                                u"faillog/MAILSV01/240327.log:1"_s, u"mail.log_current:27"_s };
    QTest::newRow("sender is whole") << u"sender:TARO@example.net family:postfix"_s << QStringList { u"maillog:12"_s };
    QTest::newRow("sender not a part") << u"sender:taro"_s << QStringList();
    QTest::newRow("number") << u"size:48213"_s << QStringList { u"mail.current:52"_s };
    QTest::newRow("number in milliseconds") << u"delay_ms:1000"_s
                                            << QStringList { u"senderlog/MAILSV01/240327.log:1"_s, u"senderlog/MAILSV01/240327.log:25"_s };
    QTest::newRow("reply_code") << u"reply_code:354"_s
                                << QStringList { u"receivelog/MAILSV01/240327.log:13"_s, u"receivelog/MAILSV01/240327.log:29"_s,
                                       u"senderlog/MAILSV01/240327.log:17"_s, u"receivelog/MAILSV01/240327.log:50"_s,
                                       u"receivelog/MAILSV01/240327.log:66"_s };
}

void TestEventFilter::fieldTerms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, rows);
    QVERIFY(FilterQuery::parse(query).isValid());
    QCOMPARE(m_table.filtered(query), rows);
}

void TestEventFilter::statusBouncedAcrossFamilies()
{
    // The bounce lines of every family, by kind, though their status words differ
    const QStringList bounced { u"mail.log_current:12"_s, u"mail.current:92"_s, u"maillog:58"_s, u"senderlog/MAILSV01/240327.log:39"_s,
        u"senderlog/MAILSV01/240327.log:58"_s, u"senderlog/MAILSV01/240327.log:77"_s, u"faillog/MAILSV01/240327.log:1"_s };
    QCOMPARE(m_table.filtered(u"status:bounced"_s), bounced);
    QCOMPARE(m_table.familiesOf(u"status:bounced"_s), u"epost,ironport,postfix,sunms"_s);
    QCOMPARE(m_table.filtered(u"kind:bounced"_s), bounced);
    // the Status field itself: Postfix's "sent", E-Post acceptlog's "ok"
    QCOMPARE(m_table.familiesOf(u"status:sent"_s), u"postfix"_s);
    QCOMPARE(m_table.filtered(u"status:ok"_s).size(), 4);
    // an outcome key names every kind with that outcome: delivered lines say "sent" or "DE" or nothing
    QCOMPARE(m_table.filtered(u"status:delivered"_s), m_table.filtered(u"kind:delivered"_s));
    QCOMPARE(m_table.familiesOf(u"status:delivered"_s), u"epost,ironport,postfix,sunms"_s);
}

void TestEventFilter::freeTextOverRawBytes()
{
    QCOMPARE(m_table.filtered(u"Greylisted"_s), QStringList { u"mail.current:27"_s });
    QCOMPARE(m_table.filtered(u"mEr2BhxoA2YkCAAA"_s), QStringList { u"maillog:4"_s });
    // text of E-Post's CRLF lines, times as text
    QCOMPARE(m_table.filtered(u"\"It was in the ORDB IP.\""_s), QStringList { u"acceptlog/MAILSV01/240327.log:7"_s });
    QCOMPARE(m_table.filtered(u"09:14:05 -family:postfix"_s),
        (QStringList { u"mail.current:64"_s, u"mail.current:65"_s, u"mail.current:66"_s }));
    QCOMPARE(m_table.filtered(u"2024-03-27T09:14:05"_s), (QStringList { u"maillog:10"_s, u"maillog:11"_s, u"maillog:12"_s }));
    // all terms must match; "queued" is in IronPort's reply and is the kind of Postfix's qmgr line
    QCOMPARE(m_table.filtered(u"queued 4VbT0K2mQzz3xYp"_s), (QStringList { u"mail.current:65"_s, u"maillog:12"_s }));
}

void TestEventFilter::freeTextOverVocabulariesAndFileNames()
{
    // A kind label the raw text does not contain: IronPort says "Delayed"
    QVERIFY(m_table.filtered(u"deferred"_s).contains(u"mail.current:27"_s));
    // a family label
    QCOMPARE(m_table.familiesOf(u"\"sun messaging\""_s), u"sunms"_s);
    // a side key: every POP3 and IMAP4 line of E-Post
    QCOMPARE(m_table.filtered(u"mailbox family:epost"_s).size(), 25);
    // the file's display name
    QCOMPARE(m_table.familiesOf(u"outlocallog"_s), u"epost"_s);
    QCOMPARE(m_table.filtered(u"outlocallog"_s).size(), 4);
}

void TestEventFilter::caseInsensitive()
{
    QCOMPARE(m_table.filtered(u"GREYLISTED"_s), m_table.filtered(u"greylisted"_s));
    QCOMPARE(m_table.filtered(u"FROM:TARO"_s), m_table.filtered(u"from:taro"_s));
    QCOMPARE(m_table.filtered(u"kind:DELIVERED family:PostFix"_s).size(), 5);
    QCOMPARE(m_table.filtered(u"queue_id:4VBT0K2MQZZ3XYP"_s), m_table.filtered(u"queue_id:4VbT0K2mQzz3xYp"_s));
    QVERIFY(!m_table.filtered(u"queue_id:4VbT0K2mQzz3xYp"_s).isEmpty());
}

void TestEventFilter::japaneseFreeText()
{
    // The CP932 line of the E-Post receivelog (ソ is 0x83 0x5C: its second byte is a backslash)
    const QStringList ehlo { u"receivelog/MAILSV01/240327.log:71"_s };
    QCOMPARE(m_table.filtered(u"ソフト開発部"_s), ehlo);
    QCOMPARE(m_table.filtered(u"開発部-pc"_s), ehlo);
    QCOMPARE(m_table.filtered(u"text:ソフト"_s), ehlo);
    QCOMPARE(m_table.filtered(u"-ソフト"_s).size(), qsizetype(m_table.timeline.size()) - 1);
    QCOMPARE(m_table.filtered(u"ソフトウェア"_s), QStringList());

    // A UTF-8 line: the field decoded, the term compared without case
    TraceFixture fixture;
    QVERIFY(fixture.load({ { "relay/maillog",
        "2024-03-27T09:00:00+09:00 relay postfix/smtpd[10]: connect from pc[192.0.2.1]\n"
        "2024-03-27T09:00:01+09:00 relay postfix/cleanup[11]: AAAA111111: warning: header Subject: 会議のお知らせ ABC from pc[192.0.2.1]\n" } }));
    EventTimeline timeline;
    timeline.rebuild(fixture.logs);
    EventFilter filter;
    filter.query = FilterQuery::parse(u"会議 abc"_s);
    QCOMPARE(filterEventRows(fixture.logs, timeline, filter), (std::vector<std::uint32_t> { 1 }));
    filter.query = FilterQuery::parse(u"お知らせ"_s, FilterQuery::Mode::RegularExpression);
    QCOMPARE(filterEventRows(fixture.logs, timeline, filter), (std::vector<std::uint32_t> { 1 }));
}

void TestEventFilter::fieldValuesDecodedAsChosen()
{
    // A field is compared as the table shows it: in the encoding the user chose for the log (Sources panel).
    const QByteArray bytes = "2024-03-27T09:00:01+09:00 relay postfix/qmgr[11]: AAAA111111: from=<caf\xc3\xa9@example.jp>, size=1, nrcpt=1 (queue active)\n";
    LogCollection logs;
    LogParser::Options options;
    options.zone = QTimeZone("Asia/Tokyo");
    options.year = 2024;
    logs.add(LogParser::parse(LogFile::fromBytes(u"detected"_s, bytes), logs.strings(), options));
    options.encoding = TextDecoding::Encoding::Latin1;
    logs.add(LogParser::parse(LogFile::fromBytes(u"latin1"_s, bytes), logs.strings(), options));
    EventTimeline timeline;
    timeline.rebuild(logs);
    const auto logsMatching = [&](const QString& query) {
        EventFilter filter;
        filter.query = FilterQuery::parse(query);
        QStringList names;
        for (const std::uint32_t row : filterEventRows(logs, timeline, filter))
            names << logs.log(timeline.at(row).log).info().displayName;
        return names;
    };
    QCOMPARE(logsMatching(u"from:café"_s), QStringList { u"detected"_s });
    QCOMPARE(logsMatching(u"from:CAFÃ©"_s), QStringList { u"latin1"_s });
    QCOMPARE(logsMatching(u"café"_s), QStringList { u"detected"_s });
    QCOMPARE(logsMatching(u"cafÃ©"_s), QStringList { u"latin1"_s });
}

void TestEventFilter::phrasesAndNegation()
{
    QCOMPARE(m_table.filtered(u"\"Recipient address rejected\" -status:bounced"_s),
        (QStringList { u"mail.current:27"_s, u"maillog:44"_s }));
    // the phrase keeps its words together and in order; the words alone match anywhere in the line
    QCOMPARE(m_table.filtered(u"rejected Recipient"_s).size(), 8);
    QCOMPARE(m_table.filtered(u"\"rejected Recipient\""_s), QStringList());
    // a negated field term
    QCOMPARE(m_table.filtered(u"to:k.ito -family:sunms"_s), QStringList { u"mail.current:49"_s });
    // everything but one family: complements
    const qsizetype all = qsizetype(m_table.timeline.size());
    QCOMPARE(m_table.filtered(u"family:postfix"_s).size() + m_table.filtered(u"-family:postfix"_s).size(), all);
}

void TestEventFilter::invalidQueryFiltersNothing()
{
    EventFilter filter;
    filter.query = FilterQuery::parse(u"xyz:1"_s);
    QVERIFY(!filter.query.isValid());
    QVERIFY(filter.isEmpty());
    QCOMPARE(m_table.filtered(filter).size(), qsizetype(m_table.timeline.size()));
    filter.problemsOnly = true; // the rest of the filter still applies
    EventFilter problems;
    problems.problemsOnly = true;
    QCOMPARE(m_table.filtered(filter), m_table.filtered(problems));
    QVERIFY(m_table.filtered(filter).size() < qsizetype(m_table.timeline.size()));
}

void TestEventFilter::regularExpressions()
{
    using Mode = FilterQuery::Mode;
    QCOMPARE(m_table.filtered(u"status=(deferred|bounced)"_s, Mode::RegularExpression), (QStringList { u"maillog:52"_s, u"maillog:58"_s }));
    QCOMPARE(m_table.filtered(u"^\\[27/mar/2024:10:40:02\\].*ソフト"_s, Mode::RegularExpression),
        QStringList { u"receivelog/MAILSV01/240327.log:71"_s });
    QCOMPARE(m_table.filtered(u"mid 3001[23] rid \\[?0\\]? response"_s, Mode::RegularExpression), QStringList { u"mail.current:101"_s });
    QCOMPARE(m_table.filtered(u"Delayed: DCID \\d+ MID 30009"_s, Mode::RegularExpression), QStringList { u"mail.current:27"_s });
    // the pattern is not split into terms
    QCOMPARE(m_table.filtered(u"from:taro"_s, Mode::RegularExpression), QStringList());
    // an invalid pattern filters nothing
    QCOMPARE(m_table.filtered(u"(deferred"_s, Mode::RegularExpression).size(), qsizetype(m_table.timeline.size()));
}

void TestEventFilter::timeRange()
{
    const QTimeZone tokyo("Asia/Tokyo");
    EventFilter filter;
    filter.fromMs = QDateTime(QDate(2024, 3, 27), QTime(9, 14, 5), tokyo).toMSecsSinceEpoch();
    filter.toMs = QDateTime(QDate(2024, 3, 27), QTime(9, 14, 5, 156), tokyo).toMSecsSinceEpoch();
    QVERIFY(!filter.isEmpty());
    // inclusive at both ends, every family in Japan time
    QCOMPARE(m_table.filtered(filter),
        (QStringList { u"mail.current:64"_s, u"mail.current:65"_s, u"mail.current:66"_s, u"maillog:10"_s, u"maillog:11"_s }));
    filter.query = FilterQuery::parse(u"family:postfix"_s);
    QCOMPARE(m_table.filtered(filter), (QStringList { u"maillog:10"_s, u"maillog:11"_s }));
    // open ends
    filter = EventFilter();
    filter.toMs = QDateTime(QDate(2024, 3, 27), QTime(9, 0, 2), tokyo).toMSecsSinceEpoch();
    QCOMPARE(m_table.filtered(filter).size(), 8);
    filter = EventFilter();
    filter.fromMs = QDateTime(QDate(2024, 3, 27), QTime(11, 5, 23), tokyo).toMSecsSinceEpoch();
    QCOMPARE(m_table.filtered(filter),
        (QStringList { u"mail.log_current:32"_s, u"mail.log_current:33"_s, u"mail.log_current:34"_s, u"acceptlog/MAILSV01/240327.log:13"_s,
            u"receivelog/MAILSV01/240327.log:84"_s, u"receivelog/MAILSV01/240327.log:85"_s }));
    // an empty range
    filter.toMs = filter.fromMs - 1;
    QCOMPARE(m_table.filtered(filter), QStringList());
}

void TestEventFilter::families()
{
    EventFilter filter;
    filter.families = (1u << int(Family::SunMs)) | (1u << int(Family::EPost));
    QCOMPARE(m_table.familiesOf(QString()), u"epost,ironport,postfix,sunms"_s);
    QStringList families;
    for (const std::uint32_t row : filterEventRows(m_table.fixture.logs, m_table.timeline, filter))
        families << QString(familyKey(m_table.fixture.logs.log(m_table.timeline.at(row).log).info().family));
    families.removeDuplicates();
    families.sort();
    QCOMPARE(families, (QStringList { u"epost"_s, u"sunms"_s }));
    QCOMPARE(qsizetype(filterEventRows(m_table.fixture.logs, m_table.timeline, filter).size()),
        m_table.filtered(u"family:sunms"_s).size() + m_table.filtered(u"family:epost"_s).size());
    filter.families = 0;
    QCOMPARE(m_table.filtered(filter), QStringList());
}

void TestEventFilter::problemsOnly()
{
    EventFilter filter;
    filter.problemsOnly = true;
    const std::vector<std::uint32_t> rows = filterEventRows(m_table.fixture.logs, m_table.timeline, filter);
    QVERIFY(!rows.empty());
    std::size_t problems = 0;
    for (std::size_t row = 0; row < m_table.timeline.size(); ++row) {
        const EventRef ref = m_table.timeline.at(row);
        if (isProblemKind(m_table.fixture.logs.log(ref.log).event(ref.index).kind))
            ++problems;
    }
    QCOMPARE(rows.size(), problems);
    QVERIFY(isProblemKind(EventKind::Unparsed));
    QVERIFY(isProblemKind(EventKind::Expired));
    QVERIFY(!isProblemKind(EventKind::Quarantined));
    QVERIFY(!isProblemKind(EventKind::Delivered));
    // each kind of problem is there, none else
    QStringList kinds;
    for (const std::uint32_t row : rows) {
        const EventRef ref = m_table.timeline.at(row);
        kinds << QString(kindKey(m_table.fixture.logs.log(ref.log).event(ref.index).kind));
    }
    kinds.removeDuplicates();
    kinds.sort();
    QCOMPARE(kinds, (QStringList { u"bounced"_s, u"deferred"_s, u"dropped"_s, u"rejected"_s }));
    filter.query = FilterQuery::parse(u"family:ironport"_s);
    QCOMPARE(m_table.filtered(filter), (QStringList { u"mail.current:7"_s, u"mail.current:27"_s, u"mail.current:44"_s,
                                           u"mail.current:49"_s, u"mail.current:92"_s }));
}

void TestEventFilter::matchesAgreesWithRows()
{
    const QStringList queries { u"from:taro"_s, u"status:bounced -family:epost"_s, u"ソフト"_s, u"reply:45"_s, u"deferred"_s };
    for (const QString& query : queries) {
        EventFilter filter;
        filter.query = FilterQuery::parse(query);
        filter.problemsOnly = query == u"deferred"_s;
        const std::vector<std::uint32_t> rows = filterEventRows(m_table.fixture.logs, m_table.timeline, filter);
        std::vector<std::uint32_t> one;
        for (std::uint32_t row = 0; row < m_table.timeline.size(); ++row) {
            if (filter.matches(m_table.fixture.logs, m_table.timeline.at(row)))
                one.push_back(row);
        }
        QCOMPARE(one, rows);
        // Among some rows only (a trace's): the rows that pass and are among them, in order.
        std::vector<std::uint32_t> everyThird;
        for (std::uint32_t row = 0; row < m_table.timeline.size(); row += 3)
            everyThird.push_back(row);
        std::vector<std::uint32_t> expected;
        std::copy_if(rows.begin(), rows.end(), std::back_inserter(expected), [](std::uint32_t row) { return row % 3 == 0; });
        QCOMPARE(filterEventRows(m_table.fixture.logs, m_table.timeline, filter, everyThird), expected);
    }
}

void TestEventFilter::cancelled()
{
    EventFilter filter;
    filter.query = FilterQuery::parse(u"-zzzqqq"_s); // passes everything, but is not empty
    QVERIFY(!filter.isEmpty());
    const std::atomic_bool cancel = true;
    QCOMPARE(filterEventRows(m_table.fixture.logs, m_table.timeline, filter, &cancel), std::vector<std::uint32_t>());
    const std::atomic_bool go = false;
    QCOMPARE(filterEventRows(m_table.fixture.logs, m_table.timeline, filter, &go).size(), m_table.timeline.size());
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
