#pragma once

#include "BackupManifest.h"
#include "crypto/BackupCipher.h"
#include "exchange/ImportOptions.h"
#include "formats/GzipDevice.h"
#include "model/PracticeStore.h"
#include "util/Progress.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace tp::db {
class Database;
}

namespace tp::backup {

struct BackupOptions
{
    QString databasePath;
    QString folder; // empty: BackupEngine::defaultFolder()
    bool compress = true;
    formats::CompressionLevel level = formats::CompressionLevel::Default;
    std::optional<crypto::KeySource> key; // encrypt when set
    QString label;
    QString kind = QStringLiteral("manual"); // manual, scheduled, pre-import, pre-restore
    bool pinned = false;
    // Commands run before and after the backup (with a timeout); a failing
    // pre-hook stops the backup. The post-hook gets THEPROGRAM_BACKUP_FILE.
    QString preHook;
    QString postHook;
    int hookTimeoutMs = 60000;
};

struct BackupInfo
{
    QString id;
    QString path; // the backup file
    QString manifestPath; // its sidecar manifest
    BackupManifest manifest; // empty when unreadable
    QDateTime createdAt; // from the manifest (UTC)
    QString problem; // why the manifest is unknown or damaged
};

struct BackupResult
{
    bool ok = false;
    QString error;
    QStringList warnings; // e.g. a failed post-hook
    BackupInfo info;
    qint64 elapsedMs = 0;
    QString safetyBackupPath; // restore: the pre-restore backup of what was there, which undoes it
};

// Consistent, compressed, optionally encrypted backups of the practice
// database with a JSON manifest beside each (docs/BACKUP_FORMAT.md):
// VACUUM INTO snapshot → gzip → AES-256-GCM STREAM → QSaveFile, SHA-256 of
// the plain and the stored bytes computed on the way; every backup is
// verified right after it is made.
class BackupEngine
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::BackupEngine)

public:
    static QString defaultFolder();

    static BackupResult create(const BackupOptions& options, Progress* progress = nullptr);

    // Recomputes the stored SHA-256, decrypts (authenticating every
    // segment), decompresses into a temporary file, runs PRAGMA
    // integrity_check and compares row counts with the manifest; writes
    // the outcome (verified_at, integrity_check) back into the manifest.
    static BackupResult verify(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                               Progress* progress = nullptr);

    // Every backup in the folder, oldest first by the manifests' created_at;
    // a backup file without a readable manifest is listed with a problem.
    static QList<BackupInfo> list(const QString& folder);
    // Whether `path` is a backup (rather than an export): its manifest lies beside it, or it
    // begins as an encrypted container or as The Program's block gzip does (BACKUP_FORMAT.md).
    static bool isBackupFile(const QString& path);

    // Full restore: verify the backup → take a safety backup of the current
    // database (kind pre-restore, same folder and key) → decrypt and
    // decompress next to the database → integrity check → fold the current
    // write-ahead log in → swap the file atomically (stale -wal/-shm
    // removed) → reopen, migrating an older schema. No connection may hold
    // the database open meanwhile. A kill at any point leaves the old
    // database or the new one.
    // `safetyOptions` may name the safety backup's folder and key (default:
    // the backup's folder and key), compression and hooks.
    static BackupResult restore(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                                const QString& databasePath, Progress* progress = nullptr,
                                const BackupOptions& safetyOptions = {});

    // Selective restore: the chosen clients (with everything under them) of
    // a backup go back in through the import engine, with its conflict
    // handling (`options` gives strategy, key, dry run …; inputs are filled).
    static exchange::ImportResult restoreClients(const QString& backupPath,
                                                 const std::optional<crypto::KeySource>& key,
                                                 db::Database& database, const QStringList& clientIds,
                                                 exchange::ImportOptions options,
                                                 Progress* progress = nullptr);
    // The same for charts: each with its interpretations, patterns and
    // transits, and the birth data and client it belongs to.
    static exchange::ImportResult restoreCharts(const QString& backupPath,
                                                const std::optional<crypto::KeySource>& key,
                                                db::Database& database, const QStringList& chartIds,
                                                exchange::ImportOptions options,
                                                Progress* progress = nullptr);

    // The clients in a backup (unpacked into a temporary folder beside
    // `workFolder`'s files), for choosing which to restore; none and why
    // when it cannot be read.
    static std::optional<QList<model::ClientSummary>> clientsOf(const QString& backupPath,
                                                                const std::optional<crypto::KeySource>& key,
                                                                const QString& workFolder, QString* error);

    // Writes the backup out as a plain SQLite database.
    static bool decrypt(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                        const QString& outputPath, QString* error);

    static QString manifestPathFor(const QString& backupPath);

private:
    // Streams the stored file back to the plain database bytes into `out`.
    static bool restorePlain(const QString& backupPath, const BackupManifest& manifest,
                             const std::optional<crypto::KeySource>& key, QIODevice* out, QString* error);
    // verify() for a caller that holds the folder's lock.
    static BackupResult verifyLocked(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                                     Progress* progress);
};

} // namespace tp::backup
