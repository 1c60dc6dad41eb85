#include "db/Snapshot.h"
#include "demo/DemoGenerator.h"
#include "exchange/Importer.h"
#include "TestSupport.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tp;

// Snapshots that undo may swap in: written under a temporary name, checked
// and recorded before they get their final one; checked again before use.
class TestSnapshot : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    QString practice(const QString& name)
    {
        const QString path = m_dir.path(name);
        auto db = test::openDatabase(path);
        if (!db || !demo::DemoGenerator::generate(db->connection(), { 4, 1, 5 }).ok)
            return {};
        return path;
    }

    static QByteArray dump(const QString& path)
    {
        auto db = db::Database::openExisting(path, nullptr);
        return db ? test::dumpRows(db->connection()) : QByteArray();
    }

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void takenSnapshotIsRecordedAndOwnerOnly()
    {
        const QString db = practice("a.db");
        QVERIFY(!db.isEmpty());
        const QString folder = m_dir.path("snaps-a");
        QVERIFY(QDir().mkpath(folder));
        const QString snap = folder + "/one.db";
        QString error;
        QVERIFY2(db::Snapshot::take(db, snap, &error), qPrintable(error));
        QCOMPARE(entries(folder), (QStringList{ "one.db", "one.db.json" }));
        QCOMPARE(QFileInfo(snap).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(snap + ".json").permissions() & 0x0077, QFileDevice::Permissions());
        QFile f(snap + ".json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(record.value("integrity_check").toString(), QString("ok"));
        QCOMPARE(record.value("row_counts").toObject().value("clients").toInt(), 4);
        QCOMPARE(record.value("size").toInteger(), QFileInfo(snap).size());
        QVERIFY2(db::Snapshot::check(snap, db, &error), qPrintable(error));
    }

    // A snapshot that cannot be written leaves nothing at all: here the folder goes away under it.
    void failedSnapshotLeavesNothing()
    {
        const QString db = practice("b.db");
        const QString folder = m_dir.path("snaps-b");
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY(!db::Snapshot::take(db, m_dir.path("missing-folder/x.db"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.path("missing-folder")));
        // A read-only folder (as the root user may still write, only where permissions apply).
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(folder).isWritable()) {
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            return; // root: covered by the CLI's read-only tmpfs test
        }
        QVERIFY(!db::Snapshot::take(db, folder + "/x.db", &error));
        QVERIFY2(error.contains("read-only") || error.contains("Permission denied"), qPrintable(error));
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(entries(folder).isEmpty());
    }

    // What a killed snapshot leaves is never taken for one, and the next snapshot removes it.
    void killedSnapshotIsNeverUsedAndIsCleanedUp()
    {
        const QString db = practice("c.db");
        const QString folder = exchange::Importer::snapshotFolder(db);
        QVERIFY(QDir().mkpath(folder));
        // Left by a kill: a temporary folder with a half-written file, not locked by anyone, a minute old.
        const QString stale = folder + "/" + files::kTempPrefix + "snapshot-AbCdEf";
        QVERIFY(QDir().mkpath(stale));
        {
            QFile lf(stale + "/.lock"); // a lock whose process is gone
            QVERIFY(lf.open(QIODevice::WriteOnly));
            lf.write("999999\ntheprogram\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        QFile half(stale + "/20260101T000000.000Z.db");
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(4096, 'x'));
        half.close();
        QVERIFY(exchange::Importer::snapshots(db).isEmpty());
        QString restoredFrom, error;
        QVERIFY(!exchange::Importer::undoLastImport(db, &restoredFrom, &error));
        QVERIFY2(error.contains("no safety snapshot"), qPrintable(error));
        QVERIFY2(db::Snapshot::take(db, folder + "/20260102T000000.000Z.db", &error), qPrintable(error));
        QCOMPARE(entries(folder), (QStringList{ "20260102T000000.000Z.db", "20260102T000000.000Z.db.json" }));
    }

    // A folder another run is working in (its lock is held) is left alone.
    void workingFolderOfARunningProgramIsKept()
    {
        const QString parent = m_dir.path("busy");
        QVERIFY(QDir().mkpath(parent));
        files::TempFolder mine(parent, "export");
        QVERIFY(mine.isValid());
        QCOMPARE(QFileInfo(mine.path()).permissions() & 0x0077, QFileDevice::Permissions());
        files::removeStale(parent, "export");
        QVERIFY(QFileInfo(mine.path()).isDir());
        files::TempFolder other(parent, "export"); // removes stale ones first
        QVERIFY(QFileInfo(mine.path()).isDir());
    }

    // A run killed while making its folder's lock leaves an empty lock file:
    // the folder is removed once that lock has named no owner for a while.
    void workingFolderWithAnOwnerlessLockIsRemoved()
    {
        const QString parent = m_dir.path("ownerless");
        const QString left = parent + "/" + files::kTempPrefix + "export-abc123";
        QVERIFY(QDir().mkpath(left));
        QFile lock(left + "/.lock");
        QVERIFY(lock.open(QIODevice::WriteOnly));
        files::removeStale(parent, "export");
        QVERIFY(QFileInfo(left).isDir()); // new: its maker may be writing it
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-files::kOwnerlessLockSeconds - 1),
                                 QFileDevice::FileModificationTime));
        lock.close();
        files::removeStale(parent, "export");
        QVERIFY(!QFileInfo::exists(left));
    }

    void undoRefusesWhatIsNotTheSnapshotTaken_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << "empty"
                                    << "damaged";
        QTest::newRow("truncated") << "truncate"
                                   << "damaged";
        QTest::newRow("no record") << "no-record"
                                   << "no record";
        QTest::newRow("rows changed") << "rows"
                                      << "damaged";
        QTest::newRow("corrupt page") << "corrupt"
                                      << "damaged";
        QTest::newRow("another practice") << "other"
                                          << "not of this practice";
    }

    // Undo checks what it is about to swap in, and refuses, leaving the practice untouched.
    void undoRefusesWhatIsNotTheSnapshotTaken()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString db = practice("undo-" + damage + ".db");
        const QString folder = exchange::Importer::snapshotFolder(db);
        QVERIFY(QDir().mkpath(folder));
        const QString snap = folder + "/20260101T000000.000Z.db";
        QString error;
        if (damage == "other") {
            const QString other = practice("other-" + damage + ".db");
            QVERIFY(db::Snapshot::take(other, snap, &error));
        } else {
            QVERIFY(db::Snapshot::take(db, snap, &error));
        }
        if (damage == "empty") {
            QFile f(snap);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        } else if (damage == "truncate") {
            QVERIFY(QFile::resize(snap, QFileInfo(snap).size() / 2));
        } else if (damage == "no-record") {
            QVERIFY(QFile::remove(snap + ".json"));
        } else if (damage == "rows") {
            QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "rows");
            c.setDatabaseName(snap);
            QVERIFY(c.open());
            QVERIFY(test::exec(c, "PRAGMA journal_mode = DELETE"));
            QVERIFY(test::exec(c, "DELETE FROM session_notes"));
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase("rows");
        } else if (damage == "corrupt") {
            QFile f(snap);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            for (qint64 at = 16384 + 100; at < size; at += 16384) { // inside every page but the first
                f.seek(at);
                f.write(QByteArray(64, '\xA5'));
            }
        }
        // Keep the size as recorded where the test damages content only.
        const QByteArray before = dump(db);
        const QByteArray fileBefore = test::fileHash(db);
        QString restoredFrom;
        QVERIFY(!exchange::Importer::undoLastImport(db, &restoredFrom, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains("unchanged"), qPrintable(error));
        QCOMPARE(dump(db), before);
        QCOMPARE(test::fileHash(db), fileBefore);
        QVERIFY(QFileInfo::exists(snap)); // kept, for a person to look at
    }

    // The good case still works, and leaves no temporaries beside the database.
    void undoSwapsInACheckedSnapshot()
    {
        const QString db = practice("good.db");
        const QByteArray before = dump(db);
        const QString folder = exchange::Importer::snapshotFolder(db);
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY(db::Snapshot::take(db, folder + "/20260101T000000.000Z.db", &error));
        {
            auto open = db::Database::openExisting(db, nullptr);
            QVERIFY(test::exec(open->connection(), "DELETE FROM clients"));
        }
        QVERIFY(dump(db) != before);
        QString restoredFrom;
        QVERIFY2(exchange::Importer::undoLastImport(db, &restoredFrom, &error), qPrintable(error));
        QCOMPARE(dump(db), before);
        QVERIFY(exchange::Importer::snapshots(db).isEmpty());
        QCOMPARE(entries(folder), QStringList());
        for (const QString& name : entries(QFileInfo(db).absolutePath()))
            QVERIFY2(!name.startsWith(files::kTempPrefix), qPrintable(name));
        QCOMPARE(QFileInfo(db).permissions() & 0x0077, QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
