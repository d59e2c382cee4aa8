#pragma once

#include "parsing/formatparser.h"

// Postfix through syslog (BSD or RFC 3339 headers, any syslog_name such as postfix-out or
// postfix/submission). formats.md section 2.
class PostfixParser final : public FormatParser
{
public:
    Family family() const override { return Family::Postfix; }
    QLatin1StringView subLog() const override { return QLatin1StringView("maillog"); }
    int recognise(QByteArrayView line) const override;
    bool parse(QByteArrayView record, ParsedEvent* event) const override;
};
