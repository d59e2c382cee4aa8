// maillane and maillane-cli --help as users run them (issue 27): without a display, and in Japanese with Qt's
// own lines translated and the descriptions in one column counted in terminal columns, within 80 of them.
#include "commandlinehelp.h"

#include "maillane/version.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString App = QStringLiteral(MAILLANE_APP);
const QString Cli = QStringLiteral(MAILLANE_CLI);

struct Run
{
    int exitCode = -1; // also when it crashed
    QString output;
    QString errors;
};

// Runs an executable with no display to talk to and no platform chosen, as on a server or in a container.
Run runWithoutDisplay(const QString& program, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        environment.remove(name);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The terminal column where a table line's description text starts, or -1 when it has none (titles, the usage
// line, names alone on their line). Names hold single spaces only: two or more end them.
int descriptionColumn(const QString& line)
{
    if (!line.startsWith(u"  "_s))
        return -1;
    qsizetype start = 0;
    while (start < line.size() && line[start] == u' ')
        ++start;
    if (start > 2) // a wrapped line of a description
        return CommandLineHelp::displayWidth(line.first(start));
    qsizetype gap = line.indexOf(u"  "_s, start);
    if (gap < 0)
        return -1;
    while (line[gap] == u' ')
        ++gap;
    return CommandLineHelp::displayWidth(line.first(gap));
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowHelpAndVersionWithoutADisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("maillane --help") << App << QStringList { u"--lang"_s, u"en"_s, u"--help"_s }
                                         << u"Usage: maillane [options] [files...]\n"_s;
        QTest::newRow("maillane --version") << App << QStringList { u"--version"_s } << u"maillane "_s + QStringLiteral(MAILLANE_VERSION_STRING) + u'\n';
        // QApplication's own options too
        QTest::newRow("maillane --help-all") << App << QStringList { u"--lang"_s, u"en"_s, u"--help-all"_s }
                                             << u"--platform <platformName[:options]>"_s;
        QTest::newRow("maillane-cli --help") << Cli << QStringList { u"--lang"_s, u"en"_s, u"--help"_s }
                                             << u"Usage: maillane-cli [options] command [query] files...\n"_s;
    }

    void shouldShowHelpAndVersionWithoutADisplay()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runWithoutDisplay(program, arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    }

    void shouldLayOutTheHelpInTerminalColumns_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("language");
        for (const QString& language : { u"ja"_s, u"en"_s }) {
            QTest::addRow("maillane %s", qPrintable(language)) << App << language;
            QTest::addRow("maillane-cli %s", qPrintable(language)) << Cli << language;
        }
    }

    void shouldLayOutTheHelpInTerminalColumns()
    {
        QFETCH(QString, program);
        QFETCH(QString, language);
        const Run run = runWithoutDisplay(program, { u"--lang"_s, language, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        int column = -1;
        for (const QString& line : run.output.split(u'\n')) {
            QVERIFY2(CommandLineHelp::displayWidth(line) <= 80, qPrintable(line));
            const int start = descriptionColumn(line);
            if (column == -1)
                column = start;
            QVERIFY2(start == -1 || start == column, qPrintable(u"not at column %1: "_s.arg(column) + line));
        }
        QVERIFY(column > 0);
    }

    void shouldTranslateQtsOwnLines_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("maillane") << App;
        QTest::newRow("maillane-cli") << Cli;
    }

    void shouldTranslateQtsOwnLines()
    {
        QFETCH(QString, program);
        const Run run = runWithoutDisplay(program, { u"--lang"_s, u"ja"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const QString& japanese : { u"使い方: "_s, u"[オプション]"_s, u"\nオプション:\n"_s, u"\n引数:\n"_s,
                 u"コマンドラインオプションのヘルプを表示します。"_s, u"Qt 共通のオプションも含めたヘルプを表示します。"_s,
                 u"バージョン情報を表示します。"_s })
            QVERIFY2(run.output.contains(japanese), qPrintable(japanese + u" is not in:\n"_s + run.output));
        for (const QString& english : { u"Usage"_s, u"Options:"_s, u"Arguments:"_s, u"Displays"_s })
            QVERIFY2(!run.output.contains(english), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestHelp)
#include "tst_help.moc"
