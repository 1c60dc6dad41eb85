#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "exchange/ExportSchema.h"
#include "formats/Csv.h"
#include "formats/GzipDevice.h"
#include "formats/ZipArchive.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <memory>
#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace tp;
using exchange::Exporter;
using exchange::ExportFormat;
using exchange::ExportOptions;
using exchange::ExportScope;

namespace {

using test::CancelAfter;

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (formats::isGzip(f.peek(2))) {
        formats::GzipReader gz(&f);
        gz.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(gz.readAll()).object();
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QStringList> readCsv(formats::ZipReader& zip, const QString& name)
{
    std::unique_ptr<QIODevice> dev(zip.openEntry(name));
    QList<QStringList> out;
    if (!dev)
        return out;
    formats::CsvReader reader(dev.get());
    QStringList record;
    while (reader.readRecord(&record))
        out << record;
    return out;
}

QString python()
{
    return QFile::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    QString m_clientId;
    QString m_chartId;

    exchange::ExportResult run(ExportOptions options, const QString& name, Progress* progress = nullptr)
    {
        options.outputPath = m_dir.path(name);
        return Exporter::run(m_db->connection(), options, progress);
    }

    qint64 dbCount(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 60, 2, 21 }).ok);
        // A client whose fields hold everything CSV and JSON must escape.
        model::PracticeStore store(m_db->connection());
        const auto saved = store.save(
            "clients",
            { { "first_name", QString::fromUtf8("Zoë \"Zee\", the 2nd") },
              { "last_name", QString::fromUtf8("山田 🌙") },
              { "email", "zoe@example.com" },
              { "notes", QString::fromUtf8("Line one\nLine two, with comma\r\nand \"quotes\" 💫 — Ωμέγα") } });
        QVERIFY(saved.ok);
        m_clientId = saved.id;
        const auto birth = store.save("birth_data",
                                      { { "client_id", m_clientId },
                                        { "birth_date", "1990-04-01" },
                                        { "birth_time", "06:15:00" },
                                        { "time_unknown", 0 },
                                        { "latitude", 35.6895 },
                                        { "longitude", 139.69171 },
                                        { "timezone", "Asia/Tokyo" },
                                        { "city", QString::fromUtf8("東京") },
                                        { "country", "Japan" } });
        QVERIFY(birth.ok);
        const auto chart = store.save(
            "charts",
            { { "client_id", m_clientId },
              { "birth_data_id", birth.id },
              { "chart_type", "natal" },
              { "astro_system", "western" },
              { "zodiac_type", "tropical" },
              { "chart_name", "Natal, \"Zoë\"" },
              { "chart_data",
                R"({"planets":{"sun":{"longitude":11.2,"sign":"aries","degree":11,"minute":12,"house":12,"retrograde":false}},"houses":[{"number":1,"cusp":40.5,"sign":"taurus","degree":10,"minute":30}],"calculation_info":{"latitude":35.6895,"longitude":139.69171}})" } });
        QVERIFY(chart.ok);
        m_chartId = chart.id;
        QVERIFY(store
                    .save("session_notes",
                          { { "client_id", m_clientId },
                            { "note_date", "2026-01-02" },
                            { "note_content", "Private, \"very\"\nprivate" } })
                    .ok);
    }

    void cleanupTestCase() { m_db.reset(); }

    void fullJsonHasEveryRowAndValidates()
    {
        ExportOptions o;
        const auto r = run(o, "full.json");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.verified);
        const QJsonObject doc = readJson(r.outputPath);
        QCOMPARE(doc.value("format").toString(), QStringLiteral("theprogram-export"));
        QCOMPARE(doc.value("format_version").toString(), QStringLiteral("1.0"));
        QVERIFY(doc.value("exported_at").toString().endsWith('Z'));
        const QJsonObject tables = doc.value("tables").toObject();
        QCOMPARE(tables.size(), 11);
        for (const db::Table& t : db::TableRegistry::instance().tables()) {
            QCOMPARE(qint64(tables.value(t.name).toArray().size()), m_db->rowCount(t.name));
            QCOMPARE(r.counts.value(t.name), m_db->rowCount(t.name));
            QCOMPARE(qint64(doc.value("counts").toObject().value(t.name).toInt()), m_db->rowCount(t.name));
        }
        // Secrets never leave; JSON columns are values, booleans booleans.
        QVERIFY(!tables.value("app_config").toArray().at(0).toObject().contains("password_hash"));
        const QJsonObject chart = tables.value("charts").toArray().at(0).toObject();
        QVERIFY(chart.value("chart_data").isObject());
        QVERIFY(chart.value("calculation_params").isObject());
        QVERIFY(tables.value("birth_data").toArray().at(0).toObject().value("time_unknown").isBool());
        QVERIFY(
            tables.value("aspect_patterns").toArray().at(0).toObject().value("planets_involved").isArray());
        QCOMPARE(tables.value("app_config").toArray().at(0).toObject().value("id").toInt(), 1);

        // jq accepts it, and it validates against the shipped JSON Schema.
        QProcess jq;
        jq.start("jq", { "-e", ".tables.clients | length", r.outputPath });
        QVERIFY(jq.waitForFinished(60000));
        QCOMPARE(jq.exitCode(), 0);
        QCOMPARE(jq.readAllStandardOutput().trimmed().toLongLong(), m_db->rowCount("clients"));
        QProcess validate;
        validate.start(
            python(),
            { "-c",
              "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
              "json.load(open(sys.argv[2]))); print('valid')",
              r.outputPath,
              QStringLiteral(THEPROGRAM_SOURCE_DIR "/resources/schema/theprogram-export.schema.json") });
        QVERIFY(validate.waitForFinished(120000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
    }

    void specialCharactersSurviveJson()
    {
        ExportOptions o;
        o.scope = ExportScope::Client;
        o.ids = { m_clientId };
        o.pretty = true;
        const auto r = run(o, "special.json");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject client
            = readJson(r.outputPath).value("tables").toObject().value("clients").toArray().at(0).toObject();
        QCOMPARE(client.value("first_name").toString(), QString::fromUtf8("Zoë \"Zee\", the 2nd"));
        QCOMPARE(client.value("last_name").toString(), QString::fromUtf8("山田 🌙"));
        QCOMPARE(client.value("notes").toString(),
                 QString::fromUtf8("Line one\nLine two, with comma\r\nand \"quotes\" 💫 — Ωμέγα"));
        QVERIFY(client.value("phone").isNull());
    }

    void csvBundleIsRfc4180AndChecksOut()
    {
        ExportOptions o;
        o.format = ExportFormat::CsvBundle;
        const auto r = run(o, "full.zip");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.verified);
        QProcess unzip;
        unzip.start("unzip", { "-t", r.outputPath });
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);

        formats::ZipReader zip(r.outputPath);
        QVERIFY(zip.isOpen());
        QVERIFY(zip.entryNames().contains("manifest.json"));
        for (const db::Table& t : db::TableRegistry::instance().tables()) {
            const auto rows = readCsv(zip, t.name + ".csv");
            QCOMPARE(qint64(rows.size() - 1), m_db->rowCount(t.name));
        }
        // Raw bytes: BOM, CRLF, quoting.
        std::unique_ptr<QIODevice> raw(zip.openEntry("clients.csv"));
        const QByteArray bytes = raw->readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "id,first_name,last_name,email,phone,notes,created_at,updated_at\r\n"));
        QVERIFY(
            bytes.contains(QString::fromUtf8(",\"Zoë \"\"Zee\"\", the 2nd\",山田 🌙,zoe@example.com,,\"Line "
                                             "one\nLine two, with comma\r\nand \"\"quotes\"\" 💫 — Ωμέγα\",")
                               .toUtf8()));
        // The reader gives the exact values back; an empty unquoted field is NULL.
        for (const QStringList& rec : readCsv(zip, "clients.csv")) {
            if (rec.first() == m_clientId) {
                QCOMPARE(rec.at(1), QString::fromUtf8("Zoë \"Zee\", the 2nd"));
                QCOMPARE(rec.at(5),
                         QString::fromUtf8("Line one\nLine two, with comma\r\nand \"quotes\" 💫 — Ωμέγα"));
                QVERIFY(rec.at(4).isNull());
            }
        }
        QVERIFY(!zip.entryNames().contains("chart_positions.csv"));
        QProcess validate;
        validate.start(python(),
                       { "-c",
                         "import json,sys,zipfile,jsonschema; "
                         "m=json.loads(zipfile.ZipFile(sys.argv[1]).read('manifest.json')); "
                         "jsonschema.validate(m, json.load(open(sys.argv[2]))); print('valid')",
                         r.outputPath,
                         QStringLiteral(THEPROGRAM_SOURCE_DIR
                                        "/resources/schema/theprogram-export-manifest.schema.json") });
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
    }

    void scopes_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("format");
        for (int f : { int(ExportFormat::Json), int(ExportFormat::CsvBundle) }) {
            const char* fmt = f == int(ExportFormat::Json) ? "json" : "csv";
            QTest::addRow("client %s", fmt) << int(ExportScope::Client) << f;
            QTest::addRow("chart %s", fmt) << int(ExportScope::Chart) << f;
            QTest::addRow("selective %s", fmt) << int(ExportScope::Selective) << f;
        }
    }

    void scopes()
    {
        QFETCH(int, scope);
        QFETCH(int, format);
        ExportOptions o;
        o.scope = ExportScope(scope);
        o.format = ExportFormat(format);
        QMap<QString, qint64> expected;
        if (o.scope == ExportScope::Client) {
            o.ids = { m_clientId };
            expected = { { "clients", 1 },         { "birth_data", 1 },
                         { "charts", 1 },          { "chart_interpretations", 0 },
                         { "aspect_patterns", 0 }, { "transit_events", 0 },
                         { "session_notes", 1 } };
        } else if (o.scope == ExportScope::Chart) {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec("SELECT id, client_id, birth_data_id FROM charts WHERE chart_type = 'natal' AND "
                           "client_id != '"
                           + m_clientId + "' LIMIT 1")
                    && q.next());
            o.ids = { q.value(0).toString() };
            const QString chart = q.value(0).toString();
            expected = {
                { "clients", 1 },
                { "birth_data", 1 },
                { "charts", 1 },
                { "chart_interpretations",
                  dbCount("SELECT COUNT(*) FROM chart_interpretations WHERE chart_id = '" + chart + "'") },
                { "aspect_patterns",
                  dbCount("SELECT COUNT(*) FROM aspect_patterns WHERE chart_id = '" + chart + "'") },
                { "transit_events",
                  dbCount("SELECT COUNT(*) FROM transit_events WHERE chart_id = '" + chart + "'") }
            };
        } else {
            o.from = QDate(1960, 1, 1);
            o.to = QDate(1979, 12, 31);
            o.dateField = exchange::DateField::BirthDate;
            o.chartType = "natal";
            const QString clients = "SELECT b.client_id FROM birth_data b WHERE b.birth_date BETWEEN "
                                    "'1960-01-01' AND '1979-12-31'";
            const QString charts
                = "SELECT id FROM charts WHERE chart_type = 'natal' AND client_id IN (" + clients + ")";
            expected = {
                { "clients", dbCount("SELECT COUNT(DISTINCT client_id) FROM (" + clients + ")") },
                { "charts", dbCount("SELECT COUNT(*) FROM (" + charts + ")") },
                { "chart_interpretations",
                  dbCount("SELECT COUNT(*) FROM chart_interpretations WHERE chart_id IN (" + charts + ")") },
                { "session_notes",
                  dbCount("SELECT COUNT(*) FROM session_notes WHERE client_id IN (" + clients + ")") }
            };
            QVERIFY(expected.value("clients") > 0);
        }
        const auto r = run(o,
                           QString("scope-%1-%2").arg(scope).arg(format)
                               + (format == int(ExportFormat::Json) ? ".json" : ".zip"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.verified);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(
                r.counts.value(it.key()) == it.value(),
                qPrintable(
                    QString("%1: %2 != %3").arg(it.key()).arg(r.counts.value(it.key())).arg(it.value())));
        QVERIFY(!r.counts.contains("app_config"));
        QVERIFY(!r.counts.contains("location_cache"));
        if (o.scope == ExportScope::Chart && o.format == ExportFormat::CsvBundle) {
            formats::ZipReader zip(r.outputPath);
            const auto positions = readCsv(zip, "chart_positions.csv");
            QCOMPARE(positions.first(),
                     QStringList({ "name", "longitude", "sign", "degree", "minute", "house", "retrograde" }));
            QCOMPARE(positions.size(), 1 + 14 + 12); // header, bodies, cusps
        }
    }

    void withoutInterpretations()
    {
        ExportOptions o;
        o.includeInterpretations = false;
        const auto r = run(o, "nointerp.json");
        QVERIFY(r.ok);
        QVERIFY(!readJson(r.outputPath).value("tables").toObject().contains("chart_interpretations"));
    }

    void anonymisation()
    {
        ExportOptions o;
        o.anonymize = true;
        o.coarsenPlaces = true;
        o.gzip = true;
        const auto r = run(o, "anon.json.gz");
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject doc = readJson(r.outputPath);
        QVERIFY(doc.value("options").toObject().value("anonymized").toBool());
        const QJsonObject tables = doc.value("tables").toObject();
        QSet<QString> pseudonyms;
        for (const QJsonValue& v : tables.value("clients").toArray()) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value("first_name").toString(), QStringLiteral("Client"));
            QVERIFY(QRegularExpression("^\\d{4}$").match(c.value("last_name").toString()).hasMatch());
            pseudonyms.insert(c.value("last_name").toString());
            QVERIFY(c.value("email").isNull() && c.value("phone").isNull() && c.value("notes").isNull());
        }
        QCOMPARE(pseudonyms.size(), tables.value("clients").toArray().size());
        for (const QJsonValue& v : tables.value("session_notes").toArray())
            QVERIFY(v.toObject().value("note_content").isNull());
        for (const QJsonValue& v : tables.value("birth_data").toArray()) {
            const QJsonObject b = v.toObject();
            QVERIFY(b.value("city").isNull());
            QCOMPARE(b.value("latitude").toDouble(), std::round(b.value("latitude").toDouble()));
        }
        for (const QJsonValue& v : tables.value("charts").toArray()) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value("chart_name").toString().contains(QRegularExpression("Client \\d{4}$")));
            const double lat = c.value("chart_data")
                                   .toObject()
                                   .value("calculation_info")
                                   .toObject()
                                   .value("latitude")
                                   .toDouble();
            QCOMPARE(lat, std::round(lat));
        }
        const QByteArray text = QJsonDocument(doc).toJson();
        QVERIFY(!text.contains("zoe@example.com"));
        QVERIFY(!text.contains(QString::fromUtf8("山田 🌙").toUtf8()));
        // Pseudonyms are stable: the same client gets the same one next time.
        const auto again = run(o, "anon2.json.gz");
        QCOMPARE(readJson(again.outputPath).value("tables").toObject().value("clients"),
                 tables.value("clients"));
    }

    void fieldExclusion()
    {
        ExportOptions o;
        QString error;
        QVERIFY(exchange::parseExcludedFields("clients.email, clients.phone,session_notes.note_content",
                                              &o.excludedFields, &error));
        o.format = ExportFormat::CsvBundle;
        const auto r = run(o, "excluded.zip");
        QVERIFY2(r.ok, qPrintable(r.error));
        formats::ZipReader zip(r.outputPath);
        const QStringList header = readCsv(zip, "clients.csv").first();
        QVERIFY(!header.contains("email") && !header.contains("phone"));
        QVERIFY(header.contains("first_name"));
        QVERIFY(!readCsv(zip, "session_notes.csv").first().contains("note_content"));

        QMap<QString, QSet<QString>> bad;
        QVERIFY(!exchange::parseExcludedFields("clients.id", &bad, &error));
        QVERIFY(error.contains("re-importable"));
        QVERIFY(!exchange::parseExcludedFields("charts.client_id", &bad, &error));
        QVERIFY(!exchange::parseExcludedFields("clients.shoe_size", &bad, &error));
        QVERIFY(error.contains("clients.shoe_size"));
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("json") << int(ExportFormat::Json) << false;
        QTest::newRow("json.gz") << int(ExportFormat::Json) << true;
        QTest::newRow("csv") << int(ExportFormat::CsvBundle) << false;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(int, format);
        QFETCH(bool, gzip);
        test::TempDir out;
        ExportOptions o;
        o.format = ExportFormat(format);
        o.gzip = gzip;
        o.outputPath = out.path("cancelled.out");
        CancelAfter cancel(1000);
        const auto r = Exporter::run(m_db->connection(), o, &cancel);
        QVERIFY(!r.ok);
        QVERIFY(r.canceled);
        QVERIFY(r.error.contains("no file"));
        QDirIterator it(out.path(""), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }

    void existingFileSurvivesFailedExport()
    {
        const QString path = m_dir.path("keep.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export");
        f.close();
        ExportOptions o;
        o.outputPath = path;
        CancelAfter cancel(300);
        QVERIFY(!Exporter::run(m_db->connection(), o, &cancel).ok);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous export"));
    }

    void verifyDetectsDamage()
    {
        ExportOptions o;
        auto r = run(o, "damaged.json");
        QVERIFY(r.ok);
        QFile f(r.outputPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        all.truncate(all.size() / 2);
        f.resize(0);
        f.write(all);
        f.close();
        QVERIFY(Exporter::verify(r.outputPath).contains("not valid at line"));

        o.gzip = true;
        r = run(o, "damaged.json.gz");
        QVERIFY(r.ok);
        QVERIFY(f.open(QIODevice::ReadWrite) || QFile(r.outputPath).exists());
        QFile gz(r.outputPath);
        QVERIFY(gz.open(QIODevice::ReadWrite));
        QByteArray bytes = gz.readAll();
        bytes.truncate(bytes.size() - 100);
        gz.resize(0);
        gz.write(bytes);
        gz.close();
        QVERIFY(!Exporter::verify(r.outputPath).isEmpty());
    }

    void missingClientIsAnError()
    {
        ExportOptions o;
        o.scope = ExportScope::Client;
        o.ids = { "00000000-0000-4000-8000-000000000000" };
        const auto r = run(o, "nobody.json");
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("does not exist"));
        QVERIFY(!QFile::exists(m_dir.path("nobody.json")));
    }

    void suggestedNames()
    {
        const QDate day(2026, 11, 26);
        ExportOptions o;
        QCOMPARE(Exporter::suggestedFileName(m_db->connection(), o, day),
                 QStringLiteral("TheProgram_Export_2026-11-26.json"));
        o.gzip = true;
        QCOMPARE(Exporter::suggestedFileName(m_db->connection(), o, day),
                 QStringLiteral("TheProgram_Export_2026-11-26.json.gz"));
        model::PracticeStore store(m_db->connection());
        const QString anna
            = store
                  .save("clients", { { "first_name", "Anna" }, { "last_name", QString::fromUtf8("Müller") } })
                  .id;
        o = {};
        o.scope = ExportScope::Client;
        o.ids = { anna };
        o.format = ExportFormat::CsvBundle;
        QCOMPARE(Exporter::suggestedFileName(m_db->connection(), o, day),
                 QStringLiteral("TheProgram_Client_Muller_Anna_2026-11-26.zip"));
        QVERIFY(store.remove("clients", anna));
        o = {};
        o.scope = ExportScope::Chart;
        o.ids = { m_chartId };
        QVERIFY2(Exporter::suggestedFileName(m_db->connection(), o, day).startsWith("TheProgram_Chart_"),
                 qPrintable(Exporter::suggestedFileName(m_db->connection(), o, day)));
        QVERIFY(Exporter::suggestedFileName(m_db->connection(), o, day).endsWith("_natal_2026-11-26.json"));
        o.anonymize = true;
        QCOMPARE(Exporter::suggestedFileName(m_db->connection(), o, day),
                 QStringLiteral("TheProgram_Chart_2026-11-26.json"));
    }

    // What is missing from the request is said before anything is read.
    void incompleteRequestsAreSaid()
    {
        ExportOptions o;
        QCOMPARE(Exporter::run(m_db->connection(), o).error, QString("No output file was given."));
        o.outputPath = m_dir.path("never.json");
        o.scope = ExportScope::Client;
        QCOMPARE(Exporter::run(m_db->connection(), o).error, QString("Choose the client to export."));
        o.scope = ExportScope::Chart;
        QCOMPARE(Exporter::run(m_db->connection(), o).error, QString("Choose the chart to export."));
        o.ids = { "00000000-0000-4000-8000-00000000dead" };
        QCOMPARE(Exporter::run(m_db->connection(), o).error,
                 QString("The chart to export does not exist (any more)."));
        QVERIFY(!QFile::exists(o.outputPath));
    }

    void previewCountsAndSample()
    {
        ExportOptions o;
        o.scope = ExportScope::Client;
        o.ids = { m_clientId };
        QString error;
        const auto p = Exporter::preview(m_db->connection(), o, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(p.counts.value("clients"), 1);
        QVERIFY(p.sample.contains("\"format\": \"theprogram-export\"")
                || p.sample.contains("\"format\":\"theprogram-export\""));
        QVERIFY(p.sample.count('\n') <= 50);
        QVERIFY(p.estimatedBytes > 0);
    }

    void shippedSchemasMatchTheRegistry()
    {
        const auto check = [](const QString& file, const QJsonObject& expected) {
            QFile f(QStringLiteral(THEPROGRAM_SOURCE_DIR "/resources/schema/") + file);
            if (qEnvironmentVariableIsSet("THEPROGRAM_UPDATE_SCHEMAS")) {
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QJsonDocument(expected).toJson(QJsonDocument::Indented));
                return;
            }
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            QVERIFY2(QJsonDocument::fromJson(f.readAll()).object() == expected,
                     qPrintable(file + " is out of date: run tst_export with THEPROGRAM_UPDATE_SCHEMAS=1"));
        };
        check("theprogram-export.schema.json", exchange::exportDocumentSchema());
        check("theprogram-export-manifest.schema.json", exchange::bundleManifestSchema());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
