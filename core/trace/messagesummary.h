#pragma once

#include "trace/mailgraph.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

class LogCollection;

// A message as a person reads it: its identifiers, host name, times, subject, and for each attempt the
// reply and the remote host. Shared by the exports, the CLI and the UI.
namespace MessageSummary {

// The identifiers of the message's lines and of its inbound connection, per kind, each value once:
// {mid: [30011], icid: [880412], rid: [0], dcid: [51877]}.
std::vector<std::pair<FieldKey, std::vector<StringPool::Id>>> ids(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);
// "mid=30011 icid=880412 ..." for tables and CSV.
QString idsText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);

// "relay1", or "relay1 (postfix-out)" for a second Postfix instance.
QString hostName(const MailGraph& graph, const LogCollection& logs, std::uint32_t origin);

// The event with the earliest and the latest time.
EventRef firstEvent(const MailGraph& graph, std::uint32_t message);
EventRef lastEvent(const MailGraph& graph, std::uint32_t message);

QString subject(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);
// "<id@host>" (the graph keeps Message-IDs without brackets).
QString messageIdText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message);

// The reply text of an attempt, decoded for display.
QString reply(const LogCollection& logs, const Attempt& attempt);
// A connection's identifier as logged ("880412", "6a1c.4"; empty when it has none), raw bytes: Sun names a
// connection by the thread of its lines, read from them when asked rather than kept.
QByteArrayView connectionId(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection);
// The other end of a connection: "mx.example[192.0.2.5]", or whichever of the two is known.
QString peer(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection);
// The host the attempt talked to: its connection's peer, else the relay named on the line.
QString remote(const MailGraph& graph, const LogCollection& logs, const Attempt& attempt);

} // namespace MessageSummary
