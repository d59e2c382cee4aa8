#pragma once

#include <QDialog>

class QLabel;

// Help > About Maillane: version, and the versions and licences of the libraries Maillane is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, in the current language (tested).
    static QString versionText();
    static QString licenceText();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_body;
};
