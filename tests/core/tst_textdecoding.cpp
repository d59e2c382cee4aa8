#include "textdecoding.h"

#include "logfile.h"
#include "parsing/logparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using TextDecoding::Encoding;

Q_DECLARE_METATYPE(TextDecoding::Encoding)

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeEachLineWithItsOwnEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Encoding>("encoding");
        QTest::newRow("ascii") << QByteArray("250 2.0.0 Ok") << u"250 2.0.0 Ok"_s << Encoding::Utf8;
        QTest::newRow("utf-8") << QByteArray("\xe5\xae\x9b\xe5\x85\x88\xe4\xb8\x8d\xe6\x98\x8e") << u"宛先不明"_s
                               << Encoding::Utf8;
        QTest::newRow("cp932") << QByteArray("550 \x88\xb6\x90\xe6\x95\x73\x96\xbe") << u"550 宛先不明"_s
                               << Encoding::ShiftJis;
        QTest::newRow("euc-jp") << QByteArray("550 \xb0\xb8\xc0\xe8\xc9\xd4\xcc\xc0") << u"550 宛先不明"_s
                                << Encoding::EucJp;
        QTest::newRow("latin-1 fallback") << QByteArray("caf\xe9 \x80\xff") << u"café \u0080ÿ"_s << Encoding::Latin1;
        // 7-bit JIS: ASCII bytes, told apart by its escape sequences.
        QTest::newRow("iso-2022-jp") << QByteArray("Subject: \x1b$B%F%9%H\x1b(B ok") << u"Subject: テスト ok"_s << Encoding::Iso2022Jp;
        QTest::newRow("escape without jis") << QByteArray("ESC \x1b[0m colour") << u"ESC \u001b[0m colour"_s << Encoding::Utf8;
        // Found by fuzz_encoding: a JIS escape with no text after it decoded to an empty line.
        QTest::newRow("jis escapes alone") << QByteArray("\x1b$B\x1b(B") << u"\u001b$B\u001b(B"_s << Encoding::Utf8;
    }

    void shouldDecodeEachLineWithItsOwnEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(Encoding, encoding);
        const TextDecoding::Decoded decoded = TextDecoding::decodeLine(bytes);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, encoding);
    }

    void shouldNotCarryADecodingErrorIntoTheNextLine()
    {
        // Decoders are reused between lines: a failure must not leak into the next, valid line.
        QCOMPARE(TextDecoding::decodeLine("\xff\xfe broken").encoding, Encoding::Latin1);
        const TextDecoding::Decoded next = TextDecoding::decodeLine("\xe5\xae\x9b\xe5\x85\x88");
        QCOMPARE(next.encoding, Encoding::Utf8);
        QCOMPARE(next.text, u"宛先"_s);
        QCOMPARE(TextDecoding::decodeLine("\x88\xb6\x90\xe6").text, u"宛先"_s);
        QCOMPARE(TextDecoding::decodeLine("\x88\xb6\x90\xe6").encoding, Encoding::ShiftJis);
    }

    void shouldDecodeWithTheChosenEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("text");
        // Half-width katakana in CP932 are bytes 0xA1-0xDF, which detection takes for EUC-JP kanji.
        const QByteArray katakana("550 \xb1\xb2\xb3\xb4");
        QTest::newRow("cp932 as cp932") << katakana << Encoding::ShiftJis << u"550 ｱｲｳｴ"_s;
        QTest::newRow("cp932 as euc-jp") << katakana << Encoding::EucJp << u"550 渦慨"_s;
        QTest::newRow("cp932 as latin-1") << katakana << Encoding::Latin1 << u"550 \u00b1\u00b2\u00b3\u00b4"_s;
        QTest::newRow("cp932 as utf-8") << katakana << Encoding::Utf8 << u"550 \ufffd\ufffd\ufffd\ufffd"_s;
        QTest::newRow("utf-8 as utf-8") << QByteArray("\xe5\xae\x9b\xe5\x85\x88") << Encoding::Utf8 << u"宛先"_s;
        QTest::newRow("ascii as euc-jp") << QByteArray("250 ok") << Encoding::EucJp << u"250 ok"_s;
    }

    void shouldDecodeWithTheChosenEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(QString, text);
        QCOMPARE(TextDecoding::decodeAs(bytes, encoding), text);
    }

    void shouldNotCarryAnErrorOfTheChosenEncodingIntoTheNextLine()
    {
        QCOMPARE(TextDecoding::decodeAs("\x88\xb6\xff\xff", Encoding::ShiftJis).left(1), u"宛"_s);
        QCOMPARE(TextDecoding::decodeAs("\x88\xb6\x90\xe6", Encoding::ShiftJis), u"宛先"_s);
    }

    void shouldShowALogInTheEncodingTheUserChose()
    {
        // Given a CP932 reply that per-line detection reads as EUC-JP
        const QByteArray line = "2024-03-27T10:08:13.000000+09:00 relay1 postfix/smtp[3001]: 4VbV4L0qnJz7tBN: "
                                "to=<a@example.jp>, relay=mx.example.jp[192.0.2.9]:25, delay=1, dsn=5.1.1, "
                                "status=bounced (host mx.example.jp said: 550 \xb1\xb2\xb3\xb4)\n";
        const auto file = LogFile::fromBytes(u"maillog"_s, line);
        const auto pool = std::make_shared<StringPool>();
        const auto detected = LogParser::parse(file, pool, {});
        QCOMPARE(detected->info().encoding, Encoding::EucJp);
        QVERIFY(!detected->info().encodingOverridden);
        QVERIFY(detected->text(0).endsWith(u"550 渦慨)"_s));
        QVERIFY(detected->fieldText(0, FieldKey::Reply).endsWith(u"550 渦慨"_s));

        // When the log is read with CP932 chosen
        LogParser::Options options;
        options.encoding = Encoding::ShiftJis;
        const auto chosen = LogParser::parse(file, pool, options);

        // Then every displayed form of it uses CP932
        QCOMPARE(chosen->info().encoding, Encoding::ShiftJis);
        QVERIFY(chosen->info().encodingOverridden);
        QVERIFY(chosen->text(0).endsWith(u"550 ｱｲｳｴ)"_s));
        QVERIFY(chosen->lineText(0).endsWith(u"550 ｱｲｳｴ)"_s));
        QVERIFY(chosen->fieldText(0, FieldKey::Reply).endsWith(u"550 ｱｲｳｴ"_s));
        QVERIFY(chosen->valueText(0, chosen->field(0, FieldKey::Reply)).endsWith(u"550 ｱｲｳｴ"_s));
    }

    void shouldNameEncodings()
    {
        QCOMPARE(TextDecoding::encodingName(Encoding::ShiftJis), u"Shift_JIS"_s);
        QCOMPARE(TextDecoding::encodingName(Encoding::Utf8), u"UTF-8"_s);
        QCOMPARE(TextDecoding::encodingName(Encoding::Iso2022Jp), u"ISO-2022-JP"_s);
        QCOMPARE(TextDecoding::encodingKey(Encoding::Iso2022Jp), QLatin1StringView("iso-2022-jp"));
        QCOMPARE(TextDecoding::classify("\x1b$B%F%9%H\x1b(B"), Encoding::Iso2022Jp);
        QCOMPARE(TextDecoding::decodeAs("\x1b$B%F%9%H\x1b(B", Encoding::Iso2022Jp), u"テスト"_s);
    }

    void shouldDecodeEncodedWords_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso-2022-jp base64") << u"=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?="_s << u"テスト"_s;
        QTest::newRow("lower case, around text") << u"Re: =?iso-2022-jp?b?GyRCN29MPiVGJTklSBsoQg==?= (2)"_s << u"Re: 件名テスト (2)"_s;
        // A UTF-8 character split across two words; the blank between the words is not text.
        QTest::newRow("utf-8 split") << u"=?UTF-8?B?5Lya6A==?=  =?UTF-8?B?rbDjga7jgYrnn6XjgonjgZs=?="_s << u"会議のお知らせ"_s;
        QTest::newRow("quoted printable") << u"=?UTF-8?Q?caf=C3=A9_au_lait?="_s << u"café au lait"_s;
        QTest::newRow("language suffix") << u"=?ISO-2022-JP*ja?B?GyRCJUYlOSVIGyhC?="_s << u"テスト"_s;
        QTest::newRow("words apart keep the text between") << u"=?UTF-8?Q?a?= and =?UTF-8?Q?b?="_s << u"a and b"_s;
        QTest::newRow("unknown charset kept") << u"=?X-NO-SUCH?B?AAAA?="_s << u"=?X-NO-SUCH?B?AAAA?="_s;
        QTest::newRow("not encoded") << u"Quarterly figures =? not a word"_s << u"Quarterly figures =? not a word"_s;
    }

    void shouldDecodeEncodedWords()
    {
        QFETCH(QString, header);
        QFETCH(QString, text);
        QCOMPARE(TextDecoding::decodeEncodedWords(header), text);
    }

    // The Subject a gateway logs as sent is shown decoded, in the details and exports alike.
    void shouldShowEncodedSubjectsDecoded()
    {
        const QByteArray line = "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject '=?ISO-2022-JP?B?GyRCN29MPiVGJTklSBsoQg==?='\n";
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        const auto log = LogParser::parse(LogFile::fromBytes(u"mail.current"_s, line), std::make_shared<StringPool>(), options);
        QCOMPARE(log->eventCount(), 1u);
        QCOMPARE(log->fieldText(0, FieldKey::Subject), u"件名テスト"_s);
        bool found = false;
        for (std::size_t n = 0; n < log->fieldCount(0); ++n) {
            if (log->fieldKeyAt(0, n) == FieldKey::Subject) {
                QCOMPARE(log->fieldTextAt(0, n), u"件名テスト"_s);
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(log->text(0).contains(u"=?ISO-2022-JP?B?"_s)); // the raw line stays as logged
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
