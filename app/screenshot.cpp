#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

bool writeScreenshot(QWidget* widget, const QString& path, QString* error)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        *error = QCoreApplication::translate("Screenshot", "The window could not be rendered.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImageWriter writer(path, "png");
    if (!writer.write(pixmap.toImage())) {
        *error = QCoreApplication::translate("Screenshot", "Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}
