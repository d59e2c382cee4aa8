#pragma once

#include "lineindex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>
#include <vector>

// One log file held in memory: memory-mapped when possible (plain files), inflated when gzip-compressed,
// read into a buffer otherwise (for example Qt resources). Indexes line starts so any line is O(1).
// Lines are returned as raw bytes, without the line terminator (LF, CRLF); nothing is decoded here.
class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)

public:
    // Opens and indexes path. On failure returns nullptr and sets *error to a message naming the reason.
    static std::shared_ptr<const LogFile> open(const QString& path, QString* error);
    // Only the head of path: at most about headBytes of its text, cut after the last whole line. A quick look
    // at a big file while all of it is read (gzip-compressed files are inflated only that far).
    static std::shared_ptr<const LogFile> openHead(const QString& path, qint64 headBytes, QString* error);
    // Indexes bytes already in memory (tests, pasted text). displayName is what the UI shows for it.
    static std::shared_ptr<const LogFile> fromBytes(const QString& displayName, QByteArray bytes);

    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    QString path() const { return m_path; }
    // The name shown for the file: its file name, or for E-Post's per-day files (acceptlog/MAILSV01/240327.log),
    // whose names repeat in every log folder, the file name with its log and server folders.
    QString displayName() const { return m_displayName; }
    bool wasCompressed() const { return m_compressed; }
    bool isHead() const { return m_head; }
    qint64 byteSize() const { return m_size; }

    qsizetype lineCount() const { return qsizetype(m_lineStarts.size()); }
    QByteArrayView line(qsizetype index) const;
    qint64 lineOffset(qsizetype index) const { return m_lineStarts.at(size_t(index)); }
    // Whether the first line ends in CRLF (Windows servers); lines are returned without it either way.
    bool usesCrlf() const;
    // Whether the file shrank since it was opened (a rotation by copytruncate, a rewrite): the mapped lines past
    // its new end then read as NUL bytes (see MappingGuard) and the file should be read again.
    bool changedWhileOpen() const;

    // Following a file that is written to (LogFollower). These read the handle this object keeps open, which
    // stays on the same file even after logrotate renames it.
    // Whether it can be followed: a plain file on disk, not compressed, not a head.
    bool canFollow() const;
    // Its size on disk now (-1 if unknown); byteSize() is what was read.
    qint64 currentSize() const;
    bool isMapped() const { return m_mapped; }
    // Whether the file still holds what was read: its first and last bytes read are still there. False after a
    // truncation in place (copytruncate), even once the file has grown past the size read again.
    bool stillHoldsWhatWasRead() const;
    // Whether the file at path holds what was read here, perhaps with more after it: the copy that logrotate's
    // copytruncate made before truncating this file (with the lines written since the last read), or this file.
    bool isHeldIn(const QString& path) const;
    // Whether path still names this file (false once it was renamed away and another file took its name).
    bool isAt(const QString& path) const;
    // The file as it is now, whole, read into memory (not mapped, so that a later truncation cannot take its
    // lines), keeping the handle open for the next time. Null, with *error set, when it cannot be read.
    std::shared_ptr<const LogFile> readAgain(QString* error) const;
    // Memory held besides a mapping: the line index, and the bytes when they are not mapped (inflated, read).
    std::size_t memoryUsed() const { return m_lineStarts.memoryUsed() + std::size_t(m_buffer.capacity()); }

private:
    LogFile() = default;
    static std::shared_ptr<const LogFile> read(const QString& path, qint64 headBytes, QString* error);
    void keepHead(qint64 headBytes);
    void unmap();
    void indexLines();
    bool holdsWhatWasRead(int handle) const;
    static QString displayNameFor(const QString& path);

    QString m_path;
    QString m_displayName;
    QFile m_file;
    QByteArray m_buffer; // owns the bytes when the file is not mapped
    const char* m_data = nullptr;
    qint64 m_size = 0;
    bool m_compressed = false;
    bool m_head = false;
    bool m_mapped = false;
    int m_guardSlot = -1; // MappingGuard's, while mapped
    LineIndex m_lineStarts;
};
