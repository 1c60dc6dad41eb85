#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSettingsDialog.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"
#include "TestSupport.h"
#include "tray/Autostart.h"
#include "tray/BackupNotifier.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QSettings>
#include <QtTest>

using namespace tp;
using backup::BackupSettings;
using ui::BackupOutcome;
using ui::BackupService;

// The freedesktop notification service, as the desktop provides it, on the
// test's own session bus: what was shown arrives here.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QList<uchar> urgencies;

public slots:
    uint Notify(const QString&, uint, const QString&, const QString& summary, const QString&,
                const QStringList&, const QVariantMap& hints, int)
    {
        summaries << summary;
        urgencies << hints.value("urgency").value<uchar>();
        return uint(summaries.size());
    }
};

// The tray's menu and state, notifications of scheduled runs (once per
// distinct failure, at most daily), and start at login.
class TestTray : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    static BackupOutcome failure(const QString& why)
    {
        BackupOutcome o;
        o.scheduled = true;
        o.error = why;
        return o;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto database = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 3, 1, 3 }).ok);
    }
    void init() { QSettings().clear(); }

    // Pause for an hour / until resumed from the tray's menu; the scheduler honours it.
    void pauseAndResume()
    {
        BackupSettings s;
        s.schedule = "daily 02:00";
        s.folder = m_dir.path("backups");
        s.save();
        ui::PracticeSession session;
        db::OpenFailure failure;
        QVERIFY(session.open(m_dir.path("practice.db"), ui::PracticeSession::Mode::Open, &failure));
        QDateTime now = QDateTime::fromString("2026-12-02T10:00:00Z", Qt::ISODate);
        session.backups()->setClock([&now] { return now; });
        ui::TrayIcon tray(session);
        QVERIFY(!tray.isAvailable()); // offscreen: no tray, the menu still works
        QVERIFY(!tray.resumeAction()->isVisible());
        QCOMPARE(tray.lastBackupText(), QString("No scheduled backup yet"));
        tray.pauseHourAction()->trigger();
        QCOMPARE(BackupSettings::load().pausedUntil, now.addSecs(3600));
        QVERIFY(tray.resumeAction()->isVisible());
        QVERIFY(tray.toolTip().contains("paused"));
        QSignalSpy finished(session.backups(), &BackupService::runFinished);
        session.backups()->checkSchedule();
        QVERIFY(!session.backups()->isRunning()); // due, but paused
        now = now.addSecs(3601);
        session.backups()->checkSchedule();
        QVERIFY(session.backups()->isRunning()); // the hour is over
        QVERIFY(finished.wait(30000));

        tray.menu()->actions(); // the menu is there to open
        const auto paused = tray.menu()->findChildren<QAction*>();
        QAction* always = nullptr;
        for (QAction* a : paused)
            if (a->text() == "Until I &Resume Them")
                always = a;
        QVERIFY(always);
        always->trigger();
        QCOMPARE(BackupSettings::load().pausedUntil, BackupSettings::pausedIndefinitely());
        tray.resumeAction()->trigger();
        QVERIFY(!BackupSettings::load().pausedUntil.isValid());
        QVERIFY(!tray.hideOnClose()); // no tray: closing the window quits
    }

    // The icon's state: running with progress in the tooltip, attention after a failure.
    void iconStates()
    {
        BackupSettings s;
        s.schedule = "daily 02:00";
        s.folder = m_dir.path("a-file") + "/backups";
        QFile file(m_dir.path("a-file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        s.lastRun = QDateTime::fromString("2026-12-01T02:00:00Z", Qt::ISODate);
        s.save();
        ui::PracticeSession session;
        db::OpenFailure openFailure;
        QVERIFY(session.open(m_dir.path("practice.db"), ui::PracticeSession::Mode::Open, &openFailure));
        session.backups()->setClock(
            [] { return QDateTime::fromString("2026-12-02T02:05:00Z", Qt::ISODate); });
        ui::TrayIcon tray(session);
        QCOMPARE(tray.state(), ui::TrayIcon::State::Idle);
        QSignalSpy finished(session.backups(), &BackupService::runFinished);
        session.backups()->checkSchedule();
        QCOMPARE(tray.state(), ui::TrayIcon::State::Running);
        QVERIFY(finished.wait(30000));
        QCOMPARE(tray.state(), ui::TrayIcon::State::Attention);
        QVERIFY2(tray.toolTip().contains("the last scheduled backup failed"), qPrintable(tray.toolTip()));
    }

    // One notification per distinct failure, again after a day; a success only when asked for.
    void notificationsAreNotRepeated()
    {
        BackupService service;
        QDateTime now = QDateTime::fromString("2026-12-02T02:05:00Z", Qt::ISODate);
        service.setClock([&now] { return now; });
        QStringList shown;
        ui::BackupNotifier notifier(service, [&shown](const QString& title, const QString& text, bool) {
            shown << title + ": " + text;
        });
        QVERIFY(notifier.consider(failure("The disk is full.")));
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.at(0).contains("The disk is full."));
        now = now.addSecs(3600);
        QVERIFY(!notifier.consider(failure("The disk is full."))); // the same, the same day
        QVERIFY(notifier.consider(failure("The folder is read-only."))); // another problem
        now = now.addSecs(25 * 3600);
        QVERIFY(notifier.consider(failure("The folder is read-only."))); // still so, a day later
        QCOMPARE(shown.size(), 3);

        BackupOutcome worked;
        worked.scheduled = true;
        worked.ok = true;
        QVERIFY(!notifier.consider(worked)); // not asked for
        QVERIFY(notifier.consider(failure("The folder is read-only."))); // after a success it is news again
        BackupSettings s = BackupSettings::load();
        s.notifyOnSuccess = true;
        s.save();
        QVERIFY(notifier.consider(worked));
        QCOMPARE(shown.size(), 5);
        BackupOutcome byHand = failure("x");
        byHand.scheduled = false;
        QVERIFY(!notifier.consider(byHand)); // Back up now tells in the window
    }

    // Without a tray, a notification goes to the desktop's notification service over D-Bus.
    void desktopNotificationOverDBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus (scripts/test.sh runs the tests inside dbus-run-session)");
        if (bus.interface()->isServiceRegistered("org.freedesktop.Notifications"))
            QSKIP("a real notification service runs here");
        FakeNotifications fake;
        QVERIFY(bus.registerService("org.freedesktop.Notifications"));
        QVERIFY(bus.registerObject("/org/freedesktop/Notifications", &fake, QDBusConnection::ExportAllSlots));
        BackupService service;
        ui::BackupNotifier notifier(service, ui::BackupNotifier::desktop(nullptr));
        QVERIFY(notifier.consider(failure("The disk is full.")));
        QTRY_COMPARE(fake.summaries.size(), 1);
        QCOMPARE(fake.summaries.at(0), QString("The scheduled backup failed"));
        QCOMPARE(fake.urgencies.at(0), uchar(2)); // critical
        bus.unregisterObject("/org/freedesktop/Notifications");
        bus.unregisterService("org.freedesktop.Notifications");
    }

    // Start at login: an XDG autostart entry that starts the app in the tray; off again removes it.
    void startAtLogin()
    {
        QVERIFY(!ui::Autostart::isEnabled());
        BackupService service;
        ui::BackupSettingsDialog dialog(service);
        QVERIFY(!dialog.atLoginBox()->isChecked()); // off by default
        dialog.atLoginBox()->setChecked(true);
        QVERIFY(ui::Autostart::isEnabled());
        QFile entry(ui::Autostart::location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY2(text.contains("Exec=\"" + QCoreApplication::applicationFilePath() + "\" --minimized\n"),
                 qPrintable(text));
        QVERIFY(text.contains("Type=Application\n"));
        dialog.atLoginBox()->setChecked(false);
        QVERIFY(!ui::Autostart::isEnabled());
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
