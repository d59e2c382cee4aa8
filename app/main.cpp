// maillane: the desktop viewer.
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshot.h"

#include "maillane/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

struct Options
{
    QStringList files;
    bool samples = false;
    bool empty = false;
    QString select;
    QString screenshot;
};

Options parseArguments(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mail-log viewer with message tracing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"), QApplication::translate("main", "Log files to open."), QStringLiteral("[files...]"));
    const QCommandLineOption samples(
        QStringLiteral("samples"), QApplication::translate("main", "Open the bundled sample logs."));
    const QCommandLineOption select(QStringLiteral("select"),
        QApplication::translate("main", "Select the trace of <query> (an identifier or address), else the first line that contains it."),
        QApplication::translate("main", "query"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Load the logs, write a PNG screenshot of the window to <file> and exit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QApplication::translate("main", "Use <language> (en, ja) for this run without changing the saved choice."),
        QApplication::translate("main", "language"));
    const QCommandLineOption empty(QStringLiteral("empty"),
        QApplication::translate("main", "Start with no logs open instead of reopening those of the last session."));
    parser.addOptions({ samples, select, screenshot, language, empty });
    parser.process(app);
    // --lang is applied before parsing (LanguageManager::useLanguageArgument); it is declared here for --help.
    return { parser.positionalArguments(), parser.isSet(samples), parser.isSet(empty), parser.value(select),
        parser.value(screenshot) };
}

} // namespace

int main(int argc, char* argv[])
{
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
    const Options options = parseArguments(app);
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
