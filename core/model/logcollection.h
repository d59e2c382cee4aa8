#pragma once

#include "parsedlog.h"
#include "parsing/logparser.h"
#include "parsing/logsources.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// The logs open together (one window, one CLI run): they share one string pool so that hosts, addresses
// and IDs compare across files. A copy shares the parsed logs, which never change once added: it is a cheap
// snapshot that a worker can read while the original gains or replaces logs.
class LogCollection
{
    Q_DECLARE_TR_FUNCTIONS(LogCollection)

public:
    LogCollection();

    struct LoadReport
    {
        QStringList errors; // one message per file that could not be read, naming it and the reason
        QStringList skipped; // files found in folders that are not mail logs (documents such as a README left out)
    };

    // Opens files and folders (recursively). Files named directly are always loaded (an unrecognised
    // one with every line unparsed); files found in folders only when they are mail logs.
    LoadReport load(const QStringList& paths, const LogParser::Options& options = {});
    // The same for paths already expanded (LogSources::expand), by a caller that looked at them first.
    LoadReport load(const LogSources::Expanded& sources, const LogParser::Options& options = {});
    // Adds one parsed log (tests, the UI's loader).
    void add(std::shared_ptr<const ParsedLog> log);
    void replace(std::size_t index, std::shared_ptr<const ParsedLog> log);
    void removeLast();
    // Drops every log and starts a new string pool.
    void clear();

    std::size_t size() const { return m_logs.size(); }
    const ParsedLog& log(std::size_t index) const { return *m_logs[index]; }
    std::shared_ptr<StringPool> strings() const { return m_strings; }

    qint64 totalLines() const;
    qint64 totalEvents() const;
    qint64 totalUnparsed() const;

private:
    std::shared_ptr<StringPool> m_strings;
    std::vector<std::shared_ptr<const ParsedLog>> m_logs;
};
