#include "fieldview.h"

#include <charconv>

QByteArrayView numberView(std::uint32_t number, NumberText* buffer)
{
    const auto [end, error] = std::to_chars(std::begin(buffer->digits), std::end(buffer->digits), number);
    return error == std::errc() ? QByteArrayView(buffer->digits, end - buffer->digits) : QByteArrayView();
}

QByteArrayView fieldView(const ParsedLog& log, std::size_t index, FieldValue value, NumberText* buffer)
{
    switch (value.type) {
    case FieldValue::Type::None:
        return {};
    case FieldValue::Type::String:
        return log.strings().view(value.value);
    case FieldValue::Type::Number:
        return numberView(value.value, buffer);
    case FieldValue::Type::LineSpan: {
        const QByteArrayView line = log.file().line(qsizetype(log.event(index).line));
        const auto offset = qsizetype(value.value >> 16);
        const auto length = qsizetype(value.value & 0xffff);
        return offset + length <= line.size() ? line.sliced(offset, length) : QByteArrayView();
    }
    }
    return {};
}
