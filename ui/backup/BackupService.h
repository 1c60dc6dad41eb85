#pragma once

#include "backup/BackupEngine.h"
#include "backup/BackupSettings.h"

#include <functional>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tp::ui {

// How a backup the app ran ended.
struct BackupOutcome
{
    bool scheduled = false; // else Back up now
    bool ok = false;
    bool canceled = false;
    QString error;
    QStringList warnings;
    backup::BackupInfo backup;
    int removed = 0; // by the retention rules, after a scheduled run
    QStringList copiedTo; // the cloud destinations it went to (described)
    QStringList copyFailures; // "offsite: why", one per destination that failed
};

// The app's one place that runs backups: scheduled ones — the wall clock is
// compared with the schedule every minute (never one long timer, so a run
// missed while the computer slept is caught up soon after it wakes) — and
// Back up now. One at a time, on a worker; the dashboard and the tray show
// what it does. It lives as long as the app, across practices.
class BackupService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // UTC

    explicit BackupService(QObject* parent = nullptr);
    ~BackupService() override;

    // The open practice: what Back up now saves, and what scheduled runs
    // save when the settings name no practice.
    void setPracticePath(const QString& path) { m_practicePath = path; }
    QString practicePath() const { return m_practicePath; }

    // Tests: a clock of their own, and a shorter check interval.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;
    // Checks the schedule now and then every `intervalMs`.
    void start(int intervalMs = 60 * 1000);

    // Runs a scheduled backup when one is due (each tick, at start, on resume).
    void checkSchedule();
    // False when a backup runs already.
    bool backUpNow(const QString& label = {});
    bool isRunning() const { return m_job; }
    bool isRunningScheduled() const { return m_job && m_runningScheduled; }
    void cancel();
    // While held (the practice's file is being swapped), no scheduled run starts.
    void setHeld(bool held) { m_held = held; }
    // Waits for a running backup (at quit).
    void waitForIdle();

    // The settings as saved now (another process may have changed them).
    backup::BackupSettings settings() const;
    void saveSettings(const backup::BackupSettings& settings);
    void pause(const QDateTime& until);
    void resume();

    // The folder scheduled runs and Back up now write to.
    QString folder() const { return settings().effectiveFolder(); }

signals:
    void runStarted(bool scheduled);
    void progressChanged(int percent, const QString& text);
    void runFinished(const tp::ui::BackupOutcome& outcome);
    void settingsChanged();
    // The clock jumped (the computer slept): checked at once.
    void resumed();

private:
    void tick();
    void startRun(bool scheduled, const QString& label);

    QString m_practicePath;
    Clock m_clock;
    QTimer m_timer;
    QTimer m_onTime; // the run due before the next tick
    QDateTime m_lastTick;
    QDateTime m_retryAfter; // a failed scheduled run is tried again from then
    QPointer<QFutureWatcherBase> m_job;
    bool m_runningScheduled = false;
    bool m_held = false;
};

} // namespace tp::ui

Q_DECLARE_METATYPE(tp::ui::BackupOutcome)
