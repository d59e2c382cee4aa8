#pragma once

#include "model/logcollection.h"
#include "trace/tracetypes.h"

// Events of several files in one order: by time, then by file, then by position in the file (stable for
// lines with equal times, as the logs wrote them). Lines without any time come after every timed one.
struct EventOrder
{
    const LogCollection& logs;

    bool operator()(const EventRef& a, const EventRef& b) const
    {
        const std::uint64_t ta = logs.log(a.log).event(a.index).timeOrderKey();
        const std::uint64_t tb = logs.log(b.log).event(b.index).timeOrderKey();
        if (ta != tb)
            return ta < tb;
        return a.log != b.log ? a.log < b.log : a.index < b.index;
    }
};
