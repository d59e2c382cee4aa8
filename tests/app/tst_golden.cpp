// Golden files (issue 21): what maillane-cli makes of fixed logs, locked before the load path is redesigned. For
// each case, the `events --json`, `messages --json` and `trace --json` outputs (the last for every identifier of
// every message) are compared with tests/golden/<case>.<output>.ref, byte for byte.
//
// An intended change of output is recorded by running the test in update mode, which writes the references
// instead of comparing, and committing them on their own with the reason:
//   scripts/run env MAILLANE_GOLDEN_UPDATE=1 build/tests/tst_golden
// On a mismatch the actual output is left in build/tests/golden-actual/ for `diff -u`.
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString Cli = QStringLiteral(MAILLANE_CLI);
const QString SourceDir = QStringLiteral(MAILLANE_SOURCE_DIR);
const QString ReferenceDir = QStringLiteral(MAILLANE_SOURCE_DIR "/tests/golden");
const QString ActualDir = QStringLiteral(MAILLANE_BINARY_DIR "/tests/golden-actual");

// Every case is read as Japan time and, where a log states no year, as 2024: the output must not depend on the
// machine's zone or on the files' modification times.
const QStringList FixedOptions { u"--zone"_s, u"Asia/Tokyo"_s, u"--year"_s, u"2024"_s };

bool updating()
{
    return !qEnvironmentVariableIsEmpty("MAILLANE_GOLDEN_UPDATE");
}

// Runs maillane-cli from the repository root, so that the paths it prints are the same on every machine.
QByteArray runCli(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(SourceDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.start(Cli, arguments + QStringList { u"--lang"_s, u"en"_s });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("maillane-cli %s did not finish", qPrintable(arguments.join(u' ')));
        return {};
    }
    if (process.exitCode() != 0)
        qWarning("maillane-cli %s exited %d: %s", qPrintable(arguments.join(u' ')), process.exitCode(),
            process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// The identifiers to trace: every message's own identifiers (not IronPort's RIDs, which are numbers per message),
// in the order the messages are listed, each once.
QStringList traceQueries(const QByteArray& messagesJson)
{
    QStringList queries;
    const QJsonArray messages = QJsonDocument::fromJson(messagesJson).array();
    for (const QJsonValue& message : messages) {
        const QJsonObject ids = message.toObject().value(u"ids"_s).toObject();
        for (auto it = ids.begin(); it != ids.end(); ++it) {
            if (it.key() == u"rid")
                continue;
            for (const QJsonValue& id : it.value().toArray()) {
                if (!queries.contains(id.toString()))
                    queries.append(id.toString());
            }
        }
    }
    return queries;
}

// The first line where two outputs differ, with the line of each, for the failure message.
QString firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QByteArray a = i < want.size() ? want[i] : "(end of file)";
        const QByteArray b = i < got.size() ? got[i] : "(end of file)";
        if (a != b)
            return u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(QString::fromUtf8(a), QString::fromUtf8(b));
    }
    return {};
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private:
    // Compares (or, in update mode, writes) one output of one case.
    void check(const QString& name, const QByteArray& actual)
    {
        QVERIFY2(!actual.isEmpty(), qPrintable(name + u": maillane-cli wrote nothing"_s));
        const QString referencePath = ReferenceDir + u'/' + name + u".ref"_s;
        if (updating()) {
            QFile reference(referencePath);
            QVERIFY(reference.open(QIODevice::WriteOnly | QIODevice::Truncate));
            reference.write(actual);
            return;
        }
        QFile reference(referencePath);
        QVERIFY2(reference.open(QIODevice::ReadOnly),
            qPrintable(referencePath + u" is missing: run the test with MAILLANE_GOLDEN_UPDATE=1 to write it"_s));
        const QByteArray expected = reference.readAll();
        if (expected == actual)
            return;
        QDir().mkpath(ActualDir);
        QFile saved(ActualDir + u'/' + name + u".ref"_s);
        QVERIFY(saved.open(QIODevice::WriteOnly | QIODevice::Truncate));
        saved.write(actual);
        QFAIL(qPrintable(u"%1 differs from its reference (diff -u %2 %3)\n%4"_s.arg(
            name, referencePath, saved.fileName(), firstDifference(expected, actual))));
    }

private slots:
    void shouldMatchTheReferences_data()
    {
        QTest::addColumn<QStringList>("inputs");
        // The bundled samples: all four families, hops between them.
        QTest::newRow("samples") << QStringList { u"resources/samples"_s };
        // Each family alone: a trace must not depend on the other families being loaded.
        QTest::newRow("samples-ironport") << QStringList { u"resources/samples/ironport"_s };
        QTest::newRow("samples-postfix") << QStringList { u"resources/samples/postfix"_s };
        QTest::newRow("samples-sunms") << QStringList { u"resources/samples/sun"_s };
        QTest::newRow("samples-epost") << QStringList { u"resources/samples/epost"_s };
        // The IronPort walkthrough of the format seeds (docs/examples).
        QTest::newRow("ironport-seed") << QStringList { u"docs/examples/ironport-seed"_s };
        // Composed cases of the edge shapes each family logs (tests/golden/logs/).
        QTest::newRow("edge-postfix") << QStringList { u"tests/golden/logs/postfix"_s };
        QTest::newRow("edge-ironport") << QStringList { u"tests/golden/logs/ironport"_s };
        QTest::newRow("edge-sunms") << QStringList { u"tests/golden/logs/sunms"_s };
        QTest::newRow("edge-epost") << QStringList { u"tests/golden/logs/epost"_s };
    }

    void shouldMatchTheReferences()
    {
        QFETCH(QStringList, inputs);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        for (const QString& input : inputs)
            QVERIFY2(QFileInfo::exists(SourceDir + u'/' + input), qPrintable(input + u" is missing"_s));

        check(name + u".events"_s, runCli(QStringList { u"events"_s, u"--json"_s } + FixedOptions + inputs));
        const QByteArray messages = runCli(QStringList { u"messages"_s, u"--json"_s } + FixedOptions + inputs);
        check(name + u".messages"_s, messages);

        const QStringList queries = traceQueries(messages);
        QVERIFY2(!queries.isEmpty(), "every case has messages to trace");
        QByteArray traces;
        for (const QString& query : queries) {
            traces += "== trace " + query.toUtf8() + '\n';
            traces += runCli(QStringList { u"trace"_s, u"--json"_s } + FixedOptions + QStringList { query } + inputs);
        }
        check(name + u".trace"_s, traces);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
