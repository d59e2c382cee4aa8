#pragma once

#include "trace/tracetypes.h"
#include "filterquery.h"

#include <QLatin1StringView>
#include <QString>

#include <cstdint>

class LogCollection;
class ParsedLog;
struct EventRecord;

// The columns of the event table (rows are events of the timeline).
enum class EventColumn : std::uint8_t { Time, Host, Family, Program, Kind, Side, Ids, From, To, Status, Reply, Peer, Text, File, Line };
constexpr int EventColumnCount = 15;

// "time", "host", ...: stable, for QSettings and exports. eventColumnFromKey is the reverse.
QLatin1StringView eventColumnKey(EventColumn column);
bool eventColumnFromKey(QLatin1StringView key, EventColumn* column);
// The translated header (tr context "EventColumn").
QString eventColumnLabel(EventColumn column);
// Which filter field a column's cells show, for FilterQuery::matchRanges (Any: no field term highlights there).
FilterField eventColumnFilterField(EventColumn column);

// The text a cell shows (plain, decoded): O(1)-ish per call, no allocation beyond the returned string.
QString eventCellText(const LogCollection& logs, EventRef event, EventColumn column);

// "2024-03-27 09:14:02.310": an event's time in its source's own UTC offset; empty for an event without time.
// Shared by the event table and the message list.
QString eventTimeText(const EventRecord& event);
QString eventTimeText(const ParsedLog& log, std::size_t index);
