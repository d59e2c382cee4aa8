#pragma once

#include <QCoreApplication>
#include <QString>
#include <QSet>
#include <QStringList>

class LogFile;

// Expands what the user opened (files and folders) into the log files to load. A folder is walked
// recursively (an E-Post mail work folder, a /var/log with rotated maillog.1.gz ...), in name order.
namespace LogSources {

struct Expanded
{
    QStringList files; // given files first as given, then each folder's files
    QSet<QString> fromFolders; // the subset found by walking folders: the caller drops those that are not mail logs
    QStringList errors; // paths that do not exist or cannot be read, as messages
};

Expanded expand(const QStringList& paths);

// Whether to load an opened file: one named directly always (an unrecognised one with every line unparsed);
// one found in a folder (a /var/log holds other files too) only when it is a mail log or a family is chosen.
bool shouldLoad(const LogFile& file, bool fromFolder, bool familyChosen);

// Whether a file's name says it is a document (README, LICENSE, notes.txt, guide.md ...): when one found in a
// folder is skipped, that is expected and not worth a warning.
bool looksLikeDocument(const QString& path);

} // namespace LogSources
