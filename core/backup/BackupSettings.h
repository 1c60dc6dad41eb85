#pragma once

#include "Retention.h"

#include <optional>
#include <QDateTime>
#include <QString>

class QSettings;

namespace tp::backup {

// The backup policy the practitioner set once — schedule, folder, key,
// retention — as the app, the tray and `theprogram-cli backup` all read
// and write it: in the settings (never the database), a password never
// (only whether the keychain holds one). One place knows the keys.
struct BackupSettings
{
    QString schedule; // Schedule text ("daily 02:00"); empty: no schedule
    QString folder; // empty: BackupEngine::defaultFolder()
    QString databasePath; // the practice scheduled backups are of
    QString keyFile; // a key file encrypts; else…
    bool passwordInKeychain = false; // …the keychain's password does; else not encrypted
    RetentionPolicy retention;
    QDateTime lastRun; // UTC; invalid: never
    QDateTime scheduledSince; // UTC: when the schedule was set; the first run is its first time after this
    QString lastError; // why the last scheduled run failed; empty when it worked

    bool catchUp = true; // a run missed while the computer slept or was off runs once it wakes
    QDateTime pausedUntil; // UTC; no scheduled runs before it (kPausedIndefinitely: until resumed)
    int warnAfterDays = 7; // the app warns when no backup is this old; 0: never
    QString compression = QStringLiteral("default"); // none, fast, default, best
    QString preHook, postHook; // commands run before and after each backup
    bool notifyOnSuccess = false; // failures are always notified
    QString label; // the label of the app's Back up now

    static BackupSettings load(const QSettings& settings);
    static BackupSettings load(); // the app's settings
    void save(QSettings& settings) const;
    void save() const;
    // Only the last run and its error: what a run records without touching
    // a policy someone may have changed meanwhile.
    void saveOutcome(QSettings& settings) const;
    // Only the pause, for the tray's Pause scheduled backups.
    void savePause(QSettings& settings) const;

    // Sets the schedule; a changed one counts from `now` (its first run is
    // the first of its times after now, not at once).
    void setSchedule(const QString& text, const QDateTime& now);

    // A pause until the practitioner resumes.
    static QDateTime pausedIndefinitely();
    bool isPaused(const QDateTime& now) const { return pausedUntil.isValid() && now < pausedUntil; }

    // The folder backups go to: `folder`, else the default one.
    QString effectiveFolder() const;
};

} // namespace tp::backup
