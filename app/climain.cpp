// maillane-cli: the headless tool (no widgets), for scripts and servers without a display.
#include "languagemanager.h"
#include "logfile.h"

#include "maillane/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

// Exit codes: 0 success, 1 wrong usage, 2 an input could not be read.
enum ExitCode {
    Success = 0,
    UsageError = 1,
    InputError = 2,
};

void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

// `maillane-cli count FILE...`: lines and bytes per file, the total last.
int countLines(const QStringList& paths)
{
    int status = Success;
    qint64 totalLines = 0;
    for (const QString& path : paths) {
        QString error;
        const auto file = LogFile::open(path, &error);
        if (!file) {
            printLine(stderr, error);
            status = InputError;
            continue;
        }
        totalLines += file->lineCount();
        printLine(stdout, QStringLiteral("%1\t%2\t%3").arg(file->lineCount()).arg(file->byteSize()).arg(path));
    }
    printLine(stdout, QCoreApplication::translate("cli", "%n line(s) in total", nullptr, int(totalLines)));
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Maillane"));
    QCoreApplication::setApplicationName(QStringLiteral("maillane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILLANE_VERSION_STRING));
    LanguageManager languages;
    languages.applyPreference();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server and E-Post mail logs.\n\n"
        "Commands:\n"
        "  count FILE...   Count the lines of each log file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "The command to run."));
    parser.addPositionalArgument(
        QStringLiteral("files"), QCoreApplication::translate("cli", "Log files."), QStringLiteral("[files...]"));
    parser.process(app);

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        parser.showHelp(UsageError);
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("count") && !arguments.isEmpty())
        return countLines(arguments);

    printLine(stderr, QCoreApplication::translate("cli", "Unknown command or missing files: %1").arg(command));
    printLine(stderr, QCoreApplication::translate("cli", "Run maillane-cli --help for usage."));
    return UsageError;
}
