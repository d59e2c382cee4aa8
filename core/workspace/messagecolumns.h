#pragma once

#include "filterquery.h"

#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <vector>

class LogCollection;
class MailGraph;

// The columns of the message list (rows are message indexes of MailGraph::messages).
enum class MessageColumn : std::uint8_t { First, Last, Host, Family, Ids, From, Recipients, Outcome, Hops, Subject, MessageId };
constexpr int MessageColumnCount = 11;

// "first", "last", ...: stable, for QSettings and exports. messageColumnFromKey is the reverse.
QLatin1StringView messageColumnKey(MessageColumn column);
bool messageColumnFromKey(QLatin1StringView key, MessageColumn* column);
// The translated header (tr context "MessageColumn").
QString messageColumnLabel(MessageColumn column);
// Which filter field a column's cells show, for FilterQuery::matchRanges (Any: no field term highlights there).
FilterField messageColumnFilterField(MessageColumn column);

// The text a cell shows (plain, decoded).
QString messageCellText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message, MessageColumn column);

