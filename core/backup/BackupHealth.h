#pragma once

#include "BackupEngine.h"
#include "BackupSettings.h"

#include <QCoreApplication>

namespace tp::backup {

// How far the backups of a folder can be trusted, in the words the
// dashboard, the tray and the notifications use: what was last verified,
// what runs next, and what is wrong.
struct BackupHealth
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::BackupHealth)

public:
    enum class Level { Good, Attention, Trouble };

    struct Problem
    {
        Level level = Level::Attention;
        QString text;
        bool offerBackupNow = false; // a backup now would mend it
    };

    int count = 0;
    qint64 totalBytes = 0;
    qint64 freeBytes = -1; // where the backups live; -1 when unknown
    QDateTime lastVerifiedAt; // the newest verified backup's creation; invalid: none
    QDateTime nextRun; // invalid: no schedule
    QList<Problem> problems; // worst first

    Level level() const { return problems.isEmpty() ? Level::Good : problems.first().level; }

    // `passwordMissing`: the settings encrypt with the keychain's password
    // and the keychain does not hold it (the caller asked it, off the
    // window's thread).
    static BackupHealth assess(const BackupSettings& settings, const QList<BackupInfo>& backups,
                               const QDateTime& now, bool passwordMissing);

    // A row of the history: Trouble when it failed verification or cannot
    // be read, Attention when never verified or older than the warning
    // age, else Good.
    static Level of(const BackupInfo& backup, const QDateTime& now, int warnAfterDays);
};

} // namespace tp::backup
