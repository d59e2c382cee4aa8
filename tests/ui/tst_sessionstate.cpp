// Session state: what a window had open is saved with its overrides and selected line, and the next start opens
// it again and selects that line (its trace too); with the option off, after Close All, or with a file gone, it
// starts as it should.
#include "logfile.h"
#include "logtableview.h"
#include "mainactions.h"
#include "mainwindowtesting.h"
#include "sessionstate.h"
#include "workspace/workspace.h"

#include <QMessageBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace MainWindowTesting;

namespace {

const QByteArray PostfixLines = "2024-03-27T09:14:04.100000+09:00 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]\n"
                                "2024-03-27T09:14:05.100000+09:00 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]\n"
                                "2024-03-27T09:14:06.100000+09:00 relay1 postfix/cleanup[2231]: 4VbT0K2mQzz3xYp: message-id=<a@example.jp>\n";

// An IronPort header folded over two lines: one event spanning lines 1 and 2.
const QByteArray FoldedIronPort = "Wed Mar 27 09:14:03 2024 Info: MID 30011 Subject 'Quarterly\n"
                                  " figures'\n"
                                  "Wed Mar 27 09:14:03 2024 Info: MID 30011 ready 48213 bytes from <taro@example.net>\n";

LogParser::Options overrides(const char* family, const QString& subLog, TextDecoding::Encoding encoding, const char* zone, int year)
{
    LogParser::Options options;
    if (Family known; family && familyFromKey(QLatin1StringView(family), &known))
        options.family = known;
    options.subLog = subLog;
    options.encoding = encoding;
    options.zone = QTimeZone(zone);
    options.year = year;
    return options;
}

void compareOverrides(const LogParser::Options& actual, const LogParser::Options& expected)
{
    QCOMPARE(actual.family, expected.family);
    QCOMPARE(actual.subLog, expected.subLog);
    QCOMPARE(actual.encoding, expected.encoding);
    QCOMPARE(actual.zone, expected.zone);
    QCOMPARE(actual.year, expected.year);
}

QStringList pathsOf(const Workspace& workspace)
{
    QStringList paths;
    for (std::size_t i = 0; i < workspace.logs().size(); ++i)
        paths.append(workspace.logs().log(i).info().path);
    return paths;
}

} // namespace

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(u"tst_sessionstate"_s); }
    void init() { QSettings().clear(); }

    void shouldKeepEachLogsOverridesThroughTheSettings()
    {
        SessionState state;
        const LogParser::Options acceptlog = overrides("epost", u"acceptlog"_s, TextDecoding::Encoding::ShiftJis, "Asia/Tokyo", 2023);
        const LogParser::Options postfix = overrides("postfix", {}, TextDecoding::Encoding::EucJp, "UTC", 0);
        state.logs = { { u"/logs/MAILSV01/acceptlog/240327.log"_s, acceptlog }, { u"/logs/maillog"_s, postfix },
            { u"/logs/maillog.1.gz"_s, {} } };
        state.selectedPath = u"/logs/maillog"_s;
        state.selectedLine = 12;
        state.messagesShown = true;
        {
            QSettings settings;
            state.save(&settings);
        }

        QSettings settings;
        const SessionState loaded = SessionState::load(&settings);
        QCOMPARE(loaded.logs.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(loaded.logs[i].path, state.logs[i].path);
            compareOverrides(loaded.logs[i].options, state.logs[i].options);
        }
        QVERIFY(!loaded.logs[2].options.family && !loaded.logs[2].options.encoding && !loaded.logs[2].options.zone.isValid());
        QCOMPARE(loaded.selectedPath, state.selectedPath);
        QCOMPARE(loaded.selectedLine, qint64(12));
        QVERIFY(loaded.messagesShown);

        // A shorter session leaves nothing of the longer one behind.
        SessionState shorter;
        shorter.logs = { { u"/logs/other"_s, {} } };
        shorter.save(&settings);
        QCOMPARE(SessionState::load(&settings).logs.size(), std::size_t(1));
    }

    void shouldOpenLogsWithTheSameOverridesTogetherInOrder()
    {
        const LogParser::Options tokyo = overrides(nullptr, {}, TextDecoding::Encoding::Utf8, "Asia/Tokyo", 0);
        SessionState state;
        state.logs = { { u"a"_s, tokyo }, { u"b"_s, tokyo }, { u"c"_s, {} }, { u"d"_s, tokyo } };
        const auto requests = state.openRequests();
        QCOMPARE(requests.size(), std::size_t(3));
        QCOMPARE(requests[0].first, QStringList({ u"a"_s, u"b"_s }));
        compareOverrides(requests[0].second, tokyo);
        QCOMPARE(requests[1].first, QStringList({ u"c"_s }));
        QVERIFY(!requests[1].second.zone.isValid());
        QCOMPARE(requests[2].first, QStringList({ u"d"_s }));
    }

    void shouldNameTheSelectedEventByFileAndLine()
    {
        Workspace workspace;
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        workspace.addLog(LogParser::parse(LogFile::fromBytes(u"/logs/maillog"_s, PostfixLines), workspace.strings(), options), options);
        workspace.addLog(LogParser::parse(LogFile::fromBytes(u"/logs/mail.current"_s, FoldedIronPort), workspace.strings(), options), options);

        const SessionState state = SessionState::of(workspace, { 1, 1 });
        QCOMPARE(state.logs.size(), std::size_t(2));
        QCOMPARE(state.logs[1].path, u"/logs/mail.current"_s);
        QCOMPARE(state.logs[1].options.zone, QTimeZone("Asia/Tokyo"));
        QCOMPARE(state.selectedPath, u"/logs/mail.current"_s);
        QCOMPARE(state.selectedLine, qint64(3)); // the event after the folded header

        QCOMPARE(state.selectedIn(workspace), EventRef({ 1, 1 }));
        SessionState folded = state;
        folded.selectedLine = 2; // the header's second line: its event
        QCOMPARE(folded.selectedIn(workspace), EventRef({ 1, 0 }));
        folded.selectedLine = 4; // past the end
        QVERIFY(!folded.selectedIn(workspace).isValid());
        folded.selectedPath = u"/logs/gone"_s;
        folded.selectedLine = 1;
        QVERIFY(!folded.selectedIn(workspace).isValid());
        QVERIFY(!SessionState::of(workspace, {}).selectedIn(workspace).isValid());
    }

    void shouldReopenTheLastLogsAndSelectTheSameMessage()
    {
        // Given a window with the samples (read as Japan time) and a log of our own, a sample message selected in
        // the Messages table
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, PostfixLines);
        LanguageManager languages;
        QStringList paths;
        QString selectedText;
        QString selectedPath;
        {
            MainWindow window(&languages);
            window.show();
            QVERIFY(loadAndWait(window, [&] {
                window.openSampleLogs();
                window.openFiles({ path });
            }));
            QVERIFY(window.findById(u"30011"_s));
            window.actions()->showMessages->trigger();
            selectedText = textOf(window, window.currentEvent());
            selectedPath = window.workspace().logs().log(window.currentEvent().log).info().path;
            paths = pathsOf(window.workspace());
            QVERIFY(paths.size() > 4);
            QVERIFY(window.actions()->reopenSession->isChecked()); // on by default
            // When it is closed
            window.close();
        }

        // Then the next start opens the same logs with the same options and selects the same line and its trace
        MainWindow window(&languages);
        window.show();
        bool reopened = false;
        QVERIFY(loadAndWait(window, [&] { reopened = window.reopenLastSession(); }));
        QVERIFY(reopened);
        QCOMPARE(pathsOf(window.workspace()), paths);
        QCOMPARE(window.workspace().optionsOf(0).zone, QTimeZone("Asia/Tokyo")); // a sample
        QVERIFY(!window.workspace().optionsOf(std::size_t(paths.indexOf(path))).zone.isValid());
        QCOMPARE(window.workspace().logs().log(window.currentEvent().log).info().path, selectedPath);
        QCOMPARE(textOf(window, window.currentEvent()), selectedText);
        QVERIFY(window.focusMessage() != NoIndex);
        QCOMPARE(window.tables()->currentWidget(), static_cast<QWidget*>(window.messageView()));
    }

    void shouldReportALogGoneSinceAndOpenTheOthers()
    {
        QTemporaryDir dir;
        const QString kept = writeLog(dir, u"maillog"_s, PostfixLines);
        const QString gone = writeLog(dir, u"mail.current"_s, FoldedIronPort);
        LanguageManager languages;
        {
            MainWindow window(&languages);
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ kept, gone }); }));
            window.selectEvent(eventContaining(window, u"ready 48213"));
            window.close();
        }
        QVERIFY(QFile::remove(gone));

        MainWindow window(&languages);
        window.show();
        QVERIFY(loadAndWait(window, [&] { QVERIFY(window.reopenLastSession()); }));
        QCOMPARE(pathsOf(window.workspace()), QStringList({ kept }));
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(!box->isModal());
        QVERIFY2(box->informativeText().contains(gone), qPrintable(box->informativeText()));
        QCOMPARE(window.currentEvent(), window.eventModel()->eventAt(0)); // the saved line is gone: the first row
    }

    void shouldStartEmptyWhenReopeningIsOffOrNothingWasOpen()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, PostfixLines);
        LanguageManager languages;
        {
            MainWindow window(&languages);
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));
            window.actions()->reopenSession->setChecked(false);
            window.close();
        }
        {
            MainWindow window(&languages);
            QVERIFY(!window.actions()->reopenSession->isChecked()); // remembered
            QVERIFY(!window.reopenLastSession());
            QVERIFY(!window.isLoading());
            QCOMPARE(window.workspace().logs().size(), std::size_t(0));

            // Back on, but everything closed before quitting: nothing to reopen
            window.actions()->reopenSession->setChecked(true);
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));
            window.actions()->closeAll->trigger();
            window.close();
        }
        MainWindow window(&languages);
        QVERIFY(window.actions()->reopenSession->isChecked());
        QVERIFY(!window.reopenLastSession());
        QCOMPARE(window.workspace().logs().size(), std::size_t(0));
    }
};

QTEST_MAIN(TestSessionState)
#include "tst_sessionstate.moc"
