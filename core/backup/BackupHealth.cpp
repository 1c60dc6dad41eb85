#include "BackupHealth.h"

#include "ScheduledBackup.h"

#include <algorithm>
#include <QDir>
#include <QLocale>
#include <QStorageInfo>

namespace tp::backup {

BackupHealth BackupHealth::assess(const BackupSettings& settings, const QList<BackupInfo>& backups,
                                  const QDateTime& now, bool passwordMissing)
{
    BackupHealth h;
    h.count = int(backups.size());
    for (const BackupInfo& b : backups) {
        h.totalBytes += b.manifest.storedSize();
        if (b.manifest.isVerified() && (!h.lastVerifiedAt.isValid() || b.createdAt > h.lastVerifiedAt))
            h.lastVerifiedAt = b.createdAt;
    }
    // Free space where the backups live, or will once the folder is made.
    QDir existing(settings.effectiveFolder());
    while (!existing.exists() && existing.cdUp()) { }
    const QStorageInfo storage(existing);
    if (storage.isValid())
        h.freeBytes = storage.bytesAvailable();
    const ScheduledBackup scheduled(settings);
    h.nextRun = scheduled.nextRun(now);

    if (!settings.lastError.isEmpty())
        h.problems.append(
            { Level::Trouble, tr("The last scheduled backup failed: %1").arg(settings.lastError), true });
    if (passwordMissing)
        h.problems.append({ Level::Trouble,
                            tr("Scheduled backups are encrypted with a password the keychain no longer "
                               "holds, so they cannot run. Set the password again in Settings…"),
                            false });
    if (!h.lastVerifiedAt.isValid()) {
        h.problems.append({ Level::Trouble, tr("There is no verified backup of this practice yet."), true });
    } else if (settings.warnAfterDays > 0 && h.lastVerifiedAt.daysTo(now) >= settings.warnAfterDays) {
        h.problems.append(
            { Level::Trouble,
              tr("The newest verified backup is %n day(s) old.", nullptr, int(h.lastVerifiedAt.daysTo(now))),
              true });
    }
    if (settings.schedule.isEmpty())
        h.problems.append({ Level::Attention,
                            tr("Backups are not scheduled: they are made only when you click Back Up Now. "
                               "Set a schedule in Settings…"),
                            false });
    else if (settings.isPaused(now))
        h.problems.append(
            { Level::Attention,
              settings.pausedUntil == BackupSettings::pausedIndefinitely()
                  ? tr("Scheduled backups are paused until you resume them.")
                  : tr("Scheduled backups are paused until %1.")
                        .arg(QLocale().toString(settings.pausedUntil.toLocalTime(), QLocale::ShortFormat)),
              false });
    std::stable_sort(h.problems.begin(), h.problems.end(),
                     [](const Problem& a, const Problem& b) { return int(a.level) > int(b.level); });
    return h;
}

BackupHealth::Level BackupHealth::of(const BackupInfo& backup, const QDateTime& now, int warnAfterDays)
{
    if (!backup.problem.isEmpty() || backup.manifest.isEmpty())
        return Level::Trouble;
    const QString check = backup.manifest.integrityCheck();
    if (!check.isEmpty() && check != QLatin1String("ok"))
        return Level::Trouble;
    if (check.isEmpty() || (warnAfterDays > 0 && backup.createdAt.daysTo(now) >= warnAfterDays))
        return Level::Attention;
    return Level::Good;
}

} // namespace tp::backup
