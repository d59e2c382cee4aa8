#include "languagemanager.h"
#include "linetablemodel.h"
#include "mainwindow.h"
#include "rawview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    const QList<QAction*> actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles.append(action->text());
    return titles;
}

// The text of the checked entry in the Language menu.
QString checkedLanguage(const MainWindow& window)
{
    const QList<QAction*> menus = window.menuBar()->actions();
    const QList<QAction*> entries = menus.at(2)->menu()->actions();
    for (const QAction* action : entries) {
        if (action->isChecked())
            return action->text();
    }
    return {};
}

QString writeLog(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write test log");
    file.write(bytes);
    return file.fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MaillaneTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void init() { QSettings().clear(); }

    void shouldOpenFilesInTheBackgroundAndShowTheSelectedLine()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s,
            "Mar 27 09:14:04 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]\n"
            "Mar 27 09:14:05 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]\n");
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QAbstractItemModelTester tester(window.lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);

        window.openFiles({ path });
        QVERIFY(finished.wait());
        QCOMPARE(window.lineModel()->rowCount(), 2);
        // The first line is selected as soon as rows arrive, and the raw view follows the selection.
        QCOMPARE(window.tableView()->currentIndex().row(), 0);
        QVERIFY(window.selectFirstRowContaining(u"client="_s));
        QCOMPARE(window.tableView()->currentIndex().row(), 1);
        const RawView* raw = window.rawView();
        QVERIFY(raw->document()->findBlockByNumber(raw->focusBlock()).text().contains(u"client=esa1"_s));
        QVERIFY(!window.selectFirstRowContaining(u"no such text"_s));
    }

    void shouldReportFailedFilesWithoutBlockingTheOthers()
    {
        QTemporaryDir dir;
        const QString good = writeLog(dir, u"good.log"_s, "one\ntwo\nthree\n");
        const QString missing = dir.filePath(u"missing.log"_s);
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadingFinished);

        window.openFiles({ missing, good });
        QVERIFY(finished.wait());
        QCOMPARE(window.lineModel()->rowCount(), 3);
        QMessageBox* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY2(box->informativeText().contains(missing), qPrintable(box->informativeText()));
    }

    void shouldOpenDroppedFiles()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"dropped.log"_s, "one\ntwo\n");
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadingFinished);

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);

        QVERIFY(finished.wait());
        QCOMPARE(window.lineModel()->rowCount(), 2);
        QCOMPARE(window.lineModel()->index(0, LineTableModel::FileColumn).data().toString(), u"dropped.log"_s);
    }

    void shouldLoadTheBundledSamples()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openSampleLogs();
        QVERIFY(finished.wait());
        QVERIFY(window.lineModel()->logs().fileCount() >= 12);
        QVERIFY(window.selectFirstRowContaining(u"queued as 4VbT0K2mQzz3xYp"_s));

        window.closeAll();
        QCOMPARE(window.lineModel()->rowCount(), 0);
        QCOMPARE(window.rawView()->document()->toPlainText(), QString());
    }

    void shouldSortWhenAHeaderIsClicked()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        window.lineModel()->appendFile(LogFile::fromBytes(u"x.log"_s, "b\nc\na\n"));
        QCOMPARE(window.lineModel()->index(0, LineTableModel::TextColumn).data().toString(), u"b"_s);
        window.tableView()->sortByColumn(LineTableModel::TextColumn, Qt::AscendingOrder);
        QCOMPARE(window.lineModel()->index(0, LineTableModel::TextColumn).data().toString(), u"a"_s);
        QCOMPARE(window.tableView()->horizontalHeader()->sortIndicatorSection(), int(LineTableModel::TextColumn));
    }

    void shouldSwitchMenusAndHeadersBetweenEnglishAndJapanese()
    {
        LanguageManager languages;
        languages.applyPreference();
        MainWindow window(&languages);
        window.show();
        const QStringList english { u"&File"_s, u"&View"_s, u"&Language"_s, u"&Help"_s };
        QCOMPARE(menuTitles(window), english);

        languages.setPreference(u"ja"_s);
        const QStringList japanese { u"ファイル(&F)"_s, u"表示(&V)"_s, u"言語(&L)"_s, u"ヘルプ(&H)"_s };
        QTRY_COMPARE(menuTitles(window), japanese);
        QCOMPARE(checkedLanguage(window), u"日本語"_s);
        QCOMPARE(window.lineModel()->headerData(LineTableModel::TextColumn, Qt::Horizontal).toString(), u"テキスト"_s);
        QCOMPARE(window.fileMenu()->actions().constFirst()->text(), u"ログを開く(&O)..."_s);

        languages.setPreference(u"en"_s);
        QTRY_COMPARE(menuTitles(window), english);
        QCOMPARE(window.lineModel()->headerData(LineTableModel::TextColumn, Qt::Horizontal).toString(), u"Text"_s);
        QCOMPARE(checkedLanguage(window), u"English"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
