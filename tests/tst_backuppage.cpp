#include "backup/BackupEngine.h"
#include "backup/BackupHistoryModel.h"
#include "backup/BackupPage.h"
#include "backup/BackupRowActions.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSizeChart.h"
#include "backup/ScheduledBackup.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "TestSupport.h"
#include "tray/BackupNotifier.h"
#include "util/Clock.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace tp;
using backup::BackupSettings;
using ui::BackupHistoryModel;
using ui::BackupOutcome;
using ui::BackupPage;
using ui::BackupService;

// The backup dashboard and the app's scheduler, driven as a practitioner
// would (offscreen), on a real practice and real backups.
class TestBackupPage : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_folders = 0;
    QString m_folder;

    static QDateTime at(const char* utc)
    {
        return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
    }

    // Fresh settings with a backup folder of the test's own.
    BackupSettings freshSettings()
    {
        QSettings().clear();
        BackupSettings s;
        m_folder = m_dir.path(QStringLiteral("backups%1").arg(++m_folders));
        s.folder = m_folder;
        s.databasePath = m_db->path();
        s.save();
        return s;
    }

    backup::BackupResult backUpOutsideTheApp(const QString& kind = QStringLiteral("manual"))
    {
        backup::BackupOptions o;
        o.databasePath = m_db->path();
        o.folder = m_folder;
        o.kind = kind;
        return backup::BackupEngine::create(o);
    }

    static BackupPage* openPage(ui::MainWindow& window)
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the window is not active");
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier); // View → Backups
        if (!window.isBackupsPageShown()) {
            qWarning("Ctrl+B did not show the backups");
            return nullptr;
        }
        auto* page = window.findChild<BackupPage*>();
        QSignalSpy refreshed(page, &BackupPage::refreshed);
        if (page->model()->rowCount() == 0 && !refreshed.wait(10000))
            return nullptr;
        return page;
    }

    static QString cell(BackupPage* page, int row, int column)
    {
        return page->view()->model()->index(row, column).data().toString();
    }

    static void choose(BackupPage* page, int row)
    {
        page->view()->setCurrentIndex(page->view()->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 5, 1, 3 }).ok);
    }

    void cleanup()
    {
        Clock::setFixed({});
        QSettings().clear();
    }

    // Ctrl+B → the dashboard; Back up now → a verified row, the banner's "no backup yet" gone.
    void backUpNowShowsAVerifiedRow()
    {
        freshSettings();
        BackupService service;
        service.setPracticePath(m_db->path());
        ui::MainWindow window(*m_db, &service);
        window.show();
        BackupPage* page = openPage(window);
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->isBannerShown());
        QVERIFY2(page->bannerText().contains("no verified backup"), qPrintable(page->bannerText()));
        QVERIFY(page->summaryText().contains("No verified backup yet"));

        QSignalSpy finished(&service, &BackupService::runFinished);
        auto* button = page->findChild<QPushButton*>("backUpNow");
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(!button->isEnabled()); // one backup at a time
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY2(cell(page, 0, BackupHistoryModel::VerifiedColumn).startsWith(QString::fromUtf8("✔")),
                 qPrintable(cell(page, 0, BackupHistoryModel::VerifiedColumn)));
        QCOMPARE(cell(page, 0, BackupHistoryModel::KindColumn), QString("By hand"));
        QVERIFY2(page->summaryText().contains(QString::fromUtf8("Last verified backup: just now ✔")),
                 qPrintable(page->summaryText()));
        QVERIFY(page->summaryText().contains("1 backup"));
        // Still said: no schedule (attention, not trouble) – and no "no backup" any more.
        QVERIFY(!page->bannerText().contains("no verified backup"));
        QVERIFY(page->bannerText().contains("not scheduled"));
        QVERIFY(page->messageText().contains("made and verified"));
        QCOMPARE(page->chart()->pointCount(), 1);
        QTRY_VERIFY(button->isEnabled());
    }

    // The backup stands when the command after it fails, and the page says so beside it.
    void aFailedAfterCommandIsSaid()
    {
        BackupSettings s = freshSettings();
        s.postHook = "sh -c \"echo the share is not mounted; exit 3\"";
        s.save();
        BackupService service;
        service.setPracticePath(m_db->path());
        ui::MainWindow window(*m_db, &service);
        BackupPage* page = openPage(window);
        QVERIFY(page);
        QSignalSpy finished(&service, &BackupService::runFinished);
        QVERIFY(service.backUpNow());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(0).at(0).value<BackupOutcome>().ok);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY2(page->messageText().contains("made and verified")
                     && page->messageText().contains(
                         "The post-backup command failed: it ended with code 3: the share is not mounted"),
                 qPrintable(page->messageText()));
    }

    // A backup made elsewhere (CLI, tray, another instance) shows up by itself; pin and delete rules.
    void folderWatchPinAndDelete()
    {
        freshSettings();
        QVERIFY(backUpOutsideTheApp().ok); // the folder exists, to be watched
        BackupService service;
        service.setPracticePath(m_db->path());
        ui::MainWindow window(*m_db, &service);
        window.show();
        BackupPage* page = openPage(window);
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(backUpOutsideTheApp(QStringLiteral("scheduled")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);

        // Newest first; the newest verified one is refused.
        QCOMPARE(cell(page, 0, BackupHistoryModel::KindColumn), QString("Scheduled"));
        ui::BackupRowActions* actions = page->rowActions();
        QSignalSpy done(actions, &ui::BackupRowActions::jobFinished);
        choose(page, 0);
        QVERIFY(actions->deleteAction()->isEnabled());
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        actions->deleteAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(page->messageText().contains("newest verified backup"), qPrintable(page->messageText()));
        QTRY_COMPARE(page->model()->rowCount(), 2);

        // The older one: pinned, it is refused too; unpinned, it goes.
        choose(page, 1);
        QCOMPARE(actions->pinAction()->text(), QString("&Pin"));
        actions->pinAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().at(0).toBool());
        QTRY_VERIFY(!cell(page, 1, BackupHistoryModel::PinnedColumn).isEmpty());
        choose(page, 1);
        QCOMPARE(actions->pinAction()->text(), QString("Un&pin"));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        actions->deleteAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY(page->messageText().contains("pinned"));
        QCOMPARE(page->model()->rowCount(), 2);

        choose(page, 1);
        actions->pinAction()->trigger();
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(cell(page, 1, BackupHistoryModel::PinnedColumn).isEmpty());
        choose(page, 1);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel); // asked first: nothing happens on Cancel
        actions->deleteAction()->trigger();
        QCOMPARE(page->model()->rowCount(), 2);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        actions->deleteAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page->messageText()));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(backup::BackupEngine::list(m_folder).size(), 1);
        QCOMPARE(cell(page, 0, BackupHistoryModel::KindColumn), QString("Scheduled"));
    }

    // Save a Copy As…: the copy and its manifest, checked; Verify.
    void saveACopyAndVerify()
    {
        freshSettings();
        QVERIFY(backUpOutsideTheApp().ok);
        BackupService service;
        ui::MainWindow window(*m_db, &service);
        BackupPage* page = openPage(window);
        QVERIFY(page);
        ui::BackupRowActions* actions = page->rowActions();
        QSignalSpy done(actions, &ui::BackupRowActions::jobFinished);
        choose(page, 0);
        const QString copy = m_dir.path("copy-of-backup.db.gz");
        ui::MessageBox::setNextText(copy);
        actions->copyAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page->messageText()));
        QVERIFY(QFile::exists(copy));
        QVERIFY(QFile::exists(backup::BackupEngine::manifestPathFor(copy)));
        QVERIFY(backup::BackupEngine::verify(copy, std::nullopt).ok);

        choose(page, 0);
        actions->verifyAction()->trigger();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page->messageText()));
        QVERIFY(page->messageText().contains("whole"));
    }

    // Filters by kind and state; sorting by size.
    void filtersAndSorting()
    {
        freshSettings();
        QVERIFY(backUpOutsideTheApp().ok);
        QVERIFY(backUpOutsideTheApp(QStringLiteral("scheduled")).ok);
        QVERIFY(backUpOutsideTheApp(QStringLiteral("pre-import")).ok);
        BackupService service;
        ui::MainWindow window(*m_db, &service);
        BackupPage* page = openPage(window);
        QVERIFY(page);
        QCOMPARE(page->view()->model()->rowCount(), 3);
        page->filter()->setKind(QStringLiteral("pre-import"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, BackupHistoryModel::KindColumn), QString("Before an import"));
        page->filter()->setKind({});
        page->filter()->setState(ui::BackupFilterModel::State::NotVerified);
        QCOMPARE(page->view()->model()->rowCount(), 0);
        page->filter()->setState(ui::BackupFilterModel::State::Verified);
        QCOMPARE(page->view()->model()->rowCount(), 3);
        page->view()->sortByColumn(BackupHistoryModel::WhenColumn, Qt::AscendingOrder);
        QCOMPARE(cell(page, 0, BackupHistoryModel::KindColumn), QString("By hand"));
        QCOMPARE(page->chart()->pointCount(), 3);
    }

    // A scheduled run fires when the (injected) clock reaches its time, once.
    void scheduledRunWithAnInjectedClock()
    {
        BackupSettings s = freshSettings();
        s.schedule = QStringLiteral("daily 02:00");
        s.lastRun = at("2026-12-01T02:00:00Z");
        s.save();
        QDateTime now = at("2026-12-02T01:58:00Z");
        BackupService service;
        service.setClock([&now] { return now; });
        QSignalSpy finished(&service, &BackupService::runFinished);
        service.start(20);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        now = at("2026-12-02T02:00:30Z");
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.scheduled);
        QCOMPARE(outcome.backup.manifest.kind(), QString("scheduled"));
        QCOMPARE(BackupSettings::load().lastRun, now);
        now = now.addSecs(60);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
    }

    // Missed while the app was not running: caught up once at start; missed
    // while the computer slept: caught up once after it wakes.
    void missedRunsAreCaughtUpOnce()
    {
        BackupSettings s = freshSettings();
        s.schedule = QStringLiteral("daily 02:00");
        s.lastRun = at("2026-11-28T02:00:00Z");
        s.save();
        QDateTime now = at("2026-12-02T10:00:00Z");
        BackupService service;
        service.setClock([&now] { return now; });
        QSignalSpy finished(&service, &BackupService::runFinished);
        QSignalSpy resumed(&service, &BackupService::resumed);
        service.start(50);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(0).at(0).value<BackupOutcome>().ok);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);

        now = at("2026-12-04T09:00:00Z"); // two nights asleep
        QVERIFY(finished.wait(30000));
        QCOMPARE(resumed.size(), 1);
        QVERIFY(finished.at(1).at(0).value<BackupOutcome>().ok);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(backup::BackupEngine::list(m_folder).size(), 2);
    }

    // Without catch-up, a missed run is skipped; the next one on time runs.
    void withoutCatchUpAMissedRunIsSkipped()
    {
        BackupSettings s = freshSettings();
        s.schedule = QStringLiteral("daily 02:00");
        s.catchUp = false;
        s.lastRun = at("2026-11-28T02:00:00Z");
        s.save();
        QDateTime now = at("2026-12-02T10:00:00Z");
        BackupService service;
        service.setClock([&now] { return now; });
        QSignalSpy finished(&service, &BackupService::runFinished);
        service.start(20);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        now = at("2026-12-03T02:01:00Z");
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(0).at(0).value<BackupOutcome>().ok);
    }

    // A failed scheduled run: the banner says why and offers Back up now; it is not retried every tick.
    void aFailureShowsInTheBanner()
    {
        BackupSettings s = freshSettings();
        QFile blocker(m_dir.path("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        s.folder = blocker.fileName() + QStringLiteral("/backups"); // under a file: cannot be made
        s.schedule = QStringLiteral("daily 02:00");
        s.lastRun = at("2026-12-01T02:00:00Z");
        s.save();
        QDateTime now = at("2026-12-02T02:05:00Z");
        BackupService service;
        service.setClock([&now] { return now; });
        QStringList notified;
        ui::BackupNotifier notifier(service, [&notified](const QString& title, const QString&, bool failure) {
            if (failure)
                notified << title;
        });
        QSignalSpy finished(&service, &BackupService::runFinished);
        service.start(20);
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(notified, QStringList{ "The scheduled backup failed" });
        QVERIFY(!outcome.error.isEmpty());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1); // tried again later, not every minute
        now = now.addSecs(45 * 60); // tried again: the same failure is not notified again today
        QVERIFY(finished.wait(30000));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(BackupSettings::load().lastError, outcome.error);

        ui::MainWindow window(*m_db, &service);
        BackupPage* page = window.showBackupsPage();
        QTRY_VERIFY(page->isBannerShown());
        QVERIFY2(page->bannerText().contains("The last scheduled backup failed: " + outcome.error),
                 qPrintable(page->bannerText()));
        auto* offer = page->findChild<QFrame*>("backupBanner")->findChild<QPushButton*>();
        QVERIFY(offer && !offer->isHidden()); // Back Up Now, right there
    }

    // Scheduled backups that need the keychain's password, which is not there: said, with what to do.
    void passwordMissingFromTheKeychain()
    {
        BackupSettings s = freshSettings();
        s.schedule = QStringLiteral("daily 02:00");
        s.passwordInKeychain = true;
        s.save();
        BackupService service;
        ui::MainWindow window(*m_db, &service);
        BackupPage* page = window.showBackupsPage();
        QSignalSpy refreshed(page, &BackupPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(page->bannerText().contains("password the keychain no longer holds"),
                 qPrintable(page->bannerText()));
        QVERIFY(page->bannerText().contains("Settings"));
    }

    // No verified backup for N days (the setting): the banner says how old the newest is.
    void noBackupForDaysBanner()
    {
        BackupSettings s = freshSettings();
        s.warnAfterDays = 3;
        s.schedule = QStringLiteral("daily 02:00");
        s.save();
        Clock::setFixed(QDateTime::currentDateTimeUtc().addDays(-5));
        QVERIFY(backUpOutsideTheApp().ok);
        Clock::setFixed({});
        BackupService service;
        ui::MainWindow window(*m_db, &service);
        BackupPage* page = openPage(window);
        QVERIFY(page);
        QVERIFY(page->isBannerShown());
        QVERIFY2(page->bannerText().contains("The newest verified backup is 5 day"),
                 qPrintable(page->bannerText()));
        QCOMPARE(page->model()->index(0, 0).data(BackupHistoryModel::HealthRole).toInt(),
                 int(backup::BackupHealth::Level::Attention));

        s.warnAfterDays = 0; // never warn
        service.saveSettings(s);
        QTRY_VERIFY(!page->bannerText().contains("days old"));
    }
};

QTEST_MAIN(TestBackupPage)
#include "tst_backuppage.moc"
