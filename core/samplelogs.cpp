#include "samplelogs.h"

#include <QDirIterator>

namespace SampleLogs {

QStringList paths()
{
    QStringList result;
    QDirIterator it(QStringLiteral(":/maillane/samples"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        result.append(it.next());
    result.sort();
    return result;
}

} // namespace SampleLogs
