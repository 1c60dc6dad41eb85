#include "Importer.h"

#include "db/Database.h"
#include "db/Snapshot.h"
#include "db/TableRegistry.h"
#include "import/ImportRun.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tp::exchange {

using db::Column;
using db::Table;
using db::TableRegistry;
using db::WriteStatement;
using model::Severity;
using model::Validator;

QString ImportProblem::place() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? Importer::tr("%1, line %2").arg(file).arg(line) : file);
    if (!table.isEmpty())
        parts << (rowId.isEmpty() ? table : table + QLatin1Char(' ') + rowId);
    if (!field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(", "));
}

QString ImportProblem::placeInWords() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? Importer::tr("%1, line %2").arg(file).arg(line) : file);
    if (!table.isEmpty())
        parts << TableRegistry::displayName(table);
    if (!field.isEmpty())
        parts << (table.isEmpty() ? field : TableRegistry::displayName(table, field));
    return parts.join(QStringLiteral(", "));
}

QString strategyWords(ConflictStrategy strategy)
{
    switch (strategy) {
    case ConflictStrategy::Skip:
        return Importer::tr("Keep existing");
    case ConflictStrategy::Replace:
        return Importer::tr("Replace with incoming");
    case ConflictStrategy::Merge:
        return Importer::tr("Merge (incoming fills in)");
    case ConflictStrategy::Rename:
        return Importer::tr("Import as a new copy");
    }
    return {};
}

int ImportResult::errorCount() const
{
    int n = 0;
    for (const ImportProblem& p : problems)
        n += p.severity == Severity::Error ? 1 : 0;
    return n;
}

int ImportResult::warningCount() const
{
    return int(problems.size()) - errorCount();
}

QString strategyName(ConflictStrategy strategy)
{
    switch (strategy) {
    case ConflictStrategy::Skip:
        return QStringLiteral("skip");
    case ConflictStrategy::Replace:
        return QStringLiteral("replace");
    case ConflictStrategy::Merge:
        return QStringLiteral("merge");
    case ConflictStrategy::Rename:
        return QStringLiteral("rename");
    }
    return {};
}

bool parseStrategy(const QString& text, ConflictStrategy* out)
{
    for (ConflictStrategy s : { ConflictStrategy::Skip, ConflictStrategy::Replace, ConflictStrategy::Merge,
                                ConflictStrategy::Rename }) {
        if (text == strategyName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

using namespace importer;

ImportResult Importer::run(db::Database& database, const ImportOptions& options, Progress* progress)
{
    NoProgress none;
    // A connection of its own: staging tables and VACUUM must not meet the
    // caller's open statements.
    db::OpenFailure failure;
    const auto own = db::Database::openExisting(database.path(), &failure);
    Run run(own ? own->connection() : database.connection(), options, progress ? progress : &none);
    if (!own) {
        run.result.error = failure.message;
        return run.result;
    }
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&](bool ok) {
        dropStaging(run);
        run.result.ok = ok && !run.result.canceled;
        if (run.result.canceled)
            run.result.error = tr("Import cancelled; the database is as it was.");
        run.result.elapsedMs = timer.elapsed();
        if (!run.result.canceled)
            saveReports(run.result, options, database.path());
        return run.result;
    };

    if (options.inputs.isEmpty()) {
        run.result.error = tr("No file to import was given.");
        return finish(false);
    }
    for (const QString& input : options.inputs) {
        if (!QFileInfo::exists(input)) {
            run.result.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(input));
            return finish(false);
        }
    }
    if (options.mode == ImportMode::Restore && !options.restoreConfirmed && !options.dryRun
        && !options.validateOnly) {
        run.result.error = tr(
            "A full restore replaces every client, chart and note in this database; it must be confirmed.");
        return finish(false);
    }

    run.direct = canImportDirectly(run);
    if (run.direct) {
        const DirectOutcome outcome = importDirectly(run, database.path());
        if (outcome != DirectOutcome::TablesNoLongerEmpty)
            return finish(outcome == DirectOutcome::Imported);
        run.startOver();
    }

    // 1. Read and check everything; only TEMP tables change.
    if (!createStaging(run) || !run.db.transaction())
        return finish(false);
    const bool staged = stageInputs(run) && checkReferences(run);
    run.db.commit();
    if (!staged) {
        if (run.result.error.isEmpty())
            run.result.error = tr("The input could not be read.");
        return finish(false);
    }
    const int errors = run.result.errorCount();
    if (errors > 0 && !options.partial) {
        run.result.error = tr("%n problem(s) found; nothing was imported. Correct the file, or import the "
                              "valid rows only (partial).",
                              nullptr, errors);
        if (!options.validateOnly)
            return finish(false);
    }
    if (options.validateOnly)
        return finish(errors == 0);

    // 2. A safety snapshot, then one transaction.
    if (!options.dryRun && !takeSnapshot(run, database.path()))
        return finish(false);
    if (!run.db.transaction()) {
        run.result.error = run.db.lastError().text();
        return finish(false);
    }
    const bool applied = applyStaged(run);
    if (!applied || options.dryRun) {
        // Nothing was imported: the snapshot would undo nothing, and must not pass for the last import.
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        if (!applied) {
            if (!run.result.canceled)
                run.result.error
                    = tr("The import failed and was undone completely: %1").arg(run.result.error);
            return finish(false);
        }
        return finish(true);
    }
    if (!run.db.commit()) {
        run.result.error = tr("The import could not be saved: %1").arg(run.db.lastError().text());
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        return finish(false);
    }
    pruneSnapshots(database.path());
    return finish(true);
}

} // namespace tp::exchange
