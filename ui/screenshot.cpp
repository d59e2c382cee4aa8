#include "screenshot.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace {

// Where a dialog is over the window; one the window system put elsewhere is centred, as Qt places dialogs.
QPoint placeOf(const QWidget* dialog, const QWidget* window)
{
    const QRect frame(QPoint(0, 0), window->size());
    const QRect rect(dialog->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0)), dialog->size());
    if (frame.contains(rect))
        return rect.topLeft();
    QRect centred(QPoint(0, 0), dialog->size());
    centred.moveCenter(frame.center());
    return centred.topLeft();
}

} // namespace

namespace Screenshot {

QImage grab(QWidget* window)
{
    QPixmap shot = window->grab();
    if (shot.isNull())
        return {};
    QPainter painter(&shot);
    const QList<QDialog*> dialogs = window->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (!dialog->isVisible() || !dialog->isWindow())
            continue;
        const QRect rect(placeOf(dialog, window), dialog->size());
        painter.drawPixmap(rect.topLeft(), dialog->grab());
        // The window system's frame is not in the picture: a line keeps the dialog apart from the window.
        painter.setPen(window->palette().color(QPalette::Shadow));
        painter.drawRect(rect.adjusted(-1, -1, 0, 0));
    }
    painter.end();
    return shot.toImage();
}

bool write(QWidget* window, const QString& path, QString* error)
{
    const QImage image = grab(window);
    if (image.isNull()) {
        *error = QCoreApplication::translate("Screenshot", "The window could not be rendered.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("Screenshot", "Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

} // namespace Screenshot
