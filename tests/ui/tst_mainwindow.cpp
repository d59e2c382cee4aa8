// The main window's frame: opening (background, failures, drop, recent), the detail and raw panels, plain
// text everywhere, copying and exporting, remembered columns, and the language switch.
#include "eventdetailmodel.h"
#include "filterbar.h"
#include "workspace/logfollower.h"
#include "logtableview.h"
#include "mainactions.h"
#include "mainwindowtesting.h"
#include "messagetablemodel.h"
#include "rawview.h"
#include "swimlane/swimlanetexts.h"
#include "swimlaneview.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace MainWindowTesting;

namespace {

const QByteArray TwoPostfixLines = "2024-03-27T09:14:04.100000+09:00 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]\n"
                                   "2024-03-27T09:14:05.100000+09:00 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]\n";

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    const QList<QAction*> actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles.append(action->text());
    return titles;
}

QString detailValue(const EventDetailModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EventDetailModel::NameColumn).data().toString() == name)
            return model->index(row, EventDetailModel::ValueColumn).data().toString();
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(u"tst_mainwindow"_s); }
    void init() { QSettings().clear(); }

    void shouldOpenFilesInTheBackgroundAndShowTheSelectedEvent()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, TwoPostfixLines);
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QAbstractItemModelTester events(window.eventModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester details(window.detailModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));
        QCOMPARE(window.eventModel()->rowCount(), 2);
        // The first event is selected as soon as rows arrive; raw view and details follow the selection.
        QCOMPARE(window.eventView()->currentIndex().row(), 0);
        window.eventView()->selectRow(1);
        QCOMPARE(window.currentEvent(), window.eventModel()->eventAt(1));
        const RawView* raw = window.rawView();
        QVERIFY(raw->document()->findBlockByNumber(raw->focusBlock()).text().contains(u"client=esa1"_s));
        QCOMPARE(raw->lineNumberOfBlock(raw->focusBlock()), 2);
        QCOMPARE(detailValue(window.detailModel(), fieldLabel(FieldKey::QueueId)), u"4VbT0K2mQzz3xYp"_s);
        QCOMPARE(detailValue(window.detailModel(), u"Line"_s), u"2"_s);
        QVERIFY2(window.statusLabel()->text().startsWith(u"2 of 2 event"_s), qPrintable(window.statusLabel()->text()));
    }

    void shouldSelectATimedLineFirstAndPutABinaryFilesLinesLast()
    {
        QTemporaryDir dir;
        const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\x01\n\xff\xfe\x01 binary\n";
        const QString image = writeLog(dir, u"image.png"_s, QByteArray(binary, sizeof(binary) - 1));
        const QString log = writeLog(dir, u"maillog"_s, TwoPostfixLines);
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();

        // The binary file is read first: its first line is the only choice.
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ image }); }));
        QCOMPARE(window.eventView()->currentIndex().row(), 0);
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ log }); }));
        const EventTableModel* model = window.eventModel();
        QCOMPARE(model->rowCount(), 6);
        // The binary file's lines have no time: they come after the mail log's. The selection nobody chose
        // follows the first row, now the mail log's first line.
        QCOMPARE(window.eventView()->currentIndex().row(), 0);
        QVERIFY(textOf(window, window.currentEvent()).contains(u"connect from esa1"_s));
        QVERIFY(textOf(window, model->eventAt(1)).contains(u"client=esa1"_s));
        for (int row = 2; row < model->rowCount(); ++row)
            QCOMPARE(window.workspace().logs().log(model->eventAt(row).log).info().displayName, u"image.png"_s);
        // One the operator chose stays chosen when an earlier line comes in.
        window.eventView()->selectRow(3);
        const EventRef chosen = window.currentEvent();
        const QString earlier = writeLog(dir, u"maillog.1"_s,
            "2024-03-27T09:00:00.100000+09:00 relay1 postfix/smtpd[2200]: connect from esa1.example.jp[192.0.2.25]\n");
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ earlier }); }));
        QCOMPARE(window.currentEvent(), chosen);
        QCOMPARE(window.eventView()->currentIndex().row(), 4);
    }

    void shouldReportFailedFilesWithoutBlockingTheOthers()
    {
        QTemporaryDir dir;
        const QString good = writeLog(dir, u"maillog"_s, TwoPostfixLines);
        const QString missing = dir.filePath(u"missing.log"_s);
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();

        QVERIFY(loadAndWait(window, [&] { window.openFiles({ missing, good }); }));
        QCOMPARE(window.eventModel()->rowCount(), 2);
        QMessageBox* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY2(box->informativeText().contains(missing), qPrintable(box->informativeText()));
    }

    void shouldOpenDroppedFilesAndRememberThem()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"dropped.log"_s, TwoPostfixLines);
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(loadAndWait(window, [&] { QCoreApplication::sendEvent(&window, &drop); }));
        QCOMPARE(window.eventModel()->rowCount(), 2);
        QCOMPARE(window.eventModel()->index(0, int(EventColumn::File)).data().toString(), u"dropped.log"_s);

        const QList<QAction*> recent = window.actions()->recentMenu->actions();
        QVERIFY(!recent.isEmpty());
        QVERIFY2(recent.first()->text().contains(u"dropped.log"_s), qPrintable(recent.first()->text()));
    }

    void shouldCloseAndReload()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, TwoPostfixLines);
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("2024-03-27T09:14:06.100000+09:00 relay1 postfix/smtpd[2230]: disconnect from esa1.example.jp[192.0.2.25]\n");
        file.close();
        QVERIFY(loadAndWait(window, [&] { window.actions()->reload->trigger(); }));
        QCOMPARE(window.eventModel()->rowCount(), 3);

        window.actions()->closeAll->trigger();
        QCOMPARE(window.eventModel()->rowCount(), 0);
        QCOMPARE(window.workspace().logs().size(), std::size_t(0));
        QCOMPARE(window.rawView()->document()->toPlainText(), QString());
    }

    void shouldFollowFilesKeepingTheViewWhereItWas()
    {
        // Given 200 lines in view, followed
        const auto lines = [](int first, int count) {
            QByteArray bytes;
            for (int n = first; n < first + count; ++n)
                bytes += QString::asprintf("2024-03-27T09:%02d:%02d.100000+09:00", 10 + n / 60, n % 60).toLatin1()
                    + " relay1 postfix/smtpd[" + QByteArray::number(1000 + n) + "]: connect from unknown[192.0.2.25]\n";
            return bytes;
        };
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, lines(0, 200));
        LanguageManager languages;
        MainWindow window(&languages);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));
        window.actions()->follow->setChecked(true);
        QVERIFY(!window.isLoading()); // nothing changed: nothing is read again
        QVERIFY(window.statusLabel()->text().contains(u"following"_s));
        QScrollBar* bar = window.eventView()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);

        // When lines are added while the operator looks at an earlier line
        const EventRef selected = window.eventModel()->eventAt(10);
        window.selectEvent(selected);
        bar->setValue(0);
        const auto add = [&](int first, int count) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(lines(first, count));
        };
        add(200, 50);
        QVERIFY(loadAndWait(window, [&] { window.follower()->poll(); }));

        // Then they are in the table, and the view and the selection stay
        QCOMPARE(window.eventModel()->rowCount(), 250);
        QCOMPARE(window.currentEvent(), selected);
        QCOMPARE(bar->value(), 0);

        // When the operator is at the bottom, the view follows the new lines
        bar->setValue(bar->maximum());
        const int bottom = bar->maximum();
        add(250, 50);
        QVERIFY(loadAndWait(window, [&] { window.follower()->poll(); }));
        QCOMPARE(window.eventModel()->rowCount(), 300);
        QVERIFY(bar->maximum() > bottom);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(window.currentEvent(), selected);

        // Off: nothing more is read
        window.actions()->follow->setChecked(false);
        add(300, 50);
        window.follower()->poll();
        QVERIFY(!window.isLoading());
        QCOMPARE(window.eventModel()->rowCount(), 300);
    }

    void shouldShowMarkupInLogsAsPlainText()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s,
            "2024-03-27T09:14:05.100000+09:00 relay1 postfix/cleanup[2231]: 4VbT0K2mQzz3xYp: warning: header Subject: <b>x</b> from esa1\n");
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));

        const QModelIndex cell = window.eventModel()->index(0, int(EventColumn::Text));
        QVERIFY(cell.data().toString().contains(u"<b>x</b>"_s));
        // Tooltips would be rendered as rich text: the markup must arrive escaped.
        const QString tooltip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(u"&lt;b&gt;x&lt;/b&gt;"_s), qPrintable(tooltip));
        QVERIFY(!tooltip.contains(u"<b>"_s));
        QVERIFY(detailValue(window.detailModel(), u"Text"_s).contains(u"<b>x</b>"_s));
        const RawView* raw = window.rawView();
        QVERIFY(raw->document()->findBlockByNumber(raw->focusBlock()).text().contains(u"<b>x</b>"_s));
        // Filtering and highlighting take the markup as characters: the phrase finds the line, and the highlight
        // covers exactly the tag characters in the cell.
        window.filterBar()->setText(u"\"<b>x</b>\""_s);
        QCOMPARE(window.eventModel()->rowCount(), 1);
        const QString text = window.eventModel()->index(0, int(EventColumn::Text)).data().toString();
        const auto ranges = window.filterBar()->query().matchRanges(text, FilterField::Text);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first(), std::make_pair(text.indexOf(u"<b>x</b>"_s), qsizetype(8)));
        QVERIFY(!window.eventView()->grab().isNull()); // and paints through the highlighting delegate
    }

    void shouldFilterSortAndNarrowBigTablesWithoutWaiting()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        EventTableModel* events = window.eventModel();
        MessageTableModel* messages = window.messageModel();
        // As with millions of events: every row computation runs on a worker.
        events->setBackgroundThreshold(0);
        messages->setBackgroundThreshold(0);
        QAbstractItemModelTester eventTester(events, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester messageTester(messages, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto settled = [&] { return !events->isUpdating() && !messages->isUpdating(); };

        QVERIFY(loadAndWait(window, [&] { window.openSampleLogs(); }));
        QTRY_VERIFY(settled());
        QCOMPARE(std::size_t(events->rowCount()), window.workspace().timeline().size());
        QCOMPARE(std::size_t(messages->rowCount()), window.workspace().graph()->messages.size());

        const EventRef bounce = eventContaining(window, u"dsn=5.1.1, status=bounced"_s);
        QVERIFY(bounce.isValid());
        window.selectEvent(bounce);
        const auto bounceIsCurrent = [&] {
            return events->eventAt(window.eventView()->currentIndex().row()) == bounce && window.currentEvent() == bounce;
        };
        QVERIFY(bounceIsCurrent());

        // The filter returns at once; the rows follow, and the selected line keeps its selection.
        const int all = events->rowCount();
        window.filterBar()->setText(u"status:bounced"_s);
        QVERIFY(events->isUpdating());
        QCOMPARE(events->rowCount(), all);
        QVERIFY2(window.statusLabel()->text().startsWith(u"Updating the rows"_s), qPrintable(window.statusLabel()->text()));
        QTRY_VERIFY(settled());
        QVERIFY(events->rowCount() > 0);
        QVERIFY(events->rowCount() < all);
        for (int row = 0; row < events->rowCount(); ++row) {
            const EventRef event = events->eventAt(row);
            QVERIFY2(window.workspace().logs().log(event.log).event(event.index).kind == EventKind::Bounced
                    || events->index(row, int(EventColumn::Status)).data().toString().compare(u"bounced"_s, Qt::CaseInsensitive) == 0,
                qPrintable(textOf(window, event)));
        }
        QVERIFY(bounceIsCurrent());
        QVERIFY(messages->rowCount() < int(window.workspace().graph()->messages.size()));
        QVERIFY2(window.statusLabel()->text().startsWith(QString::number(events->rowCount()) + u" of "_s),
            qPrintable(window.statusLabel()->text()));

        window.eventView()->horizontalHeader()->setSortIndicator(int(EventColumn::Host), Qt::DescendingOrder);
        QTRY_VERIFY(settled());
        QVERIFY(bounceIsCurrent());
        for (int row = 1; row < events->rowCount(); ++row)
            QVERIFY(events->index(row - 1, int(EventColumn::Host)).data().toString().compare(
                        events->index(row, int(EventColumn::Host)).data().toString(), Qt::CaseInsensitive)
                >= 0);

        window.filterBar()->setText({});
        window.actions()->traceOnly->trigger();
        QTRY_VERIFY(settled());
        QVERIFY(events->rowCount() > 3);
        QVERIFY(events->rowCount() < all);
        for (int row = 0; row < events->rowCount(); ++row)
            QVERIFY(events->inTrace(events->eventAt(row)));
        QVERIFY(bounceIsCurrent());
    }

    void shouldCopyAndExportTheShownRows()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"maillog"_s, TwoPostfixLines);
        LanguageManager languages;
        MainWindow window(&languages);
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));

        window.eventView()->selectAll();
        const QString csv = window.eventView()->selectedRowsCsv();
        QCOMPARE(csv.count(u"\r\n"_s), 3); // header + 2 rows
        QVERIFY(csv.startsWith(eventColumnLabel(EventColumn::Time)));
        QVERIFY(csv.contains(u"4VbT0K2mQzz3xYp"_s));
        QCOMPARE(window.eventView()->selectedRawLines(), QString::fromUtf8(TwoPostfixLines));

        const QString out = dir.filePath(u"events.json"_s);
        QString error;
        QVERIFY2(TableExport::writeEvents(out, *window.eventModel(), &error), qPrintable(error));
        QFile json(out);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray written = json.readAll();
        QVERIFY(written.startsWith('['));
        QCOMPARE(written.count("\"kind\""), 2);
        QVERIFY(!TableExport::writeEvents(dir.filePath(u"no/such/dir/x.csv"_s), *window.eventModel(), &error));
        QVERIFY(error.contains(u"no/such/dir"_s));
    }

    void shouldRememberHiddenColumns()
    {
        LanguageManager languages;
        {
            MainWindow window(&languages);
            window.show();
            QHeaderView* header = window.eventView()->horizontalHeader();
            QVERIFY(header->isSectionHidden(int(EventColumn::File))); // hidden by default
            header->setSectionHidden(int(EventColumn::Peer), true);
            header->setSectionHidden(int(EventColumn::File), false);
            window.close();
        }
        MainWindow window(&languages);
        QHeaderView* header = window.eventView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(EventColumn::Peer)));
        QVERIFY(!header->isSectionHidden(int(EventColumn::File)));
    }

    void shouldSwitchMenusAndHeadersBetweenEnglishAndJapanese()
    {
        LanguageManager languages;
        languages.applyPreference();
        MainWindow window(&languages);
        window.show();
        QVERIFY(loadAndWait(window, [&] { window.openSampleLogs(); }));
        QVERIFY(window.findById(u"30011"_s));
        const std::vector<SwimLane>& lanes = window.swimlaneView()->swimlane().lanes;
        const auto esa1 = std::find_if(lanes.begin(), lanes.end(),
            [](const SwimLane& lane) { return lane.host == u"esa1" && lane.role == SwimLane::Role::Server; });
        QVERIFY(esa1 != lanes.end());
        const SwimLane& lane = *esa1;
        const auto statusAfterMiss = [&window] {
            window.findById(u"no-such-id"_s);
            return window.statusBar()->currentMessage();
        };

        const QStringList english { u"&File"_s, u"&Edit"_s, u"&Go"_s, u"&View"_s, u"&Help"_s };
        QCOMPARE(menuTitles(window), english);
        QCOMPARE(window.filterBar()->lineEdit()->placeholderText(), u"Filter: text, from:, to:, id:, status:bounced, host:, kind:, -exclude"_s);
        QCOMPARE(SwimlaneTexts::laneTitle(lane), u"esa1 (server)"_s);
        QCOMPARE(statusAfterMiss(), u"No message has the identifier or address \"no-such-id\"."_s);

        // View > Language > 日本語, as a user clicks it.
        QMenu* language = window.actions()->languageMenu;
        QVERIFY(window.actions()->viewMenu->actions().contains(language->menuAction()));
        QAction* japaneseAction = nullptr;
        for (QAction* action : language->actions()) {
            if (action->text() == u"日本語")
                japaneseAction = action;
        }
        QVERIFY(japaneseAction);
        japaneseAction->trigger();
        const QStringList japanese { u"ファイル(&F)"_s, u"編集(&E)"_s, u"移動(&G)"_s, u"表示(&V)"_s, u"ヘルプ(&H)"_s };
        QTRY_COMPARE(menuTitles(window), japanese);
        QCOMPARE(window.eventModel()->headerData(int(EventColumn::Text), Qt::Horizontal).toString(), u"テキスト"_s);
        QCOMPARE(window.actions()->open->text(), u"ログを開く(&O)..."_s);
        QCOMPARE(window.filterBar()->lineEdit()->placeholderText(), u"絞り込み: 文字列、from:、to:、id:、status:bounced、host:、kind:、-除外"_s);
        QCOMPARE(SwimlaneTexts::laneTitle(lane), u"esa1 (受信側)"_s);
        QCOMPARE(statusAfterMiss(), u"ID またはアドレス「no-such-id」のメッセージはありません。"_s);

        languages.setPreference(u"en"_s);
        QTRY_COMPARE(menuTitles(window), english);
        QCOMPARE(window.eventModel()->headerData(int(EventColumn::Text), Qt::Horizontal).toString(), u"Text"_s);
        QCOMPARE(window.filterBar()->lineEdit()->placeholderText(), u"Filter: text, from:, to:, id:, status:bounced, host:, kind:, -exclude"_s);
        QCOMPARE(SwimlaneTexts::laneTitle(lane), u"esa1 (server)"_s);
        QCOMPARE(statusAfterMiss(), u"No message has the identifier or address \"no-such-id\"."_s);
    }

};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
