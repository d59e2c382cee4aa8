#pragma once

#include "parsing/logparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the Sources panel offers as a log's family, encoding and time zone, and how a choice maps onto
// LogParser::Options. A choice is named by a key (the model's EditRole value): the empty key is Automatic
// (detection, or the log's own zone); otherwise "postfix", "epost/acceptlog", "cp932", "Asia/Tokyo" ...
namespace SourceChoices {

struct Choice
{
    QString key;
    QString label;
};

QList<Choice> families(); // Automatic, IronPort, Postfix, Sun, then one entry per E-Post sub-log
QList<Choice> encodings(); // Automatic, UTF-8, Shift_JIS/CP932, EUC-JP, Latin-1
QList<Choice> zones(); // Automatic, the system zone, every IANA zone

// How a log's family is named in the panel: "Postfix", "E-Post acceptlog" (E-Post's logs differ in shape).
QString familyText(Family family, const QString& subLog);

// The key of what options choose now.
QString familyKey(const LogParser::Options& options);
QString encodingKey(const LogParser::Options& options);
QString zoneKey(const LogParser::Options& options);

// Sets the choice named by key; false (options unchanged) when key names none.
bool setFamily(LogParser::Options* options, const QString& key);
bool setEncoding(LogParser::Options* options, const QString& key);
bool setZone(LogParser::Options* options, const QString& key);

} // namespace SourceChoices
