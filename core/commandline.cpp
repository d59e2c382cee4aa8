#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int HelpWidth = 80;

// Qt's own words, in QCommandLineParser's context, are in Maillane's catalogue too: the Japanese catalogue
// of qt6-translations-l10n was made from Qt 5's sources and lacks Qt 6's help lines, and the package only
// recommends it. Maillane's translator is installed after Qt's, so it is asked first.
QString qtText(const char* text)
{
    return QCoreApplication::translate("QCommandLineParser", text);
}

// The parser's errors, which the executables print from errorText(): listed so that lupdate collects them.
[[maybe_unused]] constexpr const char* ParserErrors[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// "--format <format>", as QCommandLineParser names an option.
QString optionNames(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <") + option.valueName() + u'>';
    return text;
}

} // namespace

CommandLine::CommandLine(const QString& description)
    : m_description(description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    // The same words as Qt's, so that --help-all, which Qt prints, says the same.
    m_options = {
        { QStringLiteral("-h, --help"),
            qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options.")) },
        { QStringLiteral("--help-all"),
            qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help, including generic Qt options.")) },
        { QStringLiteral("-v, --version"), qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information.")) },
    };
}

void CommandLine::addSection(const CommandLineHelp::Section& section)
{
    m_sections << section;
}

void CommandLine::addOptions(const QList<QCommandLineOption>& options)
{
    m_parser.addOptions(options);
    for (const QCommandLineOption& option : options)
        m_options.append({ optionNames(option), option.description() });
}

void CommandLine::addArgument(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_arguments.append({ name, description });
    m_syntax << syntax;
}

bool CommandLine::parse(const QStringList& arguments)
{
    return m_parser.parse(arguments);
}

bool CommandLine::asksForHelp() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))
        || m_parser.isSet(QStringLiteral("version"));
}

QString CommandLine::helpText() const
{
    const QStringList usage = QStringList { QCoreApplication::applicationName(),
                                  qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "[options]")) }
        + m_syntax;
    QString text = qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1")).arg(usage.join(u' ')) + u'\n';
    if (!m_description.isEmpty())
        text += CommandLineHelp::wrap(m_description, HelpWidth).join(u'\n') + u'\n';
    QList<CommandLineHelp::Section> sections = m_sections;
    sections.append({ qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Options:")), m_options });
    if (!m_arguments.isEmpty())
        sections.append({ qtText(QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:")), m_arguments });
    return text + u'\n' + CommandLineHelp::tables(sections, HelpWidth);
}

bool CommandLine::showRequestedHelp()
{
    if (m_parser.isSet(QStringLiteral("version")) || m_parser.isSet(QStringLiteral("help-all")))
        m_parser.process(QCoreApplication::arguments()); // prints and exits
    if (!m_parser.isSet(QStringLiteral("help")))
        return false;
    std::fputs(qPrintable(helpText()), stdout);
    return true;
}
