#include "outofmemory.h"

#include "processmemory.h"

#include <QException>

#include <new>

bool OutOfMemory::is(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        return true;
    } catch (const QUnhandledException& wrapped) {
        return wrapped.exception() && is(wrapped.exception());
    } catch (...) {
        return false;
    }
}

qint64 OutOfMemory::estimatedPeak(const QString& path, qint64 bytesOnDisk)
{
    // Peak memory per byte of log: 1.6 to 1.8 for 1 GiB of Postfix or IronPort (bench/); a gzip'd log inflates
    // about tenfold.
    constexpr qint64 PeakPerByte = 2;
    constexpr qint64 Inflation = 10;
    return bytesOnDisk * PeakPerByte * (path.endsWith(u".gz", Qt::CaseInsensitive) ? Inflation : 1);
}

QString OutOfMemory::estimateWarning(qint64 peakBytes)
{
    const qint64 available = availableMemoryBytes();
    if (available < 0 || peakBytes <= available)
        return {};
    return tr("These logs may need about %1 MB of memory to load, and about %2 MB is available: the load may fail. "
              "Close other logs or programs, or open fewer files at once.")
        .arg(double(peakBytes) / 1e6, 0, 'f', 0)
        .arg(double(available) / 1e6, 0, 'f', 0);
}

QString OutOfMemory::readingFile(const QString& path, qint64 bytes)
{
    return tr("Not enough memory to read %1 (%2 MB): it was left out. Close other logs or programs, or open fewer "
              "files at once.")
        .arg(path)
        .arg(double(bytes) / 1e6, 0, 'f', 1);
}

QString OutOfMemory::correlating(qint64 lines)
{
    return tr("Not enough memory to correlate the messages of %Ln line(s). Close some logs or other programs, or load "
              "fewer files at once.",
        nullptr, int(qMin<qint64>(lines, INT_MAX)));
}
