#include "CliSupport.h"
#include "TestSupport.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QtTest>
#include <sys/stat.h>

using namespace tp;

// Faults thrown at the command line: full and read-only disks, kill -9,
// files that are not what they claim. Never a crash, never a lost row,
// never a file half-written or changed by a command that only reads.
class TestCliFaults : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_practice; // 60 clients
    QString m_export; // its JSON export
    QString m_other; // the export of another practice, 20 clients

    static test::CliRun cli(const QStringList& args)
    {
        return test::runCli(QStringLiteral(THEPROGRAM_CLI), args);
    }
    static test::CliRun onTmpfs(const QString& mount, const QString& folder, const QStringList& args,
                                QStringList* left, const QString& setup = {})
    {
        return test::runCliOnTmpfs(QStringLiteral(THEPROGRAM_CLI), mount, folder, args, left, setup);
    }

    static QStringList tempLeftovers(const QString& folder)
    {
        QStringList out;
        for (const QString& name : test::entriesOf(folder)) {
            if (name.startsWith(files::kTempPrefix) || name.contains(".theprogram-export")
                || name.contains(".zip.") || name.contains(".json."))
                out << name;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_practice = m_dir.path("practice.db");
        QCOMPARE(cli({ "--db", m_practice, "demo-data", "--clients", "60", "--seed", "3" }).code, 0);
        m_export = m_dir.path("practice.json");
        QCOMPARE(cli({ "--db", m_practice, "export", "-o", m_export }).code, 0);
        const QString other = m_dir.path("other.db");
        QCOMPARE(cli({ "--db", other, "demo-data", "--clients", "20", "--seed", "4" }).code, 0);
        m_other = m_dir.path("other.json");
        QCOMPARE(cli({ "--db", other, "export", "-o", m_other }).code, 0);
    }

    // The import's safety snapshot does not fit: the import refuses, and
    // Undo finds nothing it could mistake for a snapshot.
    void importWhoseSnapshotDoesNotFit()
    {
        const QString folder = m_dir.path("small-disk");
        const QString db = folder + "/p.db";
        const qint64 size = QFileInfo(m_practice).size();
        const QString setup = QString("cp '%1' '%2'").arg(m_practice, db);
        const QString script = QString("'%1' --db '%2' import '%3'; echo \"import=$?\"; '%1' --db '%2' "
                                       "import --undo-last; echo \"undo=$?\"; "
                                       "'%1' --db '%2' info --json")
                                   .arg(QStringLiteral(THEPROGRAM_CLI), db, m_other);
        QStringList left;
        // Room for the database and its write-ahead log, not for a snapshot beside them.
        const test::CliRun r = test::runCliOnTmpfs("sh", QString("size=%1k").arg(size * 13 / 10 / 1024),
                                                   folder, { "-c", script }, &left, setup);
        if (r.code == -3)
            QSKIP("this system cannot mount a tmpfs in a private mount namespace (unshare)");
        QVERIFY2(r.out.contains("import=1"), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains("safety snapshot could not be taken") && r.err.contains("The disk is full ("),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains("undo=1"), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains("There is no import to undo"), qPrintable(r.err));
        const QJsonObject info = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{')).toUtf8()).object();
        QCOMPARE(info.value("tables").toObject().value("clients").toInt(), 60);
        for (const QString& name : left)
            QVERIFY2(!name.startsWith(files::kTempPrefix), qPrintable(name));
    }

    // kill -9 at any moment of an import, then Undo Last Import: the practice
    // is as it was before the import — never emptier.
    void undoAfterAKilledImportIsNeverWorse()
    {
        const QString base = m_dir.path("undo-kill-base.db");
        QCOMPARE(cli({ "--db", base, "demo-data", "--clients", "30", "--seed", "9" }).code, 0);
        const QByteArray oldDump = test::dumpOf(base);
        const QString complete = m_dir.path("undo-kill-complete.db");
        QVERIFY(QFile::copy(base, complete));
        QCOMPARE(cli({ "--db", complete, "import", m_export }).code, 0);
        const QByteArray newDump = test::dumpOf(complete);
        const test::KillCounts k
            = test::killAtMoments(QStringLiteral(THEPROGRAM_CLI), base, m_dir.path("undo-kill"),
                                  { "--db", "%DB%", "import", m_export },
                                  { 5, 15, 30, 50, 80, 120, 170, 250, 400, 700 }, oldDump, newDump);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(k.interrupted >= 3);
        int undone = 0, refused = 0;
        for (const QString& target : k.targets) {
            const test::CliRun r = cli({ "--db", target, "import", "--undo-last" });
            QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
            (r.code == 0 ? undone : refused)++;
            QCOMPARE(test::dumpOf(target), oldDump);
            QVERIFY2(tempLeftovers(QFileInfo(target).absolutePath()).isEmpty(),
                     qPrintable(tempLeftovers(QFileInfo(target).absolutePath()).join(", ")));
        }
        qInfo("import killed %d of %d times (old %d, new %d); undo then: restored %d, refused %d",
              k.interrupted, int(k.targets.size()), k.sawOld, k.sawNew, undone, refused);
    }

    // A full disk under every writer: one sentence that names the cause, exit 1, nothing left.
    void writersOntoAFullDisk_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::newRow("json") << QStringList{ "export", "-o", "%OUT%" } << "x.json";
        QTest::newRow("pretty json") << QStringList{ "export", "--pretty", "-o", "%OUT%" } << "x.json";
        QTest::newRow("gzip json") << QStringList{ "export", "--gzip", "-o", "%OUT%" } << "x.json.gz";
        QTest::newRow("csv bundle") << QStringList{ "export", "--format", "csv", "-o", "%OUT%" } << "x.zip";
        QTest::newRow("convert to json")
            << QStringList{ "convert", "--input", "%IN%", "--output", "%OUT%", "--pretty" } << "x.json";
        QTest::newRow("convert to zip")
            << QStringList{ "convert", "--input", "%IN%", "--output", "%OUT%" } << "x.zip";
        QTest::newRow("backup") << QStringList{ "backup", "create", "--folder", "%DIR%", "--level", "none" }
                                << "";
    }

    void writersOntoAFullDisk()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        const QString folder = m_dir.path("full-" + QString(QTest::currentDataTag()).replace(' ', '-'));
        args.replaceInStrings("%OUT%", folder + "/" + output);
        args.replaceInStrings("%IN%", m_export);
        args.replaceInStrings("%DIR%", folder);
        QStringList left;
        const QByteArray before = test::fileHash(m_practice);
        const test::CliRun r = onTmpfs("size=128k", folder, QStringList{ "--db", m_practice } + args, &left);
        if (r.code == -3)
            QSKIP("this system cannot mount a tmpfs in a private mount namespace (unshare)");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("The disk is full ("), qPrintable(r.err));
        QVERIFY2(r.err.count('\n') <= 1, qPrintable(r.err));
        QVERIFY2(left.isEmpty() || left == QStringList{ ".backup.lock" }, qPrintable(left.join(", ")));
        QCOMPARE(test::fileHash(m_practice), before);
    }

    void readOnlyDestination()
    {
        const QString folder = m_dir.path("ro");
        QStringList left;
        const test::CliRun r
            = onTmpfs("ro", folder,
                      { "--db", m_practice, "export", "--format", "csv", "-o", folder + "/x.zip" }, &left);
        if (r.code == -3)
            QSKIP("this system cannot mount a tmpfs in a private mount namespace (unshare)");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is read-only."), qPrintable(r.err));
    }

    // Commands that only read never create or change a file: not a 0-byte
    // file, not another program's database, not a practice.
    void readingCommandsChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty file") << "empty";
        QTest::newRow("empty SQLite database") << "sqlite";
        QTest::newRow("a practice") << "practice";
    }

    void readingCommandsChangeNothing()
    {
        QFETCH(QString, kind);
        const QString folder = m_dir.path("read-" + kind);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + "/file.db";
        if (kind == "empty") {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == "sqlite") {
            QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "other");
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QVERIFY(test::exec(c, "PRAGMA user_version = 7")); // a file with a header, no tables
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase("other");
        } else {
            QVERIFY(QFile::copy(m_practice, db));
        }
        const QByteArray hash = test::fileHash(db);
        const QStringList entries = test::entriesOf(folder);
        const QString out = m_dir.path("read-" + kind + ".json");
        const test::CliRun info = cli({ "--db", db, "info" });
        const test::CliRun exported = cli({ "--db", db, "export", "-o", out });
        if (kind == "practice") {
            QCOMPARE(info.code, 0);
            QCOMPARE(exported.code, 0);
        } else {
            QCOMPARE(info.code, 1);
            QVERIFY2(info.err.contains("not a practice") && info.err.contains("untouched"),
                     qPrintable(info.err));
            QCOMPARE(exported.code, 1);
            QVERIFY(!QFile::exists(out));
        }
        QCOMPARE(test::fileHash(db), hash);
        QCOMPARE(test::entriesOf(folder), entries);
    }

    // What the program makes by itself is owner-only whatever the umask:
    // backups, manifests, snapshots, their records, reports.
    void filesAtRestAreOwnerOnly()
    {
        const mode_t old = ::umask(022);
        const QString db = m_dir.path("owner-only.db");
        QVERIFY(QFile::copy(m_practice, db));
        const QString folder = m_dir.path("owner-only-backups");
        const QString report = m_dir.path("owner-only-report.json");
        QCOMPARE(cli({ "--db", db, "backup", "create", "--folder", folder }).code, 0);
        QCOMPARE(cli({ "--db", db, "import", m_other, "--report", report }).code, 0);
        ::umask(old);
        QStringList made = { report };
        for (const QString& name : test::entriesOf(folder))
            made << folder + "/" + name;
        const QString snapshots = m_dir.path("owner-only-import-snapshots");
        for (const QString& name : test::entriesOf(snapshots))
            made << snapshots + "/" + name;
        QVERIFY(made.size() >= 5);
        for (const QString& path : std::as_const(made)) {
            if (path.endsWith(".lock"))
                continue;
            QVERIFY2((QFileInfo(path).permissions() & 0x0077) == QFileDevice::Permissions(),
                     qPrintable(path));
        }
        QVERIFY((QFileInfo(snapshots).permissions() & 0x0077) == QFileDevice::Permissions());
    }

    // kill -9 of a CSV export at any moment leaves, after the next export,
    // no working folder of plain CSV and no half-made zip beside the destination.
    void killedExportLeavesNothingAfterTheNext()
    {
        const QString folder = m_dir.path("export-kill");
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + "/practice.zip";
        int killed = 0;
        for (int delay : { 20, 60, 120, 200, 320 }) {
            QProcess p;
            p.start(QStringLiteral(THEPROGRAM_CLI),
                    { "--db", m_practice, "export", "--format", "csv", "-o", out });
            p.waitForStarted();
            QTest::qWait(delay);
            if (p.state() == QProcess::Running) {
                ++killed;
                p.kill();
            }
            p.waitForFinished();
            for (const QString& name : test::entriesOf(folder)) {
                if (name.startsWith(files::kTempPrefix)) // what the kill left is owner-only
                    QVERIFY2((QFileInfo(folder + "/" + name).permissions() & 0x0077)
                                 == QFileDevice::Permissions(),
                             qPrintable(name));
            }
        }
        QVERIFY(killed >= 2);
        // A kill in the instant between making a working folder and locking
        // it leaves one that looks like a live program's for a few seconds.
        QTest::qWait((files::kOwnerlessLockSeconds + 1) * 1000);
        QCOMPARE(cli({ "--db", m_practice, "export", "--format", "csv", "-o", out }).code, 0);
        QVERIFY2(test::entriesOf(folder) == QStringList{ "practice.zip" },
                 qPrintable(test::entriesOf(folder).join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
