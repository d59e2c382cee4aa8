#include "ironportparser.h"

// PLACEHOLDER: being written (issue 3).
int IronPortParser::recognise(QByteArrayView) const
{
    return 0;
}
bool IronPortParser::startsRecord(QByteArrayView) const
{
    return true;
}
bool IronPortParser::parse(QByteArrayView, ParsedEvent*) const
{
    return false;
}
