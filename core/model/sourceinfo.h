#pragma once

#include "eventtypes.h"
#include "stringpool.h"
#include "textdecoding.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// What Maillane knows about one loaded file: shown in the Sources panel and by `maillane-cli stats`.
struct SourceInfo
{
    QString path;
    QString displayName;
    Family family = Family::Unknown;
    QString subLog; // "maillog", "mail_logs", "mail.log", "acceptlog", ...
    bool familyOverridden = false;
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    bool encodingOverridden = false; // the user chose `encoding`: every line is shown in it, none detected
    bool mixedEncodings = false; // valid UTF-8 and legacy Japanese lines in one file
    bool binary = false; // not text (an image, an archive): no encoding describes it, whatever its bytes resemble
    bool crlf = false;
    bool compressed = false;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 events = 0;
    qint64 unparsed = 0;
    QTimeZone zone; // the zone of timestamps that carry no offset
    bool zoneFromLog = false; // IronPort "Time offset from UTC" line
    int yearBase = 0; // the year of the file's last entry, for logs without years (0: none needed)
    QDate fileDate; // E-Post: the day in the file name
    QString note; // a remark for the user (family not recognised, ...)
    // The name of the folder the file is in (esa1/mail.current, MAILSV01/240327.log): it names the host
    // where lines name none (IronPort, Sun) and always for E-Post, whose lines name the mail domain.
    StringPool::Id folderHost = 0;
    QStringList hosts; // the hosts its lines name, most common first (at most 3)

    // "utf-8", "cp932", ...; "binary" for binary data, whose bytes only look like some encoding by chance
    // (unless the user chose one).
    QLatin1StringView encodingKey() const
    {
        return binary && !encodingOverridden ? QLatin1StringView("binary") : TextDecoding::encodingKey(encoding);
    }

    // "epost/acceptlog", "postfix/maillog": family and sub-log in one key.
    QString familyAndSubLog() const
    {
        return subLog.isEmpty() ? QString(familyKey(family)) : familyKey(family) + u'/' + subLog;
    }
};
