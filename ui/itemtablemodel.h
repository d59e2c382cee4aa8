#pragma once

#include "trace/tracetypes.h"
#include "workspace/workspacesnapshot.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class Workspace;

// The part the event table and the message list share: rows are 32-bit item numbers (timeline rows,
// message indexes) of one workspace snapshot, in display order. The rows are computed in core (filter, sort)
// for the workspace as it is when asked; a big table computes them on a worker thread and keeps showing its
// old rows, with the snapshot they belong to, until the new ones are ready: the UI never waits, and the
// loader can go on adding logs meanwhile. A newer request supersedes one still running (latest wins).
// Re-sorting keeps the selection on the same items.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ItemTableModel(QObject* parent = nullptr);
    ~ItemTableModel() override;

    // The workspace whose items are shown; call refresh() whenever it changes.
    void setWorkspace(const Workspace* workspace);
    // Recomputes the rows for the workspace as it is now. Rows whose items no longer exist (logs replaced or
    // closed, another trace graph) are dropped at once; otherwise they stay until the new rows are ready.
    void refresh();

    // Tables of at least this many items compute their rows on a worker; smaller ones at once.
    static constexpr std::size_t DefaultBackgroundThreshold = 50'000;
    void setBackgroundThreshold(std::size_t items) { m_backgroundThreshold = items; }
    // Whether new rows are being computed.
    bool isUpdating() const { return m_updating; }
    // Waits until no table computes rows on a worker (superseded jobs included); false on timeout.
    static bool waitForWorkers(int msecs);

    // The item a row shows; NoItem outside the rows.
    static constexpr std::uint32_t NoItem = 0xffffffffu;
    std::uint32_t itemAt(int row) const;
    // The row showing an item, or -1 (filtered out).
    int rowOfItem(std::uint32_t item) const;
    const std::vector<std::uint32_t>& rows() const { return m_rows; }
    // The snapshot the rows belong to: data() reads only this.
    const WorkspaceSnapshot& shown() const { return *m_shown; }

    int rowCount(const QModelIndex& parent = {}) const override;

signals:
    void updatingChanged(bool updating);
    // New rows are shown: after refresh(), a filter, a sort or a trace change.
    void rowsChanged();

protected:
    // Computes the rows for a snapshot; runs on a worker, so it holds copies of everything it reads besides
    // the snapshot. May stop early (any result) once cancel is set: a newer request replaced it.
    using Rows = std::vector<std::uint32_t>;
    using RowsJob = std::function<Rows(const WorkspaceSnapshot& snapshot, const std::atomic_bool& cancel)>;
    virtual RowsJob rowsJob() const = 0;
    // The number of possible items in a snapshot (events, messages).
    virtual std::size_t itemCount(const WorkspaceSnapshot& snapshot) const = 0;
    // Whether items of the shown snapshot still mean the same in `next`: its logs are the shown ones, maybe with
    // more after them. A subclass whose items depend on more (the trace graph) adds its own condition.
    virtual bool itemsStayValid(const WorkspaceSnapshot& next) const;

    enum class Change {
        Content, // other items (filter, trace): a model reset
        Order, // the same items in another order: a layout change that moves persistent indexes with them
    };
    // Asks for new rows (rowsJob) for the workspace as it is now.
    void updateRows(Change change);

    // A row's BackgroundRole and FontRole: the selected trace marked and bold, other rows tinted by their
    // outcome, unparsed lines in italics (visible without colour too). Null for other roles.
    QVariant rowStyle(int role, bool traced, Outcome outcome, bool unparsed = false) const;
    // The trace changed: every row's marking is repainted.
    void traceChanged();

private:
    void applyRows(const std::shared_ptr<const WorkspaceSnapshot>& snapshot, std::vector<std::uint32_t> rows);
    void resetRows(const std::shared_ptr<const WorkspaceSnapshot>& snapshot, std::vector<std::uint32_t> rows);
    void reorderRows(std::vector<std::uint32_t> rows);
    void setUpdating(bool updating);
    void dropRunningJob();

    const Workspace* m_workspace = nullptr;
    std::shared_ptr<const WorkspaceSnapshot> m_shown;
    std::vector<std::uint32_t> m_rows;
    bool m_ascending = true; // rows ascend: rowOfItem can binary search
    std::size_t m_backgroundThreshold = DefaultBackgroundThreshold;
    QFutureWatcher<Rows>* m_watcher = nullptr; // of the request running on a worker; older ones are dropped
    std::shared_ptr<std::atomic_bool> m_cancel; // tells that request's job to stop
    bool m_contentPending = false; // a content change was asked for and is not shown yet
    bool m_updating = false;
};
