#include "backup/BackupEngine.h"
#include "backup/BackupSettings.h"
#include "backup/ScheduledBackup.h"
#include "demo/DemoGenerator.h"
#include "TestSupport.h"

#include <QSettings>
#include <QtTest>

using namespace tp;
using backup::BackupSettings;
using backup::ScheduledBackup;

// The backup policy in core — settings, scheduled runs, retention — that
// the CLI, the app and the tray share.
class TestBackupPolicy : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;

    static QDateTime at(const char* utc)
    {
        return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QSettings().clear();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 5, 1, 3 }).ok);
    }

    void cleanup() { QSettings().clear(); }

    // Settings round-trip, under the keys earlier versions (and the CLI) wrote.
    void settingsRoundTrip()
    {
        {
            QSettings old;
            old.setValue("backup/schedule", "daily 02:00");
            old.setValue("backup/keep-last", 3);
            old.setValue("backup/keep-within", 10);
            old.setValue("backup/passwordInKeychain", true);
            old.setValue("backup/lastRun", "2026-11-30T02:00:05.000Z");
        }
        BackupSettings s = BackupSettings::load();
        QCOMPARE(s.schedule, QString("daily 02:00"));
        QCOMPARE(s.retention.keepLast, 3);
        QCOMPARE(s.retention.keepWithinDays, 10);
        QVERIFY(s.passwordInKeychain);
        QCOMPARE(s.lastRun, at("2026-11-30T02:00:05.000Z"));
        QCOMPARE(s.effectiveFolder(), backup::BackupEngine::defaultFolder());

        s.folder = m_dir.path("elsewhere");
        s.keyFile = m_dir.path("key");
        s.retention.keepLast = 0; // off: the key goes
        s.retention.keepMonthly = 12;
        s.passwordInKeychain = false;
        s.save();
        QVERIFY(!QSettings().contains("backup/keep-last"));
        QVERIFY(!QSettings().contains("backup/passwordInKeychain"));
        const BackupSettings again = BackupSettings::load();
        QCOMPARE(again.folder, s.folder);
        QCOMPARE(again.keyFile, s.keyFile);
        QCOMPARE(again.retention.keepMonthly, 12);
        QCOMPARE(again.retention.keepLast, 0);
        QCOMPARE(again.lastRun, s.lastRun);
    }

    // Due only once a run time has passed since the last run; one run, its
    // outcome recorded, the retention rules applied after it.
    void scheduledRuns()
    {
        BackupSettings s;
        s.schedule = "daily 02:00";
        s.databasePath = m_db->path();
        s.folder = m_dir.path("scheduled");
        s.retention.keepLast = 1;
        s.lastRun = at("2026-12-01T02:00:00Z");
        s.save();

        ScheduledBackup before(BackupSettings::load());
        QVERIFY(!before.isDue(at("2026-12-01T12:00:00Z")));
        QVERIFY(before.nextRun(at("2026-12-01T12:00:00Z")) > at("2026-12-01T12:00:00Z"));
        backup::ScheduledRun r = before.run(at("2026-12-01T12:00:00Z"));
        QVERIFY(!r.due);
        QCOMPARE(backup::BackupEngine::list(s.folder).size(), 0);

        // Asleep through two run times: one backup catches up.
        const QDateTime woke = at("2026-12-03T09:00:00Z");
        ScheduledBackup due(BackupSettings::load());
        QVERIFY(due.isDue(woke));
        r = due.run(woke);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.due);
        QVERIFY(r.nextRun > woke);
        QCOMPARE(BackupSettings::load().lastRun, woke);
        QVERIFY(BackupSettings::load().lastError.isEmpty());
        const auto list = backup::BackupEngine::list(s.folder);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().manifest.kind(), QString("scheduled"));
        QVERIFY(!ScheduledBackup(BackupSettings::load()).isDue(woke.addSecs(60)));

        // Forced again: retention keeps the newest only.
        r = ScheduledBackup(BackupSettings::load()).run(woke.addSecs(120), std::nullopt, {}, {}, true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.retention.removed, 1);
        QCOMPARE(backup::BackupEngine::list(s.folder).size(), 1);
    }

    // A run that fails says why, keeps the last good run, and is due again.
    void failedRunIsRecorded()
    {
        BackupSettings s;
        s.schedule = "daily 02:00";
        s.databasePath = m_db->path();
        s.folder = m_dir.path("failing");
        s.keyFile = m_dir.path("no-such-key");
        s.lastRun = at("2026-12-01T02:00:00Z");
        s.save();
        const QDateTime now = at("2026-12-02T09:00:00Z");
        const backup::ScheduledRun r = ScheduledBackup(BackupSettings::load()).run(now);
        QVERIFY(r.due);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("no-such-key"), qPrintable(r.error));
        const BackupSettings after = BackupSettings::load();
        QCOMPARE(after.lastError, r.error);
        QCOMPARE(after.lastRun, s.lastRun);
        QVERIFY(ScheduledBackup(after).isDue(now.addSecs(60)));
        QCOMPARE(backup::BackupEngine::list(s.folder).size(), 0);
    }

    void withoutAScheduleNothingRuns()
    {
        const backup::ScheduledRun r
            = ScheduledBackup(BackupSettings::load()).run(at("2026-12-02T09:00:00Z"));
        QVERIFY(!r.due);
        QVERIFY(!r.error.isEmpty());
    }

    void dryRunRemovesNothing()
    {
        backup::BackupOptions o;
        o.databasePath = m_db->path();
        o.folder = m_dir.path("prune");
        for (int i = 0; i < 3; ++i)
            QVERIFY(backup::BackupEngine::create(o).ok);
        backup::RetentionPolicy keepOne;
        keepOne.keepLast = 1;
        const backup::RetentionOutcome dry = backup::applyRetention(o.folder, keepOne, true);
        QCOMPARE(dry.decisions.size(), 3);
        QCOMPARE(dry.removed, 0);
        QCOMPARE(backup::BackupEngine::list(o.folder).size(), 3);
        const backup::RetentionOutcome real = backup::applyRetention(o.folder, keepOne);
        QCOMPARE(real.removed, 2);
        QCOMPARE(backup::BackupEngine::list(o.folder).size(), 1);
        QVERIFY(real.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupPolicy)
#include "tst_backuppolicy.moc"
