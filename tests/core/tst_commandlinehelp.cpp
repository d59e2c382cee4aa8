// The help of maillane and maillane-cli in terminal columns (issue 27): Japanese takes two columns a character,
// descriptions share one column and wrap by Japanese rules, and Qt's own lines are translated.
#include "commandline.h"
#include "commandlinehelp.h"
#include "languagemanager.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using CommandLineHelp::Row;
using CommandLineHelp::Section;

class TestCommandLineHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MaillaneTests"_s);
        QCoreApplication::setApplicationName(u"tst_commandlinehelp"_s);
    }

    void shouldCountTerminalColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ASCII") << u"--help"_s << 6;
        QTest::newRow("kanji") << u"日本語"_s << 6;
        QTest::newRow("katakana") << u"ヘルプ"_s << 6;
        QTest::newRow("Japanese punctuation") << u"「、。」"_s << 8;
        QTest::newRow("fullwidth") << u"ＡＢ"_s << 4;
        QTest::newRow("halfwidth katakana") << u"ｶﾀｶﾅ"_s << 4;
        QTest::newRow("value name") << u"<ファイル>"_s << 10;
        QTest::newRow("combining accent") << u"e\u0301"_s << 1;
        QTest::newRow("emoji, two UTF-16 units") << u"\U0001F4E7"_s << 2;
        QTest::newRow("empty") << QString() << 0;
    }

    void shouldCountTerminalColumns()
    {
        QFETCH(QString, text);
        QTEST(CommandLineHelp::displayWidth(text), "columns");
    }

    void shouldWrapByColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("English, at spaces") << u"The whole path of the messages"_s << 12
                                            << QStringList { u"The whole"_s, u"path of the"_s, u"messages"_s };
        // 16 columns are 8 Japanese characters; 。 never starts a line, so す goes down with it
        QTest::newRow("Japanese, between characters")
            << u"ログを読み込み、ウィンドウを書き出して終了します。"_s << 16
            << QStringList { u"ログを読み込み、"_s, u"ウィンドウを書き"_s, u"出して終了しま"_s, u"す。"_s };
        // an opening bracket stays with what follows it
        QTest::newRow("brackets") << u"既定は「自動」です"_s << 8 << QStringList { u"既定は"_s, u"「自動」"_s, u"です"_s };
        QTest::newRow("mixed, at spaces") << u"すべてのイベントを CSV または JSON で出力"_s << 20
                                          << QStringList { u"すべてのイベントを"_s, u"CSV または JSON で出"_s, u"力"_s };
        QTest::newRow("after Japanese punctuation, before a word") << u"既定: text。events、messages: csv"_s << 14
                                                                  << QStringList { u"既定: text。"_s, u"events、"_s, u"messages: csv"_s };
        QTest::newRow("a word wider than the line is cut") << u"abcdefghij"_s << 4
                                                           << QStringList { u"abcd"_s, u"efgh"_s, u"ij"_s };
        QTest::newRow("newlines kept") << u"a\nb"_s << 10 << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("empty") << QString() << 10 << QStringList { QString() };
    }

    void shouldWrapByColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QTEST(CommandLineHelp::wrap(text, width), "lines");
    }

    void shouldAlignDescriptionsInColumnsNotCharacters()
    {
        // QCommandLineParser pads "--lang <言語>" as 11 characters; it takes 13 columns
        const QString text = CommandLineHelp::tables({ Section { u"オプション:"_s,
            { Row { u"-h, --help"_s, u"ヘルプを表示します。"_s }, Row { u"--lang <言語>"_s, u"言語を選びます。"_s } } } });
        QCOMPARE(text,
            u"オプション:\n"
            "  -h, --help     ヘルプを表示します。\n"
            "  --lang <言語>  言語を選びます。\n"_s);
    }

    void shouldShareOneColumnAcrossSectionsAndIndentWrappedLines()
    {
        const QString text = CommandLineHelp::tables(
            { Section { u"Commands:"_s, { Row { u"count FILE..."_s, u"数えます。"_s } } },
                Section { u"Options:"_s, { Row { u"--json"_s, u"JSON で出力します。既定はテキスト。"_s } } } },
            36);
        const QString expected = u"Commands:\n  count FILE...  数えます。\n\nOptions:\n  --json"_s + QString(9, u' ')
            + u"JSON で出力します。\n"_s + QString(17, u' ') + u"既定はテキスト。\n"_s;
        QCOMPARE(text, expected);
    }

    void shouldPutTheDescriptionBelowNamesTooLongForTheirColumn()
    {
        const QString text = CommandLineHelp::tables(
            { Section { u"T:"_s, { Row { u"--a-very-long-option-name <value-name-too>"_s, u"Does it."_s } } } });
        const QString expected = u"T:\n  --a-very-long-option-name <value-name-too>\n"_s + QString(34, u' ') + u"Does it.\n"_s;
        QCOMPARE(text, expected);
    }

    // qtbase's Japanese catalogue lacks Qt 6's help lines; Maillane's carries them and Qt's headings.
    void shouldSpeakJapaneseInQtsOwnLines()
    {
        LanguageManager languages;
        QVERIFY(languages.useForThisRun(u"ja"_s));
        CommandLine commandLine(u"説明。"_s);
        commandLine.addArgument(u"files"_s, u"ファイル。"_s, u"[files...]"_s);
        const QString help = commandLine.helpText();
        QVERIFY2(help.startsWith(u"使い方: tst_commandlinehelp [オプション] [files...]\n説明。\n\nオプション:\n"_s), qPrintable(help));
        // descriptions at column 17: two columns, "-v, --version", two more
        for (const QString& line : QStringList { u"  -h, --help     コマンドラインオプションのヘルプを表示します。\n"_s,
                 u"  --help-all     Qt 共通のオプションも含めたヘルプを表示します。\n"_s,
                 u"  -v, --version  バージョン情報を表示します。\n"_s, QString(u"\n引数:\n  files"_s + QString(10, u' ') + u"ファイル。\n"_s) })
            QVERIFY2(help.contains(line), qPrintable(help));

        QVERIFY(!commandLine.parse({ u"tst"_s, u"--bogus"_s }));
        QCOMPARE(commandLine.errorText(), u"'bogus' は不明なオプションです。"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandLineHelp)
#include "tst_commandlinehelp.moc"
