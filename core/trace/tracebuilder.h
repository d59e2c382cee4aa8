#pragma once

#include "trace/mailgraph.h"

#include <functional>

class LogCollection;

// Builds the MailGraph of a LogCollection: each family's correlator groups its events into connections,
// messages, recipients and attempts; then messages are linked across hosts (next hops) and indexed by
// every identifier and address.
namespace TraceBuilder {

struct Options
{
    // Clock skew allowed between hosts when a link rests on times (formats.md 5).
    int toleranceSeconds = 120;
    // Told the name of each step as it finishes (the benchmark times the steps); may be empty.
    std::function<void(const char* step)> stepDone;
};

MailGraph build(const LogCollection& logs, const Options& options = {});

} // namespace TraceBuilder
