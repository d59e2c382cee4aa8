// maillane: the desktop viewer.
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "processmemory.h"
#include "qtmessages.h"
#include "screenshot.h"

#include "maillane/version.h"

#include <QApplication>
#include <QIcon>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <variant>

namespace {

struct Options
{
    QStringList files;
    bool samples = false;
    bool empty = false;
    QString select;
    QString screenshot;
    int view = -1; // the tab to show once loaded (--view): 0 events, 1 messages, 2 swimlane; -1 as it is
};

struct DeclaredOptions
{
    QCommandLineOption samples;
    QCommandLineOption select;
    QCommandLineOption screenshot;
    QCommandLineOption language;
    QCommandLineOption empty;
    QCommandLineOption view;
};

// The values of --view, in the order of the window's tabs.
const QStringList ViewNames { QStringLiteral("events"), QStringLiteral("messages"), QStringLiteral("swimlane") };

DeclaredOptions declareOptions(CommandLine* commandLine)
{
    const DeclaredOptions options {
        QCommandLineOption(QStringLiteral("samples"), QApplication::translate("main", "Open the bundled sample logs.")),
        QCommandLineOption(QStringLiteral("select"),
            QApplication::translate("main", "Select the trace of <query> (an identifier or address), else the first line that contains it."),
            QApplication::translate("main", "query")),
        QCommandLineOption(QStringLiteral("screenshot"),
            QApplication::translate("main", "Load the logs, write a PNG screenshot of the window to <file> and exit."),
            QApplication::translate("main", "file")),
        // --lang is applied before parsing (LanguageManager::useLanguageArgument); it is declared here for --help.
        QCommandLineOption(QStringLiteral("lang"),
            QApplication::translate("main", "Use <language> (en, ja) for this run without changing the saved choice."),
            QApplication::translate("main", "language")),
        QCommandLineOption(QStringLiteral("empty"),
            QApplication::translate("main", "Start with no logs open instead of reopening those of the last session.")),
        QCommandLineOption(QStringLiteral("view"),
            QApplication::translate("main", "Once loaded, show <view>: events, messages or swimlane."),
            QApplication::translate("main", "view")),
    };
    commandLine->addOptions({ options.samples, options.select, options.screenshot, options.language, options.empty, options.view });
    commandLine->addArgument(
        QStringLiteral("files"), QApplication::translate("main", "Log files to open."), QStringLiteral("[files...]"));
    return options;
}

QString description()
{
    return QApplication::translate("main", "Mail-log viewer with message tracing.");
}

// --help and --version only print, but QApplication aborts without a display: unless a platform is chosen,
// they run on the offscreen one (whose QApplication still lists Qt's GUI options in --help-all).
void useOffscreenForHelp(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine commandLine(description());
    declareOptions(&commandLine);
    commandLine.parse(arguments); // an error is reported once QApplication exists
    if (commandLine.asksForHelp())
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The options, or an exit code when the run is over (help, version, a wrong option).
std::variant<Options, int> parseArguments()
{
    CommandLine commandLine(description());
    const DeclaredOptions declared = declareOptions(&commandLine);
    if (!commandLine.parse(QApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(commandLine.errorText()));
        return 1;
    }
    if (commandLine.showRequestedHelp())
        return 0;
    const QCommandLineParser& parser = commandLine.parser();
    const int view = parser.isSet(declared.view) ? int(ViewNames.indexOf(parser.value(declared.view))) : -1;
    if (parser.isSet(declared.view) && view < 0) {
        const QString error = QApplication::translate("main", "Unknown view: %1 (use events, messages or swimlane)");
        std::fprintf(stderr, "%s\n", qPrintable(error.arg(parser.value(declared.view))));
        return 1;
    }
    return Options { parser.positionalArguments(), parser.isSet(declared.samples), parser.isSet(declared.empty),
        parser.value(declared.select), parser.value(declared.screenshot), view };
}

} // namespace

int main(int argc, char* argv[])
{
    returnBigBlocksWhenFreed(); // before any thread allocates
    QtMessages::installFilter();
    useOffscreenForHelp(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Maillane"));
    QApplication::setApplicationName(QStringLiteral("maillane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Maillane"));
    QApplication::setApplicationVersion(QStringLiteral(MAILLANE_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/maillane/icons/maillane.svg")));

    LanguageManager languages;
    languages.applyPreference();
    // Before parsing: --help speaks the chosen language.
    if (QString error; !languages.useLanguageArgument(QApplication::arguments(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const std::variant<Options, int> parsed = parseArguments();
    if (const int* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Options& options = std::get<Options>(parsed);
    // A screenshot shows what a new installation shows, never what this user saved: the default layout and the
    // system's language (or --lang), so that the same inputs give the same picture.
    const bool screenshot = !options.screenshot.isEmpty();
    if (screenshot && LanguageManager::languageArgument(QApplication::arguments()).isEmpty())
        languages.useSystemLanguageForThisRun();

    MainWindow window(&languages, screenshot ? MainWindow::Settings::Defaults : MainWindow::Settings::Saved);
    int exitCode = 0;
    if (screenshot) {
        // As maillane-cli does: each file that could not be read on standard error, exit code 2 (the window's
        // message about them is in the picture too).
        QObject::connect(&window, &MainWindow::loadFailed, &window, [&exitCode](const QStringList& errors) {
            for (const QString& error : errors)
                std::fprintf(stderr, "%s\n", qPrintable(error));
            exitCode = 2;
        });
    }
    const auto afterLoading = [&] {
        if (!options.select.isEmpty() && !window.selectByQuery(options.select))
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Nothing matches \"%1\".").arg(options.select)));
        if (options.view >= 0)
            window.tables()->setCurrentIndex(options.view);
        if (options.screenshot.isEmpty())
            return;
        // Let the views lay out and paint once before grabbing.
        QTimer::singleShot(100, &window, [&] {
            QString error;
            if (Screenshot::write(&window, options.screenshot, &error)) {
                std::printf("%s\n", qPrintable(options.screenshot));
            } else {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                exitCode = 1;
            }
            app.exit(exitCode);
        });
    };
    QObject::connect(&window, &MainWindow::loadingFinished, &window, afterLoading);

    window.show();
    if (options.samples)
        window.openSampleLogs();
    window.openFiles(options.files);
    // The last session comes back only on a plain start: logs named on the command line, --empty and screenshots
    // (which must show what they are given) start without it.
    if (options.files.isEmpty() && !options.samples && !options.empty && options.screenshot.isEmpty())
        window.reopenLastSession();
    if (!window.isLoading())
        afterLoading(); // nothing to load: still select and write the screenshot
    return app.exec();
}
