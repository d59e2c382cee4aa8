#pragma once

#include <QString>

class QWidget;

// Renders widget (also on the offscreen platform) and writes it as PNG. False, with *error set, on failure.
bool writeScreenshot(QWidget* widget, const QString& path, QString* error);
