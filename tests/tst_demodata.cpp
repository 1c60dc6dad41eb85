#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"
#include "model/Validation.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace tp;

using test::CancelAfter;

class TestDemoData : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    std::unique_ptr<db::Database> generate(const QString& name, int clients, int charts, quint64 seed)
    {
        auto database = test::openDatabase(m_dir.path(name));
        if (!database)
            return nullptr;
        const auto result = demo::DemoGenerator::generate(database->connection(), { clients, charts, seed });
        if (!result.ok) {
            qWarning("%s", qPrintable(result.error));
            return nullptr;
        }
        return database;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void sameSeedGivesIdenticalRows()
    {
        auto a = generate("a.db", 60, 2, 7);
        auto b = generate("b.db", 60, 2, 7);
        auto c = generate("c.db", 60, 2, 8);
        QVERIFY(a && b && c);
        const QByteArray dumpA = test::dumpRows(a->connection());
        QVERIFY(dumpA.size() > 1000000);
        QCOMPARE(dumpA, test::dumpRows(b->connection()));
        QVERIFY(dumpA != test::dumpRows(c->connection()));
    }

    void everyTableIsFilledAndEveryRowIsValid()
    {
        auto database = generate("shape.db", 120, 2, 3);
        QVERIFY(database);
        QSqlDatabase c = database->connection();
        for (const db::Table& table : db::TableRegistry::instance().tables()) {
            QVERIFY2(database->rowCount(table.name) > 0, qPrintable(table.name));
            // The generator writes only what the validator accepts.
            QSqlQuery q(c);
            QVERIFY(q.exec("SELECT * FROM " + table.name));
            int rows = 0;
            while (q.next() && rows++ < 3000) {
                model::Row row;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i)
                    row.insert(r.fieldName(i), q.value(i));
                const auto problems = model::Validator::validateRow(table, row);
                QVERIFY2(!model::Validator::hasErrors(problems),
                         qPrintable(table.name + ": " + problems.value(0).message));
            }
        }
        QCOMPARE(database->rowCount("clients"), 120);
        QCOMPARE(database->rowCount("birth_data"), 120);
        QCOMPARE(database->rowCount("charts"), 240);
        QCOMPARE(database->rowCount("interpretations"), 465);
        QSqlQuery q(c);
        QVERIFY(q.exec("SELECT MIN(n), MAX(n) FROM (SELECT COUNT(*) AS n FROM chart_interpretations GROUP BY "
                       "chart_id)"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 20);
        QVERIFY(q.value(1).toInt() <= 40);
        QVERIFY(q.exec(
            "SELECT MIN(LENGTH(ai_description)), MAX(LENGTH(ai_description)) FROM chart_interpretations"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 500);
        QVERIFY(q.value(1).toInt() <= 3400);
    }

    void chartDataHasTheStoredShape()
    {
        auto database = generate("charts.db", 150, 1, 11);
        QVERIFY(database);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec("SELECT c.chart_data, c.chart_type, c.zodiac_type, b.birth_date FROM charts c "
                       "JOIN birth_data b ON b.id = c.birth_data_id"));
        int charts = 0, sunMatchesBirthday = 0, tropicalNatal = 0;
        while (q.next()) {
            ++charts;
            const QByteArray json = q.value(0).toByteArray();
            QVERIFY2(json.size() >= 10 * 1024 && json.size() <= 15 * 1024,
                     qPrintable(QString::number(json.size())));
            const QJsonObject root = QJsonDocument::fromJson(json).object();
            const QJsonObject planets = root.value("planets").toObject();
            for (const char* body : { "sun", "moon", "mercury", "venus", "mars", "jupiter", "saturn",
                                      "uranus", "neptune", "pluto", "north_node", "chiron" }) {
                const QJsonObject p = planets.value(QLatin1String(body)).toObject();
                QVERIFY2(!p.isEmpty(), body);
                for (const char* key :
                     { "longitude", "latitude", "speed", "sign", "degree", "minute", "house", "retrograde" })
                    QVERIFY2(p.contains(QLatin1String(key)), key);
                QVERIFY(p.value("longitude").toDouble() >= 0 && p.value("longitude").toDouble() < 360);
                QVERIFY(p.value("house").toInt() >= 1 && p.value("house").toInt() <= 12);
            }
            const QJsonArray houses = root.value("houses").toArray();
            QCOMPARE(houses.size(), 12);
            QCOMPARE(houses.at(0).toObject().value("number").toInt(), 1);
            QVERIFY(houses.at(11).toObject().contains("cusp"));
            QVERIFY(!root.value("aspects").toArray().isEmpty());
            const QJsonObject aspect = root.value("aspects").toArray().at(0).toObject();
            for (const char* key : { "planet1", "planet2", "aspect_type", "angle", "orb", "applying" })
                QVERIFY(aspect.contains(QLatin1String(key)));
            QVERIFY(root.value("patterns").isArray());
            QVERIFY(root.value("houses_metadata").toObject().contains("ascendant"));
            QVERIFY(root.value("calculation_info").toObject().contains("julian_day"));

            // The Sun's sign follows the birthday (tropical zodiac).
            if (q.value(1).toString() == "natal" && q.value(2).toString() == "tropical") {
                ++tropicalNatal;
                const QDate d = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                static const int starts[] = { 321, 420, 521, 621, 723, 823, 923, 1023, 1122, 1222, 120, 219 };
                const int md = d.month() * 100 + d.day();
                int expected = 9; // capricorn by default (Dec 22 – Jan 19)
                for (int s = 0; s < 12; ++s) {
                    const int start = starts[s], end = starts[(s + 1) % 12];
                    if ((start < end && md >= start && md < end)
                        || (start > end && (md >= start || md < end)))
                        expected = s;
                }
                static const QStringList signs
                    = { "aries", "taurus",  "gemini",      "cancer",    "leo",      "virgo",
                        "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces" };
                sunMatchesBirthday
                    += planets.value("sun").toObject().value("sign").toString() == signs.at(expected);
            }
        }
        QCOMPARE(charts, 150);
        // Cusp days may fall either side; nearly all must match.
        QVERIFY2(sunMatchesBirthday >= tropicalNatal * 9 / 10,
                 qPrintable(QString("%1 of %2").arg(sunMatchesBirthday).arg(tropicalNatal)));
    }

    void namesAndPlacesArePlausible()
    {
        auto database = generate("names.db", 400, 1, 7);
        QVERIFY(database);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec("SELECT first_name || ' ' || last_name FROM clients"));
        QString all;
        while (q.next())
            all += q.value(0).toString() + '\n';
        for (const char* s : { "ü", "ø", "é", "山田", "Ø" })
            QVERIFY2(all.contains(QString::fromUtf8(s)), s);
        // Birth places are real cities with their zones; utc_offset agrees with the zone.
        QVERIFY(q.exec("SELECT COUNT(*) FROM birth_data b JOIN location_cache l ON l.city_name = b.city AND "
                       "l.latitude = b.latitude AND l.longitude = b.longitude AND l.timezone = b.timezone"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 400);
        QVERIFY(q.exec("SELECT COUNT(DISTINCT rodden_rating), COUNT(DISTINCT timezone) FROM birth_data"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 5);
        QVERIFY(q.value(1).toInt() >= 20);
        QVERIFY(q.exec("SELECT utc_offset FROM birth_data WHERE timezone = 'Asia/Kolkata' LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 330);
    }

    void cancelLeavesDatabaseUntouched()
    {
        auto database = test::openDatabase(m_dir.path("cancel.db"));
        QVERIFY(database);
        const QByteArray before = test::dumpRows(database->connection());
        CancelAfter cancel(5);
        const auto result = demo::DemoGenerator::generate(database->connection(), { 50, 1, 1 }, &cancel);
        QVERIFY(!result.ok);
        QVERIFY(result.canceled);
        QCOMPARE(test::dumpRows(database->connection()), before);
    }

    void secondRunAddsClientsButNotTheLibraryAgain()
    {
        auto database = generate("twice.db", 10, 1, 1);
        QVERIFY(database);
        const auto result = demo::DemoGenerator::generate(database->connection(), { 10, 1, 2 });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(database->rowCount("clients"), 20);
        QCOMPARE(database->rowCount("interpretations"), 465);
        QCOMPARE(result.inserted.value("location_cache"), 0); // places already known are not repeated
        // The same seed again collides with itself and changes nothing.
        const QByteArray before = test::dumpRows(database->connection());
        const auto again = demo::DemoGenerator::generate(database->connection(), { 10, 1, 2 });
        QVERIFY(!again.ok);
        QCOMPARE(test::dumpRows(database->connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
