#include "sunmsparser.h"

// PLACEHOLDER: being written (issue 3).
int SunMsParser::recognise(QByteArrayView) const
{
    return 0;
}
bool SunMsParser::startsRecord(QByteArrayView) const
{
    return true;
}
bool SunMsParser::parse(QByteArrayView, ParsedEvent*) const
{
    return false;
}
