#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

// Shared by maillane-cli's commands.
namespace Cli {

// Exit codes: 0 success, 1 wrong usage, 2 an input could not be read.
enum ExitCode {
    Success = 0,
    UsageError = 1,
    InputError = 2,
};

// The CLI's strings share the translation context "cli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

inline void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

} // namespace Cli
