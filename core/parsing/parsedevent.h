#pragma once

#include "model/eventtypes.h"

#include <QByteArrayView>

#include <array>
#include <cstdint>

// A calendar time as the log wrote it: local wall clock of the source, no zone unless hasOffset.
struct CivilTime
{
    int year = 0; // 0: the log did not say (BSD syslog); the loader infers it
    int month = 0; // 1..12; 0: no time at all
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    bool hasOffset = false;
    int offsetMinutes = 0; // east of UTC, when the line carried one
    // A UTC instant (a counter such as E-Post's seconds since 1601) rather than what a clock showed: it is
    // shown in the source's zone, like the lines around it, not in UTC.
    bool utcInstant = false;

    bool isValid() const { return month != 0; }
};

// What a parser makes of one record (one line, or a line with its continuation lines): scratch space,
// reused for every record, holding views into the record's bytes. The loader turns it into a stored event.
struct ParsedEvent
{
    struct Field
    {
        FieldKey key;
        QByteArrayView text; // for string fields
        std::uint32_t number; // for numeric fields
    };
    static constexpr int MaxFields = 40;

    EventKind kind = EventKind::Unparsed;
    Side side = Side::None;
    CivilTime time;
    QByteArrayView host;
    QByteArrayView program; // Postfix/IronPort syslog tag, Sun source channel, E-Post sub-log
    std::uint32_t pid = 0;
    std::array<Field, MaxFields> fields;
    int fieldCount = 0;
    // Set by a line that states the UTC offset of the whole log (IronPort "Time offset from UTC: -21600 seconds").
    bool declaresUtcOffset = false;
    int utcOffsetSeconds = 0;

    void reset()
    {
        kind = EventKind::Unparsed;
        side = Side::None;
        time = CivilTime();
        host = {};
        program = {};
        pid = 0;
        fieldCount = 0;
        declaresUtcOffset = false;
        utcOffsetSeconds = 0;
    }
    // Empty values are not stored: absent and empty mean the same.
    void add(FieldKey key, QByteArrayView text)
    {
        if (!text.isEmpty() && fieldCount < MaxFields)
            fields[size_t(fieldCount++)] = { key, text, 0 };
    }
    void addNumber(FieldKey key, std::uint32_t number)
    {
        if (fieldCount < MaxFields)
            fields[size_t(fieldCount++)] = { key, {}, number };
    }
    void set(EventKind k, Side s)
    {
        kind = k;
        side = s;
    }
    const Field* find(FieldKey key) const
    {
        for (int i = 0; i < fieldCount; ++i) {
            if (fields[size_t(i)].key == key)
                return &fields[size_t(i)];
        }
        return nullptr;
    }
};
