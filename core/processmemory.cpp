#include "processmemory.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

qint64 anonymousResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

namespace {

// A "Name:   1234 kB" line of a /proc file, in bytes; -1 when absent.
qint64 procKilobytes(const QString& path, QByteArrayView name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

qint64 availableMemoryBytes()
{
    qint64 available = procKilobytes(QStringLiteral("/proc/meminfo"), "MemAvailable");
#ifdef Q_OS_LINUX
    rlimit limit {};
    const qint64 used = procKilobytes(QStringLiteral("/proc/self/status"), "VmSize");
    if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && used >= 0) {
        const qint64 left = qMax<qint64>(0, qint64(limit.rlim_cur) - used);
        available = available < 0 ? left : qMin(available, left);
    }
#endif
    return available;
}

void returnBigBlocksWhenFreed()
{
#if defined(__GLIBC__)
    // A fixed threshold also turns off glibc's raising of it.
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
