#pragma once

#include "trace/mailgraph.h"

class LogCollection;

// Links each delivery to the message it became on the next hop (formats.md 5): by the identifier the
// next hop's reply names ("queued as X", "Message N accepted"), confirmed by Message-ID and addresses
// when several messages carry that identifier; else by the Message-ID header; else by sender, recipient
// and time (marked as probable).
namespace HopStitcher {

void stitch(MailGraph& graph, const LogCollection& logs, int toleranceSeconds);

} // namespace HopStitcher
