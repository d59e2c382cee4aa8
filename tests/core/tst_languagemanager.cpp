#include "languagemanager.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MaillaneTests"_s);
        QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
    }

    void init() { QSettings().clear(); }

    void shouldFollowTheSystemLocaleWithoutAPreference()
    {
        // The tests run with LANG=C.UTF-8, which Maillane has no translation for: English.
        LanguageManager languages;
        languages.applyPreference();
        QCOMPARE(languages.preference(), QString());
        QCOMPARE(languages.language(), u"en"_s);
    }

    void shouldSwitchToJapaneseAndBackAtRuntime()
    {
        LanguageManager languages;
        languages.applyPreference();
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);

        languages.setPreference(u"ja"_s);
        QCOMPARE(languages.language(), u"ja"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toString(), u"ja"_s);
        // Maillane's own catalogue and Qt's are both installed.
        QCOMPARE(QCoreApplication::translate("LogFile", "Cannot open %1: %2"), u"%1 を開けません: %2"_s);
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);

        languages.setPreference(u"en"_s);
        QCOMPARE(languages.language(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("LogFile", "Cannot open %1: %2"), u"Cannot open %1: %2"_s);
        // English has its own catalogue for plural forms.
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln message(s)", nullptr, 1), u"1 message"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln message(s)", nullptr, 3), u"3 messages"_s);
    }

    void shouldRememberTheChoice()
    {
        {
            LanguageManager languages;
            languages.setPreference(u"ja"_s);
        }
        LanguageManager restarted;
        restarted.applyPreference();
        QCOMPARE(restarted.preference(), u"ja"_s);
        QCOMPARE(restarted.language(), u"ja"_s);

        restarted.setPreference({});
        QCOMPARE(restarted.preference(), QString());
        QCOMPARE(restarted.language(), u"en"_s);
    }

    void shouldUseALanguageForOneRunWithoutSavingIt()
    {
        LanguageManager languages;
        languages.applyPreference();
        QVERIFY(languages.useForThisRun(u"ja"_s));
        QCOMPARE(languages.language(), u"ja"_s);
        QCOMPARE(languages.preference(), QString());
        QVERIFY(!languages.useForThisRun(u"xx"_s));
        QCOMPARE(languages.language(), u"ja"_s);
    }

    // maillane --screenshot without --lang: the system's language (English here), whatever the user chose.
    void shouldIgnoreTheSavedChoiceForOneRunOnRequest()
    {
        LanguageManager languages;
        languages.setPreference(u"ja"_s);
        QCOMPARE(languages.language(), u"ja"_s);
        languages.useSystemLanguageForThisRun();
        QCOMPARE(languages.language(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("LogFile", "Cannot open %1: %2"), u"Cannot open %1: %2"_s);
        QCOMPARE(languages.preference(), u"ja"_s); // kept for the next ordinary start
    }

    void shouldNameLanguagesInTheirOwnLanguage()
    {
        QCOMPARE(LanguageManager::nativeName(u"ja"_s), u"日本語"_s);
        QCOMPARE(LanguageManager::nativeName(u"en"_s), u"English"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
