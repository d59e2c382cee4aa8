#pragma once

#include "parsedevent.h"

#include <QByteArrayView>

#include <cstdint>

// Reading the timestamp styles of the four families, and calendar arithmetic without QDateTime
// (which is far too slow to call once per line).
namespace Timestamps {

// "Jan".."Dec" in any letter case → 1..12, 0 if not a month.
int monthFromName(QByteArrayView name);

// Each parser consumes the timestamp at the start of text and returns the number of bytes used (0 = none).
// BSD syslog: "Mar 27 09:14:02" or "Mar  7 09:14:02" (no year).
qsizetype parseBsd(QByteArrayView text, CivilTime* time);
// RFC 3339: "2024-03-27T09:14:02[.fraction](Z|+09:00|+0900)", offset optional.
qsizetype parseIso(QByteArrayView text, CivilTime* time);
// ctime-like (IronPort files): "Wed Mar 27 09:14:02 2024", day padded with one or two spaces.
qsizetype parseCtime(QByteArrayView text, CivilTime* time);
// Sun MS: "27-Mar-2024 09:14:02.31" or "27-MAR-2024 09:14:02" (no fraction).
qsizetype parseSun(QByteArrayView text, CivilTime* time);
// E-Post: "[12/Apr/2024:10:15:03]" including the brackets.
qsizetype parseEPost(QByteArrayView text, CivilTime* time);

// Days since 1970-01-01 for a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(std::int64_t days, int* year, int* month, int* day);
// The wall-clock time as milliseconds since the epoch, as if it were UTC (year must be set).
std::int64_t wallMilliseconds(const CivilTime& time);
// The reverse, for display: what a clock at offsetMinutes east of UTC showed at utcMs (offset kept).
CivilTime civilTimeAt(std::int64_t utcMs, int offsetMinutes);

} // namespace Timestamps
