#pragma once

#include "logfile.h"

#include <memory>
#include <vector>

// The files open in one window, addressed as one sequence of rows: row r is line (r - firstRow) of the file
// whose range holds r. Lookup is a binary search over the files, so no per-row storage is needed.
class LogSet
{
public:
    struct Location
    {
        qsizetype file;
        qsizetype line;
    };

    void append(std::shared_ptr<const LogFile> file);
    void clear();

    qsizetype fileCount() const { return qsizetype(m_files.size()); }
    const LogFile& file(qsizetype index) const { return *m_files[size_t(index)]; }
    qsizetype rowCount() const { return m_rowStarts.empty() ? 0 : m_rowStarts.back(); }
    Location locate(qsizetype row) const;

private:
    std::vector<std::shared_ptr<const LogFile>> m_files;
    std::vector<qsizetype> m_rowStarts; // m_rowStarts[i] = first row of file i; last entry = total rows
};
