#include "nonmodalwarning.h"

#include <QMessageBox>

namespace NonModalWarning {

QMessageBox* show(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return box;
}

} // namespace NonModalWarning
