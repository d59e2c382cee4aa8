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

bool looksLikeDocument(const QString& path)
{
    static const QStringList suffixes { QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("txt"),
        QStringLiteral("rst"), QStringLiteral("adoc"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"),
        QStringLiteral("doc"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("rtf") };
    // Not "news" and the like: /var/log/news/news.notice is a log (Innd's).
    static const QStringList names { QStringLiteral("readme"), QStringLiteral("license"), QStringLiteral("licence"),
        QStringLiteral("copying"), QStringLiteral("copyright"), QStringLiteral("authors"), QStringLiteral("changelog") };
    const QFileInfo info(path);
    const QString base = info.baseName().toLower(); // README.ja.md: readme
    return suffixes.contains(info.suffix().toLower()) || names.contains(base);
}

} // namespace LogSources
