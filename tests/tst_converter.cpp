#include "demo/DemoGenerator.h"
#include "exchange/Converter.h"
#include "exchange/Exporter.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringEncoder>
#include <QtTest>

using namespace tp;
using exchange::Converter;
using exchange::ConvertOptions;

class TestConverter : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_json;

    exchange::ConvertResult convert(const QString& in, const QString& out, bool pretty = false,
                                    const QString& schema = {})
    {
        ConvertOptions o;
        o.input = in;
        o.output = out;
        o.pretty = pretty;
        o.schemaTable = schema;
        return Converter::run(o);
    }

    static QJsonObject json(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.path(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    QString bundleOf(const QString& json)
    {
        const QString zip = m_dir.path("bundle-of-export.zip");
        return convert(json, zip).ok ? zip : QString();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto database = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 40, 2, 9 }).ok);
        model::PracticeStore store(database->connection());
        QVERIFY(store
                    .save("clients",
                          { { "first_name", QString::fromUtf8("Zoë \"Zee\", 🌙") },
                            { "last_name", QString::fromUtf8("山田") },
                            { "notes", QString::fromUtf8("two\nlines, \"quoted\"\r\nthird") },
                            { "email", "" } })
                    .ok);
        exchange::ExportOptions o;
        o.outputPath = m_dir.path("export.json");
        QVERIFY(exchange::Exporter::run(database->connection(), o).ok);
        m_json = o.outputPath;
    }

    void jsonToCsvBundleAndBackGivesIdenticalRows()
    {
        auto r = convert(m_json, m_dir.path("bundle.zip"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inputKind, QStringLiteral("JSON"));
        QCOMPARE(exchange::Exporter::verify(m_dir.path("bundle.zip")), QString());
        r = convert(m_dir.path("bundle.zip"), m_dir.path("back.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject a = json(m_json), b = json(m_dir.path("back.json"));
        QCOMPARE(b.value("tables"), a.value("tables"));
        QCOMPARE(b.value("counts"), a.value("counts"));
        QCOMPARE(b.value("format"), a.value("format"));
        QCOMPARE(exchange::Exporter::verify(m_dir.path("back.json")), QString());
    }

    void folderAndZipRoundTrip()
    {
        QVERIFY(convert(m_json, m_dir.path("folder") + "/").ok);
        QVERIFY(QFile::exists(m_dir.path("folder/clients.csv")));
        QVERIFY(QFile::exists(m_dir.path("folder/manifest.json")));
        QVERIFY(convert(m_dir.path("folder"), m_dir.path("from-folder.zip")).ok);
        QVERIFY(convert(m_dir.path("from-folder.zip"), m_dir.path("unzipped") + "/").ok);
        QVERIFY(convert(m_dir.path("unzipped"), m_dir.path("from-unzipped.json")).ok);
        QCOMPARE(json(m_dir.path("from-unzipped.json")).value("tables"), json(m_json).value("tables"));
    }

    void prettyCompactAndGzip()
    {
        QVERIFY(convert(m_json, m_dir.path("pretty.json"), true).ok);
        QFile pretty(m_dir.path("pretty.json"));
        QVERIFY(pretty.open(QIODevice::ReadOnly));
        QVERIFY(pretty.readLine().trimmed() == "{");
        QVERIFY(convert(m_dir.path("pretty.json"), m_dir.path("compact.json.gz")).ok);
        const auto r = convert(m_dir.path("compact.json.gz"), m_dir.path("compact.json"));
        QVERIFY(r.ok);
        QCOMPARE(r.inputKind, QStringLiteral("gzip of JSON"));
        QCOMPARE(test::fileHash(m_dir.path("compact.json")), test::fileHash(m_json));

        // Plain gzip of a CSV and back: byte-identical.
        QVERIFY(convert(m_dir.path("folder/charts.csv"), m_dir.path("charts.csv.gz")).ok);
        QVERIFY(convert(m_dir.path("charts.csv.gz"), m_dir.path("charts-again.csv")).ok);
        QCOMPARE(test::fileHash(m_dir.path("charts-again.csv")),
                 test::fileHash(m_dir.path("folder/charts.csv")));
    }

    void inputIsRecognisedByContent()
    {
        QFile::copy(m_json, m_dir.path("looks-like.csv"));
        const auto r = convert(m_dir.path("looks-like.csv"), m_dir.path("by-content.zip"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inputKind, QStringLiteral("JSON"));
    }

    // A public acid test for CSV readers: every field of every file reads
    // back as the expected text, through the reader and through convert.
    void csvSpectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(qEnvironmentVariable("THEPROGRAM_TEST_DATA") + "/csv-spectrum/csvs");
        for (const QString& f : dir.entryList({ "*.csv" }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f.chopped(4);
        QVERIFY(dir.entryList({ "*.csv" }).size() >= 12);
    }

    void csvSpectrum()
    {
        QFETCH(QString, name);
        const QString base = qEnvironmentVariable("THEPROGRAM_TEST_DATA") + "/csv-spectrum/";
        QFile expectedFile(base + "json/" + name + ".json");
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        QByteArray expectedJson = expectedFile.readAll();
        if (name == "location_coordinates") // its JSON has another phone number than its CSV (see the
                                            // folder's README)
            expectedJson.replace("1234567890", "2095257564");
        const QJsonDocument expectedDoc = QJsonDocument::fromJson(expectedJson);
        const QJsonArray expected = expectedDoc.isArray()
            ? expectedDoc.array()
            : QJsonArray{ expectedDoc.object() }; // one file holds a single object
        const auto r = convert(base + "csvs/" + name + ".csv", m_dir.path("spectrum-" + name + ".json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile outFile(m_dir.path("spectrum-" + name + ".json"));
        QVERIFY(outFile.open(QIODevice::ReadOnly));
        const QJsonArray got = QJsonDocument::fromJson(outFile.readAll()).array();
        QCOMPARE(got.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const QJsonObject want = expected.at(row).toObject();
            const QJsonObject have = got.at(row).toObject();
            QCOMPARE(have.keys(), want.keys());
            for (const QString& key : want.keys()) {
                const QJsonValue v = have.value(key);
                // A number or boolean is only inferred where it prints back as the same text.
                const QString text = v.isString() ? v.toString()
                    : v.isDouble() ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                    : v.isBool()   ? QString(v.toBool() ? "true" : "false")
                                   : QString();
                QCOMPARE(text, want.value(key).toString());
            }
        }
    }

    // Converting is reading too: nothing that only looks like a number changes.
    void inferenceKeepsTheText()
    {
        const QString csv = write("lookalikes.csv",
                                  "zip,phone,price,big,plus,count,ratio,flag\r\n"
                                  "08123,0049301234,12.50,1e5,+5,42,0.25,TRUE\r\n");
        const auto r = convert(csv, m_dir.path("lookalikes.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(m_dir.path("lookalikes.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY2(
            json.contains(
                R"("zip":"08123","phone":"0049301234","price":"12.50","big":"1e5","plus":"+5","count":42,"ratio":0.25,"flag":"TRUE")"),
            json.constData());
        // With a schema, the table's column types decide.
        const QString notes = write(
            "notes.csv",
            "id,client_id,note_date,note_content\r\n"
            "6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01,6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c02,2026-01-02,0042\r\n");
        QVERIFY(convert(notes, m_dir.path("notes.json"), false, "session_notes").ok);
        QFile n(m_dir.path("notes.json"));
        QVERIFY(n.open(QIODevice::ReadOnly));
        QVERIFY2(n.readAll().contains(R"("note_content":"0042")"), "note_content stays text");
    }

    void singleCsvWithTypeInference()
    {
        const QString csv = write("people.csv",
                                  "name,age,height,member,joined\r\nAnna,34,1.72,true,2020-01-01\r\n"
                                  "\"Smith, J.\",,1.8,false,2021-05-05\r\n");
        const auto r = convert(csv, m_dir.path("people.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(m_dir.path("people.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("age").toInt(), 34);
        QVERIFY(rows.at(1).toObject().value("age").isNull());
        QCOMPARE(rows.at(0).toObject().value("height").toDouble(), 1.72);
        QCOMPARE(rows.at(0).toObject().value("member").toBool(), true);
        QCOMPARE(rows.at(1).toObject().value("name").toString(), QStringLiteral("Smith, J."));
        QCOMPARE(rows.at(0).toObject().value("joined").toString(), QStringLiteral("2020-01-01"));
    }

    void singleCsvWithRegistryTypes()
    {
        const QString csv = write("notes.csv",
                                  "id,client_id,note_date,note_content,created_at,updated_at\r\n"
                                  "n1,c1,2026-01-01,1234,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\r\n");
        auto r = convert(csv, m_dir.path("notes-typed.json"), false, "session_notes");
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(m_dir.path("notes-typed.json"));
        f.open(QIODevice::ReadOnly);
        const QJsonObject row = QJsonDocument::fromJson(f.readAll()).array().at(0).toObject();
        QVERIFY(row.value("note_content").isString()); // text by the registry, not inferred as a number
        r = convert(csv, m_dir.path("x.json"), false, "no_such_table");
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("no_such_table"));
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("warns");
        const QString text = QString::fromUtf8("name,city\r\nJosé Müller,Zürich\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << false;
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16 le bom") << QByteArray(le(text)) << false;
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16 be bom") << QByteArray(be(text)) << false;
        QTest::newRow("windows-1252") << QByteArray("name,city\r\nJos\xE9 M\xFCller,Z\xFCrich\r\n") << true;
    }

    void charsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, warns);
        const QString in = write(QString("charset-%1.csv").arg(QTest::currentDataTag()), bytes);
        const QString out = m_dir.path(QString("charset-%1.json").arg(QTest::currentDataTag()));
        const auto r = convert(in, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(!r.warnings.isEmpty(), warns);
        if (warns)
            QVERIFY(r.warnings.first().contains("Windows-1252"));
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        const QJsonObject row = QJsonDocument::fromJson(f.readAll()).array().at(0).toObject();
        QCOMPARE(row.value("name").toString(), QString::fromUtf8("José Müller"));
        QCOMPARE(row.value("city").toString(), QString::fromUtf8("Zürich"));
    }

    void errorsNameTheLine()
    {
        auto r = convert(
            write("broken.json",
                  "{\n  \"format\": \"theprogram-export\",\n  \"tables\": {\n    \"clients\": [,]\n  }\n}\n"),
            m_dir.path("broken.zip"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("broken.json, line 4"), qPrintable(r.error));
        QVERIFY(!QFile::exists(m_dir.path("broken.zip")));

        r = convert(write("ragged.csv", "a,b\r\n\"x\ny\",1\r\n1,2,3\r\n"), m_dir.path("ragged.json"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("ragged.csv, line 4"), qPrintable(r.error)); // the quoted newline counts
        QVERIFY(!QFile::exists(m_dir.path("ragged.json")));

        r = convert(write("other.json", "{\"hello\": 1}"), m_dir.path("other.zip"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("not an export"));
        r = convert(m_dir.path("missing.json"), m_dir.path("x.zip"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("does not exist"));
    }

    // A folder of CSVs that cannot become an export says which file, line
    // and field, and writes nothing.
    void badBundlesNameFileLineAndField()
    {
        const auto bundle = [&](const QString& folder, const QByteArray& clientsCsv) {
            QDir().mkpath(m_dir.path(folder));
            write(folder + "/clients.csv", clientsCsv);
            return m_dir.path(folder);
        };
        const auto refused = [&](const QString& input, const QString& words) {
            const QString out = m_dir.path(QFileInfo(input).fileName() + "-out.json");
            const auto r = convert(input, out);
            if (r.ok || !r.error.contains(words) || QFile::exists(out))
                return QString("%1: %2").arg(input, r.ok ? QString("converted") : r.error);
            return QString();
        };
        QDir().mkpath(m_dir.path("no-csv"));
        write("no-csv/readme.txt", "nothing here");
        QCOMPARE(refused(m_dir.path("no-csv"), "holds no CSV files"), QString());
        write("no-csv/addresses.csv", "name,street\r\nAnna,Main St\r\n");
        QCOMPARE(refused(m_dir.path("no-csv"), "holds no CSV file named after a table"), QString());
        QCOMPARE(refused(bundle("ragged", "id,first_name\r\na,Anna\r\nb,Bea,extra\r\n"),
                         "clients.csv, line 3: 3 fields where the header has 2."),
                 QString());
        QCOMPARE(refused(bundle("bad-bytes", "\xef\xbb\xbfid,first_name\r\na,Ann\xff\xfe\r\n"),
                         "clients.csv, line 2, first_name: bytes that are not valid UTF-8"),
                 QString());
        QCOMPARE(refused(bundle("headless", ""), "clients.csv has no header row"), QString());
        QCOMPARE(refused(write("empty.csv", ""), "empty.csv is empty: it has no header row"), QString());
    }

    // A damaged gzip is refused whole; a cancelled conversion leaves nothing.
    void damagedOrCancelledLeavesNothing()
    {
        const QString gz = m_dir.path("export.json.gz");
        QVERIFY(convert(m_json, gz).ok);
        QFile f(gz);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        auto r = convert(gz, m_dir.path("from-half.json"));
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.path("from-half.json")));

        test::CancelAfter cancelled(0); // asks to stop from the start
        for (const QString& out : { m_dir.path("cancelled.zip"), m_dir.path("cancelled-folder/"),
                                    m_dir.path("cancelled.json.gz") }) {
            ConvertOptions o;
            o.input = m_json;
            o.output = out;
            r = Converter::run(o, &cancelled);
            QVERIFY2(!r.ok, qPrintable(out + " " + r.inputKind + " -> " + r.outputKind));
            QCOMPARE(r.error, QString("Cancelled; nothing was written."));
            QVERIFY(!QFileInfo::exists(out));
        }
        // A folder that holds an earlier conversion keeps it whole.
        QVERIFY(convert(m_json, m_dir.path("earlier-folder")).ok);
        const QByteArray clients = test::fileHash(m_dir.path("earlier-folder/clients.csv"));
        ConvertOptions again;
        again.input = write("other-export.json",
                            "{\"format\": \"theprogram-export\", \"tables\": {\"clients\": []}}");
        again.output = m_dir.path("earlier-folder");
        r = Converter::run(again, &cancelled);
        QCOMPARE(r.error, QString("Cancelled; nothing was written."));
        QCOMPARE(test::fileHash(m_dir.path("earlier-folder/clients.csv")), clients);
        const QDir top = QFileInfo(m_json).absoluteDir();
        QVERIFY(top.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .filter(".theprogram-tmp")
                    .isEmpty());
        ConvertOptions single;
        single.input = write("one-table.csv", "name,born\r\nAnna,1980\r\n");
        single.output = m_dir.path("cancelled-single.json");
        r = Converter::run(single, &cancelled);
        QCOMPARE(r.error, QString("Cancelled; nothing was written."));
        QVERIFY(!QFile::exists(single.output));
        ConvertOptions back;
        back.input = bundleOf(m_json);
        back.output = m_dir.path("cancelled-back.json");
        r = Converter::run(back, &cancelled);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QString("Cancelled; nothing was written."));
        QVERIFY(!QFile::exists(back.output));
    }
};

QTEST_GUILESS_MAIN(TestConverter)
#include "tst_converter.moc"
