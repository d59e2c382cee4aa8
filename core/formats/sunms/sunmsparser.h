#pragma once

#include "parsing/formatparser.h"

// Sun Java System / Oracle Communications Messaging Server MTA mail.log (LOG_FORMAT=1, with or without
// the optional fields), one entry per line or in the manual's layout over indented continuation lines.
// formats.md section 3.
class SunMsParser final : public FormatParser
{
public:
    Family family() const override { return Family::SunMs; }
    QLatin1StringView subLog() const override { return QLatin1StringView("mail.log"); }
    int recognise(QByteArrayView line) const override;
    bool hasContinuations() const override { return true; }
    bool startsRecord(QByteArrayView line) const override;
    bool joinsWithSpace() const override { return true; }
    bool parse(QByteArrayView record, ParsedEvent* event) const override;
};
