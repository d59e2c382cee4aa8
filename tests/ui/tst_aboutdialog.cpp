#include "aboutdialog.h"

#include "maillane/version.h"

#include <ksyntaxhighlighting_version.h>

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowVersionsAndLicences()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(AboutDialog::versionText().contains(QStringLiteral(MAILLANE_VERSION_STRING)));
        const QString licences = AboutDialog::licenceText();
        QVERIFY(licences.contains(QString::fromLatin1(qVersion())));
        QVERIFY(licences.contains(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
        QVERIFY(licences.contains(u"LGPL-3.0"_s));
        QVERIFY(licences.contains(u"MIT"_s));

        QStringList shown;
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        for (const QLabel* label : labels)
            shown.append(label->text());
        QVERIFY(shown.contains(AboutDialog::versionText()));
        QVERIFY(shown.contains(licences));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
