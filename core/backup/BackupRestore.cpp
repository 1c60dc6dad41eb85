#include "BackupEngine.h"
#include "db/Database.h"
#include "db/Snapshot.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

// Restoring from a backup: the whole practice, chosen clients or charts,
// or the plain database written out (the rest of BackupEngine is in
// BackupEngine.cpp).

namespace tp::backup {

BackupResult BackupEngine::restore(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                                   const QString& databasePath, Progress* progress,
                                   const BackupOptions& safetyOptions)
{
    QElapsedTimer timer;
    timer.start();
    BackupResult result = verify(backupPath, key, progress);
    if (!result.ok) {
        result.error = tr("The backup was not restored: %1").arg(result.error);
        return result;
    }
    // A safety backup of what is there now, so the restore itself can be undone.
    BackupOptions safety = safetyOptions;
    safety.databasePath = databasePath;
    if (safety.folder.isEmpty())
        safety.folder = QFileInfo(backupPath).absolutePath();
    if (!safety.key)
        safety.key = key;
    safety.kind = QStringLiteral("pre-restore");
    safety.label = tr("before restoring %1").arg(result.info.id);
    const BackupResult before = create(safety, progress);
    if (!before.ok) {
        result.ok = false;
        result.error
            = tr("The safety backup before restoring failed, so nothing was restored: %1").arg(before.error);
        return result;
    }
    {
        // What a killed restore of an earlier version left.
        const QFileInfo target(databasePath);
        for (const QString& name : target.dir().entryList(
                 { target.fileName() + QStringLiteral(".restoring*") }, QDir::Files | QDir::Hidden))
            QFile::remove(target.dir().filePath(name));
    }
    files::TempFolder work(QFileInfo(databasePath).absolutePath(), QStringLiteral("restore"));
    if (!work.isValid()) {
        result.ok = false;
        result.error = tr("The backup could not be unpacked: %1").arg(work.errorString());
        return result;
    }
    const QString temp = work.filePath(QStringLiteral("restored.db"));
    QString error;
    if (!decrypt(backupPath, key, temp, &error)) {
        QFile::remove(temp);
        result.ok = false;
        result.error = tr("The backup could not be unpacked: %1").arg(error);
        return result;
    }
    // What is swapped in is checked once more, as it lies on the disk.
    const db::FileCheck unpacked = db::Snapshot::inspect(temp);
    if (!unpacked.ok() || unpacked.counts != result.info.manifest.rowCounts()) {
        QFile::remove(temp);
        result.ok = false;
        result.error = tr("The unpacked backup is not what was verified (%1), so nothing was restored. Your "
                          "practice is unchanged.")
                           .arg(unpacked.ok() ? tr("its rows differ from the manifest") : unpacked.integrity);
        return result;
    }
    if (!db::Snapshot::install(temp, databasePath, &error)) {
        result.ok = false;
        result.error = error;
        return result;
    }
    {
        db::OpenFailure failure;
        if (!db::Database::openExisting(databasePath, &failure)) {
            result.ok = false;
            result.error = tr("The restored database cannot be opened: %1").arg(failure.message);
            return result;
        }
    }
    result.safetyBackupPath = before.info.path;
    result.elapsedMs = timer.elapsed();
    return result;
}

std::optional<QList<model::ClientSummary>>
BackupEngine::clientsOf(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                        const QString& workFolder, QString* error)
{
    files::TempFolder work(workFolder, QStringLiteral("backup-clients"));
    if (!work.isValid()) {
        *error = work.errorString();
        return std::nullopt;
    }
    const QString plain = work.filePath(QStringLiteral("backup.db"));
    if (!decrypt(backupPath, key, plain, error))
        return std::nullopt;
    db::OpenFailure failure;
    auto database = db::Database::openExisting(plain, &failure);
    if (!database) {
        *error = failure.message;
        return std::nullopt;
    }
    return model::PracticeStore(database->connection()).clientSummaries();
}

namespace {

// Selective restore: the rows of `scope` and `ids`, exported from the
// unpacked backup, then imported with the import engine's conflict handling.
exchange::ImportResult restoreSelection(const QString& backupPath,
                                        const std::optional<crypto::KeySource>& key, db::Database& database,
                                        exchange::ExportScope scope, const QStringList& ids,
                                        exchange::ImportOptions options, Progress* progress)
{
    exchange::ImportResult result;
    files::TempFolder work(QFileInfo(database.path()).absolutePath(), QStringLiteral("selective-restore"));
    if (!work.isValid()) {
        result.error = work.errorString();
        return result;
    }
    const QString plain = work.filePath(QStringLiteral("backup.db"));
    QString error;
    if (!BackupEngine::decrypt(backupPath, key, plain, &error)) {
        result.error = tp::backup::BackupEngine::tr("The backup could not be unpacked: %1").arg(error);
        return result;
    }
    const QString json = work.filePath(QStringLiteral("selection.json"));
    {
        db::OpenFailure failure;
        auto from = db::Database::openExisting(plain, &failure);
        if (!from) {
            result.error = failure.message;
            return result;
        }
        exchange::ExportOptions e;
        e.scope = scope;
        e.ids = ids;
        e.ids.removeDuplicates();
        e.outputPath = json;
        e.verify = false;
        const exchange::ExportResult exported = exchange::Exporter::run(from->connection(), e);
        if (!exported.ok) {
            result.error = tp::backup::BackupEngine::tr("Nothing was restored from this backup: %1")
                               .arg(exported.error);
            return result;
        }
        const QString table
            = scope == exchange::ExportScope::Chart ? QStringLiteral("charts") : QStringLiteral("clients");
        if (exported.counts.value(table) < e.ids.size()) {
            result.error = scope == exchange::ExportScope::Chart
                ? tp::backup::BackupEngine::tr(
                    "%n of the chosen charts are not in this backup; nothing was restored.", nullptr,
                    int(e.ids.size() - exported.counts.value(table)))
                : tp::backup::BackupEngine::tr(
                    "%n of the chosen clients are not in this backup; nothing was restored.", nullptr,
                    int(e.ids.size() - exported.counts.value(table)));
            return result;
        }
    }
    options.inputs = { json };
    options.mode = exchange::ImportMode::Merge;
    return exchange::Importer::run(database, options, progress);
}

} // namespace

exchange::ImportResult BackupEngine::restoreClients(const QString& backupPath,
                                                    const std::optional<crypto::KeySource>& key,
                                                    db::Database& database, const QStringList& clientIds,
                                                    exchange::ImportOptions options, Progress* progress)
{
    return restoreSelection(backupPath, key, database, exchange::ExportScope::Client, clientIds,
                            std::move(options), progress);
}

exchange::ImportResult BackupEngine::restoreCharts(const QString& backupPath,
                                                   const std::optional<crypto::KeySource>& key,
                                                   db::Database& database, const QStringList& chartIds,
                                                   exchange::ImportOptions options, Progress* progress)
{
    return restoreSelection(backupPath, key, database, exchange::ExportScope::Chart, chartIds,
                            std::move(options), progress);
}

bool BackupEngine::decrypt(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                           const QString& outputPath, QString* error)
{
    QString problem;
    const BackupManifest manifest = BackupManifest::read(manifestPathFor(backupPath), &problem);
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = files::writeFailure(outputPath, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!restorePlain(backupPath, manifest, key, &out, error)) {
        if (out.error() != QFileDevice::NoError)
            *error = files::writeFailure(outputPath, *error);
        out.cancelWriting();
        return false;
    }
    if (!out.flush() || !out.commit()) {
        *error = files::writeFailure(outputPath, out.errorString());
        out.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tp::backup
