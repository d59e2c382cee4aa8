#pragma once

#include <QImage>
#include <QString>

class QWidget;

// The window as the user sees it, for maillane --screenshot: the window and, over it, the dialogs it has open
// (the non-modal message about files that could not be opened), also on the offscreen platform.
namespace Screenshot {

QImage grab(QWidget* window);
// Writes grab(window) as PNG. False, with *error set, on failure.
bool write(QWidget* window, const QString& path, QString* error);

} // namespace Screenshot
