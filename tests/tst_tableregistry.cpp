#include "db/TableRegistry.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tp;

// The schema a new database gets is exactly the registry's (SCHEMA.md).
class TestTableRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void registryDescribesSchemaMd()
    {
        const auto& registry = db::TableRegistry::instance();
        QCOMPARE(registry.tableNames(),
                 QStringList({ "app_config", "user_preferences", "clients", "birth_data", "charts",
                               "chart_interpretations", "interpretations", "aspect_patterns",
                               "transit_events", "session_notes", "location_cache" }));
        for (const db::Table& t : registry.tables()) {
            QVERIFY2(t.column("id"), qPrintable(t.name));
            QVERIFY2(t.column("created_at") && !t.column("created_at")->nullable, qPrintable(t.name));
            QVERIFY2(t.column("updated_at") && !t.column("updated_at")->nullable, qPrintable(t.name));
            // Parents come before children.
            for (const db::Column* fk : t.foreignKeys())
                QVERIFY(registry.tableNames().indexOf(fk->foreignKey->table)
                        < registry.tableNames().indexOf(t.name));
        }
        QVERIFY(registry.table("app_config")->column("password_hash")->secret);
        QCOMPARE(registry.childrenOf("charts").size(), 3);
    }

    void createdSchemaMatchesRegistry()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("schema.db"));
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        for (const db::Table& t : db::TableRegistry::instance().tables()) {
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)));
            int i = 0;
            while (q.next()) {
                QVERIFY2(i < t.columns.size(), qPrintable(t.name));
                const db::Column& col = t.columns.at(i++);
                QCOMPARE(q.value(1).toString(), col.name);
                QCOMPARE(q.value(2).toString(), col.sqlType());
                QCOMPARE(q.value(3).toInt() == 1, !col.nullable);
                QCOMPARE(q.value(5).toInt() == 1, col.name == QLatin1String("id"));
            }
            QCOMPARE(i, t.columns.size());

            QSqlQuery fk(c);
            QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t.name)));
            int fks = 0;
            while (fk.next()) {
                ++fks;
                const db::Column* col = t.column(fk.value(3).toString());
                QVERIFY(col && col->foreignKey);
                QCOMPARE(fk.value(2).toString(), col->foreignKey->table);
                QCOMPARE(fk.value(6).toString(), QStringLiteral("CASCADE"));
            }
            QCOMPARE(fks, t.foreignKeys().size());

            for (const db::Index& ix : t.indexes) {
                QSqlQuery info(c);
                QVERIFY(info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(ix.name)));
                QStringList cols;
                while (info.next())
                    cols << info.value(2).toString();
                QCOMPARE(cols, ix.columns);
            }
        }
        // Every foreign key is indexed (SCHEMA.md).
        for (const db::Table& t : db::TableRegistry::instance().tables()) {
            for (const db::Column* fk : t.foreignKeys()) {
                bool indexed = false;
                for (const db::Index& ix : t.indexes)
                    indexed = indexed || ix.columns.first() == fk->name;
                QVERIFY2(indexed, qPrintable(t.name + QLatin1Char('.') + fk->name));
            }
        }
    }

    void singleRowTablesAreSeeded()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("seed.db"));
        QVERIFY(database);
        QCOMPARE(database->rowCount("app_config"), 1);
        QCOMPARE(database->rowCount("user_preferences"), 1);
        QSqlQuery q(database->connection());
        QVERIFY(
            q.exec("SELECT default_house_system, default_ayanamsa, default_zodiac, color_scheme, aspect_orbs "
                   "FROM user_preferences"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("placidus"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("lahiri"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("tropical"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("light"));
        QVERIFY(q.value(4).toString().startsWith('{'));
        QCOMPARE(database->schemaVersion(), db::TableRegistry::kSchemaVersion);
    }

    // Every table and column has words of its own for the app: no stored
    // name (chart_interpretations, birth_time) reaches a practitioner.
    void everyTableAndColumnHasWords()
    {
        const auto& registry = db::TableRegistry::instance();
        QSet<QString> tableWords;
        for (const db::Table& t : registry.tables()) {
            QVERIFY2(db::TableRegistry::hasDisplayName(t.name), qPrintable(t.name));
            const QString words = db::TableRegistry::displayName(t.name);
            QVERIFY2(!words.contains(QLatin1Char('_')) && words != t.name, qPrintable(words));
            QVERIFY2(!tableWords.contains(words), qPrintable(words)); // two tables never read alike
            tableWords.insert(words);
            for (const db::Column& c : t.columns) {
                QVERIFY2(db::TableRegistry::hasDisplayName(t.name, c.name),
                         qPrintable(t.name + "." + c.name));
                QVERIFY(!db::TableRegistry::displayName(t.name, c.name).contains(QLatin1Char('_')));
            }
        }
        QCOMPARE(db::TableRegistry::displayName("birth_data", "birth_time"), QString("Time of birth"));
        QCOMPARE(db::TableRegistry::displayName("no_such_table"), QString("No such table"));
    }
};

QTEST_GUILESS_MAIN(TestTableRegistry)
#include "tst_tableregistry.moc"
