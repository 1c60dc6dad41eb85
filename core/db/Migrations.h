#pragma once

#include <functional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tp::db {

// One ordered, transactional step from schema version `fromVersion` to
// `fromVersion + 1`. Steps only add to the schema; they never rename or drop
// what an earlier version (or the earlier SQLite edition) relies on.
struct MigrationStep
{
    int fromVersion = 0;
    QString description;
    // Runs inside the step's transaction; returns false and sets *error to fail it.
    std::function<bool(QSqlDatabase& db, QString* error)> apply;
};

struct MigrationResult
{
    bool ok = true;
    int fromVersion = 0;
    int toVersion = 0;
    QString error;
};

// The product's migration steps, in order. Schema version 1 is the first; a
// new version appends its step here and raises TableRegistry::kSchemaVersion.
const QList<MigrationStep>& productMigrations();

// Brings the database from its app_config.database_version up to
// targetVersion, one transaction per step: a failing step rolls back to the
// version before it and stops.
MigrationResult migrate(QSqlDatabase& db, const QList<MigrationStep>& steps, int targetVersion);

int readSchemaVersion(QSqlDatabase& db, bool* ok = nullptr);

} // namespace tp::db
