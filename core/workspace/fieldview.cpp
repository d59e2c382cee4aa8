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
    case FieldValue::Type::Number:
        return numberView(value.value, buffer);
    default:
        return log.textView(index, value);
    }
}
