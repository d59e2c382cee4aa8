#pragma once

#include "export/eventexport.h"
#include "trace/mailgraph.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

#include <vector>

class LogCollection;

// Traces and message lists as JSON (and the list as CSV), for maillane-cli and for File > Export.
namespace TraceExport {

// One message: host, family, ids, addresses, recipients with their attempts, phases, links.
QJsonObject messageObject(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);

// {"query": ..., "matches": n, "messages": [...]}: the messages of a trace in path order.
// `matches`: how many messages the query named directly.
QByteArray traceJson(const MailGraph& graph, const LogCollection& logs, QByteArrayView query, std::size_t matches,
    const std::vector<std::uint32_t>& messages);

// One row per message, in time order: host, family, ids, from, recipients, outcome, first/last time.
void writeMessages(QIODevice* out, EventExport::Format format, const MailGraph& graph, const LogCollection& logs);
// The given messages in the given order (the message list as shown).
void writeMessages(QIODevice* out, EventExport::Format format, const MailGraph& graph, const LogCollection& logs,
    const std::vector<std::uint32_t>& order);

} // namespace TraceExport
