#include "backup/BackupEngine.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/EncryptionTab.h"
#include "backup/Schedule.h"
#include "backup/ScheduledBackup.h"
#include "backup/ScheduleEditor.h"
#include "CliSupport.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "secrets/SecretStore.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QtTest>

using namespace tp;
using backup::BackupSettings;
using ui::BackupService;
using ui::BackupSettingsDialog;

// The backup settings dialog: applied and saved at once, the same settings
// the CLI's `backup schedule` reads and writes.
class TestBackupSettings : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;

    QString cliConfig() const
    {
        // runCli's settings folder (XDG_CONFIG_HOME) and the CLI's identity.
        return QDir::tempPath()
            + QString("/theprogram-cli-test-config-%1/TheProgram/TheProgram.conf")
                  .arg(QCoreApplication::applicationPid());
    }

    static bool copyFile(const QString& from, const QString& to)
    {
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        return QFile::copy(from, to);
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 3, 1, 3 }).ok);
    }

    void init() { QSettings().clear(); }

    // What the editor shows as the next runs is what core will run.
    void schedulePreviewMatchesCore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("daily") << "daily 02:00";
        QTest::newRow("weekly") << "weekly fri 18:30";
        QTest::newRow("monthly, day 31") << "monthly 31 03:15";
        QTest::newRow("cron") << "30 2 * * 1-5";
    }
    void schedulePreviewMatchesCore()
    {
        QFETCH(QString, text);
        ui::ScheduleEditor editor;
        editor.setText(text);
        QCOMPARE(editor.text(), text);
        QVERIFY(editor.isValid());
        const QDateTime from = QDateTime::currentDateTimeUtc();
        const auto schedule = backup::Schedule::parse(text);
        QVERIFY(schedule);
        QList<QDateTime> core;
        QDateTime after = from;
        for (int i = 0; i < 5; ++i)
            core << (after = schedule->nextRun(after, QTimeZone::systemTimeZone()));
        QCOMPARE(editor.nextRuns(from), core);
        QCOMPARE(editor.nextRunsText().count('\n'), 4); // five lines
    }

    void aBadCronLineIsNotSaved()
    {
        BackupService service;
        BackupSettingsDialog dialog(service);
        dialog.scheduleEditor()->setText("daily 04:00");
        QCOMPARE(BackupSettings::load().schedule, QString("daily 04:00"));
        dialog.scheduleEditor()->setText("61 * * * *");
        QVERIFY(!dialog.scheduleEditor()->isValid());
        QCOMPARE(BackupSettings::load().schedule, QString("daily 04:00")); // the last good one stays
    }

    // Every change is saved at once and read back by a new dialog.
    void settingsPersist()
    {
        BackupService service;
        service.setPracticePath(m_db->path());
        {
            BackupSettingsDialog dialog(service);
            dialog.scheduleEditor()->setText("weekly mon 03:00");
            dialog.catchUpBox()->setChecked(false);
            dialog.keepSpin(0)->setValue(5);
            dialog.keepSpin(3)->setValue(12);
            dialog.warnAfterSpin()->setValue(10);
        }
        const BackupSettings s = BackupSettings::load();
        QCOMPARE(s.schedule, QString("weekly mon 03:00"));
        QVERIFY(!s.catchUp);
        QCOMPARE(s.retention.keepLast, 5);
        QCOMPARE(s.retention.keepMonthly, 12);
        QCOMPARE(s.warnAfterDays, 10);
        QCOMPARE(s.databasePath, m_db->path()); // the practice the schedule is for
        BackupSettingsDialog again(service);
        QCOMPARE(again.scheduleEditor()->text(), QString("weekly mon 03:00"));
        QVERIFY(!again.catchUpBox()->isChecked());
        QCOMPARE(again.keepSpin(0)->value(), 5);
        QCOMPARE(again.warnAfterSpin()->value(), 10);
    }

    // Set in the dialog, shown by the CLI; set by the CLI, shown in the dialog: one settings file.
    void roundTripWithTheCli()
    {
        BackupService service;
        service.setPracticePath(m_db->path());
        {
            BackupSettingsDialog dialog(service);
            dialog.scheduleEditor()->setText("daily 05:45");
        }
        QSettings().sync();
        QVERIFY(copyFile(QSettings().fileName(), cliConfig()));
        test::CliRun r = test::runCli(THEPROGRAM_CLI, { "backup", "schedule" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("daily 05:45"), qPrintable(r.out));

        r = test::runCli(
            THEPROGRAM_CLI,
            { "--db", m_db->path(), "backup", "schedule", "monthly 15 01:30", "--keep-last", "7" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(copyFile(cliConfig(), QSettings().fileName()));
        QSettings().sync();
        BackupSettingsDialog dialog(service);
        QCOMPARE(dialog.scheduleEditor()->text(), QString("monthly 15 01:30"));
        QCOMPARE(dialog.keepSpin(0)->value(), 7);
    }

    // The preview counts on the real history: "would keep N, delete M".
    void retentionPreviewOnTheRealHistory()
    {
        BackupSettings s;
        s.folder = m_dir.path("history");
        s.save();
        for (int i = 0; i < 4; ++i) {
            backup::BackupOptions o;
            o.databasePath = m_db->path();
            o.folder = s.folder;
            QVERIFY(backup::BackupEngine::create(o).ok);
        }
        BackupService service;
        BackupSettingsDialog dialog(service);
        QSignalSpy read(&dialog, &BackupSettingsDialog::historyRead);
        QVERIFY(read.wait(10000));
        QVERIFY2(dialog.retentionPreview().contains("every backup is kept (4 now)"),
                 qPrintable(dialog.retentionPreview()));
        dialog.keepSpin(0)->setValue(1);
        QVERIFY2(dialog.retentionPreview().contains(
                     "of the 4 backups there are now, 1 would be kept and 3 deleted"),
                 qPrintable(dialog.retentionPreview()));
        QCOMPARE(backup::BackupEngine::list(s.folder).size(), 4); // only a preview
    }

    // Moving the folder takes the backups along, whole.
    void movingTheFolderMovesTheBackups()
    {
        BackupSettings s;
        s.folder = m_dir.path("old-place");
        s.save();
        backup::BackupOptions o;
        o.databasePath = m_db->path();
        o.folder = s.folder;
        QVERIFY(backup::BackupEngine::create(o).ok);
        QVERIFY(backup::BackupEngine::create(o).ok);
        BackupService service;
        BackupSettingsDialog dialog(service);
        QSignalSpy moved(&dialog, &BackupSettingsDialog::folderMoved);
        const QString to = m_dir.path("new-place");
        dialog.setFolder(to, true);
        QVERIFY(moved.wait(10000));
        QVERIFY2(moved.at(0).at(0).toBool(), qPrintable(moved.at(0).at(1).toString()));
        QCOMPARE(BackupSettings::load().folder, to);
        const auto backups = backup::BackupEngine::list(to);
        QCOMPARE(backups.size(), 2);
        for (const auto& b : backups)
            QVERIFY(backup::BackupEngine::verify(b.path, std::nullopt).ok);
        QCOMPARE(backup::BackupEngine::list(s.folder).size(), 0);
    }

    // A password saved from the dialog is in the real keychain, and scheduled runs use it.
    void passwordGoesToTheKeychain()
    {
        BackupService service;
        BackupSettingsDialog dialog(service);
        ui::EncryptionTab* tab = dialog.encryptionTab();
        QCOMPARE(ui::EncryptionTab::strength("abc"), 0);
        QVERIFY(ui::EncryptionTab::strength("correct horse battery staple") >= 2);
        tab->setPassword("correct horse battery staple");
        QSignalSpy saved(tab, &ui::EncryptionTab::passwordSaved);
        tab->savePassword();
        QVERIFY(saved.wait(20000));
        if (!saved.at(0).at(0).toBool())
            QSKIP("no keychain answers here (run under scripts/with-keyring.sh)");
        QVERIFY(BackupSettings::load().passwordInKeychain);
        QVERIFY(BackupSettings::load().keyFile.isEmpty());
        QString error;
        QCOMPARE(secrets::SecretStore::readNow(backup::ScheduledBackup::kKeychainKey, &error),
                 std::optional<QByteArray>("correct horse battery staple"));
        QVERIFY(tab->statusText().contains("in the keychain"));

        // A key file created in the dialog replaces it.
        const QString key = m_dir.path("practice.key");
        QVERIFY(tab->createKeyFile(key));
        QCOMPARE(BackupSettings::load().keyFile, QFileInfo(key).absoluteFilePath());
        QVERIFY(!BackupSettings::load().passwordInKeychain);
        QVERIFY(!tab->createKeyFile(key)); // never overwritten
    }
};

QTEST_MAIN(TestBackupSettings)
#include "tst_backupsettings.moc"
