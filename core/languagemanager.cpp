#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const auto kLanguageKey = QStringLiteral("ui/language");
const auto kSourceLanguage = QStringLiteral("en");
} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

QStringList LanguageManager::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ja") };
}

QString LanguageManager::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale says "American English" for en; the plain name reads better in a menu.
    return code == kSourceLanguage ? QStringLiteral("English") : name;
}

QString LanguageManager::preference() const
{
    return QSettings().value(kLanguageKey).toString();
}

void LanguageManager::applyPreference()
{
    const QString saved = preference();
    apply(availableLanguages().contains(saved) ? saved : systemLanguage());
}

void LanguageManager::setPreference(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
    applyPreference();
}

bool LanguageManager::useForThisRun(const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    apply(code);
    return true;
}

void LanguageManager::useSystemLanguageForThisRun()
{
    apply(systemLanguage());
}

QString LanguageManager::systemLanguage()
{
    const QStringList available = availableLanguages();
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return kSourceLanguage;
}

void LanguageManager::apply(const QString& code)
{
    if (code == m_language)
        return;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    // The English catalogue holds only plural forms; Qt's own strings are English already.
    const bool appLoaded = m_appTranslator.load(QStringLiteral(":/i18n/maillane_") + code);
    const bool qtLoaded = code != kSourceLanguage
        && m_qtTranslator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (appLoaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    m_installed = appLoaded || qtLoaded;
    m_language = code;
    // Dates and numbers follow the chosen language too.
    QLocale::setDefault(QLocale(code));
    emit languageChanged(code);
}

QString LanguageManager::languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(u"--lang="))
            return argument.sliced(7);
    }
    return {};
}

bool LanguageManager::useLanguageArgument(const QStringList& arguments, QString* error)
{
    const QString code = languageArgument(arguments);
    if (code.isEmpty() || useForThisRun(code))
        return true;
    *error = tr("Unknown language \"%1\"; available: %2").arg(code, availableLanguages().join(u", "));
    return false;
}
