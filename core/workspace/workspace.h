#pragma once

#include "parsing/logparser.h"
#include "workspacesnapshot.h"

#include <memory>
#include <optional>
#include <vector>

// Everything one window has open: the parsed logs with the options each was read with (the user's
// overrides of family, encoding and zone, kept for Reload), their events in one time order, and the trace
// graph once it is built. Changed on the UI thread only; workers read snapshots(), which later changes leave
// alone (a change replaces the timeline rather than editing it). The graph is built on a worker while no log
// is added.
class Workspace
{
public:
    Workspace() = default;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const LogCollection& logs() const { return m_logs; }
    std::shared_ptr<StringPool> strings() const { return m_logs.strings(); }
    const EventTimeline& timeline() const { return *m_timeline; }
    const LogParser::Options& optionsOf(std::size_t log) const { return m_options[log]; }

    // The timeline the workspace will have once `log` is added, or put in place of log `replacing`: merged on a
    // worker from a snapshot, so that addLog() and replaceLog() only take it (a merge reads every event of
    // every log, too long for the UI thread once there are many).
    struct PreparedTimeline
    {
        std::shared_ptr<const WorkspaceSnapshot> from; // the workspace it was merged for
        std::shared_ptr<const EventTimeline> timeline;
    };
    static PreparedTimeline prepareTimeline(std::shared_ptr<const WorkspaceSnapshot> from,
        const std::shared_ptr<const ParsedLog>& log, std::optional<std::size_t> replacing = std::nullopt);
    // The same for several logs added at once: their events join the timeline in one merge.
    static PreparedTimeline prepareTimeline(
        std::shared_ptr<const WorkspaceSnapshot> from, const std::vector<std::shared_ptr<const ParsedLog>>& logs);

    // Adds parsed logs, in order; their events join the timeline (the prepared one, if prepared for the workspace
    // as it is). The graph no longer covers every log and is dropped. Returns the index of the first.
    struct NewLog
    {
        std::shared_ptr<const ParsedLog> log;
        LogParser::Options options;
    };
    std::uint32_t addLogs(std::vector<NewLog> logs, const PreparedTimeline& prepared = {});
    std::uint32_t addLog(std::shared_ptr<const ParsedLog> log, const LogParser::Options& options,
        const PreparedTimeline& prepared = {});
    // Puts a re-read log in place of log `index` (same file, other options; or the whole file of a preview).
    void replaceLog(std::size_t index, std::shared_ptr<const ParsedLog> log, const LogParser::Options& options,
        const PreparedTimeline& prepared = {});
    // How many of those changes merged the timeline here, on the caller's thread, for want of a prepared one.
    std::size_t unpreparedMerges() const { return m_unpreparedMerges; }
    // Drops the log added last (a preview whose file then failed or was cancelled).
    void removeLastLog();
    void clear();

    const MailGraph* graph() const { return m_graph.get(); }
    void setGraph(std::shared_ptr<const MailGraph> graph);

    // Whether the event is one of the open logs' events.
    bool contains(EventRef event) const;

    // The workspace as it is now, for reading on any thread; the same object until the next change.
    std::shared_ptr<const WorkspaceSnapshot> snapshot() const;

private:
    // The prepared timeline, if it was prepared for the workspace as it is now (no change since its snapshot).
    std::shared_ptr<const EventTimeline> preparedForNow(const PreparedTimeline& prepared) const;

    LogCollection m_logs;
    std::vector<LogParser::Options> m_options;
    std::shared_ptr<const EventTimeline> m_timeline = std::make_shared<const EventTimeline>();
    std::shared_ptr<const MailGraph> m_graph;
    mutable std::shared_ptr<const WorkspaceSnapshot> m_snapshot; // made on demand, dropped by every change
    std::size_t m_unpreparedMerges = 0;
};
