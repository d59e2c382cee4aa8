#pragma once

#include "parsing/formatparser.h"

// Cisco IronPort / AsyncOS (Secure Email Gateway) text mail logs: the classic file form
// ("Wed Mar 27 09:14:02 2024 Info: ...") and the syslog-pushed forms. formats.md section 1.
class IronPortParser final : public FormatParser
{
public:
    Family family() const override { return Family::IronPort; }
    QLatin1StringView subLog() const override { return QLatin1StringView("mail_logs"); }
    int recognise(QByteArrayView line) const override;
    bool hasContinuations() const override { return true; }
    bool startsRecord(QByteArrayView line) const override;
    bool parse(QByteArrayView record, ParsedEvent* event) const override;
};
