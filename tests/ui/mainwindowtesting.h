#pragma once

// Helpers for the main window tests: settings isolated per test, a window that loads and waits, and
// finding rows by their text.
#include "eventtablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace MainWindowTesting {

inline void isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MaillaneTests"));
    QCoreApplication::setApplicationName(applicationName);
}

inline QString writeLog(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write test log");
    file.write(bytes);
    return file.fileName();
}

// Runs an action that starts loading and waits until the window has loaded and correlated everything.
template<typename Start>
bool loadAndWait(MainWindow& window, Start start)
{
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    start();
    return finished.wait(30000);
}

// The first table row whose raw text contains needle, or -1.
inline int rowContaining(const MainWindow& window, QStringView needle)
{
    const EventTableModel* model = window.eventModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const EventRef event = model->eventAt(row);
        if (window.workspace().logs().log(event.log).text(event.index).contains(needle))
            return row;
    }
    return -1;
}

// The event whose raw text contains needle (first in time order); invalid if none.
inline EventRef eventContaining(const MainWindow& window, QStringView needle)
{
    const int row = rowContaining(window, needle);
    return row < 0 ? EventRef() : window.eventModel()->eventAt(row);
}

inline QString textOf(const MainWindow& window, EventRef event)
{
    return window.workspace().logs().log(event.log).text(event.index);
}

} // namespace MainWindowTesting
