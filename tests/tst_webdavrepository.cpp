// The WebDAV repository against a real WebDAV server (rclone serve webdav)
// on loopback, with faults put in by a proxy.
#include "cloud/WebDavRepository.h"
#include "CloudPeers.h"
#include "crypto/Sha256.h"
#include "NextcloudFake.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

using test::CancelAfter;

namespace {

QByteArray fileHash(const QString& path)
{
    return test::sha256Of(path);
}

} // namespace

class TestWebDavRepository : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<test::WebDavPeer> m_peer;

    std::unique_ptr<WebDavRepository> repository(int port, const QString& folder,
                                                 const QByteArray& password = test::WebDavPeer::kPassword)
    {
        WebDavConfig c;
        c.folder = QUrl(QString("http://127.0.0.1:%1/%2").arg(port).arg(folder));
        c.user = test::WebDavPeer::kUser;
        auto r = std::make_unique<WebDavRepository>(c, password);
        r->http().setRetryPolicy(test::fastRetries());
        return r;
    }
    QString randomFile(qint64 size) const { return test::randomFile(m_dir.path(""), size); }
    QStringList onServer(const QString& folder) const
    {
        return QDir(m_peer->folder() + "/" + folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_peer = std::make_unique<test::WebDavPeer>(m_dir.path("dav"));
        QVERIFY2(m_peer->isRunning(),
                 "rclone serve webdav did not start (scripts/bootstrap.sh installs rclone)");
    }

    void connectionTestMakesTheFolderAndChecksThePassword()
    {
        QString error;
        QVERIFY2(repository(m_peer->port(), "Practice/Backups")->test(&error), qPrintable(error));
        QVERIFY(QFileInfo(m_peer->folder() + "/Practice/Backups").isDir());
        QVERIFY(!repository(m_peer->port(), "Practice/Backups", "wrong")->test(&error));
        QVERIFY2(error.contains("password is not accepted"), qPrintable(error));
        QVERIFY(!repository(test::freePort(), "x")->test(&error));
        QVERIFY2(error.contains("could not be reached"), qPrintable(error));
    }

    void putListGetRemove()
    {
        auto r = repository(m_peer->port(), "plain");
        const QString file = randomFile(700 * 1024);
        const QByteArray hash = fileHash(file);
        QString error;
        QVERIFY2(r->put(file, "TheProgram_été.db.gz", hash, nullptr, &error), qPrintable(error));
        QCOMPARE(onServer("plain"), QStringList{ "TheProgram_été.db.gz" }); // no temporary left
        QList<RemoteFile> files;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].name, QString("TheProgram_été.db.gz"));
        QCOMPARE(files[0].size, 700 * 1024);
        QVERIFY(files[0].modified.isValid());
        QVERIFY2(r->get("TheProgram_été.db.gz", m_dir.path("back.bin"), nullptr, &error), qPrintable(error));
        QCOMPARE(fileHash(m_dir.path("back.bin")), hash);
        QVERIFY(r->remove("TheProgram_été.db.gz", &error));
        QVERIFY(r->remove("TheProgram_été.db.gz", &error));
        QVERIFY(r->list(&files, nullptr, &error) && files.isEmpty());
        QString none;
        QVERIFY(!r->quota(&none)); // rclone serve webdav reports no quota
        QVERIFY2(none.isEmpty(), qPrintable(none));
    }

    void wrongChecksumLeavesNothing()
    {
        auto r = repository(m_peer->port(), "wrong");
        QString error;
        QVERIFY(!r->put(randomFile(1000), "a.db.gz", QString(64, QChar('0')), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QCOMPARE(onServer("wrong"), QStringList());
    }

    void cutConnectionsAreRetriedAndResumed()
    {
        test::FaultProxy proxy(m_peer->port());
        auto r = repository(proxy.port(), "faults");
        const QString file = randomFile(8 * 1024 * 1024);
        // The first upload breaks off, the next one goes through.
        proxy.cutEvery(3 * 1024 * 1024 + 7, 1);
        QString error;
        QVERIFY2(r->put(file, "cut.db.gz", fileHash(file), nullptr, &error), qPrintable(error));
        QVERIFY(proxy.cuts() >= 1);
        QCOMPARE(onServer("faults"), QStringList{ "cut.db.gz" });
        const int before = proxy.cuts();
        proxy.cutEvery(3 * 1024 * 1024 + 11, 2);
        const QString back = m_dir.path("cut-back.bin");
        QVERIFY2(r->get("cut.db.gz", back, nullptr, &error), qPrintable(error));
        QVERIFY(proxy.cuts() > before);
        QVERIFY(
            proxy.headersSeen()
                .filter(QRegularExpression("Range: bytes=[1-9]", QRegularExpression::CaseInsensitiveOption))
                .size()
            >= 1);
        QCOMPARE(fileHash(back), fileHash(file));
    }

    void cancelLeavesNothing()
    {
        auto r = repository(m_peer->port(), "cancel");
        CancelAfter cancel(2 * 1024 * 1024);
        QString error;
        QVERIFY(!r->put(randomFile(6 * 1024 * 1024), "c.db.gz", {}, &cancel, &error));
        QCOMPARE(error, QString("Cancelled."));
        QVERIFY2(onServer("cancel").isEmpty(), qPrintable(onServer("cancel").join(", ")));
    }

    // Nextcloud's chunked upload v2 for large files (an in-process fake:
    // rclone has no chunked upload): chunks in an upload folder, one MOVE
    // of its .file, nothing left of the upload folder afterwards.
    std::unique_ptr<WebDavRepository> nextcloud(const test::NextcloudFake& fake,
                                                const QString& folder = "TheProgram")
    {
        WebDavConfig c;
        c.folder = QUrl(fake.url().toString() + "/remote.php/dav/files/maria/" + folder + "/");
        c.user = "maria";
        c.chunkThreshold = 1024 * 1024;
        c.chunkSize = 512 * 1024;
        auto r = std::make_unique<WebDavRepository>(c, "app-password");
        r->http().setRetryPolicy(test::fastRetries());
        return r;
    }
    QByteArray bytesOf(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    void nextcloudTakesLargeFilesInChunks()
    {
        test::NextcloudFake fake;
        auto r = nextcloud(fake);
        const QString file = randomFile(2 * 1024 * 1024 + 5);
        QString error;
        QVERIFY2(r->put(file, "Sitzung Müller.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        QCOMPARE(fake.chunkPuts(), 5);
        QCOMPARE(fake.file("/remote.php/dav/files/maria/TheProgram/Sitzung Müller.tpbak"), bytesOf(file));
        QVERIFY(fake.uploadFolders().isEmpty());
        QVERIFY(fake.requests().filter("/.file").size() == 1);
        const QString back = m_dir.path("nc-back.bin");
        QVERIFY2(r->get("Sitzung Müller.tpbak", back, nullptr, &error), qPrintable(error));
        QCOMPARE(fileHash(back), fileHash(file));
        // Small files still go up in one PUT.
        const QString small = randomFile(1000);
        QVERIFY2(r->put(small, "small.tpbak", fileHash(small), nullptr, &error), qPrintable(error));
        QCOMPARE(fake.chunkPuts(), 5);
    }

    void aLostChunkAnswerIsSentAgainAndAFailureLeavesNothing()
    {
        test::NextcloudFake fake;
        auto r = nextcloud(fake);
        const QString file = randomFile(2 * 1024 * 1024);
        fake.dropAfterStoring(2);
        QString error;
        QVERIFY2(r->put(file, "a.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        QCOMPARE(fake.file("/remote.php/dav/files/maria/TheProgram/a.tpbak"), bytesOf(file));
        QVERIFY(fake.chunkPuts() >= 6);

        CancelAfter cancel(1024 * 1024);
        QVERIFY(!r->put(file, "b.tpbak", fileHash(file), &cancel, &error));
        QCOMPARE(error, QString("Cancelled."));
        QVERIFY(fake.uploadFolders().isEmpty()); // deleted
        QVERIFY(fake.file("/remote.php/dav/files/maria/TheProgram/b.tpbak").isEmpty());
        QVERIFY(!r->put(file, "c.tpbak", QByteArray(64, 'a'), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QVERIFY(fake.uploadFolders().isEmpty());
    }

    void aServerWithoutChunkingGetsOnePut()
    {
        test::NextcloudFake fake;
        fake.setChunking(false);
        auto r = nextcloud(fake);
        const QString file = randomFile(2 * 1024 * 1024);
        QString error;
        QVERIFY2(r->put(file, "a.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        QCOMPARE(fake.chunkPuts(), 0);
        QCOMPARE(fake.file("/remote.php/dav/files/maria/TheProgram/a.tpbak"), bytesOf(file));
    }
};

QTEST_GUILESS_MAIN(TestWebDavRepository)
#include "tst_webdavrepository.moc"
