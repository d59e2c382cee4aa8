#include "textdecoding.h"

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

    void shouldNameEncodings()
    {
        QCOMPARE(TextDecoding::encodingName(Encoding::ShiftJis), u"Shift_JIS"_s);
        QCOMPARE(TextDecoding::encodingName(Encoding::Utf8), u"UTF-8"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
