#pragma once

#include "BackupEngine.h"

#include <memory>

class QLockFile;

namespace tp::backup {

// The folder's lock, held by whoever writes, verifies, pins or removes a
// backup there. A lock whose process has ended is taken over; a busy one is
// waited for (saying so) until it is free, the wait is cancelled or half an
// hour passes. Null, and why, when it cannot be had.
std::unique_ptr<QLockFile> lockFolder(const QString& folder, Progress* progress, QString* error);

// What the dashboard does to one backup of a folder, each under the
// folder's lock and whole or not at all.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::BackupFolder)

public:
    // Pinned backups are kept by every retention rule.
    static bool setPinned(const QString& backupPath, bool pinned, QString* error,
                          Progress* progress = nullptr);
    // Removes a backup with its manifest. Refused for a pinned backup and
    // for the newest verified one (the one a restore would need most).
    static bool remove(const QString& backupPath, QString* error, Progress* progress = nullptr);
    // Copies a backup, with its manifest beside the copy, to `targetPath`
    // (replaced whole if it exists); the copy's bytes are checked against
    // the manifest's SHA-256.
    static bool saveCopy(const QString& backupPath, const QString& targetPath, Progress* progress,
                         QString* error);
    // Moves every backup of `from`, with its manifest, into `to` (made if
    // need be), under both folders' locks: renamed where they share a disk,
    // else copied, checked against the manifest's SHA-256, and only then
    // removed. A backup that cannot be moved stays where it was, whole; the
    // count of those moved is in `moved`.
    static bool moveAll(const QString& from, const QString& to, Progress* progress, int* moved,
                        QString* error);
    // The newest verified backup of the folder; empty when none.
    static QString newestVerified(const QList<BackupInfo>& backups);
};

} // namespace tp::backup
