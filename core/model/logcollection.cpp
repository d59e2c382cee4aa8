#include "logcollection.h"

#include "logfile.h"
#include "parsing/logsources.h"
#include "outofmemory.h"

#include <QFileInfo>

LogCollection::LogCollection()
    : m_strings(std::make_shared<StringPool>())
{
}

LogCollection::LoadReport LogCollection::load(const QStringList& paths, const LogParser::Options& options)
{
    return load(LogSources::expand(paths), options);
}

LogCollection::LoadReport LogCollection::load(const LogSources::Expanded& sources, const LogParser::Options& options)
{
    LoadReport report;
    report.errors = sources.errors;
    for (const QString& path : sources.files) {
        QString error;
        const auto readOne = [&] {
            auto file = LogFile::open(path, &error);
            if (!file)
                return;
            if (!LogSources::shouldLoad(*file, sources.fromFolders.contains(path), options.family.has_value())) {
                if (!LogSources::looksLikeDocument(path))
                    report.skipped << path;
                return;
            }
            if (auto parsed = LogParser::parseChecked(std::move(file), m_strings, options, &error))
                m_logs.push_back(std::move(parsed));
        };
        OutOfMemory::guard(readOne, &error, [&] { return OutOfMemory::readingFile(path, QFileInfo(path).size()); });
        if (!error.isEmpty()) // else read, skipped or cancelled
            report.errors << error;
    }
    return report;
}

void LogCollection::add(std::shared_ptr<const ParsedLog> log)
{
    m_logs.push_back(std::move(log));
}

void LogCollection::replace(std::size_t index, std::shared_ptr<const ParsedLog> log)
{
    m_logs[index] = std::move(log);
}

void LogCollection::removeLast()
{
    m_logs.pop_back();
}

void LogCollection::clear()
{
    m_logs.clear();
    m_strings = std::make_shared<StringPool>();
}

qint64 LogCollection::totalLines() const
{
    qint64 total = 0;
    for (const auto& log : m_logs)
        total += log->info().lines;
    return total;
}

qint64 LogCollection::totalEvents() const
{
    qint64 total = 0;
    for (const auto& log : m_logs)
        total += log->info().events;
    return total;
}

qint64 LogCollection::totalUnparsed() const
{
    qint64 total = 0;
    for (const auto& log : m_logs)
        total += log->info().unparsed;
    return total;
}
