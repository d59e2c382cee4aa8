#include "logset.h"

#include <algorithm>

void LogSet::append(std::shared_ptr<const LogFile> file)
{
    if (m_rowStarts.empty())
        m_rowStarts.push_back(0);
    const qsizetype first = m_rowStarts.back();
    m_rowStarts.push_back(first + file->lineCount());
    m_files.push_back(std::move(file));
}

void LogSet::clear()
{
    m_files.clear();
    m_rowStarts.clear();
}

LogSet::Location LogSet::locate(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    // The last start <= row; files without lines share a start with the next file, upper_bound skips them.
    const auto next = std::upper_bound(m_rowStarts.begin(), m_rowStarts.end(), row);
    const qsizetype file = qsizetype(next - m_rowStarts.begin()) - 1;
    return { file, row - m_rowStarts[size_t(file)] };
}
