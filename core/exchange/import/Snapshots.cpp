#include "db/Snapshot.h"
#include "ImportRun.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace tp::exchange::importer {

namespace {

QString snapshotName()
{
    return Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")) + QStringLiteral(".db");
}

} // namespace

bool takeSnapshot(Run& run, const QString& databasePath)
{
    run.progress->report(0, 0, tp::exchange::Importer::tr("Taking a safety snapshot of the database…"));
    const QString folder = Importer::snapshotFolder(databasePath);
    if (!QDir().mkpath(folder)) {
        run.result.error = tp::exchange::Importer::tr("The folder for safety snapshots cannot be created: %1")
                               .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    files::makeOwnerOnly(folder);
    const QString path = QDir(folder).filePath(snapshotName());
    // The record names the files, so that undo can say which import it undoes.
    QJsonArray inputs;
    for (const QString& input : run.options.inputs)
        inputs.append(QFileInfo(input).fileName());
    QString error;
    if (!db::Snapshot::take(databasePath, path, &error,
                            QJsonObject{ { QStringLiteral("inputs"), inputs } })) {
        run.result.error = tp::exchange::Importer::tr(
                               "The safety snapshot could not be taken, so nothing was imported: %1")
                               .arg(error);
        return false;
    }
    run.result.snapshotPath = path;
    return true;
}

// The last kSnapshotsKept snapshots stay; called once an import is saved.
void pruneSnapshots(const QString& databasePath)
{
    const QStringList all = Importer::snapshots(databasePath);
    for (qsizetype i = Importer::kSnapshotsKept; i < all.size(); ++i)
        db::Snapshot::remove(all.at(i));
    // Records whose snapshot is gone (a kill between writing the record and naming the snapshot).
    const QDir dir(Importer::snapshotFolder(databasePath));
    for (const QString& name : dir.entryList({ QStringLiteral("*.db.json") }, QDir::Files)) {
        if (!QFileInfo::exists(dir.filePath(name.chopped(5))))
            QFile::remove(dir.filePath(name));
    }
}

namespace {

// When a snapshot was taken: from its record, else from its name.
QDateTime takenAt(const QString& snapshotPath, const QJsonObject& record)
{
    if (const auto taken = timestamp::parse(record.value(QLatin1String("taken_at")).toString()))
        return *taken;
    QDateTime named = QDateTime::fromString(QFileInfo(snapshotPath).completeBaseName(),
                                            QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    if (named.isValid())
        named.setTimeZone(QTimeZone::utc());
    return named;
}

} // namespace

} // namespace tp::exchange::importer

namespace tp::exchange {

QString Importer::snapshotFolder(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-import-snapshots"));
}

QStringList Importer::snapshots(const QString& databasePath)
{
    const QDir dir(snapshotFolder(databasePath));
    QStringList names = dir.entryList({ QStringLiteral("*.db") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& n : names)
        n = dir.filePath(n);
    return names;
}

std::optional<PastImport> Importer::lastImport(const QString& databasePath)
{
    const QStringList all = snapshots(databasePath);
    if (all.isEmpty())
        return std::nullopt;
    PastImport past;
    past.snapshotPath = all.first();
    const QJsonObject record = db::Snapshot::record(past.snapshotPath);
    past.takenAt = importer::takenAt(past.snapshotPath, record);
    for (const QJsonValue& v :
         record.value(QLatin1String("note")).toObject().value(QLatin1String("inputs")).toArray())
        past.files << v.toString();
    return past;
}

QStringList Importer::snapshotsTakenBefore(const QString& databasePath, const QDateTime& cutoff)
{
    QStringList out;
    for (const QString& path : snapshots(databasePath)) {
        const QDateTime taken = importer::takenAt(path, db::Snapshot::record(path));
        if (taken.isValid() && taken < cutoff)
            out << path;
    }
    return out;
}

int Importer::removeSnapshots(const QString& databasePath, const QStringList& paths)
{
    const QStringList ours = snapshots(databasePath);
    int removed = 0;
    for (const QString& path : paths) {
        if (!ours.contains(path))
            continue; // only this practice's safety snapshots
        db::Snapshot::remove(path);
        removed += QFileInfo::exists(path) ? 0 : 1;
    }
    return removed;
}

bool Importer::undoLastImport(const QString& databasePath, QString* restoredFrom, QString* error)
{
    const QStringList all = snapshots(databasePath);
    if (all.isEmpty()) {
        *error = tr("There is no import to undo: no safety snapshot was found in %1.")
                     .arg(QDir::toNativeSeparators(snapshotFolder(databasePath)));
        return false;
    }
    const QString snapshot = all.first();
    // What is swapped in must be the snapshot that was taken, of this practice, whole.
    if (!db::Snapshot::check(snapshot, databasePath, error))
        return false;
    if (!db::Snapshot::swapIn(snapshot, databasePath, error))
        return false;
    db::Snapshot::remove(snapshot);
    *restoredFrom = snapshot;
    return true;
}

} // namespace tp::exchange
