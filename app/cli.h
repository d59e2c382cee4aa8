#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

// Shared by maillane-cli's commands.
namespace Cli {

// Exit codes: 0 success, 2 an error, whether of usage or of input (standard error says which). Scripts
// tell success from failure; one code for both keeps that simple.
enum ExitCode {
    Success = 0,
    UsageError = 2,
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
