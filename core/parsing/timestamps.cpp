#include "timestamps.h"

#include "bytescanner.h"

namespace Timestamps {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Exactly n digits at text[at..]; -1 if not.
int fixedDigits(QByteArrayView text, qsizetype at, int n)
{
    if (at + n > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char c = text[at + i];
        if (!Bytes::isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "HH:MM:SS" at text[at..]; returns bytes used or 0.
qsizetype clock(QByteArrayView text, qsizetype at, CivilTime* time)
{
    const int h = fixedDigits(text, at, 2);
    const int m = fixedDigits(text, at + 3, 2);
    const int s = fixedDigits(text, at + 6, 2);
    if (h < 0 || m < 0 || s < 0 || text[at + 2] != ':' || text[at + 5] != ':' || h > 23 || m > 59 || s > 60)
        return 0;
    time->hour = h;
    time->minute = m;
    time->second = s;
    return 8;
}

// ".123456" fraction → milliseconds; returns bytes used.
qsizetype fraction(QByteArrayView text, qsizetype at, CivilTime* time)
{
    if (at >= text.size() || text[at] != '.')
        return 0;
    qsizetype i = at + 1;
    int ms = 0;
    int digits = 0;
    while (i < text.size() && Bytes::isDigit(text[i])) {
        if (digits < 3) {
            ms = ms * 10 + (text[i] - '0');
            ++digits;
        }
        ++i;
    }
    if (digits == 0)
        return 0;
    while (digits++ < 3)
        ms *= 10;
    time->millisecond = ms;
    return i - at;
}

bool validDay(int day)
{
    return day >= 1 && day <= 31;
}

} // namespace

int monthFromName(QByteArrayView name)
{
    if (name.size() != 3)
        return 0;
    static constexpr const char* names[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec" };
    const char a = lower(name[0]), b = lower(name[1]), c = lower(name[2]);
    for (int i = 0; i < 12; ++i) {
        if (names[i][0] == a && names[i][1] == b && names[i][2] == c)
            return i + 1;
    }
    return 0;
}

qsizetype parseBsd(QByteArrayView text, CivilTime* time)
{
    // "Mar 27 09:14:02" / "Mar  7 09:14:02" / "Mar 7 09:14:02" (collapsed padding)
    if (text.size() < 14 || text[3] != ' ')
        return 0;
    const int month = monthFromName(text.first(3));
    if (month == 0)
        return 0;
    qsizetype at = 4;
    if (text[at] == ' ')
        ++at;
    int day = 0;
    int digits = 0;
    while (at < text.size() && Bytes::isDigit(text[at]) && digits < 2) {
        day = day * 10 + (text[at++] - '0');
        ++digits;
    }
    if (digits == 0 || !validDay(day) || at >= text.size() || text[at] != ' ')
        return 0;
    ++at;
    CivilTime t;
    t.month = month;
    t.day = day;
    const qsizetype used = clock(text, at, &t);
    if (used == 0)
        return 0;
    at += used;
    at += fraction(text, at, &t); // some receivers add milliseconds
    *time = t;
    return at;
}

qsizetype parseIso(QByteArrayView text, CivilTime* time)
{
    if (text.size() < 19) // "YYYY-MM-DDTHH:MM:SS"; shorter text would be read past its end below
        return 0;
    CivilTime t;
    t.year = fixedDigits(text, 0, 4);
    t.month = fixedDigits(text, 5, 2);
    t.day = fixedDigits(text, 8, 2);
    if (t.year < 0 || t.month < 1 || t.month > 12 || !validDay(t.day) || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != ' '))
        return 0;
    qsizetype at = 11;
    const qsizetype used = clock(text, at, &t);
    if (used == 0)
        return 0;
    at += used;
    at += fraction(text, at, &t);
    if (at < text.size() && text[at] == 'Z') {
        t.hasOffset = true;
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        const int hours = fixedDigits(text, at + 1, 2);
        qsizetype minuteAt = at + 3;
        if (minuteAt < text.size() && text[minuteAt] == ':')
            ++minuteAt;
        const int minutes = fixedDigits(text, minuteAt, 2);
        if (hours >= 0 && minutes >= 0 && hours <= 14) {
            t.hasOffset = true;
            t.offsetMinutes = sign * (hours * 60 + minutes);
            at = minuteAt + 2;
        }
    }
    *time = t;
    return at;
}

qsizetype parseCtime(QByteArrayView text, CivilTime* time)
{
    // "Wed Mar 27 09:14:02 2024"
    if (text.size() < 24 || text[3] != ' ')
        return 0;
    const qsizetype used = parseBsd(text.sliced(4), time);
    if (used == 0)
        return 0;
    qsizetype at = 4 + used;
    if (at >= text.size() || text[at] != ' ')
        return 0;
    const int year = fixedDigits(text, at + 1, 4);
    if (year < 0)
        return 0;
    time->year = year;
    return at + 5;
}

qsizetype parseSun(QByteArrayView text, CivilTime* time)
{
    // "27-Mar-2024 09:14:02.31"
    if (text.size() < 20 || text[2] != '-' || text[6] != '-' || text[11] != ' ')
        return 0;
    CivilTime t;
    t.day = fixedDigits(text, 0, 2);
    t.month = monthFromName(text.sliced(3, 3));
    t.year = fixedDigits(text, 7, 4);
    if (!validDay(t.day) || t.month == 0 || t.year < 0)
        return 0;
    const qsizetype used = clock(text, 12, &t);
    if (used == 0)
        return 0;
    qsizetype at = 12 + used;
    at += fraction(text, at, &t);
    *time = t;
    return at;
}

qsizetype parseEPost(QByteArrayView text, CivilTime* time)
{
    // "[12/Apr/2024:10:15:03]"
    if (text.size() < 22 || text[0] != '[' || text[3] != '/' || text[7] != '/' || text[12] != ':' || text[21] != ']')
        return 0;
    CivilTime t;
    t.day = fixedDigits(text, 1, 2);
    t.month = monthFromName(text.sliced(4, 3));
    t.year = fixedDigits(text, 8, 4);
    if (!validDay(t.day) || t.month == 0 || t.year < 0 || clock(text, 13, &t) == 0)
        return 0;
    *time = t;
    return 22;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = std::int64_t(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t days, int* year, int* month, int* day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

std::int64_t wallMilliseconds(const CivilTime& time)
{
    const std::int64_t days = daysFromCivil(time.year, time.month, time.day);
    return ((days * 24 + time.hour) * 60 + time.minute) * 60000 + std::int64_t(time.second) * 1000
        + time.millisecond;
}

CivilTime civilTimeAt(std::int64_t utcMs, int offsetMinutes)
{
    const std::int64_t local = utcMs + std::int64_t(offsetMinutes) * 60000;
    const std::int64_t days = local >= 0 ? local / 86400000 : (local - 86399999) / 86400000;
    const auto ms = int(local - days * 86400000);
    CivilTime time;
    civilFromDays(days, &time.year, &time.month, &time.day);
    time.hour = ms / 3600000;
    time.minute = ms / 60000 % 60;
    time.second = ms / 1000 % 60;
    time.millisecond = ms % 1000;
    time.hasOffset = true;
    time.offsetMinutes = offsetMinutes;
    return time;
}

} // namespace Timestamps
