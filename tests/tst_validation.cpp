#include "db/TableRegistry.h"
#include "model/Validation.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QtTest>

using namespace tp;
using model::Problem;
using model::Validator;

Q_DECLARE_METATYPE(model::Severity)

// What counts as a valid value, column by column, as the dialogs, the store
// and (later) the importer see it.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        Clock::setFixed(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    }

    void value_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("expected"); // -1 valid, 0 error, 1 warning
        QTest::addColumn<QString>("wording");

        const int ok = -1, error = 0, warning = 1;
        QTest::newRow("latitude 52.5") << "birth_data"
                                       << "latitude" << QVariant(52.5) << ok << "";
        QTest::newRow("latitude -90") << "birth_data"
                                      << "latitude" << QVariant(-90) << ok << "";
        QTest::newRow("latitude 90.0001") << "birth_data"
                                          << "latitude" << QVariant(90.0001) << error << "between -90 and 90";
        QTest::newRow("latitude text 123") << "birth_data"
                                           << "latitude" << QVariant("123") << error << "between -90 and 90";
        QTest::newRow("latitude word") << "birth_data"
                                       << "latitude" << QVariant("north") << error << "must be a number";
        QTest::newRow("latitude missing") << "birth_data"
                                          << "latitude" << QVariant() << error << "Latitude is required";
        QTest::newRow("longitude 180") << "birth_data"
                                       << "longitude" << QVariant("180") << ok << "";
        QTest::newRow("longitude -180.5")
            << "birth_data"
            << "longitude" << QVariant(-180.5) << error << "between -180 and 180";
        QTest::newRow("date ok") << "birth_data"
                                 << "birth_date" << QVariant("1985-06-21") << ok << "";
        QTest::newRow("date leap day") << "birth_data"
                                       << "birth_date" << QVariant("2000-02-29") << ok << "";
        QTest::newRow("date not leap")
            << "birth_data"
            << "birth_date" << QVariant("1900-02-29") << error << "not a real calendar date";
        QTest::newRow("date US order") << "birth_data"
                                       << "birth_date" << QVariant("06/21/1985") << error << "YYYY-MM-DD";
        QTest::newRow("time ok") << "birth_data"
                                 << "birth_time" << QVariant("23:59:59") << ok << "";
        QTest::newRow("time without seconds") << "birth_data"
                                              << "birth_time" << QVariant("14:30") << ok << "";
        QTest::newRow("time 24:00") << "birth_data"
                                    << "birth_time" << QVariant("24:00:00") << error << "HH:MM:SS";
        QTest::newRow("time empty is fine") << "birth_data"
                                            << "birth_time" << QVariant("") << ok << "";
        QTest::newRow("zone Berlin") << "birth_data"
                                     << "timezone" << QVariant("Europe/Berlin") << ok << "";
        QTest::newRow("zone Kathmandu") << "birth_data"
                                        << "timezone" << QVariant("Asia/Kathmandu") << ok << "";
        QTest::newRow("zone invented")
            << "birth_data"
            << "timezone" << QVariant("Mars/Olympus_Mons") << error << "not a known IANA time zone";
        QTest::newRow("utc offset +840") << "birth_data"
                                         << "utc_offset" << QVariant(840) << ok << "";
        QTest::newRow("utc offset 900") << "birth_data"
                                        << "utc_offset" << QVariant(900) << error << "between -840 and 840";
        QTest::newRow("utc offset fraction") << "birth_data"
                                             << "utc_offset" << QVariant("60.5") << error << "whole number";
        QTest::newRow("rodden AA") << "birth_data"
                                   << "rodden_rating" << QVariant("AA") << ok << "";
        QTest::newRow("rodden XX") << "birth_data"
                                   << "rodden_rating" << QVariant("XX") << ok << "";
        QTest::newRow("rodden Q") << "birth_data"
                                  << "rodden_rating" << QVariant("Q") << error
                                  << "not one of AA, A, B, C, DD, X, XX";
        QTest::newRow("time_unknown true") << "birth_data"
                                           << "time_unknown" << QVariant(true) << ok << "";
        QTest::newRow("time_unknown 2") << "birth_data"
                                        << "time_unknown" << QVariant("2") << error << "yes or no";
        QTest::newRow("client uuid") << "birth_data"
                                     << "client_id" << QVariant("6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01") << ok
                                     << "";
        QTest::newRow("client uuid upper")
            << "birth_data"
            << "client_id" << QVariant("6F1C1E36-8F0E-4C2A-9D39-0D4B6A7B1C01") << error << "must be a UUID";
        QTest::newRow("chart type natal") << "charts"
                                          << "chart_type" << QVariant("natal") << ok << "";
        QTest::newRow("chart type harmonic (open list)")
            << "charts"
            << "chart_type" << QVariant("harmonic") << warning << "not one of";
        QTest::newRow("astro system mayan (closed)")
            << "charts"
            << "astro_system" << QVariant("mayan") << error << "not one of western, vedic, human_design";
        QTest::newRow("zodiac sidereal") << "charts"
                                         << "zodiac_type" << QVariant("sidereal") << ok << "";
        QTest::newRow("house system meridian (open)")
            << "charts"
            << "house_system" << QVariant("meridian") << warning << "";
        QTest::newRow("chart_data object") << "charts"
                                           << "chart_data" << QVariant("{\"planets\":{}}") << ok << "";
        QTest::newRow("chart_data array") << "charts"
                                          << "chart_data" << QVariant("[1,2]") << error << "JSON object";
        QTest::newRow("chart_data broken")
            << "charts"
            << "chart_data" << QVariant("{\"planets\":") << error << "not valid JSON";
        QTest::newRow("chart_data scalar") << "charts"
                                           << "chart_data" << QVariant("42") << error << "JSON object";
        QTest::newRow("chart_data object then more")
            << "charts"
            << "chart_data" << QVariant("{} {}") << error << "not valid JSON";
        QTest::newRow("chart_data nested array first")
            << "charts"
            << "chart_data" << QVariant("{\"a\":[1,{\"b\":[]}]}") << ok << "";
        QTest::newRow("planets_involved nested")
            << "aspect_patterns"
            << "planets_involved" << QVariant("[{\"x\":1},[2]]") << ok << "";
        QTest::newRow("planets_involved string")
            << "aspect_patterns"
            << "planets_involved" << QVariant("\"sun\"") << error << "JSON array";
        QTest::newRow("planets_involved array")
            << "aspect_patterns"
            << "planets_involved" << QVariant("[\"sun\",\"moon\"]") << ok << "";
        QTest::newRow("planets_involved object")
            << "aspect_patterns"
            << "planets_involved" << QVariant("{}") << error << "JSON array";
        QTest::newRow("event date") << "transit_events"
                                    << "event_date" << QVariant("2026-03-01 10:00:00") << ok << "";
        QTest::newRow("event date bad") << "transit_events"
                                        << "event_date" << QVariant("March 1st") << error << "date and time";
        QTest::newRow("is_applying null") << "transit_events"
                                          << "is_applying" << QVariant() << ok << "";
        QTest::newRow("approval") << "chart_interpretations"
                                  << "is_approved" << QVariant("maybe") << error
                                  << "pending, approved, rejected, needs_review";
        QTest::newRow("element type") << "chart_interpretations"
                                      << "element_type" << QVariant("pattern") << ok << "";
        QTest::newRow("version 0") << "chart_interpretations"
                                   << "version" << QVariant(0) << error << "between 1 and";
        QTest::newRow("text may be empty") << "chart_interpretations"
                                           << "ai_description" << QVariant("") << ok << "";
        QTest::newRow("text may not be null") << "chart_interpretations"
                                              << "ai_description" << QVariant() << error << "required";
        QTest::newRow("singleton id 1") << "app_config"
                                        << "id" << QVariant("1") << ok << "";
        QTest::newRow("singleton id 2") << "app_config"
                                        << "id" << QVariant(2) << error << "must be 1";
    }

    void value()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(int, expected);
        QFETCH(QString, wording);
        const db::Table* t = db::TableRegistry::instance().table(table);
        QVERIFY(t);
        const db::Column* c = t->column(column);
        QVERIFY(c);
        const QList<Problem> problems = Validator::checkValue(*t, *c, value);
        if (expected < 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().severity), expected);
        QCOMPARE(problems.first().field, column);
        QCOMPARE(problems.first().table, table);
        QVERIFY2(problems.first().message.contains(wording), qPrintable(problems.first().message));
    }

    // JSON the caller parsed already (an object or array of an import file) is checked for its shape only.
    void parsedJsonIsCheckedForItsShape()
    {
        const db::Table& charts = *db::TableRegistry::instance().table("charts");
        const db::Column& chartData = *charts.column("chart_data");
        QVERIFY(Validator::checkValue(charts, chartData, QString("{\"planets\":{}}"), true).isEmpty());
        const auto array = Validator::checkValue(charts, chartData, QString("[1,2]"), true);
        QCOMPARE(array.size(), 1);
        QVERIFY(array.first().message.contains("JSON object"));
        const db::Table& patterns = *db::TableRegistry::instance().table("aspect_patterns");
        const db::Column& planets = *patterns.column("planets_involved");
        QVERIFY(Validator::checkValue(patterns, planets, QString("[\"sun\"]"), true).isEmpty());
        QCOMPARE(Validator::checkValue(patterns, planets, QString("{}"), true).size(), 1);
        // validateRow passes the hint for the columns named, and only for those.
        model::Row row{ { "chart_data", "{not json" } };
        const auto withHint = Validator::validateRow(charts, row, { "chart_data" });
        const auto without = Validator::validateRow(charts, row);
        const auto about = [](const QList<Problem>& ps) {
            QStringList out;
            for (const Problem& p : ps)
                if (p.field == "chart_data")
                    out << p.message;
            return out;
        };
        QVERIFY(about(withHint).isEmpty());
        QCOMPARE(about(without).size(), 1);
        QVERIFY(about(without).first().contains("not valid JSON"));
    }

    void birthTimeRequiredUnlessUnknown()
    {
        const db::Table& t = *db::TableRegistry::instance().table("birth_data");
        model::Row row{ { "id", "b0000000-0000-4000-8000-000000000001" },
                        { "client_id", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01" },
                        { "birth_date", "1985-06-21" },
                        { "time_unknown", 0 },
                        { "latitude", 52.5 },
                        { "longitude", 13.4 },
                        { "timezone", "Europe/Berlin" },
                        { "created_at", "2025-11-15 15:46:56" },
                        { "updated_at", "2025-11-15 15:46:56" } };
        QList<Problem> problems = Validator::validateRow(t, row);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("birth_time"));
        QVERIFY(Validator::hasErrors(problems));

        row.insert("time_unknown", 1);
        QVERIFY(Validator::validateRow(t, row).isEmpty());
        row.insert("time_unknown", 0);
        row.insert("birth_time", "14:30:00");
        QVERIFY(Validator::validateRow(t, row).isEmpty());
    }

    void birthDateWarnings_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("wording");
        QTest::newRow("future") << "2027-01-01"
                                << "in the future";
        QTest::newRow("before 1000") << "0999-12-31"
                                     << "before the year 1000";
    }

    void birthDateWarnings()
    {
        QFETCH(QString, date);
        QFETCH(QString, wording);
        const db::Table& t = *db::TableRegistry::instance().table("birth_data");
        const model::Row row{ { "id", "b0000000-0000-4000-8000-000000000001" },
                              { "client_id", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01" },
                              { "birth_date", date },
                              { "birth_time", "12:00:00" },
                              { "time_unknown", 0 },
                              { "latitude", 0 },
                              { "longitude", 0 },
                              { "timezone", "UTC" },
                              { "created_at", "2025-11-15 15:46:56" },
                              { "updated_at", "2025-11-15 15:46:56" } };
        const QList<Problem> problems = Validator::validateRow(t, row);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().severity, model::Severity::Warning);
        QVERIFY(problems.first().message.contains(wording));
        QVERIFY(!Validator::hasErrors(problems));
    }

    void fieldLabels()
    {
        QCOMPARE(Validator::fieldLabel("birth_date"), QStringLiteral("Birth date"));
        QCOMPARE(Validator::fieldLabel("rodden_rating"), QStringLiteral("Rodden rating"));
        QCOMPARE(Validator::fieldLabel("utc_offset"), QStringLiteral("UTC offset"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
