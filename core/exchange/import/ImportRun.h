#pragma once

// The parts of one import (Importer::run) and what they share. Internal to
// core/exchange: the reading pipe (Staging.cpp), the links (References.cpp),
// the staged way with its conflict matching (StagedApply.cpp), the direct way
// into empty tables (DirectImport.cpp), safety snapshots (Snapshots.cpp) and
// reports (Reports.cpp).

#include "db/TableRegistry.h"
#include "db/WriteStatement.h"
#include "exchange/Importer.h"
#include "model/Validation.h"
#include "PlaceLog.h"
#include "util/Progress.h"

#include <memory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tp::exchange::importer {

using db::Column;
using db::Table;
using db::TableRegistry;
using db::WriteStatement;
using model::Severity;
using model::Validator;

// The staging table of `table` (in TEMP).
inline QString stage(const QString& table)
{
    return QStringLiteral("temp.stage_") + table;
}

inline bool isEmptyValue(const QVariant& v)
{
    return Validator::isEmpty(v);
}

// The table's position in the registry.
int tableIndex(const Table& t);

// One run's state.
// What one attempt at an import gathers; a fresh one when the attempt starts over.
struct Attempt
{
    ImportResult result;
    QHash<QString, QString> remap; // incoming id -> a different id in the database
    QSet<QString> remappedTables; // tables some of whose ids were remapped
    // Direct: every table the rows go to is empty, so nothing can conflict and
    // the rows are written straight into them, inside the import's one
    // transaction, instead of being staged first (see importDirectly).
    bool direct = false;
    bool cleared = false; // a restore's DELETEs are done
    QString writeFailure; // the first row the database refused, with its place
    std::unique_ptr<PlaceLog> places; // direct: where each row came from
    struct Duplicate
    {
        const Table* table;
        QString id;
        QString file;
        qint64 line;
    };
    QList<Duplicate> duplicates; // direct: rows whose id was already written
    QHash<QString, qint64> directInserted;
    QHash<QString, QString> clientNames; // conflicts: client id -> name, read once per client
};

struct Run : Attempt
{
    QSqlDatabase db;
    const ImportOptions& options;
    Progress* progress;

    Run(QSqlDatabase d, const ImportOptions& o, Progress* p)
        : db(std::move(d))
        , options(o)
        , progress(p)
    {
        result.dryRun = o.dryRun;
    }

    // After a direct import found the tables no longer empty: nothing of it counts.
    void startOver()
    {
        static_cast<Attempt&>(*this) = Attempt();
        result.dryRun = options.dryRun;
    }

    void problem(Severity s, const QString& file, qint64 line, const QString& table, const QString& id,
                 const QString& field, const QString& message)
    {
        if (result.problems.size() < 10000)
            result.problems << ImportProblem{ s, file, line, table, id, field, message };
    }

    bool exec(const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            result.error = q.lastError().text();
            return false;
        }
        return true;
    }

    ConflictStrategy strategyFor(const QString& table, const QString& id) const
    {
        const QString rowKey = table + QLatin1Char('/') + id;
        if (options.rowStrategies.contains(rowKey))
            return options.rowStrategies.value(rowKey);
        return options.tableStrategies.value(table, options.strategy);
    }
};

// Staging.cpp: the staging tables and the reading pipe.
bool createStaging(Run& run);
void dropStaging(Run& run);
bool stageInputs(Run& run);

// References.cpp: duplicate ids and links that lead nowhere.
void reportDanglingLink(Run& run, bool parentBad, const QString& file, qint64 line, const QString& table,
                        const QString& id, const Column& fk, const QString& target);
bool checkReferences(Run& run);
bool checkDirectReferences(Run& run);

// StagedApply.cpp: staged rows into the database, conflict by conflict.
bool applyStaged(Run& run);

// ConflictDetails.cpp: fills in what differs between the incoming row of
// `conflict` and the database row `existingId`, the row's label and its
// client. True when nothing differs (timestamps aside): no conflict at all.
bool describeConflict(Run& run, const Table& t, const QString& existingId, ImportConflict* conflict);

// DirectImport.cpp: rows straight into empty tables.
bool tablesAreEmpty(Run& run);
bool canImportDirectly(Run& run);
enum class DirectOutcome { Imported, Failed, TablesNoLongerEmpty };
DirectOutcome importDirectly(Run& run, const QString& databasePath);

// Snapshots.cpp: the safety snapshot before an import.
bool takeSnapshot(Run& run, const QString& databasePath);
void pruneSnapshots(const QString& databasePath);

// Reports.cpp: the report files of an import.
void saveReports(ImportResult& result, const ImportOptions& options, const QString& databasePath);

} // namespace tp::exchange::importer
