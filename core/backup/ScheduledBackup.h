#pragma once

#include "BackupEngine.h"
#include "BackupSettings.h"
#include "Schedule.h"

#include <optional>

namespace tp::backup {

// What a scheduled run did.
struct ScheduledRun
{
    bool due = false; // false: nothing was due, nothing was done
    bool ok = false; // due, written and verified
    QString error; // why not (no schedule, no key, the backup's own reason)
    BackupResult backup;
    RetentionOutcome retention; // applied after a verified backup
    QDateTime nextRun; // the run after this one (UTC)
};

// A scheduled backup, as the app's scheduler, the tray and
// `theprogram-cli backup run-scheduled` run it: due when a run time of the
// schedule has passed since the last run; then one verified backup (kind
// "scheduled"), the retention rules, and the outcome recorded in the
// settings (the last run when it worked, the reason when not).
class ScheduledBackup
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::ScheduledBackup)

public:
    // Where the keychain keeps the password of unattended backups.
    static const QString kKeychainKey;

    explicit ScheduledBackup(BackupSettings settings);

    const BackupSettings& settings() const { return m_settings; }
    std::optional<Schedule> schedule() const;
    // Due when a run time passed since the last run, unless paused; without
    // catch-up, only when that run time is at most kOnTimeSeconds ago (a
    // run missed while the computer was off is then skipped).
    bool isDue(const QDateTime& now) const;
    static constexpr int kOnTimeSeconds = 15 * 60;
    // The next run after the last one (or after `now` when there was none); invalid without a schedule.
    QDateTime nextRun(const QDateTime& now) const;

    // The key of an unattended backup: `given` (a key at hand), else the
    // settings' key file, else the keychain's password (with Argon2
    // calibrated here), else none (not encrypted). False and why when the
    // settings name a key that cannot be had.
    bool key(const std::optional<crypto::KeySource>& given, std::optional<crypto::KeySource>* key,
             QString* error) const;

    // A backup's options as the settings give them (compression, hooks),
    // of the settings' practice and into their folder unless `databasePath`
    // or `folder` say otherwise; kind "manual", no key yet.
    BackupOptions options(const QString& databasePath = {}, const QString& folder = {}) const;

    // Runs a backup when one is due at `now` (or always, with `force`),
    // into the settings' folder of their practice unless `databasePath` or
    // `folder` say otherwise, and saves the outcome into the app's settings.
    // One scheduled run at a time per folder: while another process's run
    // holds the folder's schedule lock, this one does nothing (not due),
    // and a run recorded meanwhile by another process counts.
    ScheduledRun run(const QDateTime& now, const std::optional<crypto::KeySource>& given = std::nullopt,
                     const QString& databasePath = {}, const QString& folder = {}, bool force = false,
                     Progress* progress = nullptr);

private:
    BackupSettings m_settings;
};

} // namespace tp::backup
