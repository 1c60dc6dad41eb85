#include "db/Snapshot.h"
#include "ImportRun.h"

#include <QDir>

namespace tp::exchange::importer {

// True when the rows can be written straight into their tables: all of them
// are empty (or a restore empties them), rows are matched by id, and
// neither partial import nor per-row decisions are asked for.
bool canImportDirectly(Run& run)
{
    const ImportOptions& o = run.options;
    if (o.partial || o.validateOnly || o.key != ConflictKey::Id || !o.rowStrategies.isEmpty())
        return false;
    if (o.mode == ImportMode::Restore)
        return true;
    return tablesAreEmpty(run);
}

bool tablesAreEmpty(Run& run)
{
    for (const Table& t : TableRegistry::instance().tables()) {
        if (t.singleRow)
            continue;
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1)").arg(t.name)) || !q.next()
            || q.value(0).toBool())
            return false;
    }
    return true;
}

// Rows written as they are read, in one transaction that is rolled back on
// any problem, on cancel, or for a dry run. The safety snapshot comes first
// (and goes again if nothing is imported). The transaction takes the write
// lock from the start, so nobody adds rows meanwhile: other writers wait.
DirectOutcome importDirectly(Run& run, const QString& databasePath)
{
    if (!run.options.dryRun && !takeSnapshot(run, databasePath))
        return DirectOutcome::Failed;
    const auto undo = [&]() {
        // Only when the rollback surely happened does the snapshot go: it may be what undoes this.
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        return DirectOutcome::Failed;
    };
    run.places = std::make_unique<PlaceLog>();
    if (!run.places->open()) {
        run.result.error = tp::exchange::Importer::tr("A temporary file cannot be created in %1.")
                               .arg(QDir::toNativeSeparators(QDir::tempPath()));
        return undo();
    }
    if (!createStaging(run) || !run.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return undo();
    if (run.options.mode != ImportMode::Restore && !tablesAreEmpty(run)) {
        undo(); // someone added rows since the import was planned: it goes the staged way
        run.result.error.clear();
        return DirectOutcome::TablesNoLongerEmpty;
    }
    if (!run.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return undo();
    if (run.options.mode == ImportMode::Restore) {
        const QList<Table>& tables = TableRegistry::instance().tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!it->singleRow && !run.exec(QStringLiteral("DELETE FROM main.") + it->name))
                return undo();
        }
        run.cleared = true;
    }
    if (!stageInputs(run) || !checkDirectReferences(run)) {
        if (run.result.error.isEmpty())
            run.result.error = tp::exchange::Importer::tr("The input could not be read.");
        return undo();
    }
    if (const int errors = run.result.errorCount(); errors > 0) {
        run.result.error = run.writeFailure.isEmpty()
            ? tp::exchange::Importer::tr(
                "%n problem(s) found; nothing was imported. Correct the file, or import the valid "
                "rows only (partial).",
                nullptr, errors)
            : tp::exchange::Importer::tr("The import failed and was undone completely: %1")
                  .arg(run.writeFailure);
        return undo();
    }
    // What was staged (single-row tables: the preferences) goes through the usual conflict handling.
    if (!applyStaged(run)) {
        if (!run.result.canceled)
            run.result.error = tp::exchange::Importer::tr("The import failed and was undone completely: %1")
                                   .arg(run.result.error);
        return undo();
    }
    for (auto it = run.directInserted.cbegin(); it != run.directInserted.cend(); ++it)
        run.result.counts[it.key()].inserted += it.value();
    if (run.progress->isCanceled()) {
        run.result.canceled = true;
        return undo();
    }
    if (run.options.dryRun) {
        run.db.rollback();
        return DirectOutcome::Imported;
    }
    if (!run.db.commit()) {
        run.result.error
            = tp::exchange::Importer::tr("The import could not be saved: %1").arg(run.db.lastError().text());
        return undo();
    }
    pruneSnapshots(databasePath);
    return DirectOutcome::Imported;
}

} // namespace tp::exchange::importer
