#include "logsources.h"

#include "formatdetector.h"

#include <QDirIterator>
#include <QFileInfo>

namespace LogSources {

Expanded expand(const QStringList& paths)
{
    Expanded result;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.errors << QCoreApplication::translate("LogSources", "Cannot open %1: no such file or folder")
                                 .arg(path);
            continue;
        }
        if (!info.isDir()) {
            result.files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        result.files << found;
        for (const QString& file : std::as_const(found))
            result.fromFolders.insert(file);
    }
    return result;
}

bool shouldLoad(const LogFile& file, bool fromFolder, bool familyChosen)
{
    return !fromFolder || familyChosen || FormatDetector::detect(file).parser != nullptr;
}

} // namespace LogSources
