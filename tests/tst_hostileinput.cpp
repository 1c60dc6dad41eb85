#include "demo/DemoGenerator.h"
#include "exchange/Converter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "formats/GzipDevice.h"
#include "formats/ZipArchive.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace tp;
using exchange::Importer;
using exchange::ImportOptions;

// Input that is not what it claims, malformed, or built to hurt: a clear
// error naming the file (and line where there is one), and nothing changed.
class TestHostileInput : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_json; // a real export of a small practice, pretty-printed
    QString m_zip; // the same as a CSV bundle
    int m_n = 0;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Imports `path` into a fresh practice holding one demo client; the
    // practice must be unchanged when the import fails.
    exchange::ImportResult importInto(const QString& path, bool* unchanged = nullptr)
    {
        auto db = test::openDatabase(m_dir.path(QString("target-%1.db").arg(++m_n)));
        if (!db || !demo::DemoGenerator::generate(db->connection(), { 1, 1, 5 }).ok)
            return {};
        const QByteArray before = test::dumpRows(db->connection());
        ImportOptions o;
        o.inputs = { path };
        const exchange::ImportResult r = Importer::run(*db, o);
        if (unchanged)
            *unchanged = test::dumpRows(db->connection()) == before;
        return r;
    }

    static QString warnings(const exchange::ImportResult& r)
    {
        QStringList out;
        for (const auto& p : r.problems)
            out << p.message;
        return out.join('\n');
    }

    QJsonObject exportObject() { return QJsonDocument::fromJson(read(m_json)).object(); }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto db = test::openDatabase(m_dir.path("source.db"));
        QVERIFY(db && demo::DemoGenerator::generate(db->connection(), { 3, 1, 11 }).ok);
        exchange::ExportOptions o;
        o.outputPath = m_dir.path("source.json");
        o.pretty = true;
        QVERIFY(exchange::Exporter::run(db->connection(), o).ok);
        m_json = o.outputPath;
        o.outputPath = m_dir.path("source.zip");
        o.format = exchange::ExportFormat::CsvBundle;
        QVERIFY(exchange::Exporter::run(db->connection(), o).ok);
        m_zip = o.outputPath;
        bool unchanged = false;
        QVERIFY(importInto(m_json, &unchanged).ok); // the real thing imports
        QVERIFY(importInto(m_zip, &unchanged).ok);
    }

    // JSON that is not an export: refused, not "imported, 0 rows".
    void notAnExportIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("other JSON") << QByteArray("{\"foo\": 1}") << "foo.json";
        QTest::newRow("empty object") << QByteArray("{}") << "empty.json";
        QTest::newRow("export header, no tables")
            << QByteArray("{\"format\": \"theprogram-export\", \"format_version\": \"1.0\"}")
            << "header.json";
        QTest::newRow("arrays of unknown names")
            << QByteArray("{\"people\": [{\"id\": \"x\"}]}") << "people.json";
    }

    void notAnExportIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        bool unchanged = false;
        const auto r = importInto(write(name, bytes), &unchanged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("is not an export of The Program, nor a CSV of one of its tables"),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(name), qPrintable(r.error));
        QVERIFY(unchanged);
    }

    void zipWithoutTablesIsRefused()
    {
        const QString text = write("notes.txt", "hello");
        QString error;
        QVERIFY(formats::ZipWriter::write(m_dir.path("notes.zip"), { { "notes.txt", text } }, 6, {}, &error));
        bool unchanged = false;
        const auto r = importInto(m_dir.path("notes.zip"), &unchanged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("is not an export of The Program"), qPrintable(r.error));
        QVERIFY(unchanged);
    }

    // The header's counts are checked: a file that lost rows is not imported.
    void headerCountsAreChecked()
    {
        QJsonObject doc = exportObject();
        QJsonObject tables = doc.value("tables").toObject();
        QJsonArray notes = tables.value("session_notes").toArray();
        QVERIFY(notes.size() >= 2);
        notes.removeLast(); // a leaf row: nothing else points at it
        tables.insert("session_notes", notes);
        doc.insert("tables", tables);
        bool unchanged = false;
        const auto r = importInto(write("lost-a-row.json", QJsonDocument(doc).toJson()), &unchanged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("lost-a-row.json") && r.error.contains("session_notes")
                     && r.error.contains("incomplete"),
                 qPrintable(r.error));
        QVERIFY(unchanged);
    }

    // A bundle's CSV that does not match the manifest's SHA-256 is not imported.
    void bundleChecksumsAreChecked()
    {
        formats::ZipReader zip(m_zip);
        QVERIFY(zip.isOpen());
        QList<formats::ZipWriter::Entry> entries;
        const QString folder = m_dir.path("changed-bundle");
        QVERIFY(QDir().mkpath(folder));
        for (const QString& name : zip.entryNames()) {
            std::unique_ptr<QIODevice> in(zip.openEntry(name));
            QByteArray bytes = in->readAll();
            if (name == "clients.csv")
                bytes.replace(bytes.indexOf("\r\n") + 2, 0, QByteArray()); // same bytes …
            if (name == "session_notes.csv")
                bytes.append(
                    bytes.mid(bytes.lastIndexOf("\r\n", bytes.size() - 3) + 2)); // … but one row given twice
            QFile out(folder + "/" + name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            entries << formats::ZipWriter::Entry{ name, out.fileName() };
        }
        QString error;
        QVERIFY(formats::ZipWriter::write(m_dir.path("changed.zip"), entries, 6, {}, &error));
        bool unchanged = false;
        const auto r = importInto(m_dir.path("changed.zip"), &unchanged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("changed.zip/session_notes.csv") && r.error.contains("SHA-256"),
                 qPrintable(r.error));
        QVERIFY(unchanged);
    }

    // Columns the program does not know are named in a warning, not dropped in silence.
    void unknownColumnsAreWarnings()
    {
        QJsonObject doc = exportObject();
        QJsonObject tables = doc.value("tables").toObject();
        QJsonArray clients = tables.value("clients").toArray();
        QJsonObject first = clients.at(0).toObject();
        first.insert("favourite_colour", "blue");
        clients.replace(0, first);
        tables.insert("clients", clients);
        doc.insert("tables", tables);
        const auto r = importInto(write("extra-column.json", QJsonDocument(doc).toJson()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(
            warnings(r).contains(
                "extra-column.json: the column \"favourite_colour\" is not part of clients and is ignored."),
            qPrintable(warnings(r)));
    }

    // Text a client typed never runs as a spreadsheet formula, and the round
    // trip through the CSV bundle (export → import, JSON → zip → JSON) gives
    // back exactly what was there, apostrophes included.
    void formulaProtectionRoundTrips()
    {
        const QString path = m_dir.path("formula.db");
        auto db = test::openDatabase(path);
        QVERIFY(db && demo::DemoGenerator::generate(db->connection(), { 1, 1, 21 }).ok);
        const QString update
            = "UPDATE clients SET first_name = '=HYPERLINK(\"http://x\",\"click\")', last_name = '''quoted', "
              "email = '@home', phone = '+49 30 1234', notes = char(9) || '-5 + 3'";
        QVERIFY(test::exec(db->connection(), update));
        QVERIFY(test::exec(db->connection(), "UPDATE birth_data SET utc_offset = -300"));
        exchange::ExportOptions o;
        o.outputPath = m_dir.path("formula.zip");
        o.format = exchange::ExportFormat::CsvBundle;
        const auto exported = exchange::Exporter::run(db->connection(), o);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        formats::ZipReader zip(o.outputPath);
        std::unique_ptr<QIODevice> clients(zip.openEntry("clients.csv"));
        const QByteArray csv = clients->readAll();
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), csv.constData());
        QVERIFY(csv.contains(",''quoted,") && csv.contains(",'@home,") && csv.contains(",'+49 30 1234,")
                && csv.contains(",'\t-5 + 3"));
        std::unique_ptr<QIODevice> births(zip.openEntry("birth_data.csv"));
        QVERIFY(births->readAll().contains(",-300,")); // numbers untouched
        std::unique_ptr<QIODevice> manifest(zip.openEntry("manifest.json"));
        QCOMPARE(
            QJsonDocument::fromJson(manifest->readAll()).object().value("csv_formula_protection").toString(),
            QString("leading-apostrophe"));

        auto target = test::openDatabase(m_dir.path("formula-target.db"));
        ImportOptions io;
        io.inputs = { o.outputPath };
        const auto imported = Importer::run(*target, io);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QSqlQuery a(db->connection()), b(target->connection());
        QVERIFY(a.exec("SELECT first_name, last_name, email, phone, notes FROM clients") && a.next());
        QVERIFY(b.exec("SELECT first_name, last_name, email, phone, notes FROM clients") && b.next());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(b.value(i).toString(), a.value(i).toString());
        QCOMPARE(b.value(1).toString(), QString("'quoted"));

        // JSON → CSV bundle → JSON gives the same document.
        o.outputPath = m_dir.path("formula.json");
        o.format = exchange::ExportFormat::Json;
        QVERIFY(exchange::Exporter::run(db->connection(), o).ok);
        exchange::ConvertOptions c;
        c.input = o.outputPath;
        c.output = m_dir.path("formula-converted.zip");
        QVERIFY(exchange::Converter::run(c).ok);
        c.input = c.output;
        c.output = m_dir.path("formula-back.json");
        const auto back = exchange::Converter::run(c);
        QVERIFY2(back.ok, qPrintable(back.error));
        const QJsonObject original
            = QJsonDocument::fromJson(read(o.outputPath)).object().value("tables").toObject();
        const QJsonObject roundTrip
            = QJsonDocument::fromJson(read(c.output)).object().value("tables").toObject();
        QCOMPARE(roundTrip.value("clients"), original.value("clients"));
        QCOMPARE(roundTrip.value("birth_data"), original.value("birth_data"));
    }

    // One bad byte early in a UTF-8 export is an error at its place, not a
    // reason to read the whole file as Windows-1252 (Köln stays Köln).
    void badBytesInUtf8AreErrorsAtTheirPlace()
    {
        QJsonObject doc = exportObject();
        QJsonObject tables = doc.value("tables").toObject();
        QJsonArray clients = tables.value("clients").toArray();
        QJsonObject first = clients.at(0).toObject(), second = clients.at(1).toObject();
        first.insert("notes", "MARKER");
        second.insert("last_name", "Köln");
        clients.replace(0, first);
        clients.replace(1, second);
        tables.insert("clients", clients);
        doc.insert("tables", tables);
        QByteArray bytes = QJsonDocument(doc).toJson();
        bytes.replace("MARKER",
                      "ab\xFF"
                      "cd");
        const QString path = write("one-bad-byte.json", bytes);
        bool unchanged = false;
        auto r = importInto(path, &unchanged);
        QVERIFY(!r.ok);
        QVERIFY(unchanged);
        bool named = false;
        for (const auto& p : r.problems)
            named = named
                || (p.field == "notes" && p.line > 1 && p.message.contains("not valid UTF-8")
                    && p.file == "one-bad-byte.json");
        QVERIFY2(named, qPrintable(warnings(r)));
        for (const auto& p : r.problems)
            QVERIFY2(!p.message.contains("Windows-1252"), qPrintable(p.message));
        // Partial: the row with the bad byte (and what hangs on it) stays out, the rest goes in, unchanged.
        auto db = test::openDatabase(m_dir.path("partial-utf8.db"));
        ImportOptions o;
        o.inputs = { path };
        o.partial = true;
        r = Importer::run(*db, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM clients WHERE last_name = 'Köln'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec("SELECT COUNT(*) FROM clients WHERE notes LIKE 'ab%'") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Every documented input form: UTF-16 with a BOM (JSON and CSV), Windows-1252 with a warning, --encoding.
    void everyDocumentedEncodingReads()
    {
        const QByteArray json = read(m_json);
        const QString text = QString::fromUtf8(json);
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        auto r = importInto(write("utf16le.json", le));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = importInto(write("utf16be.json", be));
        QVERIFY2(r.ok, qPrintable(r.error));

        const QByteArray csv = "id,first_name,last_name,created_at,updated_at\r\n"
                               "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01,Jürgen,Köln,2026-01-01T00:00:00.000Z,"
                               "2026-01-01T00:00:00.000Z\r\n";
        const QString csvText = QString::fromUtf8(csv);
        QByteArray csvLe("\xFF\xFE");
        for (const QChar c : csvText)
            csvLe.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        const auto lastName = [&](const QString& file, const QString& encoding, QString* warning) {
            auto db = test::openDatabase(m_dir.path(QString("enc-%1.db").arg(++m_n)));
            ImportOptions o;
            o.inputs = { file };
            o.encoding = encoding;
            const auto result = Importer::run(*db, o);
            *warning = warnings(result);
            QSqlQuery q(db->connection());
            return result.ok && q.exec("SELECT last_name FROM clients") && q.next()
                ? q.value(0).toString()
                : "failed: " + result.error;
        };
        QString warning;
        QCOMPARE(lastName(write("clients16.csv", csvLe), {}, &warning), QString("Köln"));
        QCOMPARE(lastName(write("clients.csv", csvText.toLatin1()), {}, &warning), QString("Köln"));
        QVERIFY2(warning.contains("is not UTF-8 at all; it was read as Windows-1252"), qPrintable(warning));
        // Stated, the encoding is taken as it is.
        QCOMPARE(lastName(write("clients.csv", csv), "windows-1252", &warning), QString("KÃ¶ln"));
        QVERIFY(!warning.contains("Windows-1252"));
    }

    // Untrusted input has limits: each is a clear error naming file and
    // line, reached in seconds, with memory bounded.
    void limitsAreClearErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gzip bomb") << "gzip-bomb"
                                   << "expands more than 100-fold";
        QTest::newRow("huge string") << "huge-string"
                                     << "line 1: a text is longer than 8 MiB";
        QTest::newRow("huge captured value") << "huge-value"
                                             << "a value is larger than 8 MiB";
        QTest::newRow("deep nesting") << "deep"
                                      << "nested more than 64 levels deep";
        QTest::newRow("huge CSV field") << "huge-field"
                                        << "line 2: a field is longer than 8 MiB";
        QTest::newRow("zip bomb") << "zip-bomb"
                                  << "expands more than 100-fold";
    }

    void limitsAreClearErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString path;
        const QByteArray start
            = "{\"format\":\"theprogram-export\",\"tables\":{\"clients\":[{\"id\":\"x\",\"notes\":\"";
        if (kind == "gzip-bomb") {
            path = m_dir.path("bomb.json.gz");
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            formats::GzipWriter gz(&f, formats::CompressionLevel::Fast);
            QVERIFY(gz.open(QIODevice::WriteOnly));
            gz.write("{");
            const QByteArray spaces(1 << 20, ' ');
            for (int i = 0; i < 200; ++i)
                gz.write(spaces); // 200 MiB of whitespace: valid JSON so far, about 200 KB compressed
            gz.close();
        } else if (kind == "huge-string") {
            path = write("huge-string.json", start + QByteArray(20 << 20, 'a') + "\"}]}}");
        } else if (kind == "huge-value") {
            QByteArray value = "[";
            for (int i = 0; i < 1200000; ++i)
                value += "1234567,";
            path = write("huge-value.json",
                         "{\"tables\":{\"charts\":[{\"id\":\"x\",\"chart_data\":" + value + "1]}]}}");
        } else if (kind == "deep") {
            path = write("deep.json",
                         "{\"tables\":{\"charts\":[{\"id\":\"x\",\"chart_data\":" + QByteArray(100000, '['));
        } else if (kind == "huge-field") {
            path = write("clients.csv", "id,notes\r\nx," + QByteArray(20 << 20, 'a') + "\r\n");
        } else if (kind == "zip-bomb") {
            const QString csv = write("bomb-clients.csv", "id,notes\r\n" + QByteArray(100 << 20, ' '));
            path = m_dir.path("bomb.zip");
            QString error;
            QVERIFY(formats::ZipWriter::write(path, { { "clients.csv", csv } }, 9, {}, &error));
            QFile::remove(csv);
        }
        QElapsedTimer timer;
        timer.start();
        bool unchanged = false;
        const auto r = importInto(path, &unchanged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected) && r.error.contains(QFileInfo(path).fileName()),
                 qPrintable(r.error));
        QVERIFY(unchanged);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        QVERIFY2(usage.ru_maxrss < 1024 * 1024,
                 qPrintable(QString("peak RSS %1 KB").arg(usage.ru_maxrss))); // KB
    }

    // Inputs that are not regular files are refused by name, at once.
    void notRegularFilesAreRefused()
    {
        const QString link = m_dir.path("zero.json");
        QVERIFY(QFile::link("/dev/zero", link));
        const QString fifo = m_dir.path("pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QDir().mkpath(m_dir.path("folder.json")));
        for (const QString& path : { link, fifo, m_dir.path("folder.json") }) {
            bool unchanged = false;
            const auto r = importInto(path, &unchanged);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains("is not a regular file")
                         && r.error.contains(QFileInfo(path).fileName()),
                     qPrintable(r.error));
            QVERIFY(unchanged);
        }
    }

    // Numbers RapidJSON 1.1.0 would turn into garbage (0e94: all digits zero,
    // a large exponent) are read as what they are, zero, and export as zero.
    void zeroWithAHugeExponentIsZero()
    {
        QByteArray bytes = read(m_json);
        const qsizetype latitude = bytes.indexOf("\"latitude\": ");
        const qsizetype end = bytes.indexOf(',', latitude);
        QVERIFY(latitude > 0 && end > latitude);
        bytes.replace(latitude, end - latitude, "\"latitude\": 0e94");
        bytes.replace("\"chart_data\": {", "\"chart_data\": {\"zero\": -0.000e300, ");
        auto db = test::openDatabase(m_dir.path("zeros.db"));
        ImportOptions o;
        o.inputs = { write("zeros.json", bytes) };
        const auto r = Importer::run(*db, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec("SELECT MIN(ABS(latitude)) FROM birth_data") && q.next());
        QCOMPARE(q.value(0).toDouble(), 0.0);
        exchange::ExportOptions e;
        e.outputPath = m_dir.path("zeros-out.json");
        QVERIFY(exchange::Exporter::run(db->connection(), e).ok);
        const QJsonObject chart = QJsonDocument::fromJson(read(e.outputPath))
                                      .object()["tables"]
                                      .toObject()["charts"]
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QVERIFY(chart["chart_data"].toObject().contains("zero"));
        QCOMPARE(chart["chart_data"].toObject()["zero"].toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
