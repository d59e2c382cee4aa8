#include "logtableview.h"

#include "cellhighlight.h"
#include "export/eventexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

LogTableView::LogTableView(const QString& settingsKey, int filterFieldRole, QWidget* parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
    , m_highlight(new CellHighlight(filterFieldRole, this))
    , m_copyAction(new QAction(this))
    , m_copyCsvAction(new QAction(this))
    , m_copyRawAction(new QAction(this))
{
    setItemDelegate(m_highlight);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap however many rows there are.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorClearable(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, &LogTableView::showColumnMenu);

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    connect(m_copyCsvAction, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedRowsCsv()); });
    connect(m_copyRawAction, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedRawLines()); });
    addAction(m_copyAction);
    retranslate();
}

void LogTableView::retranslate()
{
    m_copyAction->setText(tr("&Copy"));
    m_copyCsvAction->setText(tr("Copy as CS&V"));
    m_copyRawAction->setText(tr("Copy &Raw Lines"));
}

void LogTableView::setDefaultHiddenColumns(const QList<int>& columns)
{
    m_defaultHidden = columns;
    for (const int column : columns)
        setColumnHidden(column, true);
}

void LogTableView::setDefaultColumnWidths(const QList<std::pair<int, int>>& charactersByColumn)
{
    m_defaultWidths = charactersByColumn;
    const int character = fontMetrics().horizontalAdvance(u'0'); // digits: the widest common characters in logs
    for (const auto& [column, characters] : charactersByColumn)
        setColumnWidth(column, characters * character + 12);
}

void LogTableView::setDefaultColumnOrder(const QList<int>& columns)
{
    m_defaultOrder = columns;
    QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < int(columns.size()); ++visual)
        header->moveSection(header->visualIndex(columns[visual]), visual);
}

void LogTableView::applyDefaults()
{
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), column);
    }
    setDefaultHiddenColumns(m_defaultHidden);
    setDefaultColumnWidths(m_defaultWidths);
    setDefaultColumnOrder(m_defaultOrder);
}

QList<int> LogTableView::selectedRowNumbers() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> LogTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString LogTableView::selectedRowsText() const
{
    const QList<int> columns = visibleColumns();
    QString text;
    for (const int row : selectedRowNumbers()) {
        QStringList cells;
        for (const int column : columns)
            cells.append(model()->index(row, column).data().toString());
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QString LogTableView::selectedRowsCsv() const
{
    const QList<int> columns = visibleColumns();
    QByteArray csv;
    const auto appendRow = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                csv += ',';
            EventExport::appendCsvCell(&csv, cells[i].toUtf8());
        }
        csv += "\r\n";
    };
    QStringList header;
    for (const int column : columns)
        header.append(model()->headerData(column, Qt::Horizontal).toString());
    appendRow(header);
    for (const int row : selectedRowNumbers()) {
        QStringList cells;
        for (const int column : columns)
            cells.append(model()->index(row, column).data().toString());
        appendRow(cells);
    }
    return QString::fromUtf8(csv);
}

QString LogTableView::selectedRawLines() const
{
    if (!m_rawTextOfRow)
        return selectedRowsText();
    QString text;
    for (const int row : selectedRowNumbers())
        text += m_rawTextOfRow(row) + u'\n';
    return text;
}

void LogTableView::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Copy) {
        m_copyAction->trigger();
        return;
    }
    QTableView::keyPressEvent(event);
}

void LogTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyCsvAction);
    if (m_rawTextOfRow)
        menu.addAction(m_copyRawAction);
    menu.exec(event->globalPos());
}

void LogTableView::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: a table without columns cannot be clicked back.
        action->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void LogTableView::saveState() const
{
    QSettings().setValue(m_settingsKey, horizontalHeader()->saveState());
}

void LogTableView::restoreState()
{
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        applyDefaults();
    // A saved sort would re-sort millions of rows on every start; start in time order instead.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}
