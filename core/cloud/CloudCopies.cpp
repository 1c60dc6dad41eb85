#include "CloudCopies.h"

#include "backup/BackupManifest.h"
#include "crypto/Sha256.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tp::cloud {

namespace {

const QString kManifestSuffix = QStringLiteral(".manifest.json");

bool isBackupFile(const QString& name)
{
    return name.startsWith(QLatin1String("TheProgram_"))
        && (name.endsWith(QLatin1String(".db")) || name.endsWith(QLatin1String(".db.gz"))
            || name.endsWith(QLatin1String(".encrypted")));
}

// A manifest fetched from the store into a private temporary folder.
backup::BackupManifest fetchManifest(Repository& repository, const QString& name, QString* problem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QString error;
    if (!repository.get(name, path, nullptr, &error)) {
        *problem = error;
        return {};
    }
    return backup::BackupManifest::read(path, problem);
}

} // namespace

bool CloudCopies::upload(Repository& repository, const QString& backupPath, Progress* progress, qint64* bytes,
                         QString* error)
{
    *bytes = 0;
    QString problem;
    const QString manifestPath = backup::BackupManifest::pathFor(backupPath);
    const backup::BackupManifest manifest = backup::BackupManifest::read(manifestPath, &problem);
    if (manifest.isEmpty()) {
        *error = tr("%1 cannot be copied: its manifest cannot be read (%2).")
                     .arg(QDir::toNativeSeparators(backupPath), problem);
        return false;
    }
    const QString name = QFileInfo(backupPath).fileName();
    const qint64 size = QFileInfo(backupPath).size();
    QList<RemoteFile> there;
    if (!repository.list(&there, progress, error))
        return false;
    bool fileThere = false, manifestThere = false;
    for (const RemoteFile& f : there) {
        fileThere = fileThere || (f.name == name && f.size == size);
        manifestThere = manifestThere || f.name == name + kManifestSuffix;
    }
    if (fileThere && manifestThere)
        return true; // already copied: never twice
    if (!fileThere) {
        if (!repository.put(backupPath, name, manifest.sha256Stored(), progress, error))
            return false;
        *bytes += size;
    }
    if (!repository.put(manifestPath, name + kManifestSuffix, {}, progress, error))
        return false;
    *bytes += QFileInfo(manifestPath).size();
    return true;
}

std::optional<QList<RemoteBackup>> CloudCopies::list(Repository& repository, Progress* progress,
                                                     QString* error)
{
    QList<RemoteFile> files;
    if (!repository.list(&files, progress, error))
        return std::nullopt;
    return backupsIn(repository, files, progress, error);
}

std::optional<QList<RemoteBackup>> CloudCopies::backupsIn(Repository& repository,
                                                          const QList<RemoteFile>& files, Progress* progress,
                                                          QString* error)
{
    QSet<QString> names;
    for (const RemoteFile& f : files)
        names.insert(f.name);
    QList<RemoteBackup> out;
    for (const RemoteFile& f : files) {
        if (!isBackupFile(f.name))
            continue;
        if (progress && progress->isCanceled()) {
            *error = tr("Cancelled.");
            return std::nullopt;
        }
        RemoteBackup b;
        b.name = f.name;
        b.size = f.size;
        b.complete = names.contains(f.name + kManifestSuffix);
        if (b.complete)
            b.manifest = fetchManifest(repository, f.name + kManifestSuffix, &b.problem);
        else
            b.problem = tr("its upload did not finish (no manifest)");
        out << b;
    }
    std::stable_sort(out.begin(), out.end(), [](const RemoteBackup& a, const RemoteBackup& b) {
        return a.manifest.createdAt() < b.manifest.createdAt();
    });
    return out;
}

std::optional<RemoteBackup> CloudCopies::findRemote(Repository& repository, const QString& reference,
                                                    QString* error)
{
    const auto all = list(repository, nullptr, error);
    if (!all)
        return std::nullopt;
    for (const RemoteBackup& b : *all) {
        if (b.name == reference || (!b.manifest.isEmpty() && b.manifest.id() == reference))
            return b;
    }
    *error = tr("There is no backup “%1” in %2.").arg(reference, repository.displayName());
    return std::nullopt;
}

QString CloudCopies::download(Repository& repository, const QString& reference, const QString& folder,
                              Progress* progress, QString* error)
{
    const auto found = findRemote(repository, reference, error);
    if (!found)
        return {};
    if (!found->complete || found->manifest.isEmpty()) {
        *error = tr("The backup %1 in %2 cannot be restored: %3.")
                     .arg(found->name, repository.displayName(), found->problem);
        return {};
    }
    if (!QDir().mkpath(folder)) {
        *error = files::writeFailure(folder, tr("the folder cannot be made"));
        return {};
    }
    const QString path = QDir(folder).filePath(found->name);
    if (!repository.get(found->name, path, progress, error))
        return {};
    // The store checked what it could; the manifest's hash is the final word.
    QFile file(path);
    crypto::Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)
        || QString::fromLatin1(hash.hexResult()) != found->manifest.sha256Stored()) {
        file.close();
        QFile::remove(path);
        *error
            = tr("The backup %1 downloaded from %2 does not match its manifest's checksum; it was not kept.")
                  .arg(found->name, repository.displayName());
        return {};
    }
    if (!found->manifest.write(backup::BackupManifest::pathFor(path), error)) {
        QFile::remove(path);
        return {};
    }
    return path;
}

bool CloudCopies::remove(Repository& repository, const QString& reference, QString* error)
{
    const auto found = findRemote(repository, reference, error);
    return found && repository.remove(found->name, error)
        && repository.remove(found->name + kManifestSuffix, error);
}

backup::RetentionOutcome CloudCopies::prune(Repository& repository, const backup::RetentionPolicy& policy,
                                            bool dryRun, Progress* progress)
{
    backup::RetentionOutcome outcome;
    const auto lock = repository.lock(progress, &outcome.error);
    if (!lock)
        return outcome;
    QList<RemoteFile> files;
    if (!repository.list(&files, progress, &outcome.error))
        return outcome;
    const auto remote = backupsIn(repository, files, progress, &outcome.error);
    if (!remote)
        return outcome;
    QList<backup::BackupInfo> infos;
    for (const RemoteBackup& b : *remote) {
        backup::BackupInfo info;
        info.path = b.name;
        info.manifestPath = b.name + kManifestSuffix;
        info.manifest = b.manifest;
        info.id = b.manifest.id();
        info.createdAt = b.manifest.createdAt();
        info.problem = b.problem;
        infos << info;
    }
    outcome.decisions = backup::decideRetention(infos, policy);
    if (dryRun)
        return outcome;
    for (const backup::RetentionDecision& d : std::as_const(outcome.decisions)) {
        if (d.keep)
            continue;
        // The file first: a manifest left alone is an orphan, removed below or next time.
        if (!repository.remove(d.backup.path, &outcome.error)
            || !repository.remove(d.backup.manifestPath, &outcome.error))
            return outcome;
        ++outcome.removed;
    }
    QSet<QString> names;
    for (const RemoteFile& f : files)
        names.insert(f.name);
    for (const RemoteFile& f : files) {
        if (f.name.endsWith(kManifestSuffix) && isBackupFile(f.name.chopped(kManifestSuffix.size()))
            && !names.contains(f.name.chopped(kManifestSuffix.size()))
            && !repository.remove(f.name, &outcome.error))
            return outcome;
    }
    return outcome;
}

bool CloudCopies::copy(Destination& d, Repository& repository, const QString& backupPath, Progress* progress,
                       qint64* bytes, QString* error)
{
    if (!upload(repository, backupPath, progress, bytes, error)) {
        d.lastError = *error;
        d.reconnect = repository.needsReconnect();
        Destinations::saveState(d);
        return false;
    }
    d.reconnect = false;
    const QString name = QFileInfo(backupPath).fileName();
    if (!d.copies.contains(name))
        d.copies << name;
    d.queue.removeAll(QFileInfo(backupPath).absoluteFilePath());
    d.lastError.clear();
    if (*bytes > 0) { // else it was there already
        d.lastUpload = QDateTime::currentDateTimeUtc();
        d.lastBytes = *bytes;
    }
    Destinations::saveState(d);
    return true;
}

void CloudCopies::enqueue(const QString& backupPath)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    for (Destination d : Destinations::load()) {
        if (!d.enabled || d.queue.contains(path))
            continue;
        d.queue << path;
        Destinations::saveState(d);
    }
}

bool CloudCopies::processQueue(Destination& d, Repository& repository, bool force, Progress* progress,
                               QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (d.queue.isEmpty() || (!force && !d.isDue(now)))
        return true;
    const QStringList queued = d.queue; // oldest first; copy() takes each off
    for (const QString& path : queued) {
        if (!QFileInfo::exists(path)) {
            d.queue.removeAll(path); // removed locally (retention, the user) before it was copied
            Destinations::saveState(d);
            continue;
        }
        qint64 bytes = 0;
        if (!copy(d, repository, path, progress, &bytes, error))
            return false;
    }
    if (d.keep.isEmpty())
        return true;
    const backup::RetentionOutcome pruned = prune(repository, d.keep, false, progress);
    if (!pruned.error.isEmpty()) {
        *error = d.lastError = pruned.error;
        Destinations::saveState(d);
        return false;
    }
    for (const backup::RetentionDecision& decision : pruned.decisions) {
        if (!decision.keep)
            d.copies.removeAll(decision.backup.path);
    }
    Destinations::saveState(d);
    return true;
}

QList<CopyResult> CloudCopies::copyQueued(Progress* progress)
{
    QList<CopyResult> results;
    for (Destination d : Destinations::load()) {
        if (!d.enabled || d.queue.isEmpty() || !d.isDue(QDateTime::currentDateTimeUtc()))
            continue;
        if (progress && progress->isCanceled())
            break;
        CopyResult r;
        r.destination = d.name;
        r.where = d.describe();
        const auto repository = openRepository(d, &r.error);
        if (progress)
            progress->report(0, 0, tr("Copying to %1…").arg(d.describe()));
        r.ok = repository && processQueue(d, *repository, false, progress, &r.error);
        if (!repository) {
            d.lastError = r.error;
            Destinations::saveState(d);
        }
        results << r;
    }
    return results;
}

} // namespace tp::cloud
