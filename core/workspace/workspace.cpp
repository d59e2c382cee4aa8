#include "workspace.h"

std::uint32_t Workspace::addLog(std::unique_ptr<ParsedLog> log, const LogParser::Options& options)
{
    m_logs.add(std::move(log));
    LogParser::Options kept = options;
    kept.progress = nullptr; // belonged to the load that read it
    kept.cancel = nullptr;
    m_options.push_back(std::move(kept));
    const auto index = std::uint32_t(m_logs.size() - 1);
    m_timeline.addLog(m_logs, index);
    m_graph.reset();
    return index;
}

void Workspace::replaceLog(std::size_t index, std::unique_ptr<ParsedLog> log, const LogParser::Options& options)
{
    m_logs.replace(index, std::move(log));
    m_options[index] = options;
    m_options[index].progress = nullptr;
    m_options[index].cancel = nullptr;
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
