#include "logfile.h"

#include "gzipreader.h"
#include "mappingguard.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

std::shared_ptr<const LogFile> LogFile::open(const QString& path, QString* error)
{
    return read(path, -1, error);
}

std::shared_ptr<const LogFile> LogFile::openHead(const QString& path, qint64 headBytes, QString* error)
{
    return read(path, qMax<qint64>(0, headBytes), error);
}

// headBytes < 0: the whole file.
std::shared_ptr<const LogFile> LogFile::read(const QString& path, qint64 headBytes, QString* error)
{
    std::shared_ptr<LogFile> log(new LogFile);
    log->m_path = path;
    log->m_displayName = displayNameFor(path);
    log->m_file.setFileName(path);

    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a log file.").arg(path);
        return nullptr;
    }
    // A FIFO, socket or device would block or never end; Qt resources are not files on disk but are read.
    if (info.exists() && !info.isFile() && !path.startsWith(u':')) {
        *error = tr("%1 is not a regular file (a pipe, socket or device), so it is not read.").arg(path);
        return nullptr;
    }
    if (!log->m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, log->m_file.errorString());
        return nullptr;
    }

    const qint64 size = log->m_file.size();
    uchar* mapped = size > 0 ? log->m_file.map(0, size) : nullptr;
    if (mapped) {
        log->m_data = reinterpret_cast<const char*>(mapped);
        log->m_size = size;
        log->m_mapped = true;
        log->m_guardSlot = MappingGuard::watch(mapped, std::size_t(size));
    } else {
        log->m_buffer = log->m_file.readAll();
        if (log->m_file.error() != QFileDevice::NoError) {
            *error = tr("Cannot read %1: %2").arg(path, log->m_file.errorString());
            return nullptr;
        }
        log->m_data = log->m_buffer.constData();
        log->m_size = log->m_buffer.size();
    }

    const QByteArrayView raw(log->m_data, log->m_size);
    if (GzipReader::isGzip(raw)) {
        QString gzipError;
        QByteArray inflated = GzipReader::inflate(raw, &gzipError, headBytes);
        if (!gzipError.isEmpty() && headBytes < 0) { // a head may stop before the damage
            *error = tr("Cannot decompress %1: %2").arg(path, gzipError);
            return nullptr;
        }
        log->unmap(); // the inflated copy is all we need
        log->m_buffer = std::move(inflated);
        log->m_data = log->m_buffer.constData();
        log->m_size = log->m_buffer.size();
        log->m_compressed = true;
    }

    if (headBytes >= 0)
        log->keepHead(headBytes);
    log->indexLines();
    return log;
}

// Keeps the whole lines within the first headBytes (all of a first line longer than that), in a buffer of
// its own: the file is closed (unmapped) after.
void LogFile::keepHead(qint64 headBytes)
{
    m_head = true;
    if (m_size <= headBytes) {
        m_buffer = QByteArray(m_data, m_size); // a copy: the mapping goes with the file
    } else {
        const QByteArrayView head(m_data, headBytes);
        const qsizetype lastNewline = head.lastIndexOf('\n');
        if (lastNewline >= 0) {
            m_buffer = head.first(lastNewline + 1).toByteArray();
        } else {
            const void* newline = std::memchr(m_data + headBytes, '\n', size_t(m_size - headBytes));
            m_buffer = QByteArray(m_data, newline ? static_cast<const char*>(newline) - m_data + 1 : m_size);
        }
    }
    unmap();
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
}

void LogFile::unmap()
{
    MappingGuard::unwatch(std::exchange(m_guardSlot, -1));
    m_mapped = false;
    m_file.close();
}

bool LogFile::changedWhileOpen() const
{
    // m_file is still open: its size is that of the file we mapped, even if the path now names another
    return m_mapped && (MappingGuard::truncated(m_guardSlot) || m_file.size() < m_size);
}

std::shared_ptr<const LogFile> LogFile::fromBytes(const QString& displayName, QByteArray bytes)
{
    std::shared_ptr<LogFile> log(new LogFile);
    log->m_path = displayName;
    log->m_displayName = displayNameFor(displayName);
    log->m_buffer = std::move(bytes);
    log->m_data = log->m_buffer.constData();
    log->m_size = log->m_buffer.size();
    log->indexLines();
    return log;
}

bool LogFile::canFollow() const
{
#ifdef Q_OS_UNIX
    return !m_compressed && !m_head && m_file.isOpen() && m_file.handle() >= 0;
#else
    return false;
#endif
}

qint64 LogFile::currentSize() const
{
#ifdef Q_OS_UNIX
    struct stat now;
    if (m_file.handle() >= 0 && ::fstat(m_file.handle(), &now) == 0)
        return qint64(now.st_size);
#endif
    return -1;
}

bool LogFile::stillHoldsWhatWasRead() const
{
    return holdsWhatWasRead(m_file.handle());
}

bool LogFile::isHeldIn(const QString& path) const
{
    QFile other(path);
    return other.open(QIODevice::ReadOnly) && other.size() >= m_size && holdsWhatWasRead(other.handle());
}

// Two samples are enough: a rewritten log differs in its first line's time or in the bytes before our end.
bool LogFile::holdsWhatWasRead(int handle) const
{
#ifdef Q_OS_UNIX
    constexpr qint64 Sample = 256;
    const auto same = [this, handle](qint64 offset, qint64 size) {
        QByteArray now(size, Qt::Uninitialized);
        return ::pread(handle, now.data(), std::size_t(size), off_t(offset)) == ssize_t(size)
            && QByteArrayView(now) == QByteArrayView(m_data + offset, size);
    };
    const qint64 head = qMin(m_size, Sample);
    return handle >= 0 && same(0, head) && (m_size <= Sample || same(m_size - Sample, Sample));
#else
    Q_UNUSED(handle);
    return true;
#endif
}

bool LogFile::isAt(const QString& path) const
{
#ifdef Q_OS_UNIX
    struct stat open;
    struct stat named;
    return m_file.handle() >= 0 && ::fstat(m_file.handle(), &open) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
#else
    Q_UNUSED(path);
    return true;
#endif
}

std::shared_ptr<const LogFile> LogFile::readAgain(QString* error) const
{
#ifdef Q_OS_UNIX
    const int handle = canFollow() ? ::dup(m_file.handle()) : -1;
    std::shared_ptr<LogFile> log(new LogFile);
    log->m_path = m_path;
    log->m_displayName = m_displayName;
    if (handle < 0 || !log->m_file.open(handle, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (handle >= 0)
            ::close(handle);
        *error = tr("Cannot read %1 again: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    const qint64 size = qMax<qint64>(0, currentSize());
    log->m_buffer.resize(size);
    qint64 done = 0;
    while (done < size) { // pread: the handle's offset is shared with this object's
        const ssize_t n = ::pread(handle, log->m_buffer.data() + done, std::size_t(size - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("Cannot read %1 again: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return nullptr;
        }
        if (n == 0)
            break; // it shrank meanwhile: what was there is what we have
        done += n;
    }
    log->m_buffer.truncate(done);
    log->m_data = log->m_buffer.constData();
    log->m_size = log->m_buffer.size();
    log->indexLines();
    return log;
#else
    *error = tr("Following files is not supported on this system.");
    return nullptr;
#endif
}

LogFile::~LogFile()
{
    MappingGuard::unwatch(m_guardSlot); // before m_file unmaps
}

QString LogFile::displayNameFor(const QString& path)
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return path;
    static const QRegularExpression perDayName(
        QStringLiteral("^\\d{6}\\.log$"), QRegularExpression::CaseInsensitiveOption);
    if (parts.size() >= 3 && perDayName.match(parts.last()).hasMatch())
        return parts.mid(parts.size() - 3).join(u'/');
    return parts.last();
}

QByteArrayView LogFile::line(qsizetype index) const
{
    const qint64 start = m_lineStarts.at(size_t(index));
    qint64 end = size_t(index) + 1 < m_lineStarts.size() ? m_lineStarts.at(size_t(index) + 1) : m_size;
    if (end > start && m_data[end - 1] == '\n')
        --end;
    if (end > start && m_data[end - 1] == '\r')
        --end;
    return QByteArrayView(m_data + start, end - start);
}

bool LogFile::usesCrlf() const
{
    if (m_lineStarts.size() < 2)
        return m_size >= 2 && m_data[m_size - 1] == '\n' && m_data[m_size - 2] == '\r';
    const qint64 end = m_lineStarts.at(1); // just after the first '\n'
    return end >= 2 && m_data[end - 2] == '\r';
}

void LogFile::indexLines()
{
    m_lineStarts.clear();
    m_lineStarts.reserve(size_t(m_size / 96 + 1)); // typical mail-log lines are 100-200 bytes
    qint64 pos = 0;
    while (pos < m_size) {
        m_lineStarts.append(pos);
        const void* newline = std::memchr(m_data + pos, '\n', size_t(m_size - pos));
        if (!newline)
            break;
        pos = static_cast<const char*>(newline) - m_data + 1;
    }
}
