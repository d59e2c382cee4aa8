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
}
