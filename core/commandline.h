#pragma once

#include "commandlinehelp.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

// The command line of maillane and maillane-cli: a QCommandLineParser with -h/--help, --help-all and
// -v/--version, whose --help is laid out in terminal columns (CommandLineHelp). Create it once the language
// is chosen: Qt's own words (Usage, Options, the help and version lines) are translated when it is built.
class CommandLine
{
public:
    explicit CommandLine(const QString& description);

    // A table of its own before the options (maillane-cli's commands).
    void addSection(const CommandLineHelp::Section& section);
    void addOptions(const QList<QCommandLineOption>& options);
    // An argument after the options: `syntax` in the usage line ("[files...]"), explained under Arguments.
    void addArgument(const QString& name, const QString& description, const QString& syntax);

    // Parses arguments (QCoreApplication::arguments(), the program first). False on an unknown option or a
    // missing value: see errorText().
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_parser.errorText(); }
    const QCommandLineParser& parser() const { return m_parser; }

    // Whether the arguments ask for help or the version, after which the run is over.
    bool asksForHelp() const;
    // What --help prints.
    QString helpText() const;
    // After parse(): --version and --help-all print and exit (--help-all adds Qt's own options, which only
    // Qt knows); --help prints helpText() and returns true, the run being over. False when none was given.
    bool showRequestedHelp();

private:
    QCommandLineParser m_parser;
    QString m_description;
    QList<CommandLineHelp::Section> m_sections;
    QList<CommandLineHelp::Row> m_options;
    QList<CommandLineHelp::Row> m_arguments;
    QStringList m_syntax;
};
