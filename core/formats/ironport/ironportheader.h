#pragma once

#include "parsing/timestamps.h"

#include <QByteArrayView>

// The header of an IronPort line: the file form "Wed Mar 27 09:14:02 2024 Info: ..." or a syslog form
// ("<pri>Mar 27 09:14:02 host tag: Info: ...", also with the year after the time). formats.md section 1.
namespace IronPortLines {

struct Header
{
    enum Match {
        None, // no timestamp header at all
        TimeOnly, // a timestamp (and syslog host/tag) but no IronPort level
        Full,
    };
    CivilTime time;
    QByteArrayView host;
    QByteArrayView program;
    QByteArrayView message;
    bool syslog = false;
};

Header::Match readHeader(QByteArrayView line, Header* header);

} // namespace IronPortLines
