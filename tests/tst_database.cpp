#include "db/Database.h"
#include "db/TableRegistry.h"
#include "TestSupport.h"
#include "util/AppInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace tp;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QString insertClient(QSqlDatabase c)
    {
        const QString id = QStringLiteral("11111111-1111-4111-8111-111111111111");
        test::exec(c,
                   QStringLiteral(
                       "INSERT INTO clients (id, first_name, created_at, updated_at) VALUES ('%1', 'Anna', "
                       "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
                       .arg(id));
        return id;
    }

    // Asserts that opening fails with `error` and leaves the file byte-for-byte as it was.
    static void expectRefused(const QString& path, db::OpenError error, const QString& wording,
                              int busyTimeoutMs = 5000)
    {
        const QByteArray before = test::fileHash(path);
        db::OpenOptions options;
        options.path = path;
        options.busyTimeoutMs = busyTimeoutMs;
        db::OpenFailure failure;
        auto database = db::Database::open(options, &failure);
        QVERIFY(!database);
        QCOMPARE(int(failure.error), int(error));
        QVERIFY2(failure.message.contains(wording), qPrintable(failure.message));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    // The data folder is one level below the platform's (not
    // …/TheProgram/TheProgram); what earlier versions left one level deeper
    // is moved up, never over what is there.
    void dataFolderIsOneLevel()
    {
        // A name of its own: other tests (and earlier runs) keep files in the shared test folders.
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const auto restoreNames = qScopeGuard([&] {
            QCoreApplication::setOrganizationName(organisation);
            QCoreApplication::setApplicationName(application);
        });
        const QString name = QStringLiteral("TheProgramDataFolderTest");
        QCoreApplication::setOrganizationName(name);
        QCoreApplication::setApplicationName(name);
        QDir(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(name))
            .removeRecursively();
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(earlier));
        const QString folder = QDir(generic).filePath(QCoreApplication::applicationName());
        QFile old(QDir(earlier).filePath("theprogram.db"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the practice of an earlier version");
        old.close();
        QCOMPARE(tp::dataFolder(), folder);
        QCOMPARE(QFileInfo(db::Database::defaultPath()).absolutePath(), folder);
        QFile moved(QDir(folder).filePath("theprogram.db"));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray("the practice of an earlier version"));
        QVERIFY(!QFileInfo::exists(earlier));

        // Never over a file that is there: it stays where it was.
        const QString from = QDir(generic).filePath("move-from"), to = QDir(generic).filePath("move-to");
        QVERIFY(QDir().mkpath(from) && QDir().mkpath(to));
        for (const QString& path : QStringList{ from + "/a", from + "/b", to + "/b" }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(path.toUtf8());
        }
        QVERIFY(!tp::moveFolderContents(from, to));
        QVERIFY(QFileInfo::exists(to + "/a"));
        QVERIFY(QFileInfo::exists(from + "/b"));
        QFile kept(to + "/b");
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(kept.readAll()), to + "/b");
        QDir(folder).removeRecursively();
        QDir(from).removeRecursively();
        QDir(to).removeRecursively();
    }

    void pragmasAndPermissions()
    {
        test::TempDir dir;
        const QString path = dir.path("practice.db");
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec("PRAGMA foreign_keys") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec("PRAGMA busy_timeout") && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
        QVERIFY(q.exec("PRAGMA page_size") && q.next());
        QCOMPARE(q.value(0).toInt(), db::Database::kNewPageSize);
#ifndef Q_OS_WIN
        // Owner-only: nobody else on the machine may read a client's birth data.
        const QFileDevice::Permissions perms = QFileInfo(path).permissions();
        QVERIFY(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(int(perms & 0x00FF), 0); // no group or other bits
        QCOMPARE(int(QFileInfo(path + "-wal").permissions() & 0x00FF), 0);
#endif
        QVERIFY(!database->sqliteVersion().isEmpty());
        QVERIFY(database->fileSize() > 0);
    }

    void reopeningKeepsData()
    {
        test::TempDir dir;
        const QString path = dir.path("practice.db");
        {
            auto database = test::openDatabase(path);
            QVERIFY(database);
            insertClient(database->connection());
        }
        auto again = test::openDatabase(path);
        QVERIFY(again);
        QCOMPARE(again->rowCount("clients"), 1);
        QCOMPARE(again->rowCount("app_config"), 1);
    }

    void cascadesDeleteChildren()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("cascade.db"));
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        const QString client = insertClient(c);
        const QString ts = QStringLiteral("'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'");
        QVERIFY(test::exec(
            c,
            "INSERT INTO birth_data (id, client_id, birth_date, birth_time, time_unknown, latitude, "
            "longitude, timezone, created_at, updated_at) VALUES ('b1', '"
                + client + "', '1980-01-01', '12:00:00', 0, 1, 2, 'UTC', " + ts + ")"));
        QVERIFY(test::exec(
            c,
            "INSERT INTO charts (id, client_id, birth_data_id, chart_type, astro_system, zodiac_type, "
            "chart_data, created_at, updated_at) VALUES ('c1', '"
                + client + "', 'b1', 'natal', 'western', 'tropical', '{}', " + ts + ")"));
        QVERIFY(test::exec(
            c,
            "INSERT INTO chart_interpretations (id, chart_id, element_type, element_key, "
            "ai_description, version, created_at, updated_at) VALUES ('i1', 'c1', 'planet', 'sun', "
            "'text', 1, "
                + ts + ")"));
        QVERIFY(test::exec(
            c,
            "INSERT INTO aspect_patterns (id, chart_id, pattern_type, planets_involved, created_at, "
            "updated_at) VALUES ('p1', 'c1', 'stellium', '[]', "
                + ts + ")"));
        QVERIFY(test::exec(
            c,
            "INSERT INTO transit_events (id, chart_id, event_date, transiting_planet, natal_planet, "
            "aspect_type, created_at, updated_at) VALUES ('t1', 'c1', '2026-01-01T00:00:00Z', "
            "'saturn', 'sun', 'square', "
                + ts + ")"));
        QVERIFY(
            test::exec(c,
                       "INSERT INTO session_notes (id, client_id, note_date, created_at, updated_at) VALUES "
                       "('n1', '"
                           + client + "', '2025-02-02', " + ts + ")"));
        QVERIFY(test::exec(c, "DELETE FROM clients WHERE id = '" + client + "'"));
        for (const char* table : { "birth_data", "charts", "chart_interpretations", "aspect_patterns",
                                   "transit_events", "session_notes" })
            QCOMPARE(database->rowCount(QLatin1String(table)), 0);
    }

    void foreignKeysAreEnforced()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("fk.db"));
        QVERIFY(database);
        QSqlQuery q(database->connection());
        QVERIFY(!q.exec(
            "INSERT INTO session_notes (id, client_id, note_date, created_at, updated_at) VALUES ('n', "
            "'no-such-client', '2025-01-01', 'x', 'x')"));
        QVERIFY(q.lastError().databaseText().contains("FOREIGN KEY"));
    }

    void checkConstraints_data()
    {
        QTest::addColumn<QString>("sql");
        const QString ts = QStringLiteral("'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'");
        const QString birth
            = QStringLiteral("INSERT INTO birth_data (id, client_id, birth_date, time_unknown, latitude, "
                             "longitude, timezone, created_at, updated_at) VALUES ('b', "
                             "'11111111-1111-4111-8111-111111111111', '1980-01-01', %1, %2, %3, 'UTC', ")
            + ts + QLatin1Char(')');
        QTest::newRow("latitude above 90") << birth.arg("0", "90.5", "0");
        QTest::newRow("latitude below -90") << birth.arg("0", "-91", "0");
        QTest::newRow("longitude above 180") << birth.arg("0", "0", "180.01");
        QTest::newRow("longitude below -180") << birth.arg("0", "0", "-200");
        QTest::newRow("time_unknown not boolean") << birth.arg("2", "0", "0");
        QTest::newRow("second app_config row")
            << QStringLiteral(
                   "INSERT INTO app_config (id, app_version, database_version, created_at, updated_at) "
                   "VALUES (2, 'x', 1, ")
                + ts + QLatin1Char(')');
        QTest::newRow("missing required birth_date")
            << QStringLiteral(
                   "INSERT INTO birth_data (id, client_id, time_unknown, latitude, longitude, timezone, "
                   "created_at, updated_at) VALUES ('b', '11111111-1111-4111-8111-111111111111', 0, 0, 0, "
                   "'UTC', ")
                + ts + QLatin1Char(')');
        QTest::newRow("duplicate geonames_id")
            << QStringLiteral(
                   "INSERT INTO location_cache (id, city_name, country, latitude, longitude, timezone, "
                   "geonames_id, created_at, updated_at) VALUES ('l2', 'X', 'Y', 0, 0, 'UTC', 42, ")
                + ts + QLatin1Char(')');
    }

    void checkConstraints()
    {
        QFETCH(QString, sql);
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("checks.db"));
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        insertClient(c);
        QVERIFY(test::exec(
            c,
            "INSERT INTO location_cache (id, city_name, country, latitude, longitude, timezone, "
            "geonames_id, created_at, updated_at) VALUES ('l1', 'A', 'B', 0, 0, 'UTC', 42, 'x', 'x')"));
        QSqlQuery q(c);
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        const QString error = q.lastError().databaseText();
        QVERIFY2(error.contains("constraint", Qt::CaseInsensitive), qPrintable(error));
    }

    void refusesNonSqliteFile()
    {
        test::TempDir dir;
        const QString path = dir.path("notes.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        expectRefused(path, db::OpenError::NotSQLite, "not an SQLite file");
    }

    void refusesForeignSqliteDatabase()
    {
        test::TempDir dir;
        const QString path = dir.path("other.sqlite");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "other");
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QVERIFY(test::exec(c, "CREATE TABLE bookmarks (url TEXT)"));
            c.close();
        }
        QSqlDatabase::removeDatabase("other");
        expectRefused(path, db::OpenError::NotOurDatabase, "not one of The Program's");
    }

    void refusesNewerSchema()
    {
        test::TempDir dir;
        const QString path = dir.path("newer.db");
        {
            auto database = test::openDatabase(path);
            QVERIFY(database);
            QVERIFY(test::exec(database->connection(), "UPDATE app_config SET database_version = 99"));
        }
        expectRefused(path, db::OpenError::NewerSchema,
                      "newer version of The Program (database schema version 99");
    }

    void refusesReadOnlyFile()
    {
        test::TempDir dir;
        const QString path = dir.path("readonly.db");
        {
            QVERIFY(test::openDatabase(path));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        expectRefused(path, db::OpenError::ReadOnly, "read-only");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesLockedFile()
    {
        test::TempDir dir;
        const QString path = dir.path("locked.db");
        {
            QVERIFY(test::openDatabase(path));
        }
        // Another program holds an exclusive lock on the file.
        QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(test::exec(holder, "PRAGMA locking_mode = EXCLUSIVE"));
        QVERIFY(test::exec(holder, "BEGIN EXCLUSIVE"));
        QVERIFY(test::exec(holder, "UPDATE clients SET notes = notes"));
        expectRefused(path, db::OpenError::Locked, "locked by another program", 200);
        QVERIFY(test::exec(holder, "ROLLBACK"));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase("holder");
        QVERIFY(test::openDatabase(path));
    }

    void refusesMissingDirectory()
    {
        test::TempDir dir;
        const QString path = dir.path("no/such/folder/practice.db");
        db::OpenOptions options;
        options.path = path;
        db::OpenFailure failure;
        QVERIFY(!db::Database::open(options, &failure));
        QCOMPARE(int(failure.error), int(db::OpenError::MissingDirectory));
        QVERIFY(failure.message.contains("does not exist"));
        QVERIFY(!QFile::exists(dir.path("no")));
    }

    void createsDefaultFolderWhenAsked()
    {
        test::TempDir dir;
        db::OpenOptions options;
        options.path = dir.path("app-data/theprogram.db");
        options.createDirectory = true;
        db::OpenFailure failure;
        QVERIFY(db::Database::open(options, &failure));
        QVERIFY(QFile::exists(options.path));
    }

    void refusesFolder()
    {
        test::TempDir dir;
        QVERIFY(QDir().mkpath(dir.path("folder.db")));
        db::OpenOptions options;
        options.path = dir.path("folder.db");
        db::OpenFailure failure;
        QVERIFY(!db::Database::open(options, &failure));
        QCOMPARE(int(failure.error), int(db::OpenError::IsDirectory));
    }

    void refusesTableWithMissingColumn()
    {
        test::TempDir dir;
        const QString path = dir.path("broken.db");
        {
            auto database = test::openDatabase(path);
            QVERIFY(database);
            QSqlDatabase c = database->connection();
            QVERIFY(test::exec(c, "DROP TABLE session_notes"));
            QVERIFY(test::exec(c, "CREATE TABLE session_notes (id TEXT PRIMARY KEY, client_id TEXT)"));
        }
        expectRefused(path, db::OpenError::IncompatibleSchema, "has no column note_date");
    }

    // Commands that only read never create, seed or change a file.
    void readOnlyOpensRefuseWhatIsNotAPractice()
    {
        test::TempDir dir;
        db::OpenFailure failure;
        QVERIFY(!db::Database::open({}, &failure));
        QVERIFY2(failure.message.contains("No database file"), qPrintable(failure.message));

        db::OpenOptions options;
        options.readOnly = true;
        options.path = dir.path("missing.db");
        QVERIFY(!db::Database::open(options, &failure));
        QVERIFY2(failure.message.contains("does not exist"), qPrintable(failure.message));
        QVERIFY(!QFile::exists(options.path));

        options.path = dir.path("empty-file.db");
        {
            QFile empty(options.path);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        QVERIFY(!db::Database::open(options, &failure));
        QCOMPARE(int(failure.error), int(db::OpenError::NotOurDatabase));
        QVERIFY2(failure.message.contains("is empty"), qPrintable(failure.message));
        QCOMPARE(QFileInfo(options.path).size(), 0);

        options.path = dir.path("empty-sqlite.db");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "empty-sqlite");
            other.setDatabaseName(options.path);
            QVERIFY(other.open());
            QVERIFY(test::exec(other, "PRAGMA user_version = 7")); // a header, no tables
            other.close();
        }
        QSqlDatabase::removeDatabase("empty-sqlite");
        const QByteArray before = test::fileHash(options.path);
        QVERIFY(!db::Database::open(options, &failure));
        QCOMPARE(int(failure.error), int(db::OpenError::NotOurDatabase));
        QVERIFY2(failure.message.contains("empty SQLite database"), qPrintable(failure.message));
        QCOMPARE(test::fileHash(options.path), before);
    }

    // A practice of an older version (a table of this one missing) is read
    // through a completed private copy; the file itself stays as it was.
    void readOnlyOlderPracticeIsReadThroughACopy()
    {
        test::TempDir dir;
        const QString path = dir.path("older.db");
        {
            auto database = test::openDatabase(path);
            QVERIFY(database);
            insertClient(database->connection());
            QVERIFY(test::exec(database->connection(), "DROP TABLE transit_events"));
        }
        const QByteArray before = test::fileHash(path);
        db::OpenOptions options;
        options.path = path;
        options.readOnly = true;
        db::OpenFailure failure;
        {
            auto copy = db::Database::open(options, &failure);
            QVERIFY2(copy, qPrintable(failure.message));
            QCOMPARE(copy->path(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(copy->rowCount("clients"), 1);
            QCOMPARE(copy->rowCount("transit_events"), 0);
            QCOMPARE(copy->rowCount("no_such_table"), -1);
            QCOMPARE(copy->schemaVersion(), db::TableRegistry::kSchemaVersion);
            QVERIFY(copy->sqliteVersion().startsWith("3."));
            QVERIFY(copy->fileSize() > 0);
        }
        QCOMPARE(test::fileHash(path), before);
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "older-raw");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec("SELECT COUNT(*) FROM sqlite_master WHERE name = 'transit_events'") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("older-raw");
    }

    // A connection closed (the app does so before a restore swaps the
    // file) opens again and is checked again.
    void closedConnectionReopens()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("reopen.db"));
        QVERIFY(database);
        insertClient(database->connection());
        database->close();
        QVERIFY(!database->connection().isOpen());
        db::OpenFailure failure;
        QVERIFY2(database->reopen(&failure), qPrintable(failure.message));
        QCOMPARE(database->rowCount("clients"), 1);
    }

    void workerConnectionsAreIndependent()
    {
        test::TempDir dir;
        const QString path = dir.path("two.db");
        auto first = test::openDatabase(path);
        auto second = test::openDatabase(path);
        QVERIFY(first && second);
        QVERIFY(first->connectionName() != second->connectionName());
        insertClient(first->connection());
        QCOMPARE(second->rowCount("clients"), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
