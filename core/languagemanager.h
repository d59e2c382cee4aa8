#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Chooses the UI language: the saved preference, else the system locale. Installs Maillane's translation
// and Qt's own (qtbase) so standard dialogs match; installing posts QEvent::LanguageChange, on which every
// widget retranslates itself, so switching needs no restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Language codes Maillane ships, source language first.
    static QStringList availableLanguages();
    // The language's own name ("日本語"), shown untranslated so users can always find theirs.
    static QString nativeName(const QString& code);

    // The language in effect ("en", "ja").
    QString language() const { return m_language; }
    // The saved choice: a language code, or empty to follow the system locale.
    QString preference() const;

    // Applies the saved choice (or the system locale). Call once at start.
    void applyPreference();
    // Saves the choice (empty = follow the system) and applies it at once.
    void setPreference(const QString& code);
    // Uses code for this run only, without saving it (command-line --lang). False if Maillane lacks it.
    bool useForThisRun(const QString& code);
    // Uses the system locale's language for this run, whatever was saved: what a new installation shows.
    void useSystemLanguageForThisRun();
    // The value of --lang (--lang ja, --lang=ja) among command-line arguments, read before the parser runs so
    // that --help already speaks that language; empty when absent.
    static QString languageArgument(const QStringList& arguments);
    // Applies languageArgument() for this run. False, with *error naming the language and the available ones,
    // when Maillane lacks it; true when there is none.
    bool useLanguageArgument(const QStringList& arguments, QString* error);

signals:
    void languageChanged(const QString& code);

private:
    void apply(const QString& code);
    static QString systemLanguage();

    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
};
