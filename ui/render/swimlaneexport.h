#pragma once

#include "swimlane/swimlane.h"

#include <QCoreApplication>
#include <QImage>
#include <QPalette>
#include <QString>

// The swimlane diagram as a file (File > Export Diagram, maillane-cli swimlane): SVG or PNG by the file's
// extension, with a legend, in light colours whatever the screen's theme (it is meant for reports and
// tickets). Drawn by SwimlaneRenderer, so it matches the view.
class SwimlaneExport
{
    Q_DECLARE_TR_FUNCTIONS(SwimlaneExport)

public:
    // The colours of exported pictures.
    static QPalette exportPalette();
    // The whole diagram as an image, scale times its logical size.
    static QImage image(const Swimlane& swimlane, qreal scale = 1.0);
    // Writes SVG for *.svg, PNG otherwise; false with *error naming the file and the reason.
    static bool write(const QString& path, const Swimlane& swimlane, const QString& title, QString* error);
};
