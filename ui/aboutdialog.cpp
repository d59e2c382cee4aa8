#include "aboutdialog.h"

#include "maillane/version.h"

#include <ksyntaxhighlighting_version.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <zlib.h>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(buttons);
    retranslate();
}

QString AboutDialog::versionText()
{
    return tr("Maillane %1").arg(QStringLiteral(MAILLANE_VERSION_STRING));
}

QString AboutDialog::licenceText()
{
    return tr("A mail-log viewer that follows each message through IronPort, Postfix, Sun Messaging Server "
              "and E-Post logs.\n\n"
              "Maillane is free software under the MIT licence.\n\n"
              "Built with:\n"
              "- Qt %1 (running %2), LGPL-3.0\n"
              "- KDE Frameworks Syntax Highlighting %3, MIT licence\n"
              "- zlib %4, zlib licence")
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), QString::fromLatin1(zlibVersion()));
}

void AboutDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Maillane"));
    m_title->setText(versionText());
    m_body->setText(licenceText());
}
