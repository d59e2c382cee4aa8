#pragma once

#include "trace/mailgraph.h"

#include <QByteArray>
#include <QList>

class LogCollection;

// Fills MailGraph::keys: every identifier of a message's lines (MID, ICID, DCID, queue ID, queue file and
// its base name, B-number, Message-ID without brackets), its addresses in lower case, its client's address
// and name, and the IDs next hops whose logs are not loaded gave it ("queued as X").
namespace GraphIndex {

void build(MailGraph& graph, const LogCollection& logs);

// The forms a query is looked up in: trimmed, as given, in lower case, without angle brackets.
QList<QByteArray> queryForms(QByteArrayView query);

} // namespace GraphIndex
