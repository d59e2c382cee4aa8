#pragma once

#include <QString>

class QMessageBox;
class QWidget;

// A warning that does not block the window (the files that did load stay usable while it is read), shown
// as plain text because it quotes file names and log content.
namespace NonModalWarning {

QMessageBox* show(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

} // namespace NonModalWarning
