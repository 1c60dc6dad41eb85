// The local folder as a repository: the seam's first implementation.
#include "cloud/LocalRepository.h"
#include "crypto/Sha256.h"
#include "TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

class TestLocalRepository : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.path(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void putListGetRemove()
    {
        LocalRepository r(m_dir.path("store"));
        QString error;
        QVERIFY2(r.test(&error), qPrintable(error));
        const QByteArray bytes(3 * 1024 * 1024 + 5, 'x');
        const QString file = write("a.bin", bytes);
        QVERIFY2(r.put(file, "TheProgram_a.tpbak", crypto::Sha256::hash(bytes).toHex(), nullptr, &error),
                 qPrintable(error));
        QList<RemoteFile> files;
        QVERIFY(r.list(&files, nullptr, &error));
        QCOMPARE(files.size(), 1); // no lock or temporary files listed
        QCOMPARE(files[0].name, QString("TheProgram_a.tpbak"));
        QCOMPARE(files[0].size, bytes.size());
        QVERIFY(r.get("TheProgram_a.tpbak", m_dir.path("back.bin"), nullptr, &error));
        QFile back(m_dir.path("back.bin"));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), bytes);
        QVERIFY(r.remove("TheProgram_a.tpbak", &error));
        QVERIFY(r.remove("TheProgram_a.tpbak", &error));
        QVERIFY(r.list(&files, nullptr, &error));
        QVERIFY(files.isEmpty());
        const auto quota = r.quota(&error);
        QVERIFY(quota && quota->total > 0 && quota->available() >= 0);
    }

    void wrongChecksumKeepsTheOldFile()
    {
        LocalRepository r(m_dir.path("store2"));
        QString error;
        QVERIFY(r.put(write("old.bin", "old"), "f", {}, nullptr, &error));
        QVERIFY(!r.put(write("new.bin", "new"), "f", QString(64, QChar('0')), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QFile kept(m_dir.path("store2/f"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old"));
        QCOMPARE(QDir(m_dir.path("store2")).entryList(QDir::Files | QDir::Hidden), QStringList{ "f" });
    }

    void namesLeavingTheFolderAreRefused()
    {
        LocalRepository r(m_dir.path("store3"));
        QString error;
        const QString file = write("x.bin", "x");
        for (const QString name : { "../escape", "a/b", ".hidden", "" }) {
            QVERIFY(!r.put(file, name, {}, nullptr, &error));
            QVERIFY(!r.remove(name, &error));
        }
        QVERIFY(!QFile::exists(m_dir.path("escape")));
    }

    void lockIsTheBackupFoldersLock()
    {
        LocalRepository r(m_dir.path("store4"));
        QString error;
        auto held = r.lock(nullptr, &error);
        QVERIFY(held && held->holdsLock());
        QVERIFY(QFile::exists(m_dir.path("store4/.backup.lock")));
        held.reset();
        QVERIFY(!QFile::exists(m_dir.path("store4/.backup.lock")));
    }

    // A folder on a disk that is away (its parent missing too) is never made
    // elsewhere; a new folder on a disk that is there is.
    void missingDiskIsSaidAndNothingIsWrittenElsewhere()
    {
        LocalRepository away(m_dir.path("unplugged/Backups"));
        QList<RemoteFile> files;
        QString error;
        QVERIFY(!away.list(&files, nullptr, &error));
        QVERIFY2(error.contains("is its disk connected"), qPrintable(error));
        QVERIFY(!away.put(write("y.bin", "y"), "y", {}, nullptr, &error));
        QVERIFY2(error.contains("is its disk connected"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir.path("unplugged")));
        LocalRepository fresh(m_dir.path("fresh"));
        QVERIFY(fresh.list(&files, nullptr, &error) && files.isEmpty());
        QVERIFY2(fresh.put(write("z.bin", "z"), "z", {}, nullptr, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLocalRepository)
#include "tst_localrepository.moc"
