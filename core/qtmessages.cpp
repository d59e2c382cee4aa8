#include "qtmessages.h"

#include <QtLogging>
#include <QString>

namespace {

QtMessageHandler previousHandler = nullptr;

bool isNoise(QtMsgType type, const QString& message)
{
    return type == QtWarningMsg && message == QLatin1StringView("This plugin does not support propagateSizeHints()");
}

void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!isNoise(type, message))
        previousHandler(type, context, message);
}

} // namespace

void QtMessages::installFilter()
{
    if (!previousHandler) // a second call would pass messages to itself
        previousHandler = qInstallMessageHandler(filter);
}
