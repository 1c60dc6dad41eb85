#include "BackupFolder.h"

#include "crypto/Sha256.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace tp::backup {

std::unique_ptr<QLockFile> lockFolder(const QString& folder, Progress* progress, QString* error)
{
    constexpr int kLockWaitMs = 30 * 60 * 1000;
    const QString lockPath = QDir(folder).filePath(QStringLiteral(".backup.lock"));
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone: a large backup may take long
    QElapsedTimer waited;
    waited.start();
    const QString where = QDir::toNativeSeparators(folder);
    bool said = false;
    while (!files::tryLock(*lock, lockPath, 250)) {
        if (lock->error() != QLockFile::LockFailedError) {
            *error = lock->error() == QLockFile::PermissionError
                ? BackupFolder::tr("The backup folder %1 cannot be written to: it is read-only or you have "
                                   "no permission to write there.")
                      .arg(where)
                : BackupFolder::tr("Nothing can be written in the backup folder %1 (is its disk full?).")
                      .arg(where);
            return nullptr;
        }
        if (!said) {
            progress->report(0, 0,
                             BackupFolder::tr("Waiting for another backup in %1 to finish…").arg(where));
            said = true;
        }
        if (progress->isCanceled() || waited.elapsed() > kLockWaitMs) {
            *error = BackupFolder::tr(
                         "Another backup is being written to %1 right now; try again when it has finished.")
                         .arg(where);
            return nullptr;
        }
    }
    return lock;
}

namespace {

std::unique_ptr<QLockFile> lockFolderOf(const QString& backupPath, Progress* progress, QString* error)
{
    NoProgress none;
    return lockFolder(QFileInfo(backupPath).absolutePath(), progress ? progress : &none, error);
}

} // namespace

QString BackupFolder::newestVerified(const QList<BackupInfo>& backups)
{
    const BackupInfo* newest = nullptr;
    for (const BackupInfo& b : backups) {
        if (b.manifest.isVerified() && (!newest || b.createdAt > newest->createdAt))
            newest = &b;
    }
    return newest ? QFileInfo(newest->path).absoluteFilePath() : QString();
}

bool BackupFolder::setPinned(const QString& backupPath, bool pinned, QString* error, Progress* progress)
{
    const auto lock = lockFolderOf(backupPath, progress, error);
    if (!lock)
        return false;
    const QString manifestPath = BackupManifest::pathFor(backupPath);
    QString problem;
    BackupManifest manifest = BackupManifest::read(manifestPath, &problem);
    if (manifest.isEmpty()) {
        *error = tr("This backup's description cannot be read (%1), so it cannot be pinned.").arg(problem);
        return false;
    }
    manifest.setPinned(pinned);
    return manifest.write(manifestPath, error);
}

bool BackupFolder::remove(const QString& backupPath, QString* error, Progress* progress)
{
    const auto lock = lockFolderOf(backupPath, progress, error);
    if (!lock)
        return false;
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    const QList<BackupInfo> backups = BackupEngine::list(QFileInfo(path).absolutePath());
    if (newestVerified(backups) == path) {
        *error = tr("This is your newest verified backup – the one a restore would need most – so it is "
                    "kept. It can be deleted once a newer backup has been verified.");
        return false;
    }
    for (const BackupInfo& b : backups) {
        if (QFileInfo(b.path).absoluteFilePath() == path && b.manifest.isPinned()) {
            *error = tr("This backup is pinned. Unpin it first if you really want to delete it.");
            return false;
        }
    }
    if (!QFile::remove(path) && QFile::exists(path)) {
        *error = tr("%1 could not be deleted: %2")
                     .arg(QDir::toNativeSeparators(path), QFile(path).errorString());
        return false;
    }
    QFile::remove(BackupManifest::pathFor(path));
    files::syncFolder(QFileInfo(path).absolutePath());
    return true;
}

bool BackupFolder::moveAll(const QString& from, const QString& to, Progress* progress, int* moved,
                           QString* error)
{
    *moved = 0;
    NoProgress none;
    Progress* p = progress ? progress : &none;
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return true;
    if (!QDir().mkpath(to)) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(to));
        return false;
    }
    const auto fromLock = lockFolder(from, p, error);
    const auto toLock = fromLock ? lockFolder(to, p, error) : nullptr;
    if (!toLock)
        return false;
    const QList<BackupInfo> backups = BackupEngine::list(from);
    for (const BackupInfo& b : backups) {
        if (p->isCanceled()) {
            *error = tr("Moving was cancelled: %n backup(s) moved, the rest are where they were.", nullptr,
                        *moved);
            return false;
        }
        p->report(*moved, backups.size(), tr("Moving the backups…"));
        const QString target = QDir(to).filePath(QFileInfo(b.path).fileName());
        if (QFileInfo::exists(target)) {
            *error = tr("%1 is in both folders already; nothing more was moved.")
                         .arg(QFileInfo(target).fileName());
            return false;
        }
        const bool renamed = QFile::rename(b.path, target);
        if (!renamed) {
            NoProgress quiet;
            if (!saveCopy(b.path, target, &quiet, error))
                return false;
            QFile::remove(b.path);
            QFile::remove(b.manifestPath);
        } else if (!QFile::rename(b.manifestPath, BackupManifest::pathFor(target))) {
            QFile::rename(target, b.path); // whole or not at all
            *error = tr("The description of %1 cannot be moved.").arg(QFileInfo(b.path).fileName());
            return false;
        }
        ++*moved;
    }
    files::syncFolder(to);
    files::syncFolder(from);
    return true;
}

bool BackupFolder::saveCopy(const QString& backupPath, const QString& targetPath, Progress* progress,
                            QString* error)
{
    QString problem;
    const BackupManifest manifest = BackupManifest::read(BackupManifest::pathFor(backupPath), &problem);
    if (manifest.isEmpty()) {
        *error = tr("This backup's description cannot be read (%1).").arg(problem);
        return false;
    }
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(backupPath), in.errorString());
        return false;
    }
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(targetPath), out.errorString());
        return false;
    }
    crypto::Sha256 hash;
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            *error
                = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(targetPath), out.errorString());
            return false;
        }
        done += chunk.size();
        if (progress) {
            progress->report(done, total, tr("Copying the backup…"));
            if (progress->isCanceled()) {
                *error = tr("The copy was cancelled; nothing was written.");
                return false;
            }
        }
    }
    if (QString::fromLatin1(hash.result().toHex()) != manifest.sha256Stored()) {
        *error = tr("The backup's bytes do not match its checksum: it is damaged, so no copy was made.");
        return false;
    }
    BackupManifest copy = manifest;
    QJsonObject json = copy.json();
    json.insert(QStringLiteral("file"), QFileInfo(targetPath).fileName());
    if (!BackupManifest(json).write(BackupManifest::pathFor(targetPath), error))
        return false;
    if (!out.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(targetPath), out.errorString());
        QFile::remove(BackupManifest::pathFor(targetPath));
        return false;
    }
    files::makeOwnerOnly(targetPath);
    return true;
}

} // namespace tp::backup
