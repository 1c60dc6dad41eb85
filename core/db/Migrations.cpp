#include "Migrations.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>

Q_LOGGING_CATEGORY(lcMigrations, "theprogram.db.migrations", QtInfoMsg)

namespace tp::db {

const QList<MigrationStep>& productMigrations()
{
    static const QList<MigrationStep> steps;
    return steps;
}

int readSchemaVersion(QSqlDatabase& db, bool* ok)
{
    QSqlQuery q(db);
    // The earlier edition may store app_config.id as the text '1': read the
    // single row without filtering on it.
    const bool found = q.exec(QStringLiteral("SELECT database_version FROM app_config LIMIT 1")) && q.next();
    if (ok)
        *ok = found;
    return found ? q.value(0).toInt() : 0;
}

MigrationResult migrate(QSqlDatabase& db, const QList<MigrationStep>& steps, int targetVersion)
{
    MigrationResult result;
    bool ok = false;
    int version = readSchemaVersion(db, &ok);
    result.fromVersion = version;
    result.toVersion = version;
    if (!ok) {
        result.ok = false;
        result.error
            = QCoreApplication::translate("tp::db::Migrations", "The schema version could not be read.");
        return result;
    }
    while (version < targetVersion) {
        const MigrationStep* step = nullptr;
        for (const MigrationStep& s : steps) {
            if (s.fromVersion == version)
                step = &s;
        }
        if (!step) {
            result.ok = false;
            result.error = QCoreApplication::translate(
                               "tp::db::Migrations", "No migration step leads from schema version %1 to %2.")
                               .arg(version)
                               .arg(version + 1);
            return result;
        }
        qCInfo(lcMigrations) << "migrating schema" << version << "->" << version + 1 << step->description;
        if (!db.transaction()) {
            result.ok = false;
            result.error = db.lastError().text();
            return result;
        }
        QString error;
        bool stepOk = step->apply(db, &error);
        if (stepOk) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE app_config SET database_version = ?, updated_at = ?"));
            q.addBindValue(version + 1);
            q.addBindValue(timestamp::now());
            stepOk = q.exec();
            if (!stepOk)
                error = q.lastError().text();
        }
        if (!stepOk || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            result.ok = false;
            result.error = QCoreApplication::translate("tp::db::Migrations",
                                                       "Updating the database from schema version %1 to %2 "
                                                       "failed (%3): %4. Nothing was changed by this step.")
                               .arg(version)
                               .arg(version + 1)
                               .arg(step->description, error);
            return result;
        }
        ++version;
        result.toVersion = version;
    }
    return result;
}

} // namespace tp::db
