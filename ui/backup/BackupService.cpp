#include "BackupService.h"

#include "backup/ScheduledBackup.h"
#include "cloud/CloudCopies.h"
#include "common/BackgroundJob.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QSettings>

namespace tp::ui {

namespace {
constexpr int kRetryMinutes = 30; // after a failed scheduled run
}

BackupService::BackupService(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<BackupOutcome>();
    connect(&m_timer, &QTimer::timeout, this, &BackupService::tick);
    m_onTime.setSingleShot(true);
    connect(&m_onTime, &QTimer::timeout, this, &BackupService::checkSchedule);
    // Coming back to the desktop (a laptop opened) is a moment to look as well.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_timer.isActive())
            checkSchedule();
    });
}

BackupService::~BackupService()
{
    waitForIdle();
}

QDateTime BackupService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void BackupService::start(int intervalMs)
{
    m_timer.start(intervalMs);
    m_lastTick = now();
    checkSchedule(); // a run missed while the app was not running is caught up at start
}

void BackupService::tick()
{
    const QDateTime at = now();
    // A tick long after the one before: the computer slept (or the clock was set).
    const bool jumped = m_lastTick.isValid() && m_lastTick.msecsTo(at) > 2LL * m_timer.interval() + 1000;
    m_lastTick = at;
    if (jumped) {
        m_retryAfter = {};
        emit resumed();
    }
    checkSchedule();
}

void BackupService::checkSchedule()
{
    if (m_job || m_held)
        return;
    const QDateTime at = now();
    if (m_retryAfter.isValid() && at < m_retryAfter)
        return;
    const backup::ScheduledBackup scheduled(settings());
    if (scheduled.isDue(at)) {
        startRun(true, {});
        return;
    }
    // A run due before the next tick is checked at its time, not up to a minute late.
    const QDateTime next = scheduled.nextRun(at);
    const qint64 wait = next.isValid() ? at.msecsTo(next) : -1;
    if (m_timer.isActive() && wait >= 0 && wait < m_timer.interval())
        m_onTime.start(int(wait) + 250);
}

bool BackupService::backUpNow(const QString& label)
{
    if (m_job || m_held)
        return false;
    startRun(false, label);
    return true;
}

namespace {

// After a backup, on the worker: the copies to the cloud destinations due.
void copy(BackupOutcome& o, Progress* progress)
{
    cloud::CloudCopies::enqueue(o.backup.path);
    for (const cloud::CopyResult& r : cloud::CloudCopies::copyQueued(progress)) {
        if (r.ok)
            o.copiedTo << r.where;
        else
            o.copyFailures << BackupService::tr("%1: %2").arg(r.destination, r.error);
    }
}

} // namespace

void BackupService::startRun(bool scheduled, const QString& label)
{
    const backup::BackupSettings current = settings();
    const QString practice = m_practicePath;
    const QDateTime at = now();
    m_runningScheduled = scheduled;
    auto* job = startWork<BackupOutcome>(
        this,
        [current, practice, at, scheduled, label](Progress& progress) {
            BackupOutcome o;
            o.scheduled = scheduled;
            backup::ScheduledBackup run(current);
            if (scheduled) {
                const backup::ScheduledRun r
                    = run.run(at, std::nullopt, current.databasePath.isEmpty() ? practice : QString(), {},
                              false, &progress);
                o.ok = r.ok;
                o.error = r.due ? r.error : QString();
                o.canceled = !r.due; // another process ran it: nothing to report
                o.backup = r.backup.info;
                o.warnings = r.backup.warnings;
                o.removed = r.retention.removed;
                if (o.ok)
                    copy(o, &progress);
                return o;
            }
            backup::BackupOptions options = run.options(practice);
            options.label = label;
            if (!run.key(std::nullopt, &options.key, &o.error))
                return o;
            const backup::BackupResult r = backup::BackupEngine::create(options, &progress);
            o.ok = r.ok;
            o.error = r.error;
            o.warnings = r.warnings;
            o.backup = r.info;
            if (o.ok)
                copy(o, &progress);
            return o;
        },
        [this, scheduled](const JobOutcome<BackupOutcome>& outcome) {
            m_job = nullptr; // idle again for whoever hears of the outcome
            BackupOutcome o = outcome.resultOr(tr("The backup was cancelled."));
            o.scheduled = scheduled;
            if (outcome.canceled && !o.ok)
                o.canceled = true;
            // A failed or cancelled scheduled run is not tried again at once.
            m_retryAfter = scheduled && !o.ok ? now().addSecs(kRetryMinutes * 60) : QDateTime();
            emit runFinished(o);
        });
    const auto report = [this, job] {
        const int min = job->progressMinimum(), max = job->progressMaximum();
        const int percent = max > min ? int(qint64(job->progressValue() - min) * 100 / (max - min)) : 0;
        emit progressChanged(percent, job->progressText());
    };
    connect(job, &QFutureWatcherBase::progressValueChanged, this, report);
    connect(job, &QFutureWatcherBase::progressTextChanged, this, report);
    m_job = job;
    emit runStarted(scheduled);
}

void BackupService::cancel()
{
    if (m_job)
        m_job->cancel();
}

void BackupService::waitForIdle()
{
    if (m_job)
        m_job->waitForFinished();
}

backup::BackupSettings BackupService::settings() const
{
    QSettings settings;
    settings.sync(); // the CLI or another instance may have written them
    return backup::BackupSettings::load(settings);
}

void BackupService::saveSettings(const backup::BackupSettings& settings)
{
    QSettings stored;
    settings.save(stored);
    stored.sync();
    m_retryAfter = {};
    emit settingsChanged();
}

void BackupService::pause(const QDateTime& until)
{
    backup::BackupSettings s = settings();
    s.pausedUntil = until;
    QSettings stored;
    s.savePause(stored);
    emit settingsChanged();
}

void BackupService::resume()
{
    pause({});
    checkSchedule();
}

} // namespace tp::ui
