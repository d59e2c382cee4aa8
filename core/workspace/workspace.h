#pragma once

#include "parsing/logparser.h"
#include "workspacesnapshot.h"

#include <memory>
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

    // Adds a parsed log; its events join the timeline. The graph no longer covers every log and is dropped.
    std::uint32_t addLog(std::unique_ptr<ParsedLog> log, const LogParser::Options& options);
    // Puts a re-read log in place of log `index` (same file, other options).
    void replaceLog(std::size_t index, std::unique_ptr<ParsedLog> log, const LogParser::Options& options);
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
    LogCollection m_logs;
    std::vector<LogParser::Options> m_options;
    std::shared_ptr<const EventTimeline> m_timeline = std::make_shared<const EventTimeline>();
    std::shared_ptr<const MailGraph> m_graph;
    mutable std::shared_ptr<const WorkspaceSnapshot> m_snapshot; // made on demand, dropped by every change
};
