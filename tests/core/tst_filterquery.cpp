// The filter language: terms, phrases, negation, field keys, what stays free text, errors, regular
// expressions, and the ranges a cell highlights.
#include "workspace/filterquery.h"
#include "trace/tracetypes.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "from:taro", "-any:x", "field(queue_id):4VbT": the parsed terms, compactly.
QStringList describe(const FilterQuery& query)
{
    QStringList list;
    for (const FilterQuery::Term& term : query.terms()) {
        QString name = term.field == FilterField::Any ? u"any"_s
            : term.field == FilterField::Field        ? u"field("_s + fieldKey(term.key) + u')'
                                                      : QString(filterFieldKey(term.field));
        list << (term.negated ? u"-"_s : QString()) + name + u':' + term.value;
    }
    return list;
}

using Ranges = QList<std::pair<qsizetype, qsizetype>>;

} // namespace

class TestFilterQuery : public QObject
{
    Q_OBJECT

private slots:
    void emptyQueries();
    void terms_data();
    void terms();
    void errors_data();
    void errors();
    void keysIgnoreCase();
    void preparedForms();
    void vocabulariesNamedByTerms();
    void regularExpression();
    void invalidRegularExpression();
    void matchRangesOfFreeText();
    void matchRangesOfFieldTerms();
    void matchRangesOfRegularExpression();
    void fieldOfFieldKeys();
};

void TestFilterQuery::emptyQueries()
{
    for (const QString& text : { QString(), u"   "_s, u"\"\""_s }) {
        const FilterQuery query = FilterQuery::parse(text);
        QVERIFY2(query.isEmpty(), qPrintable(text));
        QVERIFY(query.isValid());
        QVERIFY(query.errorString().isEmpty());
    }
    QVERIFY(FilterQuery::parse(QString(), FilterQuery::Mode::RegularExpression).isEmpty());
    QCOMPARE(FilterQuery::parse(u"x"_s).mode(), FilterQuery::Mode::Text);
    QVERIFY(!FilterQuery::parse(u"x"_s).isEmpty());
}

void TestFilterQuery::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("words") << u"taro  hanako\tken"_s << QStringList { u"any:taro"_s, u"any:hanako"_s, u"any:ken"_s };
    QTest::newRow("phrase") << u"\"Recipient address rejected\" 550"_s
                            << QStringList { u"any:Recipient address rejected"_s, u"any:550"_s };
    QTest::newRow("phrase inside a word") << u"a\"b c\"d"_s << QStringList { u"any:ab cd"_s };
    QTest::newRow("negation") << u"-postscreen -\"lost connection\""_s
                              << QStringList { u"-any:postscreen"_s, u"-any:lost connection"_s };
    QTest::newRow("lone dash is text") << u"- x"_s << QStringList { u"any:-"_s, u"any:x"_s };
    QTest::newRow("named fields") << u"from:taro to:hanako id:30011 status:bounced host:relay1 kind:rejected family:postfix "
                                     "side:client program:lmtp peer:192.0.2.70 reply:550 text:greylisted"_s
                                  << QStringList { u"from:taro"_s, u"to:hanako"_s, u"id:30011"_s, u"status:bounced"_s,
                                         u"host:relay1"_s, u"kind:rejected"_s, u"family:postfix"_s, u"side:client"_s,
                                         u"program:lmtp"_s, u"peer:192.0.2.70"_s, u"reply:550"_s, u"text:greylisted"_s };
    QTest::newRow("field keys") << u"mid:30011 queue_id:4VbT0K2mQzz3xYp sender:taro@example.net dsn:5.1.1"_s
                                << QStringList { u"field(mid):30011"_s, u"field(queue_id):4VbT0K2mQzz3xYp"_s,
                                       u"field(from):taro@example.net"_s, u"field(dsn):5.1.1"_s };
    QTest::newRow("negated field with phrase") << u"-subject:\"Quarterly figures (FY2023 Q4)\""_s
                                               << QStringList { u"-field(subject):Quarterly figures (FY2023 Q4)"_s };
    QTest::newRow("value keeps later colons") << u"text:09:14:02"_s << QStringList { u"text:09:14:02"_s };
    QTest::newRow("times stay text") << u"09:14 10:02:40.5"_s << QStringList { u"any:09:14"_s, u"any:10:02:40.5"_s };
    QTest::newRow("urls stay text") << u"http://x.example/a https://y"_s
                                    << QStringList { u"any:http://x.example/a"_s, u"any:https://y"_s };
    QTest::newRow("ipv6 stays text") << u"fe::1 2001:db8::25"_s << QStringList { u"any:fe::1"_s, u"any:2001:db8::25"_s };
    QTest::newRow("quoted key stays text") << u"\"Info:\" \"from:x\""_s << QStringList { u"any:Info:"_s, u"any:from:x"_s };
    QTest::newRow("leading colon") << u":25"_s << QStringList { u"any::25"_s };
    QTest::newRow("japanese") << u"ソフト開発部 -from:日本"_s << QStringList { u"any:ソフト開発部"_s, u"-from:日本"_s };
}

void TestFilterQuery::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    const FilterQuery query = FilterQuery::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.errorString()));
    QCOMPARE(describe(query), terms);
    QCOMPARE(query.prepared().size(), query.terms().size());
}

void TestFilterQuery::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // the part the message must name

    QTest::newRow("unknown key") << u"taro xyz:1"_s << u"xyz:"_s;
    QTest::newRow("unknown key with underscore") << u"queue_idd:4VbT"_s << u"queue_idd:"_s;
    QTest::newRow("plain word then colon") << u"Info:"_s << u"Info:"_s;
    QTest::newRow("empty value") << u"from: taro"_s << u"from:"_s;
    QTest::newRow("empty field key value") << u"mid:"_s << u"mid:"_s;
    QTest::newRow("unclosed quote") << u"taro \"lost conn"_s << u"lost conn"_s;
}

void TestFilterQuery::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const FilterQuery query = FilterQuery::parse(text);
    QVERIFY(!query.isValid());
    QVERIFY2(query.errorString().contains(named), qPrintable(query.errorString()));
    QVERIFY(query.isEmpty()); // nothing half-parsed is applied
    QVERIFY(query.terms().empty());
}

void TestFilterQuery::keysIgnoreCase()
{
    QCOMPARE(describe(FilterQuery::parse(u"FROM:Taro Mid:30011 Queue_ID:x"_s)),
        (QStringList { u"from:Taro"_s, u"field(mid):30011"_s, u"field(queue_id):x"_s }));
}

void TestFilterQuery::preparedForms()
{
    const FilterQuery query = FilterQuery::parse(u"id:<ABC@Example.NET> ソフト"_s);
    QCOMPARE(query.prepared().size(), 2u);
    const FilterQuery::PreparedTerm& id = query.prepared()[0];
    QCOMPARE(id.folded, "<abc@example.net>"_ba);
    QCOMPARE(id.foldedId, "abc@example.net"_ba);
    QCOMPARE(id.idText, u"ABC@Example.NET"_s);
    QVERIFY(id.ascii);
    const FilterQuery::PreparedTerm& japanese = query.prepared()[1];
    QVERIFY(!japanese.ascii);
    QCOMPARE(japanese.folded, u"ソフト"_s.toUtf8());
}

void TestFilterQuery::vocabulariesNamedByTerms()
{
    const auto bit = [](auto value) { return std::uint64_t(1) << int(value); };
    // status: kind keys and the outcome of a kind, so bounce lines of every family match
    const FilterQuery::PreparedTerm status = FilterQuery::parse(u"status:Bounced"_s).prepared()[0];
    QCOMPARE(status.kinds, bit(EventKind::Bounced));
    QCOMPARE(status.outcomes, std::uint32_t(bit(Outcome::Bounced)));
    const FilterQuery::PreparedTerm quarantined = FilterQuery::parse(u"status:quarantined"_s).prepared()[0];
    QCOMPARE(quarantined.kinds, bit(EventKind::Quarantined));
    // kind: key or label, whole
    QCOMPARE(FilterQuery::parse(u"kind:mail-from"_s).prepared()[0].kinds, bit(EventKind::MailFrom));
    QCOMPARE(FilterQuery::parse(u"kind:\"mail from\""_s).prepared()[0].kinds, bit(EventKind::MailFrom));
    QCOMPARE(FilterQuery::parse(u"kind:mail"_s).prepared()[0].kinds, 0u);
    // family: and side: keys
    QCOMPARE(FilterQuery::parse(u"family:SunMS"_s).prepared()[0].families, std::uint32_t(bit(Family::SunMs)));
    QCOMPARE(FilterQuery::parse(u"family:sun"_s).prepared()[0].families, 0u);
    QCOMPARE(FilterQuery::parse(u"side:client"_s).prepared()[0].sides, std::uint32_t(bit(Side::Client)));
    // free text: any key or label containing it
    const FilterQuery::PreparedTerm free = FilterQuery::parse(u"deliver"_s).prepared()[0];
    QCOMPARE(free.kinds, bit(EventKind::Delivered) | bit(EventKind::DeliveryConnect) | bit(EventKind::DeliveryStart)
            | bit(EventKind::DeliveryDisconnect));
    QCOMPARE(free.families, 0u);
    QCOMPARE(FilterQuery::parse(u"messaging"_s).prepared()[0].families, std::uint32_t(bit(Family::SunMs)));
    QCOMPARE(FilterQuery::parse(u"mailbox"_s).prepared()[0].sides, std::uint32_t(bit(Side::Mailbox)));
    // other fields name no vocabulary
    QCOMPARE(FilterQuery::parse(u"from:bounced"_s).prepared()[0].kinds, 0u);
}

void TestFilterQuery::regularExpression()
{
    const FilterQuery query = FilterQuery::parse(u"status=(sent|bounced) \\d+"_s, FilterQuery::Mode::RegularExpression);
    QVERIFY(query.isValid());
    QVERIFY(!query.isEmpty());
    QCOMPARE(query.mode(), FilterQuery::Mode::RegularExpression);
    QVERIFY(query.terms().empty());
    QVERIFY(query.regularExpression().patternOptions() & QRegularExpression::CaseInsensitiveOption);
    QVERIFY(query.regularExpression().match(u"STATUS=SENT 250"_s).hasMatch());
    QVERIFY(!query.regularExpression().match(u"status=deferred 451"_s).hasMatch());
}

void TestFilterQuery::invalidRegularExpression()
{
    const FilterQuery query = FilterQuery::parse(u"status=(sent"_s, FilterQuery::Mode::RegularExpression);
    QVERIFY(!query.isValid());
    QVERIFY(query.isEmpty());
    QVERIFY2(query.errorString().contains(u"status=(sent"_s), qPrintable(query.errorString()));
    // Qt's reason is part of the message
    const QRegularExpression qt(u"status=(sent"_s);
    QVERIFY2(query.errorString().contains(qt.errorString()), qPrintable(query.errorString()));
}

void TestFilterQuery::matchRangesOfFreeText()
{
    const FilterQuery query = FilterQuery::parse(u"example -relay1 \"ple.ne\""_s);
    // case-insensitive, every occurrence, overlapping ranges merged, negated terms not shown
    QCOMPARE(query.matchRanges(u"taro@EXAMPLE.net via relay1 to hanako@example.jp"_s, FilterField::Any),
        (Ranges { { 5, 10 }, { 38, 7 } }));
    QCOMPARE(query.matchRanges(u"taro@EXAMPLE.net"_s, FilterField::From), (Ranges { { 5, 10 } }));
    QCOMPARE(query.matchRanges(u"nothing here"_s, FilterField::Text), Ranges());
    QCOMPARE(query.matchRanges(QStringView(), FilterField::Text), Ranges());
    // adjacent terms join into one range
    QCOMPARE(FilterQuery::parse(u"ab cd"_s).matchRanges(u"xabcdx"_s, FilterField::Any), (Ranges { { 1, 4 } }));
    QCOMPARE(FilterQuery::parse(u"ソフト"_s).matchRanges(u"EHLO ソフト開発部-PC"_s, FilterField::Text), (Ranges { { 5, 3 } }));
}

void TestFilterQuery::matchRangesOfFieldTerms()
{
    const FilterQuery query = FilterQuery::parse(u"from:taro to:hanako id:<30011> mid:880412 kind:delivered"_s);
    QCOMPARE(query.matchRanges(u"taro@example.net"_s, FilterField::From), (Ranges { { 0, 4 } }));
    QCOMPARE(query.matchRanges(u"taro@example.net"_s, FilterField::To), Ranges()); // not the field of from:
    QCOMPARE(query.matchRanges(u"taro@example.net"_s, FilterField::Any), Ranges()); // field terms never in Any cells
    QCOMPARE(query.matchRanges(u"hanako@example.jp (orig: taro)"_s, FilterField::To), (Ranges { { 0, 6 } }));
    // id: without its brackets, and a FieldKey term in the cells of its field (identifiers: Id)
    QCOMPARE(query.matchRanges(u"icid=880412 mid=30011"_s, FilterField::Id), (Ranges { { 5, 6 }, { 16, 5 } }));
    QCOMPARE(query.matchRanges(u"Delivered"_s, FilterField::Kind), (Ranges { { 0, 9 } }));
}

void TestFilterQuery::matchRangesOfRegularExpression()
{
    const FilterQuery query = FilterQuery::parse(u"\\d{3}|x*"_s, FilterQuery::Mode::RegularExpression);
    // every match, in any cell; empty matches are not ranges
    QCOMPARE(query.matchRanges(u"250 2.0.0 ok 4501"_s, FilterField::Reply), (Ranges { { 0, 3 }, { 13, 3 } }));
    QCOMPARE(query.matchRanges(u"Xx 12"_s, FilterField::Any), (Ranges { { 0, 2 } }));
    QCOMPARE(FilterQuery::parse(u"("_s, FilterQuery::Mode::RegularExpression).matchRanges(u"(a)"_s, FilterField::Any), Ranges());
}

void TestFilterQuery::fieldOfFieldKeys()
{
    QCOMPARE(filterFieldOf(FieldKey::Mid), FilterField::Id);
    QCOMPARE(filterFieldOf(FieldKey::MessageId), FilterField::Id);
    QCOMPARE(filterFieldOf(FieldKey::Sender), FilterField::From);
    QCOMPARE(filterFieldOf(FieldKey::OrigRecipient), FilterField::To);
    QCOMPARE(filterFieldOf(FieldKey::Verdict), FilterField::Status);
    QCOMPARE(filterFieldOf(FieldKey::Relay), FilterField::Peer);
    QCOMPARE(filterFieldOf(FieldKey::EnhancedStatus), FilterField::Reply);
    QCOMPARE(filterFieldOf(FieldKey::Subject), FilterField::Text);
    QCOMPARE(filterFieldKey(FilterField::Peer), "peer"_L1);
    QCOMPARE(filterFieldKey(FilterField::Any), QLatin1StringView());
}

QTEST_GUILESS_MAIN(TestFilterQuery)
#include "tst_filterquery.moc"
