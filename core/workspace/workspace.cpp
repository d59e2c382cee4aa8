#include "workspace.h"

namespace {

// The options a log was read with, without what belonged to that one load (its progress and cancel hooks).
LogParser::Options keptOptions(LogParser::Options options)
{
    options.progress = nullptr;
    options.cancel = nullptr;
    return options;
}

} // namespace

Workspace::PreparedTimeline Workspace::prepareTimeline(std::shared_ptr<const WorkspaceSnapshot> from,
    const std::shared_ptr<const ParsedLog>& log, std::optional<std::size_t> replacing)
{
    if (!replacing)
        return prepareTimeline(std::move(from), std::vector { log });
    LogCollection logs = from->logs; // shares the logs: only the list is copied
    auto timeline = std::make_shared<EventTimeline>();
    if (*replacing + 1 == logs.size()) {
        // the last log (a preview giving way to its whole file): the others keep their order, the new one merges in
        *timeline = *from->timeline;
        timeline->removeLastLog(std::uint32_t(*replacing));
        logs.replace(*replacing, log);
        *timeline = timeline->withLogs(logs, std::uint32_t(*replacing));
    } else {
        logs.replace(*replacing, log);
        timeline->rebuild(logs);
    }
    return { std::move(from), std::move(timeline) };
}

Workspace::PreparedTimeline Workspace::prepareTimeline(
    std::shared_ptr<const WorkspaceSnapshot> from, const std::vector<std::shared_ptr<const ParsedLog>>& added)
{
    LogCollection logs = from->logs; // shares the logs: only the list is copied
    const auto first = std::uint32_t(logs.size());
    for (const std::shared_ptr<const ParsedLog>& log : added)
        logs.add(log);
    auto timeline = std::make_shared<EventTimeline>(from->timeline->withLogs(logs, first));
    return { std::move(from), std::move(timeline) };
}

std::shared_ptr<const EventTimeline> Workspace::preparedForNow(const PreparedTimeline& prepared) const
{
    return prepared.timeline && prepared.from && prepared.from == m_snapshot ? prepared.timeline : nullptr;
}

std::uint32_t Workspace::addLog(
    std::shared_ptr<const ParsedLog> log, const LogParser::Options& options, const PreparedTimeline& prepared)
{
    std::vector<NewLog> logs;
    logs.push_back({ std::move(log), options });
    return addLogs(std::move(logs), prepared);
}

std::uint32_t Workspace::addLogs(std::vector<NewLog> logs, const PreparedTimeline& prepared)
{
    std::shared_ptr<const EventTimeline> timeline = preparedForNow(prepared);
    const auto first = std::uint32_t(m_logs.size());
    for (NewLog& added : logs) {
        m_logs.add(std::move(added.log));
        m_options.push_back(keptOptions(added.options));
    }
    if (!timeline) {
        timeline = std::make_shared<EventTimeline>(m_timeline->withLogs(m_logs, first));
        ++m_unpreparedMerges;
    }
    m_timeline = std::move(timeline);
    m_graph.reset();
    m_snapshot.reset();
    return first;
}

void Workspace::replaceLog(std::size_t index, std::shared_ptr<const ParsedLog> log, const LogParser::Options& options,
    const PreparedTimeline& prepared)
{
    std::shared_ptr<const EventTimeline> timeline = preparedForNow(prepared);
    m_logs.replace(index, std::move(log));
    m_options[index] = keptOptions(options);
    if (!timeline) {
        auto rebuilt = std::make_shared<EventTimeline>();
        rebuilt->rebuild(m_logs);
        timeline = std::move(rebuilt);
        ++m_unpreparedMerges;
    }
    m_timeline = std::move(timeline);
    m_graph.reset();
    m_snapshot.reset();
}

void Workspace::removeLastLog()
{
    auto timeline = std::make_shared<EventTimeline>(*m_timeline);
    timeline->removeLastLog(std::uint32_t(m_logs.size() - 1)); // the others keep their rows' order: no merging
    m_timeline = std::move(timeline);
    m_logs.removeLast();
    m_options.pop_back();
    m_graph.reset();
    m_snapshot.reset();
}

void Workspace::clear()
{
    m_graph.reset();
    m_timeline = std::make_shared<const EventTimeline>();
    m_options.clear();
    m_logs.clear();
    m_snapshot.reset();
}

void Workspace::setGraph(std::shared_ptr<const MailGraph> graph)
{
    m_graph = std::move(graph);
    m_snapshot.reset();
}

bool Workspace::contains(EventRef event) const
{
    return event.isValid() && event.log < m_logs.size() && event.index < m_logs.log(event.log).eventCount();
}

std::shared_ptr<const WorkspaceSnapshot> Workspace::snapshot() const
{
    if (!m_snapshot)
        m_snapshot = std::make_shared<const WorkspaceSnapshot>(WorkspaceSnapshot { m_logs, m_timeline, m_graph });
    return m_snapshot;
}
