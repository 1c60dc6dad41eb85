#include "model/PracticeStore.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tp;
using model::Row;

class TestPracticeStore : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<model::PracticeStore> m_store;

    QString addClient(const QString& first = "Anna", const QString& last = "Müller")
    {
        const auto r = m_store->save("clients", { { "first_name", first }, { "last_name", last } });
        return r.ok ? r.id : QString();
    }

    Row birth(const QString& clientId)
    {
        return { { "client_id", clientId },       { "birth_date", "1985-06-21" },
                 { "birth_time", "14:30:00" },    { "time_unknown", false },
                 { "latitude", "52.52" },         { "longitude", "13.405" },
                 { "timezone", "Europe/Berlin" }, { "city", "Berlin" },
                 { "country", "Germany" },        { "rodden_rating", "AA" } };
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        Clock::setFixed(QDateTime(QDate(2026, 11, 26), QTime(9, 30, 15, 250), Qt::UTC));
    }

    void init()
    {
        m_store.reset();
        m_db = test::openDatabase(m_dir.path(QString::fromLatin1(QTest::currentTestFunction()) + ".db"));
        QVERIFY(m_db);
        m_store = std::make_unique<model::PracticeStore>(m_db->connection());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void insertFillsIdAndTimestamps()
    {
        const QString id = addClient();
        QVERIFY(isUuid(id));
        const auto row = m_store->row("clients", id);
        QVERIFY(row);
        QCOMPARE(row->value("first_name").toString(), QStringLiteral("Anna"));
        QCOMPARE(row->value("created_at").toString(), QStringLiteral("2026-11-26T09:30:15.250Z"));
        QCOMPARE(row->value("updated_at").toString(), QStringLiteral("2026-11-26T09:30:15.250Z"));
    }

    void updateChangesOnlyGivenFields()
    {
        const QString id = addClient();
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC));
        const auto result = m_store->save("clients", { { "id", id }, { "email", "anna@example.com" } });
        QVERIFY2(result.ok, qPrintable(result.summary()));
        const auto row = m_store->row("clients", id);
        QCOMPARE(row->value("first_name").toString(), QStringLiteral("Anna"));
        QCOMPARE(row->value("email").toString(), QStringLiteral("anna@example.com"));
        QCOMPARE(row->value("created_at").toString(), QStringLiteral("2026-11-26T09:30:15.250Z"));
        QCOMPARE(row->value("updated_at").toString(), QStringLiteral("2026-11-27T08:00:00.000Z"));
        Clock::setFixed(QDateTime(QDate(2026, 11, 26), QTime(9, 30, 15, 250), Qt::UTC));
    }

    void birthDataGetsUtcOffsetFromZone()
    {
        const QString client = addClient();
        auto result = m_store->save("birth_data", birth(client));
        QVERIFY2(result.ok, qPrintable(result.summary()));
        QCOMPARE(m_store->row("birth_data", result.id)->value("utc_offset").toInt(), 120); // CEST
        QCOMPARE(m_store->row("birth_data", result.id)->value("time_unknown").toInt(), 0);

        Row winter = birth(client);
        winter.insert("birth_date", "1985-01-15");
        result = m_store->save("birth_data", winter);
        QVERIFY(result.ok);
        QCOMPARE(m_store->row("birth_data", result.id)->value("utc_offset").toInt(), 60);
        QCOMPARE(model::utcOffsetMinutes("1990-05-01", "10:00:00", "Asia/Kathmandu").value(), 345);
        QVERIFY(!model::utcOffsetMinutes("1990-05-01", "10:00:00", "Nowhere/Land"));
    }

    void invalidRowIsNotWritten()
    {
        const QString client = addClient();
        Row bad = birth(client);
        bad.insert("latitude", "123");
        bad.insert("timezone", "Europe/Atlantis");
        const auto result = m_store->save("birth_data", bad);
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).field, QStringLiteral("latitude"));
        QCOMPARE(result.problems.at(1).field, QStringLiteral("timezone"));
        QCOMPARE(m_db->rowCount("birth_data"), 0);
    }

    void orphanIsRefusedInWords()
    {
        Row orphan = birth("6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c99");
        const auto result = m_store->save("birth_data", orphan);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("no longer exists"), qPrintable(result.error));
        QCOMPARE(m_db->rowCount("birth_data"), 0);
    }

    void deleteCascadesAndUndoRestoresEverything()
    {
        const QString client = addClient();
        const QString birthId = m_store->save("birth_data", birth(client)).id;
        QVERIFY(m_store
                    ->save("charts",
                           { { "client_id", client },
                             { "birth_data_id", birthId },
                             { "chart_type", "natal" },
                             { "astro_system", "western" },
                             { "zodiac_type", "tropical" },
                             { "chart_data", "{\"planets\":{\"sun\":{\"sign\":\"gemini\"}}}" } })
                    .ok);
        QVERIFY(m_store
                    ->save("session_notes",
                           { { "client_id", client },
                             { "note_date", "2026-01-02" },
                             { "note_content", "First reading" } })
                    .ok);
        const QByteArray before = test::dumpRows(m_db->connection());

        const model::Subtree subtree = m_store->captureSubtree("clients", client);
        QCOMPARE(subtree.rows.size(), 4);
        QCOMPARE(subtree.rows.first().first, QStringLiteral("clients"));
        QVERIFY(m_store->remove("clients", client));
        QCOMPARE(m_db->rowCount("charts"), 0);
        QCOMPARE(m_db->rowCount("session_notes"), 0);
        QString error;
        QVERIFY(!m_store->remove("clients", client, &error));
        QVERIFY(error.contains("no longer exists"));

        QVERIFY2(m_store->restoreSubtree(subtree, &error), qPrintable(error));
        QCOMPARE(test::dumpRows(m_db->connection()), before);
    }

    void clientSummariesUseFirstBirthData()
    {
        const QString anna = addClient("Anna", "Müller");
        addClient("Zoë", "Lefèvre");
        QVERIFY(m_store->save("birth_data", birth(anna)).ok);
        const auto list = m_store->clientSummaries();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(list.at(1).city, QStringLiteral("Berlin"));
        QCOMPARE(list.at(1).birthDate, QStringLiteral("1985-06-21"));
        QCOMPARE(m_store->count("clients"), 2);
    }

    void chartSignsFromChartData()
    {
        const auto signs = model::chartSigns(R"({"planets":{"sun":{"sign":"leo","longitude":130.2},
            "moon":{"longitude":15.0}},"houses_metadata":{"ascendant":{"longitude":275.0,"sign":"capricorn"}}})");
        QCOMPARE(signs.sun, QStringLiteral("Leo"));
        QCOMPARE(signs.moon, QStringLiteral("Aries"));
        QCOMPARE(signs.ascendant, QStringLiteral("Capricorn"));
        QVERIFY(model::chartSigns("not json").sun.isEmpty());
    }

    // Another program writing at the same moment: every change is refused
    // in words, nothing half-done stays, and it works once the other is done.
    void busyPracticeIsSaidInWords()
    {
        const QString client = addClient();
        const model::Subtree subtree = m_store->captureSubtree("clients", client);
        QVERIFY(m_store->remove("clients", client));
        const QString kept = addClient("Cleo", "Kant");
        const QByteArray before = test::dumpRows(m_db->connection());
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open());
        QVERIFY(test::exec(other, "BEGIN IMMEDIATE"));
        QVERIFY(test::exec(m_db->connection(), "PRAGMA busy_timeout = 50"));
        const QString busy = "busy (locked by another program)";

        const model::SaveResult saved = m_store->save("clients", { { "first_name", "Bea" } });
        QVERIFY(!saved.ok);
        QVERIFY2(saved.summary().contains(busy), qPrintable(saved.summary()));
        QString error;
        QVERIFY(!m_store->removeAll("clients", { kept }, &error));
        QVERIFY2(error.contains(busy), qPrintable(error));
        QVERIFY(!m_store->restoreSubtree(subtree, &error));
        QVERIFY2(error.contains("locked"), qPrintable(error));

        QVERIFY(test::exec(other, "ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase("other-writer");
        QCOMPARE(test::dumpRows(m_db->connection()), before);
        QVERIFY2(m_store->restoreSubtree(subtree, &error), qPrintable(error));
        QVERIFY(m_store->row("clients", client));
    }

    // Reads of what the registry does not know, or that fail, are empty.
    void unknownReadsAreEmpty()
    {
        addClient();
        QVERIFY(m_store->rowsWhere("nope", "id", "x").isEmpty());
        QVERIFY(m_store->rowsWhere("clients", "nope", "x").isEmpty());
        QVERIFY(m_store->rowsWhere("clients", "first_name", "Anna", "nope").isEmpty());
        QVERIFY(m_store->allRows("nope", "id").isEmpty());
        QVERIFY(m_store->allRows("clients", "nope").isEmpty());
        QCOMPARE(m_store->allRows("clients", "created_at").size(), 1);
        QString error;
        QVERIFY(!m_store->removeAll("nope", { "x" }, &error));
        QVERIFY2(error.contains("no table called nope"), qPrintable(error));
        QVERIFY(m_store->chartSummaries("no such client").isEmpty());
        model::SaveResult failed;
        failed.error = "it failed";
        QCOMPARE(failed.summary(), QString("it failed"));
    }

    void unknownTableIsAnError()
    {
        const auto result = m_store->save("clients; DROP TABLE clients", { { "first_name", "x" } });
        QVERIFY(!result.ok);
        QVERIFY(!m_store->row("nope", "x"));
        QCOMPARE(m_store->count("nope"), -1);
    }
};

QTEST_GUILESS_MAIN(TestPracticeStore)
#include "tst_practicestore.moc"
