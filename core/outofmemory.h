#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

// A load that does not fit in memory ends cleanly: a failed allocation while a file is read, parsed or correlated
// becomes a message (the CLI exits 2, the window keeps the logs it has) instead of ending the process.
class OutOfMemory
{
    Q_DECLARE_TR_FUNCTIONS(OutOfMemory)

public:
    // Whether an exception is a failed allocation: std::bad_alloc, also one that QtConcurrent carried over from a
    // worker thread (as QUnhandledException).
    static bool is(const std::exception_ptr& error);

    // Runs work(); if it runs out of memory, false with *error set to what() says (by then the stack has unwound
    // and what the work allocated is freed). Anything else it throws goes on.
    template<typename Work, typename Message>
    static bool guard(Work&& work, QString* error, Message&& what)
    {
        try {
            work();
            return true;
        } catch (...) {
            if (!is(std::current_exception()))
                throw;
            *error = what();
            return false;
        }
    }

    // The memory loading a file may take at its peak: per byte of log as the benchmark measures it, a compressed
    // file counted as inflated.
    static qint64 estimatedPeak(const QString& path, qint64 bytesOnDisk);
    // Before a load: a warning when that peak, summed over the files, is more than the memory left (empty when it
    // fits, or when the system does not tell).
    static QString estimateWarning(qint64 peakBytes);

    // "Not enough memory to read PATH (N MB) ...": the message for a file.
    static QString readingFile(const QString& path, qint64 bytes);
    // The message for the correlation of all loaded logs.
    static QString correlating(qint64 lines);
};
