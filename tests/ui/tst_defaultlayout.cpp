// The window as it first opens, at its default size (1400×860, the README's screenshots), with the sample
// logs and the trace of MID 30011: the first screen of each view answers its question without scrolling.
// Also the defaults-only window of maillane --screenshot: saved settings neither read nor written, and the
// message about files that could not be opened in its picture.
#include "cellhighlight.h"
#include "eventdetailmodel.h"
#include "logtableview.h"
#include "mainactions.h"
#include "mainwindowtesting.h"
#include "messagetablemodel.h"
#include "rawview.h"
#include "screenshot.h"
#include "sourcesmodel.h"
#include "sourcespanel.h"
#include "swimlane/swimlanetexts.h"
#include "swimlaneview.h"
#include "tracemodel.h"
#include "tracepanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace MainWindowTesting;

namespace {

// The width a view gives an item's text: its cell less the margins the style keeps.
int textWidth(const QAbstractItemView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view).width() - 2 * margin;
}

QFontMetrics metricsOf(const QAbstractItemView* view, const QModelIndex& index)
{
    const QVariant font = index.data(Qt::FontRole);
    return font.isValid() ? QFontMetrics(font.value<QFont>().resolve(view->font())) : view->fontMetrics();
}

// The text as the view shows it, cut to its cell.
QString shownText(const QAbstractItemView* view, const QModelIndex& index, Qt::TextElideMode mode)
{
    return metricsOf(view, index).elidedText(index.data().toString(), mode, textWidth(view, index));
}

bool isCut(const QAbstractItemView* view, const QModelIndex& index)
{
    return metricsOf(view, index).horizontalAdvance(index.data().toString()) > textWidth(view, index);
}

// Whether a column is shown whole, without scrolling sideways.
bool isWhollyInView(const QTableView* view, int column)
{
    const QHeaderView* header = view->horizontalHeader();
    const int left = header->sectionViewportPosition(column);
    return !header->isSectionHidden(column) && left >= 0 && left + header->sectionSize(column) <= view->viewport()->width();
}

// The items of a tree that can be seen (every ancestor expanded), depth first.
QModelIndexList shownItems(const QTreeView* view, const QModelIndex& parent = {})
{
    QModelIndexList items;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex item = model->index(row, 0, parent);
        items.append(item);
        if (view->isExpanded(item))
            items += shownItems(view, item);
    }
    return items;
}

QDockWidget* dock(const MainWindow& window, const QString& name)
{
    return window.findChild<QDockWidget*>(name);
}

} // namespace

class TestDefaultLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(u"tst_defaultlayout"_s);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(loadAndWait(*m_window, [this] { m_window->openSampleLogs(); }));
        QVERIFY(m_window->findById(u"30011"_s));
    }

    void opensAtTheDefaultSize() { QCOMPARE(m_window->size(), MainWindow::DefaultSize); }

    // Before: First, Last, Host, Family and IDs filled the view; what a message did needed scrolling.
    void messagesShowOutcomeSenderRecipientsAndSubject()
    {
        m_window->actions()->showMessages->trigger();
        const LogTableView* view = m_window->messageView();
        QVERIFY(view->isVisible());
        for (const MessageColumn column : { MessageColumn::First, MessageColumn::Outcome, MessageColumn::From,
                 MessageColumn::Recipients, MessageColumn::Subject }) {
            QVERIFY2(isWhollyInView(view, int(column)), qPrintable(messageColumnLabel(column)));
        }
        m_window->actions()->showEvents->trigger();
    }

    void traceRowsShowTheIdSearchedFor_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("relay's queue ID") << u"4VbT0K2mQzz3xYp"_s; // the end of "queued as …" and of hop names
        QTest::newRow("queue ID a reply named") << u"4VbT7S5T7wz2GWT"_s;
        QTest::newRow("MID") << u"30011"_s;
    }

    // Before: "Attempt 1 · Delivered · 250 2.0.0 Ok: queued as 4VbT7S5T…", the ID searched for cut off.
    void traceRowsShowTheIdSearchedFor()
    {
        QFETCH(QString, id);
        QVERIFY(m_window->findById(id));
        const QTreeView* view = m_window->tracePanel()->view();
        QVERIFY(view->isVisible());
        int rows = 0;
        for (const QModelIndex& item : shownItems(view)) {
            if (!item.data().toString().contains(id))
                continue;
            ++rows;
            const QString shown = shownText(view, item, view->textElideMode());
            QVERIFY2(shown.contains(id), qPrintable(shown));
        }
        QVERIFY(rows > 0);
        QVERIFY(m_window->findById(u"30011"_s));
    }

    // Before: about 45 characters, so the reason at the end of a deferral was out of sight.
    void rawLogShowsWholeLines()
    {
        const RawView* raw = m_window->rawView();
        QVERIFY(raw->isVisible());
        const int characters = raw->viewport()->width() / raw->fontMetrics().horizontalAdvance(u'0');
        QVERIFY2(characters >= 100, qPrintable(QString::number(characters)));
    }

    // Before: "2024-03-27T0…". The raw line itself (the last row) may be cut: the Raw Log shows it.
    void detailsShowWholeValues()
    {
        const LogTableView* view = m_window->detailView();
        QVERIFY(view->isVisible());
        const EventDetailModel* model = m_window->detailModel();
        QVERIFY(model->rowCount() > 8);
        for (int row = 0; row < model->rowCount() - 1; ++row) {
            const QModelIndex value = model->index(row, EventDetailModel::ValueColumn);
            QVERIFY2(!isCut(view, value), qPrintable(value.data().toString()));
        }
        QVERIFY(isWhollyInView(view, EventDetailModel::NameColumn));
    }

    // Before: only the File column.
    void sourcesShowWhatWasFoundInEachFile()
    {
        dock(*m_window, u"sourcesPanel"_s)->raise();
        const QTableView* view = m_window->sourcesPanel()->view();
        QTRY_VERIFY(view->isVisible());
        for (const int column : { SourcesModel::FileColumn, SourcesModel::FamilyColumn, SourcesModel::HostColumn,
                 SourcesModel::EncodingColumn, SourcesModel::ZoneColumn, SourcesModel::LinesColumn,
                 SourcesModel::EventsColumn }) {
            QVERIFY2(isWhollyInView(view, column), qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
        }
        dock(*m_window, u"rawPanel"_s)->raise();
    }

    // Before: a panel a third of the width with the summary cut at its right edge, and Fit made labels unreadable.
    void swimlaneHasRoomAndFitKeepsLabelsReadable()
    {
        m_window->actions()->showSwimlane->trigger();
        SwimlaneView* view = m_window->swimlaneView();
        QVERIFY(view->isVisible());
        QVERIFY2(view->width() >= 800 && view->height() >= 400, qPrintable(u"%1×%2"_s.arg(view->width()).arg(view->height())));
        // The summary: every hop's line, whole (wrapped when long), above the diagram.
        const QLabel* summary = view->summary();
        QVERIFY(summary->isVisible());
        for (const SwimHop& hop : view->swimlane().hops)
            QVERIFY(summary->text().contains(SwimlaneTexts::hopSummary(hop)));
        QVERIFY(summary->height() >= summary->heightForWidth(summary->width()));
        QVERIFY(summary->geometry().bottom() < view->viewport()->geometry().top());
        // The selected line's step, scrolled to while the tab was not shown, is in view.
        QVERIFY(view->currentStep() >= 0);
        QVERIFY(view->viewport()->rect().contains(view->pointOfStep(view->currentStep())));

        view->setFocus();
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY2(view->zoom() >= SwimlaneView::ReadableZoom, qPrintable(QString::number(view->zoom())));
        QVERIFY(view->viewport()->rect().contains(view->pointOfStep(view->currentStep())));
        m_window->actions()->showEvents->trigger();
    }

    // Cut cells show their whole text as a tooltip, plain text; cells shown whole have none.
    void cutCellsShowTheirTextAsTooltip()
    {
        m_window->actions()->showMessages->trigger();
        LogTableView* view = m_window->messageView();
        const int column = int(MessageColumn::Recipients);
        const int width = view->columnWidth(column);
        const QModelIndex cell = view->model()->index(0, column);
        view->setColumnWidth(column, view->fontMetrics().horizontalAdvance(cell.data().toString()) / 2);
        QVERIFY(isCut(view, cell));
        const QPoint point = view->visualRect(cell).center();
        QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(cell.data().toString().toHtmlEscaped()), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        view->setColumnWidth(column, width * 4);
        QVERIFY(!isCut(view, cell));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(!QToolTip::isVisible());
        view->setColumnWidth(column, width);
        m_window->actions()->showEvents->trigger();
    }

    // Identifiers, addresses and paths are cut in the middle, where they differ least; other text at its end.
    void identifiersAreCutInTheMiddle()
    {
        QCOMPARE(m_window->eventView()->highlight()->elideModeOf(int(EventColumn::Ids)), Qt::ElideMiddle);
        QCOMPARE(m_window->eventView()->highlight()->elideModeOf(int(EventColumn::Text)), Qt::ElideRight);
        QCOMPARE(m_window->messageView()->highlight()->elideModeOf(int(MessageColumn::Ids)), Qt::ElideMiddle);
        QCOMPARE(m_window->tracePanel()->view()->textElideMode(), Qt::ElideMiddle);
        QCOMPARE(m_window->sourcesPanel()->view()->textElideMode(), Qt::ElideMiddle);
    }

    // maillane --screenshot: a window of defaults, whatever was saved, that saves nothing.
    void defaultsIgnoreTheSavedState()
    {
        m_window.reset();
        QSettings().clear();
        QByteArray defaultHeader;
        QByteArray defaultDocks;
        {
            MainWindow fresh(&m_languages);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            defaultHeader = fresh.messageView()->horizontalHeader()->saveState();
            defaultDocks = fresh.saveState();
        }
        {
            // What a user leaves behind: another size, panels closed, columns moved, hidden and resized, following.
            MainWindow used(&m_languages);
            used.show();
            QVERIFY(QTest::qWaitForWindowExposed(&used));
            used.resize(900, 600);
            dock(used, u"tracePanel"_s)->hide();
            QHeaderView* header = used.messageView()->horizontalHeader();
            header->moveSection(header->visualIndex(int(MessageColumn::Subject)), 0);
            header->setSectionHidden(int(MessageColumn::Outcome), true);
            header->resizeSection(int(MessageColumn::From), 400);
            used.actions()->follow->setChecked(true);
            used.close();
        }
        QSettings settings;
        settings.sync();
        const QStringList saved = settings.allKeys();
        QVERIFY(saved.contains(u"mainwindow/geometry"_s));
        QVERIFY(saved.contains(u"mainwindow/messageheader"_s));
        const QByteArray savedHeader = settings.value(u"mainwindow/messageheader"_s).toByteArray();

        MainWindow window(&m_languages, MainWindow::Settings::Defaults);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), MainWindow::DefaultSize);
        QVERIFY(dock(window, u"tracePanel"_s)->isVisible());
        QCOMPARE(window.messageView()->horizontalHeader()->saveState(), defaultHeader);
        QCOMPARE(window.saveState(), defaultDocks);
        QVERIFY(!window.actions()->follow->isChecked());
        window.close();
        QSettings after;
        QCOMPARE(after.value(u"mainwindow/messageheader"_s).toByteArray(), savedHeader); // nothing written
        QVERIFY(after.value(u"mainwindow/follow"_s).toBool());
    }

    // The message the window shows about a file that cannot be opened is in the picture too.
    void screenshotShowsTheMessageAboutFailedFiles()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.log"_s);
        const QString good = writeLog(dir, u"maillog"_s,
            "2024-03-27T09:14:04.100000+09:00 relay1 postfix/smtpd[2230]: connect from esa1.example.jp[192.0.2.25]\n");
        MainWindow window(&m_languages, MainWindow::Settings::Defaults);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ missing, good }); }));
        QCOMPARE(failed.size(), 1);
        const QStringList errors = failed.front().front().toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().contains(missing), qPrintable(errors.front()));
        const QMessageBox* box = window.findChild<QMessageBox*>();
        QVERIFY(box && box->isVisible());

        const QImage plain = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage shot = Screenshot::grab(&window).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shot.size(), plain.size());
        // What differs is the message box (and its outline), whole, inside the picture.
        QRect changed;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                if (shot.pixel(x, y) != plain.pixel(x, y))
                    changed |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY2(changed.width() >= box->width() && changed.height() >= box->height(),
            qPrintable(u"%1×%2 changed, box %3×%4"_s.arg(changed.width()).arg(changed.height()).arg(box->width()).arg(box->height())));
        QVERIFY(changed.width() <= box->width() + 2 && changed.height() <= box->height() + 2);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"
