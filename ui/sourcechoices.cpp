#include "sourcechoices.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// E-Post writes one log per folder, each in its own shape; detection tells most of them apart by the folder
// name, so a file moved out of its folder needs the user to name it.
constexpr std::array<QLatin1StringView, 11> EPostSubLogs { {
    "acceptlog"_L1,
    "receivelog"_L1,
    "inlog"_L1,
    "senderlog"_L1,
    "outlog"_L1,
    "outlocallog"_L1,
    "faillog"_L1,
    "pop3log"_L1,
    "receivepop3"_L1,
    "imap4log"_L1,
    "receiveimap4"_L1,
} };

constexpr std::array<Family, 3> PlainFamilies { Family::IronPort, Family::Postfix, Family::SunMs };
constexpr std::array<TextDecoding::Encoding, 5> Encodings { TextDecoding::Encoding::Utf8,
    TextDecoding::Encoding::ShiftJis, TextDecoding::Encoding::EucJp, TextDecoding::Encoding::Iso2022Jp, TextDecoding::Encoding::Latin1 };

QString automatic()
{
    return QCoreApplication::translate("SourceChoices", "Automatic", "detect it, or use the log's own");
}

QString ePostKey(QStringView subLog)
{
    return familyKey(Family::EPost) + u'/' + subLog;
}

} // namespace

namespace SourceChoices {

QList<Choice> families()
{
    QList<Choice> choices { { QString(), automatic() } };
    for (const Family family : PlainFamilies)
        choices.append({ QString(familyKey(family)), familyLabel(family) });
    for (const QLatin1StringView subLog : EPostSubLogs)
        choices.append({ ePostKey(QString(subLog)), familyText(Family::EPost, QString(subLog)) });
    return choices;
}

QString familyText(Family family, const QString& subLog)
{
    if (family != Family::EPost || subLog.isEmpty())
        return familyLabel(family);
    return QCoreApplication::translate("SourceChoices", "%1 %2", "a family, then one of its logs: E-Post acceptlog")
        .arg(familyLabel(family), subLog);
}

QList<Choice> encodings()
{
    QList<Choice> choices { { QString(), automatic() } };
    for (const TextDecoding::Encoding encoding : Encodings) {
        QString label = TextDecoding::encodingName(encoding);
        if (encoding == TextDecoding::Encoding::ShiftJis)
            label = QCoreApplication::translate("SourceChoices", "%1 (%2)", "an encoding and its other name")
                        .arg(label, u"CP932"_s);
        choices.append({ QString(TextDecoding::encodingKey(encoding)), label });
    }
    return choices;
}

QList<Choice> zones()
{
    QList<Choice> choices { { QString(), automatic() } };
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!system.isEmpty())
        choices.append({ system,
            QCoreApplication::translate("SourceChoices", "%1 (system)", "the computer's time zone").arg(system) });
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : ids)
        choices.append({ QString::fromUtf8(id), QString::fromUtf8(id) });
    return choices;
}

QString familyKey(const LogParser::Options& options)
{
    if (!options.family)
        return {};
    if (*options.family == Family::EPost)
        return ePostKey(options.subLog.isEmpty() ? u"receivelog"_s : options.subLog);
    return QString(::familyKey(*options.family));
}

QString encodingKey(const LogParser::Options& options)
{
    return options.encoding ? QString(TextDecoding::encodingKey(*options.encoding)) : QString();
}

QString zoneKey(const LogParser::Options& options)
{
    return options.zone.isValid() ? QString::fromUtf8(options.zone.id()) : QString();
}

bool setFamily(LogParser::Options* options, const QString& key)
{
    if (key.isEmpty()) {
        options->family.reset();
        options->subLog.clear();
        return true;
    }
    for (const Family family : PlainFamilies) {
        if (key == ::familyKey(family)) {
            options->family = family;
            options->subLog.clear();
            return true;
        }
    }
    for (const QLatin1StringView subLog : EPostSubLogs) {
        if (key == ePostKey(QString(subLog))) {
            options->family = Family::EPost;
            options->subLog = subLog;
            return true;
        }
    }
    return false;
}

bool setEncoding(LogParser::Options* options, const QString& key)
{
    if (key.isEmpty()) {
        options->encoding.reset();
        return true;
    }
    for (const TextDecoding::Encoding encoding : Encodings) {
        if (key == TextDecoding::encodingKey(encoding)) {
            options->encoding = encoding;
            return true;
        }
    }
    return false;
}

bool setZone(LogParser::Options* options, const QString& key)
{
    if (key.isEmpty()) {
        options->zone = QTimeZone();
        return true;
    }
    const QTimeZone zone(key.toUtf8());
    if (!zone.isValid())
        return false;
    options->zone = zone;
    return true;
}

} // namespace SourceChoices
