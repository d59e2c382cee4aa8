#pragma once

// Helpers for the parser tests: run one record through a FormatParser and describe the result compactly,
// so that a data row can state "this line is a rcpt-to event with mid=30011 icid=880412".
#include "parsing/formatparser.h"
#include "parsing/parsedevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ParserTesting {

struct Result
{
    bool understood = false;
    ParsedEvent event;
    QByteArray record; // keeps the bytes the event's views point into
};

inline Result parse(const FormatParser& parser, const QByteArray& record)
{
    Result result;
    result.record = record;
    result.event.reset();
    result.understood = parser.parse(result.record, &result.event);
    return result;
}

inline QString fieldValue(const ParsedEvent::Field& field)
{
    return isNumeric(field.key) ? QString::number(field.number) : QString::fromUtf8(field.text);
}

// "icid=880412 mid=30011": the identifier fields, sorted by key, as "key=value" words.
inline QString ids(const ParsedEvent& event)
{
    QStringList words;
    for (int i = 0; i < event.fieldCount; ++i) {
        const ParsedEvent::Field& field = event.fields[size_t(i)];
        if (isIdentifier(field.key))
            words << fieldKey(field.key) + u'=' + fieldValue(field);
    }
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

// The value of one field as text (empty if absent).
inline QString field(const ParsedEvent& event, FieldKey key)
{
    const ParsedEvent::Field* found = event.find(key);
    return found ? fieldValue(*found) : QString();
}

// Checks "key=value|key=value" (machine field names, '|' between items since values may hold spaces).
// Returns an empty string when every item is present with that value, else what differs.
inline QString mismatchedFields(const ParsedEvent& event, const QString& expected)
{
    QStringList problems;
    for (const QString& item : expected.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        FieldKey key;
        const QByteArray name = item.left(equals).toLatin1();
        if (equals < 0 || !fieldFromKey(QLatin1StringView(name), &key)) {
            problems << QStringLiteral("bad expectation '%1'").arg(item);
            continue;
        }
        const QString actual = field(event, key);
        if (actual != item.mid(equals + 1))
            problems << QStringLiteral("%1: got '%2', want '%3'").arg(item.left(equals), actual, item.mid(equals + 1));
    }
    return problems.join(QStringLiteral("; "));
}

inline QString kind(const Result& result)
{
    return result.understood ? QString(kindKey(result.event.kind)) : QStringLiteral("unparsed");
}

} // namespace ParserTesting
