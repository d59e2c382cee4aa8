#pragma once

#include "parsedevent.h"

#include <QByteArrayView>

// The header syslog puts in front of a message, in the variants mail logs arrive with:
//   [<PRI>]Mar 27 09:14:02 host tag[pid]: message          BSD / RFC 3164 (no year)
//   [<PRI>]2024-03-27T09:14:02.123+09:00 host tag[pid]: message   RFC 3339 (rsyslog, journalctl short-iso)
//   <PRI>Mar 27 09:14:02 tag: message                      IronPort syslog push without host
struct SyslogHeader
{
    CivilTime time;
    QByteArrayView host;
    QByteArrayView tag; // program, e.g. "postfix/smtpd", "postfix-out/smtp", "mail_logs"
    std::uint32_t pid = 0;
    bool hasPid = false;
    QByteArrayView message;

    // Returns false if line does not start with a syslog header.
    bool parse(QByteArrayView line);
};
