#include "db/Database.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tp;

// A database as The Program's earlier (Python/SQLAlchemy) edition writes it:
// VARCHAR/FLOAT/BOOLEAN types, app_config.id as the text '1', the three
// timestamp spellings, no location_cache table yet.
class TestLegacyDatabase : public QObject
{
    Q_OBJECT

    static QStringList legacyDdl()
    {
        return {
            "CREATE TABLE app_config (id VARCHAR NOT NULL, password_hash VARCHAR, app_version VARCHAR NOT "
            "NULL, "
            "database_version INTEGER NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, "
            "PRIMARY KEY (id))",
            "CREATE TABLE user_preferences (id VARCHAR NOT NULL, default_house_system VARCHAR NOT NULL, "
            "default_ayanamsa VARCHAR NOT NULL, default_zodiac VARCHAR NOT NULL, aspect_orbs TEXT, "
            "color_scheme "
            "VARCHAR NOT NULL, displayed_points TEXT, created_at DATETIME NOT NULL, updated_at DATETIME NOT "
            "NULL, "
            "PRIMARY KEY (id))",
            "CREATE TABLE clients (id VARCHAR NOT NULL, first_name VARCHAR, last_name VARCHAR, email "
            "VARCHAR, phone "
            "VARCHAR, notes TEXT, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY "
            "(id))",
            "CREATE TABLE birth_data (id VARCHAR NOT NULL, client_id VARCHAR NOT NULL, birth_date DATE NOT "
            "NULL, "
            "birth_time TIME, time_unknown BOOLEAN NOT NULL, latitude FLOAT NOT NULL, longitude FLOAT NOT "
            "NULL, "
            "timezone VARCHAR NOT NULL, utc_offset INTEGER, city VARCHAR, state_province VARCHAR, country "
            "VARCHAR, "
            "rodden_rating VARCHAR, gender VARCHAR, created_at DATETIME NOT NULL, updated_at DATETIME NOT "
            "NULL, "
            "PRIMARY KEY (id), CHECK (latitude >= -90 AND latitude <= 90), CHECK (longitude >= -180 AND "
            "longitude "
            "<= 180), CHECK (time_unknown IN (0, 1)), FOREIGN KEY(client_id) REFERENCES clients (id) ON "
            "DELETE "
            "CASCADE)",
            "CREATE TABLE charts (id VARCHAR NOT NULL, client_id VARCHAR, birth_data_id VARCHAR NOT NULL, "
            "chart_name "
            "VARCHAR, chart_type VARCHAR NOT NULL, astro_system VARCHAR NOT NULL, house_system VARCHAR, "
            "ayanamsa "
            "VARCHAR, zodiac_type VARCHAR NOT NULL, calculation_params TEXT, chart_data TEXT NOT NULL, "
            "last_viewed "
            "DATETIME, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY (id), FOREIGN "
            "KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, FOREIGN KEY(birth_data_id) REFERENCES "
            "birth_data (id) ON DELETE CASCADE)",
            "CREATE TABLE chart_interpretations (id VARCHAR NOT NULL, chart_id VARCHAR NOT NULL, "
            "element_type VARCHAR "
            "NOT NULL, element_key VARCHAR NOT NULL, ai_description TEXT NOT NULL, ai_model VARCHAR, "
            "ai_prompt_version VARCHAR, version INTEGER NOT NULL, is_approved VARCHAR, created_at DATETIME "
            "NOT NULL, "
            "updated_at DATETIME NOT NULL, PRIMARY KEY (id), FOREIGN KEY(chart_id) REFERENCES charts (id) ON "
            "DELETE "
            "CASCADE)",
            "CREATE TABLE interpretations (id VARCHAR NOT NULL, interpretation_type VARCHAR NOT NULL, "
            "key_identifier "
            "VARCHAR NOT NULL, tradition VARCHAR, text_content TEXT NOT NULL, source VARCHAR, is_user_custom "
            "BOOLEAN "
            "NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY (id))",
            "CREATE TABLE aspect_patterns (id VARCHAR NOT NULL, chart_id VARCHAR NOT NULL, pattern_type "
            "VARCHAR NOT "
            "NULL, planets_involved TEXT NOT NULL, description TEXT, created_at DATETIME NOT NULL, "
            "updated_at "
            "DATETIME NOT NULL, PRIMARY KEY (id), FOREIGN KEY(chart_id) REFERENCES charts (id) ON DELETE "
            "CASCADE)",
            "CREATE TABLE transit_events (id VARCHAR NOT NULL, chart_id VARCHAR NOT NULL, event_date "
            "DATETIME NOT "
            "NULL, transiting_planet VARCHAR NOT NULL, natal_planet VARCHAR NOT NULL, aspect_type VARCHAR "
            "NOT NULL, "
            "orb FLOAT, is_applying BOOLEAN, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, "
            "PRIMARY KEY "
            "(id), FOREIGN KEY(chart_id) REFERENCES charts (id) ON DELETE CASCADE)",
            "CREATE TABLE session_notes (id VARCHAR NOT NULL, client_id VARCHAR NOT NULL, note_date DATE NOT "
            "NULL, "
            "note_content TEXT, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY "
            "(id), "
            "FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE)",
        };
    }

    static QStringList legacyRows()
    {
        return {
            "INSERT INTO app_config VALUES ('1', '$argon2id$v=19$secret', '1.0.0', 1, '2025-11-15 15:46:56', "
            "'2025-11-15 15:46:56')",
            "INSERT INTO user_preferences VALUES ('1', 'koch', 'lahiri', 'tropical', '{\"trine\": 7}', "
            "'dark', "
            "'[\"sun\", \"moon\"]', '2025-11-15T15:46:56.930196', '2025-11-15T15:46:56.930196')",
            "INSERT INTO clients VALUES ('6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01', 'Anna', 'Müller', "
            "'anna@example.com', NULL, 'Legacy client', '2025-11-15 15:46:56', '2025-11-15T15:46:56.930196')",
            "INSERT INTO clients VALUES ('6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c02', 'Øyvind', 'Hansen', NULL, "
            "NULL, "
            "NULL, '2025-11-16T08:00:00Z', '2025-11-16T08:00:00Z')",
            "INSERT INTO birth_data VALUES ('b0000000-0000-4000-8000-000000000001', "
            "'6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01', '1985-06-21', '14:30:00', 0, 52.52, 13.405, "
            "'Europe/Berlin', "
            "120, 'Berlin', NULL, 'Germany', 'AA', 'female', '2025-11-15 15:46:56', '2025-11-15 15:46:56')",
            "INSERT INTO charts VALUES ('c0000000-0000-4000-8000-000000000001', "
            "'6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01', 'b0000000-0000-4000-8000-000000000001', 'Natal', "
            "'natal', "
            "'western', 'placidus', NULL, 'tropical', '{\"node\": \"true\"}', '{\"planets\": {\"sun\": "
            "{\"sign\": "
            "\"cancer\", \"longitude\": 90.1}, \"moon\": {\"sign\": \"scorpio\"}}, \"houses\": [{\"number\": "
            "1, "
            "\"sign\": \"libra\"}], \"houses_metadata\": {\"ascendant\": 185.5}}', NULL, "
            "'2025-11-15T15:46:56.930196', '2025-11-15T15:46:56.930196')",
            "INSERT INTO chart_interpretations VALUES ('d0000000-0000-4000-8000-000000000001', "
            "'c0000000-0000-4000-8000-000000000001', 'planet', 'sun', 'Sun in Cancer…', 'model', 'v1', 1, "
            "'approved', '2025-11-15 15:46:56', '2025-11-15 15:46:56')",
            "INSERT INTO session_notes VALUES ('e0000000-0000-4000-8000-000000000001', "
            "'6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01', '2025-11-20', 'First session', '2025-11-20 10:00:00', "
            "'2025-11-20 10:00:00')",
        };
    }

    static QStringList schemaSql(QSqlDatabase db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (q.next())
            out << q.value(0).toString() + ": " + q.value(1).toString();
        return out;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void opensAndReadsLegacyFileWithoutRewritingIt()
    {
        test::TempDir dir;
        const QString path = dir.path("legacy.db");
        QStringList schemaBefore;
        QByteArray rowsBefore;
        int pageSizeBefore = 0;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "legacy");
            c.setDatabaseName(path);
            QVERIFY(c.open());
            for (const QString& sql : legacyDdl() + legacyRows())
                QVERIFY(test::exec(c, sql));
            schemaBefore = schemaSql(c);
            QSqlQuery size(c);
            QVERIFY(size.exec("PRAGMA page_size") && size.next());
            pageSizeBefore = size.value(0).toInt();
            c.close();
        }
        QSqlDatabase::removeDatabase("legacy");

        auto database = test::openDatabase(path);
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        QCOMPARE(database->schemaVersion(), 1);

        // Existing tables keep their exact definitions; only the missing one was added.
        QStringList schemaAfter = schemaSql(c);
        QSqlQuery pageSize(c);
        QVERIFY(pageSize.exec("PRAGMA page_size") && pageSize.next());
        QCOMPARE(pageSize.value(0).toInt(), pageSizeBefore); // an existing file keeps its page size
        QVERIFY(pageSizeBefore != db::Database::kNewPageSize);
        QVERIFY(schemaAfter.removeIf([](const QString& s) { return s.startsWith("location_cache:"); }) == 1);
        QCOMPARE(schemaAfter, schemaBefore);

        // Single rows were not duplicated or rewritten.
        QCOMPARE(database->rowCount("app_config"), 1);
        QCOMPARE(database->rowCount("user_preferences"), 1);
        QSqlQuery q(c);
        QVERIFY(q.exec("SELECT id, typeof(id), password_hash, app_version FROM app_config"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("1.0.0"));

        // The model reads it.
        model::PracticeStore store(c);
        const auto clients = store.clientSummaries();
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).lastName, QStringLiteral("Hansen"));
        QCOMPARE(clients.at(1).displayName(), QStringLiteral("Anna Müller"));
        QCOMPARE(clients.at(1).city, QStringLiteral("Berlin"));
        const auto charts = store.chartSummaries("6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01");
        QCOMPARE(charts.size(), 1);
        QCOMPARE(charts.at(0).sunSign, QStringLiteral("Cancer"));
        QCOMPARE(charts.at(0).moonSign, QStringLiteral("Scorpio"));
        QCOMPARE(charts.at(0).ascendantSign, QStringLiteral("Libra")); // from a bare longitude
        QCOMPARE(store.rowsWhere("session_notes", "client_id", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01").size(),
                 1);

        // All three timestamp spellings parse, as UTC.
        QSqlQuery ts(c);
        QVERIFY(ts.exec("SELECT created_at FROM clients UNION ALL SELECT created_at FROM charts"));
        int parsed = 0;
        while (ts.next()) {
            const auto when = timestamp::parse(ts.value(0).toString());
            QVERIFY2(when && when->timeSpec() == Qt::UTC, qPrintable(ts.value(0).toString()));
            ++parsed;
        }
        QCOMPARE(parsed, 3);

        // Cascades still work through the legacy foreign keys.
        QVERIFY(store.remove("clients", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01"));
        QCOMPARE(database->rowCount("charts"), 0);
        QCOMPARE(database->rowCount("chart_interpretations"), 0);
    }

    void editsKeepLegacyFileReadable()
    {
        test::TempDir dir;
        const QString path = dir.path("legacy.db");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "legacy2");
            c.setDatabaseName(path);
            QVERIFY(c.open());
            for (const QString& sql : legacyDdl() + legacyRows())
                QVERIFY(test::exec(c, sql));
            c.close();
        }
        QSqlDatabase::removeDatabase("legacy2");
        auto database = test::openDatabase(path);
        QVERIFY(database);
        model::PracticeStore store(database->connection());
        const model::SaveResult saved = store.save(
            "clients",
            { { "id", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c02" }, { "email", "oyvind@example.no" } });
        QVERIFY2(saved.ok, qPrintable(saved.summary()));
        const auto row = store.row("clients", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c02");
        QVERIFY(row);
        QCOMPARE(row->value("first_name").toString(), QStringLiteral("Øyvind"));
        QCOMPARE(row->value("created_at").toString(), QStringLiteral("2025-11-16T08:00:00Z")); // untouched
        QVERIFY(timestamp::parse(row->value("updated_at").toString()));
    }

    void timestampSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("sqlite datetime") << "2025-11-15 15:46:56"
                                         << "2025-11-15T15:46:56.000Z";
        QTest::newRow("python isoformat") << "2025-11-15T15:46:56.930196"
                                          << "2025-11-15T15:46:56.930Z";
        QTest::newRow("zulu") << "2025-11-15T15:46:56Z"
                              << "2025-11-15T15:46:56.000Z";
        QTest::newRow("ours") << "2025-11-15T15:46:56.930Z"
                              << "2025-11-15T15:46:56.930Z";
        QTest::newRow("offset") << "2025-11-15T16:46:56+01:00"
                                << "2025-11-15T15:46:56.000Z";
    }

    void timestampSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = timestamp::parse(text);
        QVERIFY(parsed);
        QCOMPARE(timestamp::format(*parsed), utc);
    }

    void invalidTimestamps()
    {
        QVERIFY(!timestamp::parse("2025-13-01 00:00:00"));
        QVERIFY(!timestamp::parse("yesterday"));
        QVERIFY(!timestamp::parse("2025-02-30T10:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestLegacyDatabase)
#include "tst_legacydatabase.moc"
