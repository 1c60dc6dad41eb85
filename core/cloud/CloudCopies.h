#pragma once

#include "backup/BackupEngine.h"
#include "backup/Retention.h"
#include "Destination.h"
#include "Repository.h"

#include <QCoreApplication>

namespace tp::cloud {

// A backup as a repository holds it: the backup file and, beside it, its
// manifest (`<file>.manifest.json`, uploaded last, so a backup whose
// manifest is there is complete).
struct RemoteBackup
{
    QString name; // the backup file's name
    qint64 size = -1;
    bool complete = false; // its manifest is there too
    backup::BackupManifest manifest; // read from the store; empty when incomplete or unreadable
    QString problem;
};

// Copies of backups in repositories, whatever the store: upload, list,
// download for a restore, prune by the same rules as the local folder, and
// the per-destination queue that survives restarts.
// What copying to one destination came to.
struct CopyResult
{
    QString destination; // its name
    QString where; // Destination::describe()
    bool ok = false;
    QString error;
};

class CloudCopies
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::CloudCopies)

public:
    // Uploads the backup at `backupPath` with its manifest (the file first,
    // checked against the manifest's SHA-256, then the manifest). A backup
    // already there whole is not sent again. `bytes` gets what was sent.
    static bool upload(Repository& repository, const QString& backupPath, Progress* progress, qint64* bytes,
                       QString* error);

    // The backups in the repository, oldest first by their manifests; the
    // manifests are read into memory (each at most BackupManifest::kMaxBytes).
    static std::optional<QList<RemoteBackup>> list(Repository& repository, Progress* progress,
                                                   QString* error);

    // Downloads a backup (a file name, or a backup id) with its manifest into
    // `folder`, checks the file against the manifest's SHA-256, and returns
    // the local path — ready for BackupEngine::verify and restore; empty
    // and why when it cannot be had.
    static QString download(Repository& repository, const QString& reference, const QString& folder,
                            Progress* progress, QString* error);

    // Removes a backup and its manifest.
    static bool remove(Repository& repository, const QString& reference, QString* error);

    // Applies `policy` to the repository's backups (pinned, newest verified
    // and unreadable ones stay, as locally); manifests whose backup is gone
    // are removed too. With `dryRun` only decides.
    static backup::RetentionOutcome prune(Repository& repository, const backup::RetentionPolicy& policy,
                                          bool dryRun, Progress* progress);

    // upload() to a destination, recording the outcome in its state: the
    // copy, its time and size (when something was sent), the queue, the
    // last error.
    static bool copy(Destination& destination, Repository& repository, const QString& backupPath,
                     Progress* progress, qint64* bytes, QString* error);

    // Adds a new backup to the queue of every enabled destination.
    static void enqueue(const QString& backupPath);
    // Copies what `destination` has queued (when due, or `force`), oldest
    // first, then prunes by its rules; records the outcome in its state.
    // False with why at the first failure; what was not copied stays queued.
    static bool processQueue(Destination& destination, Repository& repository, bool force, Progress* progress,
                             QString* error);

    // After a backup: every enabled destination that is due copies what it
    // has queued (the backup just made among it, once enqueue()d) and prunes
    // by its rules. One result per destination that had something to do.
    static QList<CopyResult> copyQueued(Progress* progress);

private:
    // The backups among `files` (a listing of the repository), with their manifests.
    static std::optional<QList<RemoteBackup>>
    backupsIn(Repository& repository, const QList<RemoteFile>& files, Progress* progress, QString* error);
    static std::optional<RemoteBackup> findRemote(Repository& repository, const QString& reference,
                                                  QString* error);
};

} // namespace tp::cloud
