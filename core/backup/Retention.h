#pragma once

#include "BackupEngine.h"

namespace tp::backup {

// Which backups to keep, with the semantics of `restic forget`: keep-last N
// keeps the N newest; keep-daily/weekly/monthly/yearly N keep the newest
// backup of each of the last N days/ISO weeks/months/years that have one
// (local time); keep-within D keeps everything within D days of the newest
// backup. Pinned backups, the newest verified backup, and backups whose
// manifest cannot be read are always kept.
struct RetentionPolicy
{
    int keepLast = 0;
    int keepWithinDays = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    int keepYearly = 0;

    bool isEmpty() const
    {
        return !keepLast && !keepWithinDays && !keepDaily && !keepWeekly && !keepMonthly && !keepYearly;
    }
};

struct RetentionDecision
{
    BackupInfo backup;
    bool keep = false;
    QStringList reasons; // the rules that keep it
};

// Newest first.
QList<RetentionDecision> decideRetention(const QList<BackupInfo>& backups, const RetentionPolicy& policy);

// What applying a policy to a folder did.
struct RetentionOutcome
{
    QList<RetentionDecision> decisions; // newest first, as decided
    int removed = 0;
    QString error; // the backup that could not be removed; the rest of the run stopped there
};

// Removes the backups of `folder` that `policy` lets go, each with its
// manifest; with `dryRun`, only decides. The one place retention deletes.
RetentionOutcome applyRetention(const QString& folder, const RetentionPolicy& policy, bool dryRun = false);

} // namespace tp::backup
