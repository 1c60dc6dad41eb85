#include "CliSupport.h"
#include "db/Database.h"
#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QtTest>

using namespace tp;

// theprogram-cli as a script sees it: exit codes 0/1/2 and one clear line.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;
    static Run cli(const QStringList& args) { return test::runCli(QStringLiteral(THEPROGRAM_CLI), args); }
    static Run cliOnTmpfs(const QString& mountOptions, const QString& folder, const QStringList& args,
                          QStringList* listing)
    {
        return test::runCliOnTmpfs(QStringLiteral(THEPROGRAM_CLI), mountOptions, folder, args, listing);
    }
    test::KillCounts killAtMoments(const QString& base, const QString& tag, const QStringList& args,
                                   const QList<int>& delays, const QByteArray& oldDump,
                                   const QByteArray& newDump)
    {
        return test::killAtMoments(QStringLiteral(THEPROGRAM_CLI), base, m_dir.path(tag), args, delays,
                                   oldDump, newDump);
    }

    test::TempDir m_dir;

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void helpAndVersion()
    {
        Run r = cli({ "--help" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--db"));
        QVERIFY(r.out.contains("demo-data"));
        QVERIFY(r.out.contains("info"));
        r = cli({ "--version" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("theprogram-cli "));
        r = cli({ "demo-data", "--help" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--charts-per-client"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("wording");
        QTest::newRow("no command") << QStringList{} << "No command given";
        QTest::newRow("unknown command") << QStringList{ "frobnicate" } << "Unknown command 'frobnicate'";
        QTest::newRow("unknown option") << QStringList{ "info", "--colour" } << "colour";
        QTest::newRow("option of another command") << QStringList{ "info", "--seed", "3" } << "seed";
        QTest::newRow("clients not a number")
            << QStringList{ "--db", "/tmp/unused.db", "demo-data", "--clients", "many" } << "--clients";
        QTest::newRow("clients zero")
            << QStringList{ "--db", "/tmp/unused.db", "demo-data", "--clients", "0" } << "--clients";
        QTest::newRow("charts negative")
            << QStringList{ "--db", "/tmp/unused.db", "demo-data", "--charts-per-client", "-1" }
            << "--charts-per-client";
        QTest::newRow("seed not a number")
            << QStringList{ "--db", "/tmp/unused.db", "demo-data", "--seed", "x" } << "--seed";
        QTest::newRow("extra argument") << QStringList{ "info", "extra" } << "Unexpected argument 'extra'";
        QTest::newRow("db without value") << QStringList{ "info", "--db" } << "db";
        QTest::newRow("export bad scope")
            << QStringList{ "export", "--scope", "planet" } << "--scope must be";
        QTest::newRow("export client without id")
            << QStringList{ "export", "--scope", "client" } << "needs --id";
        QTest::newRow("export bad format")
            << QStringList{ "export", "--format", "xml" } << "--format must be";
        QTest::newRow("export gzip csv")
            << QStringList{ "export", "--format", "csv", "--gzip" } << "--gzip is for JSON";
        QTest::newRow("export bad date")
            << QStringList{ "export", "--scope", "selective", "--from", "1.1.2020" } << "--from needs a date";
        QTest::newRow("export selective option elsewhere")
            << QStringList{ "export", "--chart-type", "natal" } << "belong to --scope selective";
        QTest::newRow("export exclude id")
            << QStringList{ "export", "--exclude-fields", "clients.id" } << "cannot be left out";
        QTest::newRow("export coarsen alone")
            << QStringList{ "export", "--coarsen-places" } << "goes with --anonymize";
        QTest::newRow("import without files") << QStringList{ "import" } << "at least one file";
        QTest::newRow("import bad strategy")
            << QStringList{ "import", "x.json", "--strategy", "overwrite" } << "--strategy must be";
        QTest::newRow("import bad table strategy")
            << QStringList{ "import", "x.json", "--strategy", "planets=skip" } << "no table called planets";
        QTest::newRow("import restore without yes")
            << QStringList{ "import", "x.json", "--mode", "restore" } << "add --yes";
        QTest::newRow("convert without input") << QStringList{ "convert", "--output", "x.json" } << "--input";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, wording);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(wording), qPrintable(r.err));
        QVERIFY(!QFile::exists("/tmp/unused.db"));
    }

    void failuresSayWhyInOneLine_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("wording");
        QTest::newRow("missing file") << "missing"
                                      << "does not exist";
        QTest::newRow("missing folder") << "folder"
                                        << "The folder";
        QTest::newRow("not sqlite") << "text"
                                    << "not an SQLite file";
    }

    void failuresSayWhyInOneLine()
    {
        QFETCH(QString, setup);
        QFETCH(QString, wording);
        QString path = m_dir.path(setup + ".db");
        if (setup == "folder")
            path = m_dir.path("nowhere/x.db");
        if (setup == "text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        const QByteArray before = test::fileHash(path);
        const Run r = cli({ "--db", path, "info" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(wording), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("theprogram-cli: "));
        QCOMPARE(test::fileHash(path), before);
        if (setup == "missing")
            QVERIFY(!QFile::exists(path));
    }

    void exportAndConvert()
    {
        const QString path = m_dir.path("exportcli.db");
        QCOMPARE(cli({ "--db", path, "demo-data", "--clients", "15", "--seed", "3" }).code, 0);
        const QString json = m_dir.path("cli.json");
        Run r = cli({ "--db", path, "export", "--pretty", "-o", json });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("verified"), qPrintable(r.out));
        QVERIFY(QFile::exists(json));
        r = cli({ "convert", "--input", json, "--output", m_dir.path("cli.zip") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("CSV bundle"));
        r = cli({ "convert", "--input", m_dir.path("nope.json"), "--output", m_dir.path("x.zip") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not exist"));
        // Without -o: a suggested name in the current folder.
        QProcess p;
        p.setWorkingDirectory(m_dir.path(""));
        p.start(QStringLiteral(THEPROGRAM_CLI), { "--db", path, "export", "--format", "csv", "--anonymize" });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(
            m_dir.path("TheProgram_Export_" + QDate::currentDate().toString(Qt::ISODate) + ".zip")));
        // Exporting from a database that is not there fails and creates nothing.
        r = cli({ "--db", m_dir.path("absent.db"), "export", "-o", m_dir.path("absent.json") });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_dir.path("absent.db")));
        QVERIFY(!QFile::exists(m_dir.path("absent.json")));
    }

    void importExitCodes()
    {
        const QString source = m_dir.path("import-source.db");
        QCOMPARE(cli({ "--db", source, "demo-data", "--clients", "12", "--seed", "5" }).code, 0);
        const QString json = m_dir.path("import.json");
        QCOMPARE(cli({ "--db", source, "export", "-o", json }).code, 0);
        const QString target = m_dir.path("import-target.db");
        QCOMPARE(cli({ "--db", target, "demo-data", "--clients", "1", "--seed", "77" }).code, 0);

        Run r = cli({ "--db", target, "import", json, "--dry-run" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("dry run"));
        r = cli({ "--db", target, "import", json, "--report", m_dir.path("report.json") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Result: imported."), qPrintable(r.out));
        QVERIFY(QFile::exists(m_dir.path("report.json")));
        r = cli({ "--db", target, "info", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value("tables")
                     .toObject()
                     .value("clients")
                     .toInt(),
                 13);

        // A file with an error: exit 1, one line saying so, nothing changed.
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace("\"rodden_rating\":\"AA\"", "\"rodden_rating\":\"ZZ\"");
        const QString bad = m_dir.path("bad.json");
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(bytes);
        b.close();
        r = cli({ "--db", target, "import", bad, "--strategy", "rename" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing was imported"), qPrintable(r.err));
        QVERIFY(r.out.contains("bad.json, line 1, birth_data"));

        r = cli({ "--db", target, "import", "--undo-last" });
        QCOMPARE(r.code, 0);
        r = cli({ "--db", target, "info", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value("tables")
                     .toObject()
                     .value("clients")
                     .toInt(),
                 1);
        r = cli({ "--db", target, "import", "--undo-last" });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no import to undo"));
    }

    // A new computer from the command line: init starts an empty practice
    // (never over a file), and import into a path with no practice makes one
    // first — or, if the import does not go through, leaves nothing behind.
    void initAndImportIntoANewPractice()
    {
        const QString source = m_dir.path("move-source.db");
        QCOMPARE(cli({ "--db", source, "demo-data", "--clients", "8", "--seed", "21" }).code, 0);
        const QString json = m_dir.path("move.json");
        QCOMPARE(cli({ "--db", source, "export", "-o", json }).code, 0);

        const QString fresh = m_dir.path("fresh.db");
        Run r = cli({ "--db", fresh, "init" });
        QVERIFY2(r.code == 0 && r.out.contains("Created an empty practice at"), qPrintable(r.out + r.err));
        r = cli({ "--db", fresh, "info", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value("tables")
                     .toObject()
                     .value("clients")
                     .toInt(),
                 0);
        const QByteArray before = test::dumpOf(source);
        r = cli({ "--db", source, "init" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exists already"), qPrintable(r.err));
        QCOMPARE(test::dumpOf(source), before);

        const QString checked = m_dir.path("only-checked.db");
        r = cli({ "--db", checked, "import", json, "--dry-run" });
        QVERIFY2(r.code == 0 && r.out.contains("nothing was created"), qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(checked));

        const QString moved = m_dir.path("moved.db");
        r = cli({ "--db", moved, "import", json });
        QVERIFY2(r.code == 0 && r.out.contains("a new, empty one was created"), qPrintable(r.out + r.err));
        QCOMPARE(test::dumpOf(moved), before);

        QFile broken(m_dir.path("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"theprogram-export\", \"tables\": {\"clients\": [");
        broken.close();
        const QString failed = m_dir.path("failed.db");
        r = cli({ "--db", failed, "import", broken.fileName() });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("removed again"), qPrintable(r.out));
        const QStringList left
            = QDir(m_dir.path("")).entryList({ "failed*" }, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }

    // Export → import into an empty practice gives back every row, byte for
    // byte: JSON-valued columns keep their numbers as written (-6e-05 is not
    // turned into -0.00006, 2.758243 not into 2.7582429999999999).
    void exactRoundTrips_data()
    {
        QTest::addColumn<QStringList>("exportArgs");
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << QStringList() << "exact.json";
        QTest::newRow("json.gz") << QStringList{ "--gzip" } << "exact.json.gz";
        QTest::newRow("csv bundle") << QStringList{ "--format", "csv" } << "exact.zip";
    }

    void exactRoundTrips()
    {
        QFETCH(QStringList, exportArgs);
        QFETCH(QString, file);
        const QString source = m_dir.path("exact-source.db");
        if (!QFileInfo::exists(source)) {
            QCOMPARE(cli({ "--db", source, "demo-data", "--clients", "60", "--charts-per-client", "2" }).code,
                     0);
            db::OpenFailure failed;
            auto database = db::Database::openExisting(source, &failed);
            QVERIFY(database);
            QSqlQuery q(database->connection());
            QVERIFY(q.exec("UPDATE charts SET chart_data = '{\"odd\":[-6e-05,1E+300,0.1000,-0.0,"
                           "12345678901234567890,2.758243,1.5e-7],' || substr(chart_data, 2) "
                           "WHERE rowid IN (SELECT rowid FROM charts LIMIT 3)"));
            QCOMPARE(q.numRowsAffected(), 3);
        }
        const QString exported = m_dir.path(file);
        Run r = cli(QStringList{ "--db", source, "export", "-o", exported } + exportArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString target = m_dir.path(file + ".db");
        r = cli({ "--db", target, "import", exported });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QByteArray original = test::dumpOf(source);
        QVERIFY(original.contains("-6e-05,1E+300,0.1000,-0.0,12345678901234567890,2.758243,1.5e-7"));
        QCOMPARE(test::dumpOf(target), original);
        if (file.endsWith(".zip")) { // the converter keeps the digits too
            const QString json = m_dir.path("exact-converted.json");
            r = cli({ "convert", "--input", exported, "--output", json });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QFile converted(json);
            QVERIFY(converted.open(QIODevice::ReadOnly));
            QVERIFY(converted.readAll().contains(
                "-6e-05,1E+300,0.1000,-0.0,12345678901234567890,2.758243,1.5e-7"));
        }
    }

    void backupCommands()
    {
        const QString db = m_dir.path("backup-source.db");
        QCOMPARE(cli({ "--db", db, "demo-data", "--clients", "10", "--seed", "4" }).code, 0);
        const QString folder = m_dir.path("backups");
        Run r = cli({ "--db", db, "backup", "create", "--folder", folder, "--label", "nightly" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("written and verified"), qPrintable(r.out + r.err));
        QFile pw(m_dir.path("pw.txt"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("horse staple\n");
        pw.close();
        r = cli({ "--db", db, "backup", "create", "--folder", folder, "--password-file", pw.fileName(),
                  "--level", "fast" });
        QCOMPARE(r.code, 0);
        r = cli({ "backup", "list", "--folder", folder, "--json" });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("label").toString(), QStringLiteral("nightly"));
        const QString encrypted = list.at(1).toObject().value("id").toString();
        QVERIFY(list.at(1).toObject().value("encryption").isObject());
        r = cli({ "backup", "verify", "--all", "--folder", folder, "--password-file", pw.fileName() });
        QCOMPARE(r.code, 0);
        r = cli({ "backup", "decrypt", encrypted, "--folder", folder, "--password-file", pw.fileName(), "-o",
                  m_dir.path("plain.db") });
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({ "--db", m_dir.path("plain.db"), "info" }).code, 0);
        QFile wrong(m_dir.path("wrong.txt"));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("nope");
        wrong.close();
        r = cli({ "backup", "verify", encrypted, "--folder", folder, "--password-file", wrong.fileName() });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("Wrong password or key file."));
        r = cli({ "backup", "keyfile", "new", m_dir.path("k.key") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QFileInfo(m_dir.path("k.key")).size(), 32);
        QCOMPARE(cli({ "backup", "keyfile", "new", m_dir.path("k.key") }).code, 1); // never overwritten
        QCOMPARE(cli({ "--db", db, "backup", "restore", encrypted, "--folder", folder }).code,
                 2); // needs --yes
        QCOMPARE(cli({ "--db", db, "backup", "restore", encrypted, "--folder", folder, "--clients", "a",
                       "--charts", "b", "--yes" })
                     .code,
                 2);
        r = cli({ "--db", db, "backup", "restore", encrypted, "--folder", folder, "--password-file",
                  pw.fileName(), "--yes" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("pre-restore"));
        r = cli({ "backup", "list", "--folder", folder, "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        r = cli({ "backup", "prune", "--keep-last", "1", "--dry-run", "--folder", folder });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("would remove") && r.out.contains("keep "), qPrintable(r.out));
        QCOMPARE(QDir(folder).entryList({ "TheProgram_*.manifest.json" }).size(), 3);
        r = cli({ "backup", "prune", "--keep-last", "1", "--folder", folder });
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(folder).entryList({ "TheProgram_*.manifest.json" }).size(), 1);
        QCOMPARE(cli({ "backup", "prune", "--folder", folder }).code, 2);
        QCOMPARE(cli({ "backup", "frobnicate" }).code, 2);
        QCOMPARE(cli({ "backup", "verify", "--folder", folder }).code, 2);
        QCOMPARE(cli({ "backup", "verify", "nosuchid", "--folder", folder }).code, 1);
    }

    void killedBackupLeavesNothingBehind()
    {
        const QString db = m_dir.path("kill.db");
        QCOMPARE(cli({ "--db", db, "demo-data", "--clients", "600" }).code, 0);
        const QString folder = m_dir.path("kill-backups");
        for (int delay : { 150, 400, 800 }) {
            QProcess p;
            p.start(QStringLiteral(THEPROGRAM_CLI),
                    { "--db", db, "backup", "create", "--folder", folder, "--level", "best" });
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            p.kill(); // SIGKILL: no clean-up code runs
            p.waitForFinished();
        }
        const Run r = cli({ "--db", db, "backup", "create", "--folder", folder });
        QVERIFY2(r.code == 0, qPrintable(r.err)); // the killed runs' lock did not block it
        const Run verify = cli({ "backup", "verify", "--all", "--folder", folder });
        // Only complete backups (with manifests) remain; temporaries of the killed runs are gone.
        const QStringList left
            = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& name : left)
            QVERIFY2(name == ".backup.lock" || name.endsWith(".manifest.json")
                         || QFile::exists(QDir(folder).filePath(name + ".manifest.json")),
                     qPrintable(name));
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    }

    // kill -9 at any moment of a full restore leaves the old database or the
    // restored one, whole — never a mixture, never a broken file.
    void killedRestoreLeavesOldOrNew()
    {
        const QString source = m_dir.path("restore-source.db");
        QCOMPARE(cli({ "--db", source, "demo-data", "--clients", "400", "--seed", "11" }).code, 0);
        const QString folder = m_dir.path("restore-kill-backups");
        Run r = cli({ "--db", source, "backup", "create", "--folder", folder });
        QCOMPARE(r.code, 0);
        r = cli({ "backup", "list", "--folder", folder, "--json" });
        const QString id
            = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value("id").toString();
        QVERIFY(!id.isEmpty());
        const QString old = m_dir.path("restore-old.db");
        QCOMPARE(cli({ "--db", old, "demo-data", "--clients", "300", "--seed", "12" }).code, 0);
        const QByteArray newDump = test::dumpOf(source);
        const QByteArray oldDump = test::dumpOf(old);
        QVERIFY(newDump != oldDump);

        const test::KillCounts k = killAtMoments(
            old, "restore-kill", { "--db", "%DB%", "backup", "restore", id, "--folder", folder, "--yes" },
            { 60, 150, 250, 350, 450, 550, 650, 800, 1000, 1300 }, oldDump, newDump);
        if (QTest::currentTestFailed())
            return;
        qInfo("restore killed %d times: old database %d times, restored one %d times", k.interrupted,
              k.sawOld, k.sawNew);
        QVERIFY(k.interrupted >= 3);
        QVERIFY(k.sawOld >= 1);
        // A restore after a killed one succeeds and cleans up after it.
        const QString last = k.targets.last();
        r = cli({ "--db", last, "backup", "restore", id, "--folder", folder, "--yes" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(test::dumpOf(last), newDump);
        QVERIFY(QDir(m_dir.path(""))
                    .entryList({ QFileInfo(last).fileName() + ".restoring*" }, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    // kill -9 at any moment of an import leaves the database as it was or
    // with everything imported — into an empty practice (rows written
    // straight into their tables) and into one with data (rows staged first).
    void killedImportLeavesOldOrNew_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("into an empty practice") << true;
        QTest::newRow("into a practice with data") << false;
    }

    void killedImportLeavesOldOrNew()
    {
        QFETCH(bool, empty);
        const QString tag = empty ? "empty" : "occupied";
        const QString source = m_dir.path("import-kill-source.db");
        const QString file = m_dir.path("import-kill.json");
        if (!QFile::exists(file)) {
            QCOMPARE(cli({ "--db", source, "demo-data", "--clients", "400", "--seed", "21" }).code, 0);
            QCOMPARE(cli({ "--db", source, "export", "-o", file }).code, 0);
        }
        const QString base = m_dir.path("import-kill-base-" + tag + ".db");
        if (empty)
            QVERIFY(test::openDatabase(base));
        else
            QCOMPARE(cli({ "--db", base, "demo-data", "--clients", "100", "--seed", "22" }).code, 0);
        const QByteArray oldDump = test::dumpOf(base);
        const QString complete = m_dir.path("import-kill-complete-" + tag + ".db");
        QVERIFY(QFile::copy(base, complete));
        Run r = cli({ "--db", complete, "import", file });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray newDump = test::dumpOf(complete);
        QVERIFY(newDump != oldDump);

        const test::KillCounts k
            = killAtMoments(base, "import-kill-" + tag, { "--db", "%DB%", "import", file },
                            { 40, 80, 120, 160, 220, 280, 350, 450, 600, 800 }, oldDump, newDump);
        if (QTest::currentTestFailed())
            return;
        qInfo("import %s killed %d times: as it was %d times, imported %d times", qPrintable(tag),
              k.interrupted, k.sawOld, k.sawNew);
        QVERIFY(k.interrupted >= 3);
        QVERIFY(k.sawOld >= 1);
        // The import runs whole after a killed one.
        const QString again = m_dir.path(QString("import-kill-%1-1.db").arg(tag));
        if (test::dumpOf(again) == oldDump) {
            r = cli({ "--db", again, "import", file });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(test::dumpOf(again), newDump);
        }
    }

    // A full disk or a read-only folder: one clear sentence, exit 1, and
    // nothing half-written left in the backup folder.
    void backupOntoFullOrReadOnlyDisk()
    {
        const QString db = m_dir.path("disk.db");
        QCOMPARE(cli({ "--db", db, "demo-data", "--clients", "80", "--seed", "2" }).code, 0);
        const qint64 size = QFileInfo(db).size();
        QVERIFY(size > 4'000'000);
        QStringList left;
        // Room for the snapshot, not for the backup written beside it.
        Run r = cliOnTmpfs(
            QString("size=%1k").arg(size * 3 / 2 / 1024), m_dir.path("full"),
            { "--db", db, "backup", "create", "--folder", m_dir.path("full"), "--level", "none" }, &left);
        if (r.code == -3)
            QSKIP("this system cannot mount a tmpfs in a private mount namespace (unshare)");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("The disk is full ("), qPrintable(r.err));
        QVERIFY2(left.isEmpty() || left == QStringList{ ".backup.lock" }, qPrintable(left.join(", ")));
        // Not even room for the snapshot.
        r = cliOnTmpfs("size=1024k", m_dir.path("full"),
                       { "--db", db, "backup", "create", "--folder", m_dir.path("full") }, &left);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("snapshot") && r.err.contains("full"), qPrintable(r.err));
        QVERIFY2(left.isEmpty() || left == QStringList{ ".backup.lock" }, qPrintable(left.join(", ")));
        // A read-only folder.
        r = cliOnTmpfs("ro", m_dir.path("readonly"),
                       { "--db", db, "backup", "create", "--folder", m_dir.path("readonly") }, &left);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only", Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(left.isEmpty());
        // The database itself is untouched by all this.
        QCOMPARE(cli({ "--db", db, "backup", "create", "--folder", m_dir.path("fine") }).code, 0);
    }

    void scheduledBackupPasswordFromTheKeychain()
    {
        const QString db = m_dir.path("keychain.db");
        QCOMPARE(cli({ "--db", db, "demo-data", "--clients", "3" }).code, 0);
        QFile pw(m_dir.path("keychain-pw.txt"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("kept in the keychain\n");
        pw.close();
        const QString folder = m_dir.path("keychain-backups");
        Run r = cli({ "--db", db, "backup", "schedule", "daily 03:00", "--folder", folder, "--password-file",
                      pw.fileName(), "--remember-password" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The password is in no settings file.
        const QString config = QDir::tempPath()
            + QString("/theprogram-cli-test-config-%1").arg(QCoreApplication::applicationPid());
        QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("kept in the keychain"));
        }
        r = cli({ "backup", "run-scheduled", "--now" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "backup", "verify", "--all", "--folder", folder, "--password-file", pw.fileName() });
        QCOMPARE(r.code, 0);
        r = cli({ "backup", "list", "--folder", folder, "--json" });
        QVERIFY(
            QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value("encryption").isObject());
        QDir(config).removeRecursively(); // the next test starts without a schedule
    }

    void scheduledBackups()
    {
        const QString db = m_dir.path("scheduled.db");
        QCOMPARE(cli({ "--db", db, "demo-data", "--clients", "5" }).code, 0);
        QCOMPARE(cli({ "backup", "run-scheduled" }).code, 1); // nothing scheduled yet
        QCOMPARE(cli({ "backup", "schedule", "fortnightly" }).code, 2);
        const QString folder = m_dir.path("scheduled-backups");
        Run r = cli(
            { "--db", db, "backup", "schedule", "daily 02:00", "--folder", folder, "--keep-last", "3" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("the next one is at"), qPrintable(r.out));
        r = cli({ "backup", "schedule" });
        QVERIFY(r.out.contains("daily 02:00"));
        r = cli({ "backup", "run-scheduled" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("No backup is due"), qPrintable(r.out)); // a new schedule waits for its time
        r = cli({ "backup", "run-scheduled", "--now" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Scheduled backup"), qPrintable(r.out + r.err));
        r = cli({ "backup", "run-scheduled" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("No backup is due"));
        r = cli({ "backup", "list", "--folder", folder, "--json" });
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value("kind").toString(), QStringLiteral("scheduled"));
        // Without --folder, backups by hand go where the settings say, beside the scheduled ones.
        r = cli({ "--db", db, "backup", "create", "--label", "by hand" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "backup", "list", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        QCOMPARE(QDir(folder).entryList({ "TheProgram_*.manifest.json" }, QDir::Files).size(), 2);
    }

    void demoDataThenInfo()
    {
        const QString path = m_dir.path("demo.db");
        Run r = cli(
            { "--db", path, "demo-data", "--clients", "40", "--charts-per-client", "2", "--seed", "7" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Added demo data"), qPrintable(r.out + r.err));

        r = cli({ "--db", path, "info", "--json" });
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value("schema_version").toInt(), 1);
        QVERIFY(!info.value("sqlite_version").toString().isEmpty());
        QVERIFY(info.value("file_size_bytes").toDouble() > 100000);
        QCOMPARE(info.value("database").toString(), path);
        const QJsonObject tables = info.value("tables").toObject();
        QCOMPARE(tables.size(), 11);
        for (auto it = tables.begin(); it != tables.end(); ++it)
            QVERIFY2(it.value().toInt() > 0, qPrintable(it.key()));
        QCOMPARE(tables.value("clients").toInt(), 40);
        QCOMPARE(tables.value("charts").toInt(), 80);

        r = cli({ "--db", path, "info" });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Schema version: 1"));
        QVERIFY(r.out.contains("chart_interpretations"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
