#include "backup/BackupEngine.h"
#include "backup/BackupFolder.h"
#include "backup/BackupManifest.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace tp;
using backup::BackupEngine;
using backup::BackupInfo;
using backup::BackupOptions;

namespace {

crypto::KeySource password(const QByteArray& pw)
{
    crypto::KeySource k;
    k.secret = pw;
    k.argon2 = crypto::Argon2Params{ 1, 8 * 1024, 1 };
    return k;
}

} // namespace

class TestBackupEngine : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_n = 0;

    BackupOptions options()
    {
        BackupOptions o;
        o.databasePath = m_db->path();
        o.folder = m_dir.path(QString("backups-%1").arg(++m_n));
        return o;
    }

    QByteArray restoredRows(const QString& backupPath, const std::optional<crypto::KeySource>& key)
    {
        const QString out = m_dir.path(QString("restored-%1.db").arg(++m_n));
        QString error;
        if (!BackupEngine::decrypt(backupPath, key, out, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        auto restored = test::openDatabase(out);
        return restored ? test::dumpRows(restored->connection()) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 40, 1, 3 }).ok);
    }

    void cleanupTestCase() { m_db.reset(); }

    void roundTrips_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::addColumn<int>("encryption"); // 0 none, 1 password, 2 key file
        for (bool c : { true, false })
            for (int e : { 0, 1, 2 })
                QTest::addRow("%s, %s", c ? "gzip" : "plain",
                              e == 0       ? "not encrypted"
                                  : e == 1 ? "password"
                                           : "key file")
                    << c << e;
    }

    void roundTrips()
    {
        QFETCH(bool, compress);
        QFETCH(int, encryption);
        BackupOptions o = options();
        o.compress = compress;
        if (encryption == 1)
            o.key = password("s3cret");
        else if (encryption == 2)
            o.key
                = crypto::KeySource{ crypto::KeySource::Kind::KeyFile, crypto::generateKeyFileContent(), {} };
        const auto r = BackupEngine::create(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(QFile::exists(r.info.path));
        QCOMPARE(r.info.path.endsWith(".encrypted"), encryption != 0);
        QCOMPARE(r.info.path.contains(".gz"), compress);
        const QJsonObject m = r.info.manifest.json();
        QCOMPARE(m.value("integrity_check").toString(), QStringLiteral("ok"));
        QVERIFY(!m.value("verified_at").toString().isEmpty());
        QCOMPARE(m.value("row_counts").toObject().value("clients").toInt(), 40);
        QCOMPARE(m.value("stored_size").toInteger(), QFileInfo(r.info.path).size());
        QCOMPARE(m.value("encryption").isNull(), encryption == 0);
        QCOMPARE(restoredRows(r.info.path, o.key), test::dumpRows(m_db->connection()));
        // Nothing is left behind but the backup and its manifest.
        QCOMPARE(QDir(o.folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
    }

    // docs/BACKUP_FORMAT.md suffices: its Python program and Python's gzip
    // module turn a real backup back into the SQLite file of the manifest.
    void restorableWithoutTheProgram()
    {
        BackupOptions o = options();
        o.key = password("documented");
        const auto r = BackupEngine::create(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile doc(QStringLiteral(THEPROGRAM_SOURCE_DIR "/docs/BACKUP_FORMAT.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch m
            = QRegularExpression("decrypt.py begin -->\\s*```python\\n(.*)```\\s*<!-- decrypt.py end",
                                 QRegularExpression::DotMatchesEverythingOption)
                  .match(QString::fromUtf8(doc.readAll()));
        QVERIFY(m.hasMatch());
        QFile script(m_dir.path("decrypt.py"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(m.captured(1).toUtf8());
        script.close();
        const QString out = m_dir.path("by-python.db");
        // Debian's python3, which has the packages scripts/bootstrap.sh installs.
        const QString python = QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        QProcess sh;
        sh.start("bash",
                 { "-c",
                   QString("set -o pipefail; %4 '%1' '%2' documented | %4 -c 'import gzip,sys; "
                           "sys.stdout.buffer.write(gzip.decompress(sys.stdin.buffer.read()))' > '%3'")
                       .arg(script.fileName(), r.info.path, out, python) });
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        QFile plain(out);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(plain.readAll(), QCryptographicHash::Sha256).toHex()),
                 r.info.manifest.json().value("sha256_plain").toString());
        QProcess sqlite;
        sqlite.start("sqlite3", { out, "PRAGMA integrity_check; SELECT COUNT(*) FROM clients;" });
        QVERIFY(sqlite.waitForFinished(60000));
        QCOMPARE(sqlite.readAllStandardOutput(), QByteArray("ok\n40\n"));
    }

    void wrongKeysAndMissingKeys()
    {
        BackupOptions o = options();
        o.key = password("right");
        const auto r = BackupEngine::create(o);
        QVERIFY(r.ok);
        auto v = BackupEngine::verify(r.info.path, password("wrong"));
        QVERIFY(!v.ok);
        QCOMPARE(v.error, QStringLiteral("Wrong password or key file."));
        v = BackupEngine::verify(r.info.path, std::nullopt);
        QVERIFY(v.error.contains("encrypted"));
        v = BackupEngine::verify(
            r.info.path,
            crypto::KeySource{ crypto::KeySource::Kind::KeyFile, crypto::generateKeyFileContent(), {} });
        QVERIFY(v.error.startsWith("Wrong password or key file"));
    }

    void damageIsDetected()
    {
        BackupOptions o = options();
        const auto r = BackupEngine::create(o);
        QVERIFY(r.ok);
        QFile f(r.info.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        char c;
        f.getChar(&c);
        f.seek(f.size() / 2);
        f.putChar(char(c ^ 0x10));
        f.close();
        const auto v = BackupEngine::verify(r.info.path, std::nullopt);
        QVERIFY(!v.ok);
        QVERIFY2(v.error.contains("SHA-256"), qPrintable(v.error));
        QFile mf(r.info.manifestPath);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(mf.readAll()).object().value("integrity_check").toString(), v.error);
    }

    // Bytes that match the manifest around a database that does not: each
    // disagreement is named and recorded in the manifest.
    void manifestDisagreementsAreCaught()
    {
        BackupOptions o = options();
        o.compress = false; // the stored bytes are the database itself
        const auto r = BackupEngine::create(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile mf(r.info.manifestPath);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(mf.readAll()).object();
        mf.close();
        QString error;
        const auto verifyWith = [&](QJsonObject manifest) {
            QFile out(r.info.manifestPath);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return QString("manifest not written");
            out.write(QJsonDocument(manifest).toJson());
            out.close();
            const auto v = BackupEngine::verify(r.info.path, std::nullopt);
            const QString recorded = backup::BackupManifest::read(r.info.manifestPath, &error)
                                         .json()
                                         .value("integrity_check")
                                         .toString();
            return v.ok ? QString("ok") : recorded == v.error ? v.error : "not recorded: " + v.error;
        };
        QCOMPARE(verifyWith(original), QString("ok"));

        QJsonObject wrongHash = original;
        wrongHash.insert("sha256_plain", QString(64, QLatin1Char('0')));
        QVERIFY(verifyWith(wrongHash).contains("does not match its SHA-256 in the manifest"));

        QJsonObject wrongCounts = original;
        QJsonObject counts = original.value("row_counts").toObject();
        counts.insert("clients", counts.value("clients").toInt() + 1);
        wrongCounts.insert("row_counts", counts);
        QCOMPARE(verifyWith(wrongCounts), QString("The row counts in the backup differ from its manifest."));

        // A page in the middle overwritten, and the checksums made to match it.
        QFile stored(r.info.path);
        QVERIFY(stored.open(QIODevice::ReadWrite));
        const qint64 page = db::Database::kNewPageSize;
        stored.seek((stored.size() / page / 2) * page);
        stored.write(QByteArray(64, '\xff'));
        stored.seek(0);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(stored.readAll(), QCryptographicHash::Sha256).toHex());
        stored.close();
        QJsonObject damaged = original;
        damaged.insert("sha256_stored", hash);
        damaged.insert("sha256_plain", hash);
        QVERIFY2(verifyWith(damaged).contains("fails SQLite's integrity check"),
                 qPrintable(verifyWith(damaged)));
    }

    // Pinning, deleting, copying and moving backups refuse in words what
    // would lose a backup.
    void folderOperationsKeepEveryBackup()
    {
        BackupOptions o = options();
        const auto first = BackupEngine::create(o);
        const auto second = BackupEngine::create(o);
        QVERIFY(first.ok && second.ok);
        QVERIFY(BackupEngine::verify(second.info.path, std::nullopt).ok);
        QString error;
        QVERIFY(!backup::BackupFolder::remove(second.info.path, &error));
        QVERIFY2(error.contains("newest verified backup"), qPrintable(error));
        QVERIFY(backup::BackupFolder::setPinned(first.info.path, true, &error));
        QVERIFY(!backup::BackupFolder::remove(first.info.path, &error));
        QVERIFY2(error.contains("pinned"), qPrintable(error));
        QVERIFY(backup::BackupFolder::setPinned(first.info.path, false, &error));

        test::CancelAfter cancel(0); // asks to stop from the start
        const QString copy = m_dir.path("copies/first.db.gz");
        QDir().mkpath(m_dir.path("copies"));
        QVERIFY(!backup::BackupFolder::saveCopy(first.info.path, copy, &cancel, &error));
        QCOMPARE(error, QString("The copy was cancelled; nothing was written."));
        QVERIFY(!QFile::exists(copy) && !QFile::exists(copy + ".manifest.json"));
        QVERIFY(!backup::BackupFolder::saveCopy(first.info.path, m_dir.path("no/such/folder/x"), nullptr,
                                                &error));
        QVERIFY2(error.contains("cannot be written"), qPrintable(error));
        QVERIFY(!backup::BackupFolder::saveCopy(m_dir.path("nothing.db.gz"), copy, nullptr, &error));
        QVERIFY2(error.contains("description cannot be read"), qPrintable(error));

        int moved = -1;
        QVERIFY(backup::BackupFolder::moveAll(o.folder, o.folder, nullptr, &moved, &error));
        QCOMPARE(moved, 0);
        QFile blocker(m_dir.path("a-file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!backup::BackupFolder::moveAll(o.folder, m_dir.path("a-file/sub"), nullptr, &moved, &error));
        QVERIFY2(error.contains("cannot be made"), qPrintable(error));
        QVERIFY(!backup::BackupFolder::moveAll(o.folder, m_dir.path("elsewhere"), &cancel, &moved, &error));
        QVERIFY2(error.startsWith("Moving was cancelled: 0 backup"), qPrintable(error));
        for (const auto* made : { &first, &second })
            QVERIFY(QFile::copy(made->info.path,
                                m_dir.path("elsewhere/" + QFileInfo(made->info.path).fileName())));
        QVERIFY(!backup::BackupFolder::moveAll(o.folder, m_dir.path("elsewhere"), nullptr, &moved, &error));
        QVERIFY2(error.contains("in both folders already"), qPrintable(error));
        QCOMPARE(BackupEngine::list(o.folder).size(), 2);
    }

    // Moving the backups to another file system, where a rename cannot
    // work: each backup is copied, checked against its manifest, then
    // removed here. /dev/shm is a tmpfs on every Linux system.
    void moveToAnotherDiskCopiesAndChecks()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs Linux's /dev/shm as a second file system");
#endif
        BackupOptions o = options();
        QVERIFY(BackupEngine::create(o).ok && BackupEngine::create(o).ok);
        QTemporaryDir otherDisk("/dev/shm/theprogram-move-XXXXXX");
        QVERIFY2(otherDisk.isValid(), "/dev/shm cannot be written");
        QVERIFY2(QStorageInfo(otherDisk.path()).device() != QStorageInfo(o.folder).device(),
                 "the test folder is on /dev/shm's file system: set TMPDIR to a folder on a disk");
        int moved = -1;
        QString error;
        QVERIFY2(backup::BackupFolder::moveAll(o.folder, otherDisk.path(), nullptr, &moved, &error),
                 qPrintable(error));
        QCOMPARE(moved, 2);
        QCOMPARE(BackupEngine::list(o.folder).size(), 0);
        const QList<BackupInfo> there = BackupEngine::list(otherDisk.path());
        QCOMPARE(there.size(), 2);
        for (const BackupInfo& b : there)
            QVERIFY2(BackupEngine::verify(b.path, std::nullopt).ok, qPrintable(b.path));
    }

    void historyComesFromManifests()
    {
        BackupOptions o = options();
        Clock::setFixed(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        const auto first = BackupEngine::create(o);
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        const auto second = BackupEngine::create(o);
        Clock::setFixed(QDateTime());
        QVERIFY(first.ok && second.ok);
        // File times say the opposite; the list follows the manifests.
        QFile(first.info.path).open(QIODevice::Append);
        auto list = BackupEngine::list(o.folder);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).path, first.info.path);
        QCOMPARE(list.at(1).path, second.info.path);
        // A damaged manifest and a missing one are listed, not hidden.
        QFile m(second.info.manifestPath);
        QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
        m.write("{ not json");
        m.close();
        QFile::copy(first.info.path, QDir(o.folder).filePath("TheProgram_orphan.db.gz"));
        list = BackupEngine::list(o.folder);
        QCOMPARE(list.size(), 3);
        int damaged = 0, unknown = 0;
        for (const auto& b : list) {
            damaged += b.problem.startsWith("damaged");
            unknown += b.problem.startsWith("unknown");
        }
        QCOMPARE(damaged, 1);
        QCOMPARE(unknown, 1);
        QVERIFY(!BackupEngine::verify(second.info.path, std::nullopt).ok);
    }

    void hooks()
    {
        BackupOptions o = options();
        o.preHook = "sh -c \"echo disk not mounted; exit 3\"";
        auto r = BackupEngine::create(o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("pre-backup command failed")
                     && r.error.contains("code 3: disk not mounted"),
                 qPrintable(r.error));
        QVERIFY(BackupEngine::list(o.folder).isEmpty());

        o.preHook = "sleep 5";
        o.hookTimeoutMs = 300;
        r = BackupEngine::create(o);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("did not finish"));

        o.preHook = "true";
        const QString seen = m_dir.path("post-hook.txt");
        o.postHook = QString("sh -c \"echo $THEPROGRAM_BACKUP_FILE > %1\"").arg(seen);
        r = BackupEngine::create(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(seen);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(), r.info.path);

        o.postHook = "false";
        r = BackupEngine::create(o);
        QVERIFY(r.ok); // the backup stands; the failure is reported
        QCOMPARE(r.warnings.size(), 1);
    }

    void oneBackupAtATime()
    {
        BackupOptions o = options();
        QDir().mkpath(o.folder);
        QLockFile other(QDir(o.folder).filePath(".backup.lock"));
        QVERIFY(other.tryLock(0));
        // A second run waits, saying so; cancelling the wait makes no backup.
        struct Watcher final : Progress
        {
            QStringList said;
            bool cancelWhenWaiting = true;
            void report(qint64, qint64, const QString& what) override { said << what; }
            bool isCanceled() const override
            {
                return cancelWhenWaiting && !said.isEmpty() && said.last().startsWith("Waiting");
            }
        } watcher;
        const auto before = BackupEngine::list(o.folder).size();
        auto r = BackupEngine::create(o, &watcher);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("Another backup"), qPrintable(r.error));
        QCOMPARE(BackupEngine::list(o.folder).size(), before);
        // … and goes on once the other run has finished.
        watcher.said.clear();
        watcher.cancelWhenWaiting = false;
        std::thread release([&] {
            QThread::msleep(700);
            other.unlock();
        });
        r = BackupEngine::create(o, &watcher);
        release.join();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(watcher.said.first().startsWith("Waiting for another backup"),
                 qPrintable(watcher.said.join(" | ")));
    }

    // A run killed between creating the lock file and writing its owner into
    // it leaves an empty lock. Such a lock is respected while it is new (its
    // maker may be writing it) and taken over once it is old: it never blocks
    // the backups that follow.
    void ownerlessLockIsTakenOver()
    {
        BackupOptions o = options();
        QDir().mkpath(o.folder);
        const QString lockPath = QDir(o.folder).filePath(".backup.lock");
        QFile empty(lockPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        struct Canceller final : Progress
        {
            bool waited = false;
            void report(qint64, qint64, const QString& what) override
            {
                waited = waited || what.startsWith("Waiting");
            }
            bool isCanceled() const override { return waited; }
        } fresh;
        auto r = BackupEngine::create(o, &fresh);
        QVERIFY(fresh.waited);
        QVERIFY(!r.ok);
        QVERIFY(empty.open(QIODevice::ReadWrite));
        QVERIFY(empty.setFileTime(QDateTime::currentDateTime().addSecs(-files::kOwnerlessLockSeconds - 1),
                                  QFileDevice::FileModificationTime));
        empty.close();
        Canceller old; // cancels if it has to wait: an old ownerless lock is not waited for
        r = BackupEngine::create(o, &old);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!old.waited);
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    // A verification started while a backup is being made waits for it, and
    // neither removes the other's working folder: both backups stay good.
    void verifyDuringCreateKeepsBothGood()
    {
        BackupOptions o = options();
        o.folder = m_dir.path("concurrent");
        const auto first = BackupEngine::create(o);
        QVERIFY2(first.ok, qPrintable(first.error));
        backup::BackupResult second, verified;
        std::thread creating([&] { second = BackupEngine::create(o); });
        std::thread verifying([&] { verified = BackupEngine::verify(first.info.path, std::nullopt); });
        creating.join();
        verifying.join();
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY2(verified.ok, qPrintable(verified.error));
        for (const BackupInfo& b : BackupEngine::list(o.folder))
            QCOMPARE(b.manifest.json().value("integrity_check").toString(), QString("ok"));
        const QStringList left
            = QDir(o.folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& name : left)
            QVERIFY2(name.startsWith("TheProgram_"), qPrintable(name));
    }

    void fullRestore_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }

    void fullRestore()
    {
        QFETCH(bool, encrypted);
        const QString path = m_dir.path(QString("restore-%1.db").arg(++m_n));
        QByteArray atBackup;
        BackupOptions o = options();
        o.databasePath = path;
        if (encrypted)
            o.key = password("pw");
        {
            auto db = test::openDatabase(path);
            QVERIFY(demo::DemoGenerator::generate(db->connection(), { 12, 1, 9 }).ok);
            atBackup = test::dumpRows(db->connection());
        }
        const auto made = BackupEngine::create(o);
        QVERIFY2(made.ok, qPrintable(made.error));
        {
            auto db = test::openDatabase(path);
            QVERIFY(test::exec(db->connection(), "DELETE FROM clients WHERE rowid <= 5"));
            QVERIFY(test::dumpRows(db->connection()) != atBackup);
        }
        const auto restored = BackupEngine::restore(made.info.path, o.key, path);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        auto db = test::openDatabase(path);
        QCOMPARE(test::dumpRows(db->connection()), atBackup);
        QVERIFY(!QFile::exists(path + ".restoring"));
        int preRestore = 0;
        for (const auto& b : BackupEngine::list(o.folder))
            preRestore += b.manifest.json().value("kind").toString() == "pre-restore";
        QCOMPARE(preRestore, 1);
        // A restore from a damaged backup changes nothing.
        QFile f(made.info.path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        const QByteArray now = test::dumpRows(db->connection());
        db.reset();
        QVERIFY(!BackupEngine::restore(made.info.path, o.key, path).ok);
        db = test::openDatabase(path);
        QCOMPARE(test::dumpRows(db->connection()), now);
    }

    void selectiveRestoreOfOneClient()
    {
        const QString path = m_dir.path("selective.db");
        auto db = test::openDatabase(path);
        QVERIFY(demo::DemoGenerator::generate(db->connection(), { 8, 1, 21 }).ok);
        BackupOptions o = options();
        o.databasePath = path;
        const auto made = BackupEngine::create(o);
        QVERIFY(made.ok);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec("SELECT id FROM clients LIMIT 1") && q.next());
        const QString client = q.value(0).toString();
        q.finish();
        const QByteArray full = test::dumpRows(db->connection());
        QVERIFY(test::exec(db->connection(), "DELETE FROM clients WHERE id = '" + client + "'"));
        QCOMPARE(db->rowCount("clients"), 7);
        exchange::ImportOptions io;
        io.strategy = exchange::ConflictStrategy::Skip;
        const auto r = BackupEngine::restoreClients(made.info.path, std::nullopt, *db, { client }, io);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(db->rowCount("clients"), 8);
        QCOMPARE(test::dumpRows(db->connection()), full);
    }

    void selectiveRestoreOfOneChart()
    {
        const QString path = m_dir.path("selective-chart.db");
        auto db = test::openDatabase(path);
        QVERIFY(demo::DemoGenerator::generate(db->connection(), { 6, 2, 22 }).ok);
        BackupOptions o = options();
        o.databasePath = path;
        o.key = password("charts");
        const auto made = BackupEngine::create(o);
        QVERIFY2(made.ok, qPrintable(made.error));
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec("SELECT id FROM charts WHERE id IN (SELECT chart_id FROM chart_interpretations) LIMIT 1")
            && q.next());
        const QString chart = q.value(0).toString();
        q.finish();
        const QByteArray full = test::dumpRows(db->connection());
        const qint64 interpretations = db->rowCount("chart_interpretations");
        QVERIFY(test::exec(db->connection(), "DELETE FROM charts WHERE id = '" + chart + "'"));
        QVERIFY(db->rowCount("chart_interpretations") < interpretations); // they went with it
        exchange::ImportOptions io;
        io.strategy = exchange::ConflictStrategy::Skip; // the client and birth data are still there
        auto r = BackupEngine::restoreCharts(made.info.path, o.key, *db, { chart }, io);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.value("charts").inserted, 1);
        QCOMPARE(test::dumpRows(db->connection()), full);
        // A chart the backup does not hold: said so, nothing changes.
        r = BackupEngine::restoreCharts(made.info.path, o.key, *db,
                                        { "c0000000-0000-4000-8000-000000000000" }, io);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("Nothing was restored from this backup")
                     && r.error.contains("does not exist"),
                 qPrintable(r.error));
        QCOMPARE(test::dumpRows(db->connection()), full);
    }

    void snapshotIsConsistentWhileAnotherConnectionWrites()
    {
        const QByteArray committed = test::dumpRows(m_db->connection());
        auto writer = test::openDatabase(m_db->path());
        QVERIFY(writer);
        QSqlDatabase w = writer->connection();
        QVERIFY(w.transaction());
        QVERIFY(test::exec(w,
                           "INSERT INTO clients (id, first_name, created_at, updated_at) VALUES "
                           "('aaaaaaaa-0000-4000-8000-000000000001', 'Uncommitted', 'x', 'x')"));
        const auto r = BackupEngine::create(options());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(w.rollback());
        QCOMPARE(restoredRows(r.info.path, std::nullopt), committed);
    }
};

QTEST_GUILESS_MAIN(TestBackupEngine)
#include "tst_backupengine.moc"
