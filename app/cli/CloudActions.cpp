#include "CloudActions.h"

#include "backup/BackupEngine.h"
#include "cloud/CloudCopies.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tp::cli {

namespace {

// Copies `paths` to the destination, recording each; Success or Failure after saying why.
int uploadAll(cloud::Destination& d, cloud::Repository& repository, const QStringList& paths)
{
    const QLocale locale;
    for (const QString& path : paths) {
        StderrProgress progress(Cli::tr("Copying %1…").arg(QFileInfo(path).fileName()));
        qint64 bytes = 0;
        QString error;
        const bool ok = cloud::CloudCopies::copy(d, repository, path, &progress, &bytes, &error);
        progress.finish();
        if (!ok)
            return failure(error);
        const QString name = QFileInfo(path).fileName();
        out() << (bytes > 0 ? Cli::tr("%1: copied to %2 (%3).")
                                  .arg(name, repository.displayName(), locale.formattedDataSize(bytes))
                            : Cli::tr("%1: already in %2.").arg(name, repository.displayName()))
              << '\n';
        out().flush();
    }
    return Success;
}

} // namespace

int cloudUpload(const CloudCall& c)
{
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    const QString folder
        = c.parser().isSet(c.o.folder) ? c.parser().value(c.o.folder) : backup::BackupEngine::defaultFolder();
    QStringList paths;
    if (c.parser().isSet(c.o.all)) {
        for (const backup::BackupInfo& b : backup::BackupEngine::list(folder)) {
            if (b.problem.isEmpty())
                paths << b.path;
        }
    } else if (c.args.size() == 3) {
        const QString ref = c.args.at(2);
        if (QFileInfo(ref).isFile())
            paths << ref;
        for (const backup::BackupInfo& b : backup::BackupEngine::list(folder)) {
            if (paths.isEmpty() && (b.id == ref || QFileInfo(b.path).fileName() == ref))
                paths << b.path;
        }
        if (paths.isEmpty())
            return failure(
                Cli::tr("There is no backup %1 in %2.").arg(ref, QDir::toNativeSeparators(folder)));
    } else {
        return usageError(Cli::tr("Use: cloud upload NAME ID|FILE|--all"));
    }
    if (paths.isEmpty()) {
        out() << Cli::tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)) << '\n';
        out().flush();
        return Success;
    }
    return uploadAll(o.destination, *o.repository, paths);
}

int uploadQueued(const QString& name)
{
    auto found = cloud::Destinations::find(name);
    if (!found)
        return failure(Cli::tr("There is no destination “%1” (cloud list shows them).").arg(name));
    QString error;
    const auto repository = cloud::openRepository(*found, &error);
    if (!repository)
        return failure(error);
    StderrProgress progress(Cli::tr("Copying to %1…").arg(found->name));
    const bool ok = cloud::CloudCopies::processQueue(*found, *repository, true, &progress, &error);
    progress.finish();
    if (!ok)
        return failure(Cli::tr("The backup was made, but copying it to “%1” failed: %2").arg(name, error));
    out() << Cli::tr("Copied to %1.").arg(repository->displayName()) << '\n';
    out().flush();
    return Success;
}

int copyToDestinations()
{
    StderrProgress progress(Cli::tr("Copying…"));
    const QList<cloud::CopyResult> results = cloud::CloudCopies::copyQueued(&progress);
    progress.finish();
    int code = Success;
    for (const cloud::CopyResult& r : results) {
        if (r.ok)
            out() << Cli::tr("Copied to %1.").arg(r.where) << '\n';
        else
            code = failure(Cli::tr("Copying to “%1” failed: %2").arg(r.destination, r.error));
    }
    out().flush();
    return code;
}

int cloudLs(const CloudCall& c)
{
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    QString error;
    const auto backups = cloud::CloudCopies::list(*o.repository, nullptr, &error);
    if (!backups)
        return failure(error);
    if (c.parser().isSet(c.o.json)) {
        QJsonArray array;
        for (const cloud::RemoteBackup& b : *backups) {
            QJsonObject entry = b.manifest.json();
            entry.insert(QStringLiteral("remote"), b.name);
            entry.insert(QStringLiteral("remote_size"), b.size);
            entry.insert(QStringLiteral("complete"), b.complete);
            if (!b.problem.isEmpty())
                entry.insert(QStringLiteral("problem"), b.problem);
            array.append(entry);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    const QLocale locale;
    for (const cloud::RemoteBackup& b : *backups) {
        const bool good = b.problem.isEmpty() && !b.manifest.isEmpty();
        out() << (good ? b.manifest.id() : QStringLiteral("?")).leftJustified(10)
              << (good ? b.manifest.json().value(QLatin1String("created_at")).toString() : b.problem)
                     .leftJustified(26)
              << locale.formattedDataSize(b.size).rightJustified(12) << "  " << b.name << '\n';
    }
    if (backups->isEmpty())
        out() << Cli::tr("No backups in %1.").arg(o.repository->displayName()) << '\n';
    out().flush();
    return Success;
}

int cloudDownload(const CloudCall& c)
{
    if (c.args.size() != 3 || !c.parser().isSet(c.o.output))
        return usageError(Cli::tr("Use: cloud download NAME REMOTE -o FILE"));
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    const QFileInfo target(c.parser().value(c.o.output));
    if (target.exists())
        return failure(Cli::tr("%1 exists already; choose another file.").arg(target.filePath()));
    StderrProgress progress(Cli::tr("Downloading…"));
    QString error;
    // Into the target's folder under the backup's own name, then renamed: its manifest goes beside it.
    const QString path
        = cloud::CloudCopies::download(*o.repository, c.args.at(2), target.absolutePath(), &progress, &error);
    progress.finish();
    if (path.isEmpty())
        return failure(error);
    if (path != target.absoluteFilePath()
        && (!QFile::rename(path, target.absoluteFilePath())
            || !QFile::rename(backup::BackupManifest::pathFor(path),
                              backup::BackupManifest::pathFor(target.absoluteFilePath()))))
        return failure(Cli::tr("The download could not be named %1.").arg(target.filePath()));
    out() << Cli::tr("Downloaded %1 from %2 and checked it; restore it with: theprogram-cli backup restore "
                     "%3 --yes")
                 .arg(c.args.at(2), o.repository->displayName(), target.filePath())
          << '\n';
    out().flush();
    return Success;
}

int cloudRm(const CloudCall& c)
{
    if (c.args.size() != 3)
        return usageError(Cli::tr("Use: cloud rm NAME REMOTE"));
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    QString error;
    if (!cloud::CloudCopies::remove(*o.repository, c.args.at(2), &error))
        return failure(error);
    out() << Cli::tr("Removed %1 from %2.").arg(c.args.at(2), o.repository->displayName()) << '\n';
    out().flush();
    return Success;
}

int cloudPrune(const CloudCall& c)
{
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    backup::RetentionPolicy policy;
    QString error;
    if (!c.o.keep.read(c.parser(), &policy, &error))
        return usageError(error);
    if (policy.isEmpty())
        policy = o.destination.keep;
    if (policy.isEmpty())
        return usageError(
            Cli::tr("prune needs at least one --keep-… rule (the destination has none of its own)."));
    const bool dryRun = c.parser().isSet(c.o.keep.dryRun);
    const backup::RetentionOutcome outcome
        = cloud::CloudCopies::prune(*o.repository, policy, dryRun, nullptr);
    printRetention(outcome, dryRun);
    if (!dryRun) {
        for (const backup::RetentionDecision& decision : outcome.decisions) {
            if (!decision.keep)
                o.destination.copies.removeAll(decision.backup.path);
        }
        cloud::Destinations::saveState(o.destination);
    }
    return outcome.error.isEmpty() ? Success : failure(outcome.error);
}

} // namespace tp::cli
