#include "eventlist.h"

#include "model/logcollection.h"

#include <limits>
#include <new>

EventNumbering::EventNumbering(const LogCollection& logs)
{
    std::uint64_t next = 0;
    m_firstOfLog.reserve(logs.size());
    for (std::size_t log = 0; log < logs.size(); ++log) {
        m_firstOfLog.push_back(std::uint32_t(next));
        next += logs.log(log).eventCount();
    }
    if (next > std::numeric_limits<std::uint32_t>::max())
        throw std::bad_alloc(); // as any load that does not fit: the logs stay, without traces
    m_logOfBlock.resize((next >> BlockBits) + 1);
    std::size_t log = 0;
    for (std::size_t block = 0; block < m_logOfBlock.size(); ++block) {
        const std::uint64_t first = std::uint64_t(block) << BlockBits;
        while (log + 1 < m_firstOfLog.size() && m_firstOfLog[log + 1] <= first)
            ++log;
        m_logOfBlock[block] = std::uint32_t(log);
    }
}
