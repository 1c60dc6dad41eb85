// The app's languages: German and English plural forms are compiled in and
// found; the system's language or the chosen one is used, unknown ones fall
// back to English; German brings Qt's own strings along; the CLI speaks
// German when the system does.
#include "CliSupport.h"
#include "TestSupport.h"
#include "util/Translations.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

using namespace tp;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void theLanguagesAreCompiledIn()
    {
        const QStringList codes = Translations::available();
        QVERIFY2(codes.contains("en") && codes.contains("de"), qPrintable(codes.join(',')));
        QCOMPARE(Translations::nativeName("de"), QString("Deutsch"));
        QCOMPARE(Translations::resolve("de"), QString("de"));
        QCOMPARE(Translations::resolve("xx"), QString("en")); // a language the app does not speak
    }

    void theChoiceIsKeptInTheSettings()
    {
        Translations::choose("de");
        QCOMPARE(Translations::chosen(), QString("de"));
        Translations::choose({});
        QVERIFY(Translations::chosen().isEmpty());
    }

    void englishHasItsPluralForms()
    {
        QCOMPARE(Translations::install("en"), QString("en"));
        QCOMPARE(QCoreApplication::translate("tp::ui::Words", "%n day(s) ago", nullptr, 1),
                 QString("1 day ago"));
        QCOMPARE(QCoreApplication::translate("tp::ui::Words", "%n day(s) ago", nullptr, 3),
                 QString("3 days ago"));
    }

    void germanTranslatesTheAppAndQt()
    {
        QCOMPARE(Translations::install("de"), QString("de"));
        QCOMPARE(QCoreApplication::translate("tp::ui::MainWindow", "&File"), QString("&Datei"));
        QCOMPARE(QCoreApplication::translate("tp::ui::Words", "%n day(s) ago", nullptr, 1).contains("Tag"),
                 true);
        QCOMPARE(QCoreApplication::translate("tp::ui::Words", "%n day(s) ago", nullptr, 3).contains("3 Tag"),
                 true);
        // Qt's own words (standard buttons) come with it.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Abbrechen"));
        // Chosen against an English system, German numbers and dates follow.
        QCOMPARE(QLocale().toString(1234567), QString("1.234.567"));
        QLocale::setDefault(QLocale::c());
    }

    void theCommandLineSpeaksTheSystemsLanguage()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "de_DE.UTF-8");
        env.insert("LANG", "de_DE.UTF-8");
        env.insert("LANGUAGE", "de");
        cli.setProcessEnvironment(env);
        cli.start(THEPROGRAM_CLI, { "--help" });
        QVERIFY(cli.waitForFinished(30000));
        const QString german = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(german.contains("Befehle") || german.contains("Aufruf"), qPrintable(german.left(400)));
        const test::CliRun en = test::runCli(THEPROGRAM_CLI, { "--help" });
        QVERIFY2(en.out.contains("Commands") || en.out.contains("Usage"), qPrintable(en.out.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
