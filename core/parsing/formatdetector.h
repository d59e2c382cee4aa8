#pragma once

#include "formatparser.h"
#include "logfile.h"

#include <QCoreApplication>

#include <memory>

// Tells a file's family (and E-Post sub-log) from its content: a sample of lines is offered to every
// parser and the one that recognises most of them wins. For E-Post, whose sub-logs share shapes (outlog and
// outlocallog are identical), the folder the file sits in names the sub-log when it is one of E-Post's.
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)

public:
    struct Result
    {
        std::unique_ptr<FormatParser> parser; // null: not recognised
        int recognisedLines = 0;
        int sampledLines = 0;
    };

    static Result detect(const LogFile& file);
    // The E-Post sub-log named by a folder of path ("…/acceptlog/MAILSV01/240327.log"), or empty.
    static QLatin1StringView ePostSubLogFromPath(const QString& path);
};
