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
    QString lastError; // why the last scheduled run failed; empty when it worked

    static BackupSettings load(const QSettings& settings);
    static BackupSettings load(); // the app's settings
    void save(QSettings& settings) const;
    void save() const;
    // Only the last run and its error: what a run records without touching
    // a policy someone may have changed meanwhile.
    void saveOutcome(QSettings& settings) const;

    // The folder backups go to: `folder`, else the default one.
    QString effectiveFolder() const;
};

} // namespace tp::backup
