#include "itemtablemodel.h"

#include "outcomepalette.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFont>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPalette>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

std::shared_ptr<const WorkspaceSnapshot> emptySnapshot()
{
    static const auto empty = std::make_shared<const WorkspaceSnapshot>();
    return empty;
}

// Where row jobs run. Not the global pool: a job's filter spreads its chunks over the global pool and waits
// for them, and jobs occupying every global thread would wait for chunks that never start. Owned by the
// application, which waits for jobs still running when it ends.
QThreadPool* rowsPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(2); // the event table and the message list
        return created;
    }();
    return pool;
}

} // namespace

ItemTableModel::ItemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_shown(emptySnapshot())
{
}

ItemTableModel::~ItemTableModel()
{
    // A job still running finishes on its own copies; its watcher goes with this model.
    if (m_cancel)
        m_cancel->store(true);
}

bool ItemTableModel::waitForWorkers(int msecs)
{
    return rowsPool()->waitForDone(msecs);
}

void ItemTableModel::setWorkspace(const Workspace* workspace)
{
    m_workspace = workspace;
    refresh();
}

void ItemTableModel::refresh()
{
    updateRows(Change::Content);
}

bool ItemTableModel::itemsStayValid(const WorkspaceSnapshot& next) const
{
    const LogCollection& shownLogs = m_shown->logs;
    if (next.logs.size() < shownLogs.size())
        return false;
    for (std::size_t log = 0; log < shownLogs.size(); ++log) {
        if (&next.logs.log(log) != &shownLogs.log(log))
            return false;
    }
    return true;
}

void ItemTableModel::updateRows(Change change)
{
    const std::shared_ptr<const WorkspaceSnapshot> snapshot = m_workspace ? m_workspace->snapshot() : emptySnapshot();
    if (!m_rows.empty() && !itemsStayValid(*snapshot))
        resetRows(emptySnapshot(), {}); // what they show is gone: never show (or hand out) stale items
    m_contentPending = m_contentPending || change == Change::Content;
    dropRunningJob();
    RowsJob job = rowsJob();
    if (itemCount(*snapshot) < m_backgroundThreshold) {
        const std::atomic_bool never { false };
        applyRows(snapshot, job(*snapshot, never));
        setUpdating(false);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    // A watcher reports through the event queue even when the job is already done: never inside this call.
    m_watcher = new QFutureWatcher<Rows>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, snapshot] {
        const Rows rows = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_cancel.reset();
        applyRows(snapshot, rows);
        setUpdating(false);
    });
    setUpdating(true);
    m_watcher->setFuture(QtConcurrent::run(rowsPool(), [snapshot, job = std::move(job), cancel] { return job(*snapshot, *cancel); }));
}

void ItemTableModel::dropRunningJob()
{
    if (m_cancel)
        m_cancel->store(true); // it stops early; its result goes nowhere
    m_cancel.reset();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void ItemTableModel::applyRows(const std::shared_ptr<const WorkspaceSnapshot>& snapshot, std::vector<std::uint32_t> rows)
{
    if (m_contentPending || snapshot != m_shown)
        resetRows(snapshot, std::move(rows));
    else
        reorderRows(std::move(rows));
    m_contentPending = false;
    emit rowsChanged();
}

void ItemTableModel::setUpdating(bool updating)
{
    if (m_updating == updating)
        return;
    m_updating = updating;
    emit updatingChanged(updating);
}

std::uint32_t ItemTableModel::itemAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)] : NoItem;
}

int ItemTableModel::rowOfItem(std::uint32_t item) const
{
    if (m_ascending) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), item);
        return it != m_rows.end() && *it == item ? int(it - m_rows.begin()) : -1;
    }
    const auto it = std::find(m_rows.begin(), m_rows.end(), item);
    return it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

void ItemTableModel::traceChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::FontRole });
}

QVariant ItemTableModel::rowStyle(int role, bool traced, Outcome outcome, bool unparsed) const
{
    if (role == Qt::BackgroundRole) {
        const QPalette palette = QGuiApplication::palette();
        const QColor color = traced ? OutcomePalette::markTint(palette) : OutcomePalette::tint(outcome, palette);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::FontRole && (traced || unparsed)) {
        QFont font;
        font.setItalic(unparsed);
        font.setBold(traced);
        return font;
    }
    return {};
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ItemTableModel::resetRows(const std::shared_ptr<const WorkspaceSnapshot>& snapshot, std::vector<std::uint32_t> rows)
{
    beginResetModel();
    m_shown = snapshot;
    m_rows = std::move(rows);
    m_ascending = std::is_sorted(m_rows.begin(), m_rows.end());
    endResetModel();
}

void ItemTableModel::reorderRows(std::vector<std::uint32_t> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> items;
    items.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        items.push_back(m_rows[std::size_t(index.row())]);
    m_rows = std::move(rows);
    m_ascending = std::is_sorted(m_rows.begin(), m_rows.end());
    // Where each item went, built once rather than searched for every persistent index.
    std::vector<int> rowOf(before.isEmpty() ? 0 : itemCount(*m_shown), -1);
    if (!before.isEmpty()) {
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            rowOf[m_rows[row]] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf[items[std::size_t(i)]];
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
