#pragma once

#include "eventtimeline.h"
#include "model/logcollection.h"
#include "trace/mailgraph.h"

#include <memory>

// The workspace as it was at one moment, unchanging: what a table shows and what a worker filters and sorts
// while the loader goes on adding logs. Shares its parts with the workspace (no copy of any event).
struct WorkspaceSnapshot
{
    LogCollection logs;
    std::shared_ptr<const EventTimeline> timeline = std::make_shared<const EventTimeline>();
    std::shared_ptr<const MailGraph> graph; // null while messages are being correlated
};
