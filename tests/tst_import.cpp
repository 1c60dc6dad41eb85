#include "demo/DemoGenerator.h"
#include "exchange/Converter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "formats/GzipDevice.h"
#include "formats/ZipArchive.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tp;
using exchange::ConflictStrategy;
using exchange::Importer;
using exchange::ImportOptions;
using exchange::ImportProblem;

namespace {

// The practice tables as the exporter writes them (each database keeps its
// own settings rows; JSON columns compare as JSON values, not as text).
QJsonObject practiceRows(QSqlDatabase db)
{
    static int n = 0;
    QTemporaryDir dir;
    exchange::ExportOptions o;
    o.outputPath = dir.filePath(QString("rows-%1.json").arg(++n));
    o.verify = false;
    if (!exchange::Exporter::run(db, o).ok)
        return {};
    QFile f(o.outputPath);
    f.open(QIODevice::ReadOnly);
    QJsonObject tables = QJsonDocument::fromJson(f.readAll()).object().value("tables").toObject();
    tables.remove("app_config");
    tables.remove("user_preferences");
    return tables;
}

using test::CancelAfter;

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_source;
    QString m_json;
    QString m_zip;
    int m_counter = 0;

    std::unique_ptr<db::Database> freshDb()
    {
        return test::openDatabase(m_dir.path(QString("target-%1.db").arg(++m_counter)));
    }

    // A database that already holds a small practice: imports into it stage
    // every row first, where an empty one takes rows straight in.
    std::unique_ptr<db::Database> occupiedDb()
    {
        auto db = freshDb();
        if (db && !demo::DemoGenerator::generate(db->connection(), { 2, 1, 77 }).ok)
            return nullptr;
        return db;
    }

    exchange::ImportResult import(db::Database& db, ImportOptions o) { return Importer::run(db, o); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.path(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    static QString problems(const exchange::ImportResult& r)
    {
        QStringList out;
        for (const auto& p : r.problems)
            out << p.place() + ": " + p.message;
        return out.join('\n');
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_source = test::openDatabase(m_dir.path("source.db"));
        QVERIFY(m_source);
        QVERIFY(demo::DemoGenerator::generate(m_source->connection(), { 30, 2, 13 }).ok);
        model::PracticeStore store(m_source->connection());
        QVERIFY(store
                    .save("clients",
                          { { "first_name", QString::fromUtf8("Zoë \"Z\", 🌙") },
                            { "last_name", QString::fromUtf8("山田") },
                            { "notes", "a\nb, \"c\"\r\nd" },
                            { "email", "" } })
                    .ok);
        exchange::ExportOptions o;
        o.pretty = true;
        o.outputPath = m_dir.path("source.json");
        QVERIFY(exchange::Exporter::run(m_source->connection(), o).ok);
        m_json = o.outputPath;
        o.format = exchange::ExportFormat::CsvBundle;
        o.outputPath = m_dir.path("source.zip");
        QVERIFY(exchange::Exporter::run(m_source->connection(), o).ok);
        m_zip = o.outputPath;
    }

    void cleanupTestCase() { m_source.reset(); }

    void exportThenImportGivesTheSameRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << "json";
        QTest::newRow("csv bundle") << "zip";
        QTest::newRow("json.gz") << "gz";
    }

    void exportThenImportGivesTheSameRows()
    {
        QFETCH(QString, file);
        QString input = file == "zip" ? m_zip : m_json;
        if (file == "gz") {
            exchange::ExportOptions o;
            o.gzip = true;
            o.outputPath = m_dir.path("source.json.gz");
            QVERIFY(exchange::Exporter::run(m_source->connection(), o).ok);
            input = o.outputPath;
        }
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { input };
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(r.errorCount(), 0);
        QCOMPARE(practiceRows(target->connection()), practiceRows(m_source->connection()));
        QCOMPARE(r.counts.value("clients").inserted, m_source->rowCount("clients"));
        QVERIFY(!r.snapshotPath.isEmpty());
        QVERIFY(!r.reportJsonPath.isEmpty() && QFile::exists(r.reportJsonPath));
        QVERIFY(QFile::exists(r.reportTextPath));
    }

    void partialScopesRoundTrip_data()
    {
        QTest::addColumn<int>("scope");
        QTest::newRow("client") << int(exchange::ExportScope::Client);
        QTest::newRow("chart") << int(exchange::ExportScope::Chart);
        QTest::newRow("selective") << int(exchange::ExportScope::Selective);
    }

    void partialScopesRoundTrip()
    {
        QFETCH(int, scope);
        exchange::ExportOptions e;
        e.scope = exchange::ExportScope(scope);
        QSqlQuery q(m_source->connection());
        if (e.scope == exchange::ExportScope::Client) {
            QVERIFY(q.exec("SELECT id FROM clients LIMIT 2") && q.next());
            e.ids << q.value(0).toString();
        } else if (e.scope == exchange::ExportScope::Chart) {
            QVERIFY(q.exec("SELECT id FROM charts LIMIT 1") && q.next());
            e.ids << q.value(0).toString();
        } else {
            e.from = QDate(1950, 1, 1);
            e.to = QDate(1990, 12, 31);
            e.dateField = exchange::DateField::BirthDate;
        }
        q.finish();
        e.outputPath = m_dir.path(QString("scope-%1.zip").arg(scope));
        e.format = exchange::ExportFormat::CsvBundle;
        const auto exported = exchange::Exporter::run(m_source->connection(), e);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { e.outputPath };
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        // Every exported row arrived unchanged: exporting the target with the same scope gives the same
        // tables.
        e.outputPath = m_dir.path(QString("scope-again-%1.json").arg(scope));
        e.format = exchange::ExportFormat::Json;
        QVERIFY(exchange::Exporter::run(target->connection(), e).ok);
        exchange::ExportOptions first = e;
        first.outputPath = m_dir.path(QString("scope-first-%1.json").arg(scope));
        QVERIFY(exchange::Exporter::run(m_source->connection(), first).ok);
        const auto tables = [](const QString& path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(f.readAll()).object().value("tables").toObject();
        };
        QCOMPARE(tables(e.outputPath), tables(first.outputPath));
        for (auto it = exported.counts.cbegin(); it != exported.counts.cend(); ++it)
            QCOMPARE(target->rowCount(it.key()), it.value());
    }

    void malformedInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("wording");
        QTest::newRow("truncated json")
            << "truncated.json"
            << QByteArray("{\"format\": \"theprogram-export\", \"tables\": {\"clients\": [{\"id\": \"a")
            << "truncated.json ends too early, at line 1, column 65 (byte 64): the file is cut off";
        QTest::newRow("invalid json")
            << "invalid.json"
            << QByteArray("{\"format\": \"theprogram-export\",\n \"tables\": {\"clients\": [{\"id\" 5}]}}")
            << "invalid.json, line 2, column 31 (byte 62): the file is not valid JSON: Missing a colon";
        QTest::newRow("unbalanced quote csv")
            << "clients.csv" << QByteArray("id,first_name\r\n\"e0000000-0000-4000-8000-000000000001,Anna\r\n")
            << "never closed";
        QTest::newRow("wrong types") << "birth_data.csv"
                                     << QByteArray("id,client_id,birth_date,time_unknown,latitude,longitude,"
                                                   "timezone,created_at,updated_at\r\n"
                                                   "e0000000-0000-4000-8000-000000000009,e0000000-0000-4000-"
                                                   "8000-000000000001,yesterday,maybe,north,east,UTC,x,y\r\n")
                                     << "must be";
        QTest::newRow("binary garbage")
            << "garbage.bin" << QByteArray("\x00\x01\x02\xff\xfe\x10garbage\x00\x00", 16) << "";
        QTest::newRow("empty file") << "empty.csv" << QByteArray() << "empty";
        QTest::newRow("json array") << "array.json" << QByteArray("[1, 2, 3]") << "JSON array";
        QTest::newRow("unknown table")
            << "x.json" << QByteArray("{\"planets\": [], \"tables\": {\"horoscopes\": [{}]}}")
            << "horoscopes";
    }

    void malformedInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, wording);
        const QString path = write(name, bytes);
        auto target = freshDb();
        const QByteArray before = test::dumpRows(target->connection());
        ImportOptions o;
        o.inputs = { path };
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(problems(r).contains(wording) || r.error.contains(wording),
                 qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(test::dumpRows(target->connection()), before);
        QVERIFY(Importer::snapshots(target->path()).isEmpty());
    }

    void errorInTheLastRowRollsBackEverything_data() { linksAndDuplicatesAreChecked_data(); }
    void errorInTheLastRowRollsBackEverything()
    {
        QFETCH(bool, empty);
        // Every row passes the checks; the last one fails only when written (its GeoNames id is
        // already taken by the row before it): everything before it is rolled back too.
        auto target = empty ? freshDb() : occupiedDb();
        QVERIFY(target);
        const QByteArray before = test::dumpRows(target->connection());
        const QString csv = write(
            "location_cache.csv",
            "id,city_name,state_province,country,latitude,longitude,timezone,geonames_id,created_at,updated_"
            "at\r\n"
            "f0000000-0000-4000-8000-000000000011,Ulm,,Germany,48.4,9.99,Europe/Berlin,2820256,2026-01-01 "
            "00:00:00,2026-01-01 00:00:00\r\n"
            "f0000000-0000-4000-8000-000000000012,Ulm "
            "again,,Germany,48.4,9.99,Europe/Berlin,2820256,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        ImportOptions o;
        o.inputs = { csv };
        o.strategy = ConflictStrategy::Rename;
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("undone completely"), qPrintable(r.error));
        QCOMPARE(test::dumpRows(target->connection()), before);
        QVERIFY(Importer::snapshots(target->path())
                    .isEmpty()); // nothing to undo: no snapshot passes for the last import
    }

    void zipWithPathsOutsideIsNotExtractedOutside()
    {
        // A zip whose entry climbs out of the folder: the converter skips it.
        const QString evil = m_dir.path("evil.zip");
        QString zipError;
        QVERIFY(formats::ZipWriter::write(evil,
                                          { { "../escaped.csv", m_dir.path("source.zip") },
                                            { "clients.csv", m_dir.path("source.zip") } },
                                          1, {}, &zipError)
                || QFile::exists(evil));
        exchange::ConvertOptions c;
        c.input = evil;
        c.output = m_dir.path("unpacked") + "/";
        exchange::Converter::run(c);
        QVERIFY(!QFile::exists(m_dir.path("escaped.csv")));
        QVERIFY(QFile::exists(m_dir.path("unpacked/clients.csv")));
        // And the importer only reads the table files it knows.
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { evil };
        const auto r = import(*target, o);
        QVERIFY(!QFile::exists(m_dir.path("escaped.csv")));
        Q_UNUSED(r);
    }

    void earlierEditionJson()
    {
        // As the earlier (Python) edition exports: tables at the top, booleans
        // true/false, timestamps without zone, chart_data as a JSON string.
        const QString legacy = QStringLiteral(THEPROGRAM_SOURCE_DIR "/tests/data/legacy-export.json");
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { legacy };
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        model::PracticeStore store(target->connection());
        QCOMPARE(
            store.row("birth_data", "b0000000-0000-4000-8000-000000000001")->value("time_unknown").toInt(),
            0);
        QCOMPARE(store.chartSummaries("6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01").first().sunSign,
                 QStringLiteral("Cancer"));
        QCOMPARE(store.row("clients", "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01")->value("last_name").toString(),
                 QString::fromUtf8("Müller"));
    }

    void badRowsBlockEverythingAndNameTheirPlace()
    {
        QFile f(m_json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        int badLine = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains("\"latitude\"") && badLine == 0) {
                lines[i] = "          \"latitude\": 123.5,";
                badLine = i + 1;
            }
        }
        QVERIFY(badLine > 0);
        const QString broken = write("broken.json", lines.join('\n'));
        auto target = freshDb();
        const QByteArray before = test::dumpRows(target->connection());
        ImportOptions o;
        o.inputs = { broken };
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("nothing was imported"));
        QCOMPARE(r.errorCount(), 1); // the charts made from it are reported as consequences (warnings)
        ImportProblem p;
        for (const auto& each : r.problems)
            if (each.severity == model::Severity::Error)
                p = each;
        QCOMPARE(p.file, QStringLiteral("broken.json"));
        QCOMPARE(p.table, QStringLiteral("birth_data"));
        QCOMPARE(p.field, QStringLiteral("latitude"));
        QVERIFY(p.message.contains("between -90 and 90"));
        QVERIFY2(p.line > 0 && p.line <= badLine && badLine - p.line < 25,
                 qPrintable(QString("%1 vs %2").arg(p.line).arg(badLine)));
        QCOMPARE(test::dumpRows(target->connection()), before);
        QVERIFY(r.snapshotPath.isEmpty());
        QVERIFY(Importer::snapshots(target->path()).isEmpty());

        // Partial: everything else goes in; the bad birth data and the charts made from it stay out.
        o.partial = true;
        const auto partial = import(*target, o);
        QVERIFY2(partial.ok, qPrintable(partial.error));
        QCOMPARE(target->rowCount("birth_data"), m_source->rowCount("birth_data") - 1);
        QCOMPARE(target->rowCount("clients"), m_source->rowCount("clients"));
        QVERIFY(target->rowCount("charts") < m_source->rowCount("charts"));
        QVERIFY(partial.counts.value("birth_data").failed == 1);
    }

    // The line of a row deep into a pretty-printed file (past the reader's first chunks) is exact:
    // the line its object starts on.
    void placesFarIntoTheFileAreExact()
    {
        QFile f(m_json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        // The file's last latitude (a place in the location cache).
        int badLine = 0;
        qint64 offset = 0;
        qint64 badOffset = 0;
        QByteArray table;
        QByteArray badTable;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray t = lines[i].trimmed();
            if (t.startsWith('"') && t.endsWith("\": ["))
                table = t.mid(1, t.size() - 5);
            if (lines[i].contains("\"latitude\"")) {
                badLine = i + 1;
                badOffset = offset;
                badTable = table;
            }
            offset += lines[i].size() + 1;
        }
        QCOMPARE(badTable, QByteArray("location_cache"));
        QVERIFY2(badOffset > 3 * 256 * 1024,
                 qPrintable(QString("at byte %1: not past the reader's first chunks").arg(badOffset)));
        lines[badLine - 1] = "          \"latitude\": 123.5,";
        int rowLine = badLine;
        while (rowLine > 1 && lines[rowLine - 1].trimmed() != "{")
            --rowLine;
        QVERIFY(rowLine < badLine);

        auto target = freshDb();
        ImportOptions o;
        o.inputs = { write("far.json", lines.join('\n')) };
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCount(), 1);
        for (const auto& p : r.problems) {
            if (p.severity != model::Severity::Error)
                continue;
            QCOMPARE(p.file, QStringLiteral("far.json"));
            QCOMPARE(p.table, QStringLiteral("location_cache"));
            QCOMPARE(p.field, QStringLiteral("latitude"));
            QCOMPARE(p.line, qint64(rowLine));
        }
    }

    // Rows of one table need not carry the same keys, nor in the same order: a key a row lacks is
    // NULL for it, whatever the row before held.
    void rowsWithDifferentKeys()
    {
        const QByteArray json
            = R"({"format": "theprogram-export", "format_version": "1.0", "tables": {"clients": [
  {"id": "a1111111-1111-4111-8111-111111111111", "first_name": "Ada", "notes": "first", "email": "ada@example.org",
   "created_at": "2025-01-01T00:00:00.000Z", "updated_at": "2025-01-01T00:00:00.000Z"},
  {"updated_at": "2025-01-02T00:00:00.000Z", "id": "b2222222-2222-4222-8222-222222222222", "first_name": "Bea",
   "created_at": "2025-01-02T00:00:00.000Z"},
  {"id": "c3333333-3333-4333-8333-333333333333", "first_name": "Cem", "notes": "third", "notes": "third, again",
   "created_at": "2025-01-03T00:00:00.000Z", "updated_at": "2025-01-03T00:00:00.000Z"},
  {"id": "d4444444-4444-4444-8444-444444444444", "first_name": "Dov", "notes": "fourth", "email": "dov@example.org",
   "created_at": "2025-01-04T00:00:00.000Z", "updated_at": "2025-01-04T00:00:00.000Z"},
  {"id": "e5555555-5555-4555-8555-555555555555", "first_name": "Eda", "notes": "fifth", "notes": "fifth, again",
   "created_at": "2025-01-05T00:00:00.000Z", "updated_at": "2025-01-05T00:00:00.000Z"}
]}})";
        for (const bool empty : { true, false }) {
            auto target = empty ? freshDb() : occupiedDb();
            ImportOptions o;
            o.inputs = { write("keys.json", json) };
            const auto r = import(*target, o);
            QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
            model::PracticeStore store(target->connection());
            const auto bea = store.row("clients", "b2222222-2222-4222-8222-222222222222");
            QVERIFY(bea);
            QCOMPARE(bea->value("first_name").toString(), QStringLiteral("Bea"));
            QVERIFY(bea->value("notes").isNull());
            QVERIFY(bea->value("email").isNull());
            QCOMPARE(store.row("clients", "a1111111-1111-4111-8111-111111111111")->value("notes").toString(),
                     QStringLiteral("first"));
            QCOMPARE(store.row("clients", "c3333333-3333-4333-8333-333333333333")->value("notes").toString(),
                     QStringLiteral("third, again"));
            // As many keys as the row before, one of them twice: the row before's email stays out.
            const auto eda = store.row("clients", "e5555555-5555-4555-8555-555555555555");
            QVERIFY(eda);
            QVERIFY(eda->value("email").isNull());
            QCOMPARE(eda->value("notes").toString(), QStringLiteral("fifth, again"));
        }
    }

    // A key given twice in a row: the later value counts, and is checked as any other.
    void keyGivenTwiceIsCheckedByItsLastValue()
    {
        QFile f(m_json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        int object = -1;
        for (int i = 0; i < lines.size() && object < 0; ++i)
            if (lines[i].trimmed().startsWith("\"chart_data\": {"))
                object = i;
        QVERIFY(object > 0);
        int last = object;
        while (last < lines.size() && !lines[last].trimmed().startsWith("\"updated_at\""))
            ++last;
        QVERIFY(last < lines.size());
        lines[last] += ",";
        lines.insert(last + 1, "          \"chart_data\": \"{broken\"");
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { write("twice.json", lines.join('\n')) };
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QStringList errors;
        for (const auto& p : r.problems)
            if (p.severity == model::Severity::Error)
                errors << p.field + ": " + p.message;
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("chart_data: ") && errors.first().contains("not valid JSON"),
                 qPrintable(errors.first()));
    }

    void linksAndDuplicatesAreChecked_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("into an empty database") << true;
        QTest::newRow("into one with data") << false;
    }
    void linksAndDuplicatesAreChecked()
    {
        QFETCH(bool, empty);
        const QString orphan = write("orphan.csv",
                                     "id,client_id,note_date,note_content,created_at,updated_at\r\n"
                                     "e0000000-0000-4000-8000-00000000000f,a0000000-0000-4000-8000-"
                                     "0000000000aa,2026-01-01,x,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        auto target = empty ? freshDb() : occupiedDb();
        QVERIFY(target);
        const qint64 clientsBefore = target->rowCount("clients");
        ImportOptions o;
        o.inputs = { orphan };
        auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(problems(r).contains("refers to clients a0000000-0000-4000-8000-0000000000aa, which is "
                                      "neither in the input nor in the database"),
                 qPrintable(problems(r)));
        QVERIFY(problems(r).contains("orphan.csv, line 2"));

        const QString dupes
            = write("dupes.csv",
                    "id,first_name,last_name,created_at,updated_at\r\n"
                    "d0000000-0000-4000-8000-000000000001,A,B,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n"
                    "d0000000-0000-4000-8000-000000000001,C,D,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        o.inputs = { dupes };
        r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(problems(r).contains("more than once"), qPrintable(problems(r)));
        QCOMPARE(target->rowCount("clients"), clientsBefore);

        // A duplicate far from the first: rows are written in groups, and the
        // group that holds it is taken apart to find it.
        QByteArray many = "id,first_name,last_name,created_at,updated_at\r\n";
        for (int i = 1; i <= 90; ++i)
            many += QString("d1000000-0000-4000-8000-%1,N%2,M,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n")
                        .arg(i == 70 ? 10 : i, 12, 10, QChar('0'))
                        .arg(i)
                        .toUtf8();
        o.inputs = { write("many.csv", many) };
        r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(problems(r).contains("many.csv, line 11; many.csv, line 71"), qPrintable(problems(r)));
        QCOMPARE(target->rowCount("clients"), clientsBefore);
    }

    void strategies()
    {
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { m_json };
        QVERIFY(import(*target, o).ok);
        QSqlQuery q(target->connection());
        QVERIFY(q.exec("SELECT id, first_name FROM clients ORDER BY id LIMIT 1") && q.next());
        const QString id = q.value(0).toString();
        const QString original = q.value(1).toString();
        QVERIFY(q.exec("SELECT COUNT(*) FROM charts WHERE client_id = '" + id + "'") && q.next());
        const int charts = q.value(0).toInt();
        q.finish(); // an open statement would pin this connection's view of the database
        model::PracticeStore store(target->connection());
        QVERIFY(
            store.save("clients", { { "id", id }, { "first_name", "Changed" }, { "phone", "+1 555 0100" } })
                .ok);

        o.strategy = ConflictStrategy::Skip;
        auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(r.counts.value("clients").skipped, 1); // the changed one; the others are identical
        QCOMPARE(r.counts.value("clients").identical, m_source->rowCount("clients") - 1);
        QCOMPARE(store.row("clients", id)->value("first_name").toString(), QStringLiteral("Changed"));

        o.strategy = ConflictStrategy::Merge;
        r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(store.row("clients", id)->value("first_name").toString(), original);
        QCOMPARE(store.row("clients", id)->value("phone").toString(),
                 QStringLiteral("+1 555 0100")); // incoming empty: kept

        QVERIFY(store.save("clients", { { "id", id }, { "phone", "+1 555 0199" } }).ok);
        o.strategy = ConflictStrategy::Replace;
        r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QVERIFY(store.row("clients", id)->value("phone").isNull()); // replaced by the file's (empty) phone
        QCOMPARE(r.counts.value("clients").updated, 1);

        // Every client changed: each is imported as a copy, with copies of its birth data and charts.
        QVERIFY(q.exec("UPDATE clients SET phone = '+1 555 0111'"));
        o.strategy = ConflictStrategy::Rename;
        o.tableStrategies.insert("location_cache", ConflictStrategy::Skip);
        r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(target->rowCount("clients"), 2 * m_source->rowCount("clients"));
        QVERIFY(q.exec("SELECT COUNT(*) FROM clients WHERE last_name LIKE '% (imported)'") && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_source->rowCount("clients"));
        // Every renamed client got its own copies of birth data and charts.
        QVERIFY(q.exec("SELECT COUNT(*) FROM charts c JOIN clients k ON k.id = c.client_id WHERE k.last_name "
                       "LIKE '% (imported)'")
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_source->rowCount("charts"));
        QVERIFY(q.exec("SELECT COUNT(*) FROM charts WHERE client_id = '" + id + "'") && q.next());
        QCOMPARE(q.value(0).toInt(), charts);
    }

    // Rows already there with the same values are counted as identical and
    // are no conflicts; a changed row is one conflict that names its client
    // and only the fields that differ.
    void identicalRowsAreNotConflicts()
    {
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { m_json };
        QVERIFY(import(*target, o).ok);
        auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.conflicts.isEmpty(), qPrintable(r.conflicts.value(0).label));
        QCOMPARE(r.counts.value("charts").identical, m_source->rowCount("charts"));
        QCOMPARE(r.counts.value("charts").skipped, 0);
        QVERIFY(Importer::textReport(r, o, target->path()).contains("already there"));

        QSqlQuery q(target->connection());
        QVERIFY(
            q.exec("SELECT c.id, c.first_name || ' ' || c.last_name, h.id FROM clients c JOIN charts h ON "
                   "h.client_id = c.id ORDER BY c.id LIMIT 1")
            && q.next());
        const QString client = q.value(0).toString(), name = q.value(1).toString(),
                      chart = q.value(2).toString();
        QVERIFY(q.exec("UPDATE charts SET chart_name = 'Renamed here' WHERE id = '" + chart + "'"));
        q.finish();
        r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts.size(), 1);
        const exchange::ImportConflict& c = r.conflicts.first();
        QCOMPARE(c.table, QString("charts"));
        QCOMPARE(c.clientId, client);
        QCOMPARE(c.clientLabel, name);
        QCOMPARE(c.changes.size(), 1);
        QCOMPARE(c.changes.first().column, QString("chart_name"));
        QCOMPARE(c.changes.first().existing.toString(), QString("Renamed here"));
        QCOMPARE(c.label, c.changes.first().incoming.toString());
        QCOMPARE(r.counts.value("charts").identical, m_source->rowCount("charts") - 1);
    }

    void replaceKeepsChildrenThatAreNotInTheFile()
    {
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { m_json };
        QVERIFY(import(*target, o).ok);
        QSqlQuery q(target->connection());
        QVERIFY(q.exec("SELECT id FROM clients LIMIT 1") && q.next());
        const QString id = q.value(0).toString();
        model::PracticeStore store(target->connection());
        QVERIFY(
            store
                .save("session_notes",
                      { { "client_id", id }, { "note_date", "2026-11-01" }, { "note_content", "only here" } })
                .ok);
        o.strategy = ConflictStrategy::Replace;
        QVERIFY(import(*target, o).ok);
        QVERIFY(q.exec("SELECT COUNT(*) FROM session_notes WHERE note_content = 'only here'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void naturalKeyMatchesSamePersonWithAnotherId()
    {
        auto target = freshDb();
        model::PracticeStore store(target->connection());
        const QString client
            = store.save("clients", { { "first_name", "Anna" }, { "last_name", "Berg" } }).id;
        QVERIFY(store
                    .save("birth_data",
                          { { "client_id", client },
                            { "birth_date", "1980-02-02" },
                            { "birth_time", "10:00:00" },
                            { "time_unknown", 0 },
                            { "latitude", 1 },
                            { "longitude", 2 },
                            { "timezone", "UTC" } })
                    .ok);
        const QString csv1 = write(
            "n-clients.csv",
            "id,first_name,last_name,created_at,updated_at\r\n"
            "e0000000-0000-4000-8000-000000000001,Anna,Berg,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        const QString csv2
            = write("n-birth_data.csv",
                    "id,client_id,birth_date,birth_time,time_unknown,latitude,longitude,timezone,created_at,"
                    "updated_at\r\n"
                    "e0000000-0000-4000-8000-000000000002,e0000000-0000-4000-8000-000000000001,1980-02-02,10:"
                    "00:00,0,1,2,UTC,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        const QString csv3
            = write("session_notes.csv",
                    "id,client_id,note_date,note_content,created_at,updated_at\r\n"
                    "e0000000-0000-4000-8000-000000000003,e0000000-0000-4000-8000-000000000001,2026-02-02,"
                    "hello,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        // session_notes.csv is known by its name; the other two by their header rows.
        ImportOptions o;
        o.inputs = { csv1, csv2, csv3 };
        o.key = exchange::ConflictKey::Natural;
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(target->rowCount("clients"), 1);
        QCOMPARE(r.counts.value("clients").identical, 1); // the same person, already there
        QSqlQuery q(target->connection());
        QVERIFY(q.exec("SELECT client_id FROM session_notes") && q.next());
        QCOMPARE(q.value(0).toString(), client); // attached to the existing client
    }

    // Matched by meaning: the charts and library texts already there are
    // found by their birth data, type, houses and system, or by type, key
    // and tradition, and nothing is added twice.
    void naturalKeyFindsTheSameChartsAndTexts()
    {
        auto target = freshDb();
        ImportOptions first;
        first.inputs = { m_json };
        QVERIFY(import(*target, first).ok);
        const QJsonObject before = practiceRows(target->connection());
        ImportOptions again;
        again.inputs = { m_json };
        again.key = exchange::ConflictKey::Natural;
        const auto r = import(*target, again);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(r.counts.value("charts").inserted, 0);
        QCOMPARE(r.counts.value("interpretations").inserted, 0);
        QVERIFY(r.counts.value("charts").identical > 0);
        QCOMPARE(practiceRows(target->connection()), before);
    }

    // A key of the user's choosing: clients are the same when their e-mail
    // is; tables without that column are matched by id.
    void customKeyComparesTheChosenColumns()
    {
        auto target = freshDb();
        model::PracticeStore store(target->connection());
        QVERIFY(
            store
                .save("clients",
                      { { "first_name", "Anna" }, { "last_name", "Berg" }, { "email", "anna@example.org" } })
                .ok);
        const QString csv = write(
            "custom-clients.csv",
            "id,first_name,last_name,email,created_at,updated_at\r\n"
            "f0000000-0000-4000-8000-000000000001,Anna,Berg-Lund,anna@example.org,2026-01-01 00:00:00,"
            "2026-01-01 00:00:00\r\n"
            "f0000000-0000-4000-8000-000000000002,Cleo,Kant,cleo@example.org,2026-01-01 00:00:00,"
            "2026-01-01 00:00:00\r\n");
        ImportOptions o;
        o.inputs = { csv };
        o.key = exchange::ConflictKey::Custom;
        o.customKeyColumns = { "email" };
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(r.counts.value("clients").inserted, 1);
        QCOMPARE(r.counts.value("clients").skipped, 1);
        QCOMPARE(target->rowCount("clients"), 2);
        QSqlQuery q(target->connection());
        QVERIFY(q.exec("SELECT last_name FROM clients WHERE email = 'anna@example.org'") && q.next());
        QCOMPARE(q.value(0).toString(), QString("Berg")); // skipped: the practice's own stays
    }

    // A restore that goes row by row (valid rows only) first empties the
    // practice, then takes the file's rows; the undo brings it all back.
    void partialRestoreGoesRowByRow()
    {
        auto target = occupiedDb();
        QVERIFY(target);
        const QJsonObject original = practiceRows(target->connection());
        ImportOptions o;
        o.inputs = { m_json };
        o.mode = exchange::ImportMode::Restore;
        o.restoreConfirmed = true;
        o.partial = true;
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(practiceRows(target->connection()), practiceRows(m_source->connection()));
        const QString path = target->path();
        target.reset();
        QString from, error;
        QVERIFY2(Importer::undoLastImport(path, &from, &error), qPrintable(error));
        auto reopened = test::openDatabase(path);
        QCOMPARE(practiceRows(reopened->connection()), original);
    }

    void dryRunChangesNothing()
    {
        auto target = freshDb();
        const QByteArray before = test::dumpRows(target->connection());
        ImportOptions o;
        o.inputs = { m_zip };
        o.dryRun = true;
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.value("clients").inserted, m_source->rowCount("clients"));
        QCOMPARE(test::dumpRows(target->connection()), before);
        QVERIFY(r.snapshotPath.isEmpty());
        QVERIFY(Importer::textReport(r, o, target->path()).contains("dry run"));
    }

    void cancelRollsBack_data() { linksAndDuplicatesAreChecked_data(); }
    void cancelRollsBack()
    {
        QFETCH(bool, empty);
        auto target = empty ? freshDb() : occupiedDb();
        QVERIFY(target);
        const QByteArray before = test::dumpRows(target->connection());
        ImportOptions o;
        o.inputs = { m_json };
        CancelAfter cancel(3);
        const auto r = Importer::run(*target, o, &cancel);
        QVERIFY(!r.ok);
        QVERIFY(r.canceled);
        QCOMPARE(test::dumpRows(target->connection()), before);
        QVERIFY(Importer::snapshots(target->path()).isEmpty());
    }

    // Rows another writer adds after a direct import was planned and before it holds the write
    // lock: the import notices, goes the staged way, and keeps them.
    void rowsAddedMeanwhileAreKept()
    {
        auto target = freshDb();
        QVERIFY(target);
        // A client with an id the file also has: the staged way finds the conflict (and skips, the
        // default); written straight in, it would be a duplicate.
        QSqlQuery first(m_source->connection());
        QVERIFY(first.exec("SELECT id FROM clients ORDER BY id LIMIT 1") && first.next());
        const QString sharedId = first.value(0).toString();
        struct AddClientFirst final : Progress
        {
            QString path;
            QString id;
            bool added = false;
            void report(qint64, qint64, const QString&) override
            {
                if (added)
                    return;
                added = true; // the first report: before the safety snapshot, before the write lock
                db::OpenFailure failure;
                auto other = db::Database::openExisting(path, &failure);
                QVERIFY(other);
                QVERIFY(test::exec(
                    other->connection(),
                    "INSERT INTO clients (id, first_name, created_at, updated_at) VALUES ('" + id
                        + "', 'Meanwhile', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"));
            }
            bool isCanceled() const override { return false; }
        } progress;
        progress.path = target->path();
        progress.id = sharedId;
        ImportOptions o;
        o.inputs = { m_json };
        const auto r = Importer::run(*target, o, &progress);
        QVERIFY(progress.added);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(target->rowCount("clients"), m_source->rowCount("clients"));
        QCOMPARE(target->rowCount("charts"), m_source->rowCount("charts"));
        QCOMPARE(r.counts.value("clients").inserted, m_source->rowCount("clients") - 1);
        QCOMPARE(r.counts.value("clients").skipped, 1);
        model::PracticeStore store(target->connection());
        QCOMPARE(store.row("clients", sharedId)->value("first_name").toString(), QStringLiteral("Meanwhile"));
        QCOMPARE(Importer::snapshots(target->path()).size(), 1); // the direct attempt's snapshot went again
    }

    void restoreAndUndo()
    {
        auto target = freshDb();
        QVERIFY(demo::DemoGenerator::generate(target->connection(), { 5, 1, 99 }).ok);
        const QJsonObject original = practiceRows(target->connection());
        const QString path = target->path();
        ImportOptions o;
        o.inputs = { m_json };
        o.mode = exchange::ImportMode::Restore;
        auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("must be confirmed"));
        o.restoreConfirmed = true;
        r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + "\n" + problems(r)));
        QCOMPARE(practiceRows(target->connection()), practiceRows(m_source->connection()));
        QCOMPARE(Importer::snapshots(path).size(), 1);
        target.reset();

        QString from, error;
        QVERIFY2(Importer::undoLastImport(path, &from, &error), qPrintable(error));
        QCOMPARE(from, r.snapshotPath);
        auto reopened = test::openDatabase(path);
        QVERIFY(reopened);
        QCOMPARE(practiceRows(reopened->connection()), original);
        QVERIFY(Importer::snapshots(path).isEmpty());
        reopened.reset();
        QVERIFY(!Importer::undoLastImport(path, &from, &error));
        QVERIFY(error.contains("no import to undo"));
    }

    void keepsTheLastFiveSnapshots()
    {
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { m_zip };
        for (int i = 0; i < 7; ++i) {
            QVERIFY(import(*target, o).ok);
            QTest::qWait(2); // distinct millisecond names
        }
        QCOMPARE(Importer::snapshots(target->path()).size(), Importer::kSnapshotsKept);
    }

    void newerMajorVersionIsRefused()
    {
        const QString future = write(
            "future.json", R"({"format": "theprogram-export", "format_version": "2.0", "tables": {}})");
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { future };
        const auto r = import(*target, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("version 2.0") && r.error.contains("up to 1.0"), qPrintable(r.error));
    }

    void looseCsvFoundByHeader()
    {
        const QString csv = write("my-export-from-elsewhere.csv",
                                  "id,city_name,state_province,country,latitude,longitude,timezone,geonames_"
                                  "id,created_at,updated_at\r\n"
                                  "f0000000-0000-4000-8000-000000000001,Ulm,,Germany,48.4,9.99,Europe/"
                                  "Berlin,2820256,2026-01-01 00:00:00,2026-01-01 00:00:00\r\n");
        auto target = freshDb();
        ImportOptions o;
        o.inputs = { csv };
        const auto r = import(*target, o);
        QVERIFY2(r.ok, qPrintable(r.error + problems(r)));
        QCOMPARE(r.counts.value("location_cache").inserted, 1);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
