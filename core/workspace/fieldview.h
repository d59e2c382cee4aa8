#pragma once

#include "model/parsedlog.h"

#include <QByteArrayView>

#include <cstddef>

// The bytes of an event's field without copying them (the table and the filters read fields millions of
// times): interned strings and line spans are views into the string pool and the file, which outlive the
// call; a number is written as decimal text into the caller's buffer.
struct NumberText
{
    char digits[12];
};

QByteArrayView fieldView(const ParsedLog& log, std::size_t index, FieldValue value, NumberText* buffer);
inline QByteArrayView fieldView(const ParsedLog& log, std::size_t index, FieldKey key, NumberText* buffer)
{
    return fieldView(log, index, log.field(index, key), buffer);
}
// A number as decimal text in buffer.
QByteArrayView numberView(std::uint32_t number, NumberText* buffer);
