#include "db/Database.h"
#include "db/Migrations.h"
#include "db/TableRegistry.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace tp;

// The migration mechanism, exercised with steps of the test's own: a v1 file
// is brought to v3 step by step, and a failing step leaves the file at the
// version before it.
class TestMigrations : public QObject
{
    Q_OBJECT

    static QList<db::MigrationStep> steps(bool secondFails = false)
    {
        return {
            { 1, "add clients.preferred_name",
              [](QSqlDatabase& db, QString* error) {
                  QSqlQuery q(db);
                  if (!q.exec("ALTER TABLE clients ADD COLUMN preferred_name TEXT")) {
                      *error = "alter failed";
                      return false;
                  }
                  return true;
              } },
            { 2, "add table tags",
              [secondFails](QSqlDatabase& db, QString* error) {
                  QSqlQuery q(db);
                  q.exec("CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL)");
                  if (secondFails) {
                      *error = "simulated failure";
                      return false;
                  }
                  return true;
              } },
        };
    }

    static bool hasTable(QSqlDatabase db, const QString& name)
    {
        QSqlQuery q(db);
        q.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.addBindValue(name);
        return q.exec() && q.next();
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void productHasNoStepsAtVersionOne()
    {
        QCOMPARE(db::TableRegistry::kSchemaVersion, 1);
        QVERIFY(db::productMigrations().isEmpty());
    }

    void migratesVersionOneFileStepByStep()
    {
        test::TempDir dir;
        const QString path = dir.path("v1.db");
        {
            QVERIFY(test::openDatabase(path));
        }

        const QList<db::MigrationStep> list = steps();
        db::OpenOptions options;
        options.path = path;
        options.migrations = &list;
        options.targetVersion = 3;
        db::OpenFailure failure;
        auto database = db::Database::open(options, &failure);
        QVERIFY2(database, qPrintable(failure.message));
        QCOMPARE(database->schemaVersion(), 3);
        QSqlDatabase c = database->connection();
        QVERIFY(hasTable(c, "tags"));
        QSqlQuery q(c);
        QVERIFY(q.exec("SELECT preferred_name FROM clients"));

        // Reopening at the same target runs nothing again.
        database.reset();
        auto again = db::Database::open(options, &failure);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), 3);
    }

    void failingStepRollsBackToPreviousVersion()
    {
        test::TempDir dir;
        const QString path = dir.path("v1.db");
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        const db::MigrationResult result = db::migrate(c, steps(true), 3);
        QVERIFY(!result.ok);
        QCOMPARE(result.fromVersion, 1);
        QCOMPARE(result.toVersion, 2);
        QVERIFY(result.error.contains("simulated failure"));
        QCOMPARE(database->schemaVersion(), 2);
        QVERIFY(!hasTable(c, "tags")); // the failed step's table was rolled back
        QSqlQuery q(c);
        QVERIFY(q.exec("SELECT preferred_name FROM clients")); // the good step stays
    }

    void missingStepIsReported()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("gap.db"));
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        const db::MigrationResult result = db::migrate(c, {}, 2);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("No migration step leads from schema version 1 to 2"));
        QCOMPARE(database->schemaVersion(), 1);
    }

    void openReportsMigrationFailure()
    {
        test::TempDir dir;
        const QString path = dir.path("v1.db");
        {
            QVERIFY(test::openDatabase(path));
        }
        const QList<db::MigrationStep> list = steps(true);
        db::OpenOptions options;
        options.path = path;
        options.migrations = &list;
        options.targetVersion = 3;
        db::OpenFailure failure;
        QVERIFY(!db::Database::open(options, &failure));
        QCOMPARE(int(failure.error), int(db::OpenError::MigrationFailed));
        QVERIFY(failure.message.contains("from schema version 2 to 3"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
