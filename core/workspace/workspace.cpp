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

std::uint32_t Workspace::addLog(std::unique_ptr<ParsedLog> log, const LogParser::Options& options)
{
    m_logs.add(std::move(log));
    m_options.push_back(keptOptions(options));
    const auto index = std::uint32_t(m_logs.size() - 1);
    m_timeline.addLog(m_logs, index);
    m_graph.reset();
    return index;
}

void Workspace::replaceLog(std::size_t index, std::unique_ptr<ParsedLog> log, const LogParser::Options& options)
{
    m_logs.replace(index, std::move(log));
    m_options[index] = keptOptions(options);
    m_timeline.rebuild(m_logs);
    m_graph.reset();
}

void Workspace::clear()
{
    m_graph.reset();
    m_timeline.clear();
    m_options.clear();
    m_logs.clear();
}
