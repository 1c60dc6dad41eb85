// The Dropbox repository against an in-process fake of Dropbox's API v2
// (tests/support/DropboxFake), with faults put in by the fake and a proxy.
#include "cloud/DropboxRepository.h"
#include "CloudPeers.h"
#include "DropboxFake.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

using test::CancelAfter;

class TestDropboxRepository : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<test::DropboxFake> m_fake;

    OAuthApp app(const QUrl& endpoint) const
    {
        OAuthApp a;
        a.provider = "Dropbox";
        a.tokenUrl = endpoint.resolved(QUrl("/oauth2/token"));
        a.clientId = test::DropboxFake::kAppKey;
        return a;
    }
    std::unique_ptr<DropboxRepository> repository(const QString& folder = {}, QUrl endpoint = {})
    {
        if (endpoint.isEmpty())
            endpoint = m_fake->url();
        DropboxConfig c;
        c.endpoint = endpoint;
        c.folder = folder;
        c.chunkSize = 1024 * 1024;
        auto tokens = std::make_shared<AccessTokens>(app(endpoint), m_fake->addRefreshToken());
        auto r = std::make_unique<DropboxRepository>(c, tokens);
        r->http().setRetryPolicy(test::fastRetries());
        return r;
    }
    QString randomFile(qint64 size) const { return test::randomFile(m_dir.path(""), size); }
    QByteArray fileBytes(const QString& path) const
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }
    void init()
    {
        m_fake = std::make_unique<test::DropboxFake>();
        AccessTokens::forgetAll();
    }

    void apiArgIsAsciiJson()
    {
        const QByteArray arg = DropboxRepository::apiArg({ { "path", "/Müller 😀" } });
        QCOMPARE(arg, QByteArray(R"({"path":"/M\u00fcller \ud83d\ude00"})"));
        QCOMPARE(QJsonDocument::fromJson(arg).object().value("path").toString(), QString("/Müller 😀"));
    }

    void contentHashIsSha256OfBlockHashes()
    {
        const QString file = randomFile(4 * 1024 * 1024 + 5);
        const QByteArray bytes = fileBytes(file);
        QCryptographicHash blocks(QCryptographicHash::Sha256);
        blocks.addData(QCryptographicHash::hash(bytes.left(4 * 1024 * 1024), QCryptographicHash::Sha256));
        blocks.addData(QCryptographicHash::hash(bytes.mid(4 * 1024 * 1024), QCryptographicHash::Sha256));
        QByteArray contentHash, sha256;
        QVERIFY(DropboxRepository::hashFile(file, &contentHash, &sha256));
        QCOMPARE(contentHash, blocks.result().toHex());
        QCOMPARE(sha256, test::sha256Of(file));
    }

    void putListGetRemove()
    {
        auto r = repository();
        const QString file = randomFile(2600 * 1024); // three chunks of 1 MiB, the last short
        QString error;
        QVERIFY2(r->put(file, "Sitzung Müller 2026.tpbackup", test::sha256Of(file), nullptr, &error),
                 qPrintable(error));
        QVERIFY(m_fake->argsWereAscii());
        QCOMPARE(m_fake->fileNames(), QStringList{ "Sitzung Müller 2026.tpbackup" });
        QCOMPARE(m_fake->content("/Sitzung Müller 2026.tpbackup"), fileBytes(file));
        QCOMPARE(m_fake->openSessions(), 0);
        QCOMPARE(m_fake->requests().filter("append_v2").size(), 3);

        QList<RemoteFile> files;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].name, QString("Sitzung Müller 2026.tpbackup"));
        QCOMPARE(files[0].size, qint64(2600 * 1024));
        QVERIFY(files[0].modified.isValid());

        const QString back = m_dir.path("back.bin");
        QVERIFY2(r->get("Sitzung Müller 2026.tpbackup", back, nullptr, &error), qPrintable(error));
        QCOMPARE(test::sha256Of(back), test::sha256Of(file));

        QVERIFY2(r->remove("Sitzung Müller 2026.tpbackup", &error), qPrintable(error));
        QVERIFY(m_fake->fileNames().isEmpty());
        QVERIFY2(r->remove("Sitzung Müller 2026.tpbackup", &error),
                 qPrintable(error)); // gone counts as removed
        QVERIFY(!r->get("nothing.tpbackup", m_dir.path("none"), nullptr, &error));
        QVERIFY2(error.contains("is not in"), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.path("none")));
    }

    void emptyFileAndFolderInsideTheAppFolder()
    {
        auto r = repository("/backups/2026/");
        QList<RemoteFile> files;
        QString error;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error)); // no folder yet: empty
        QVERIFY(files.isEmpty());
        const QString empty = m_dir.path("empty.bin");
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY2(r->put(empty, "empty.bin", test::sha256Of(empty), nullptr, &error), qPrintable(error));
        QCOMPARE(m_fake->fileNames("/backups/2026"), QStringList{ "empty.bin" });
        QVERIFY(m_fake->fileNames().isEmpty());
        QVERIFY(r->list(&files, nullptr, &error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].size, qint64(0));
    }

    void listingFollowsTheCursor()
    {
        auto r = repository();
        m_fake->setPageSize(2);
        const QString file = randomFile(1000);
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY2(r->put(file, QString("b%1.tpbackup").arg(i), {}, nullptr, &error), qPrintable(error));
        QList<RemoteFile> files;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QCOMPARE(files.size(), 5);
        QCOMPARE(m_fake->requests().filter("list_folder/continue").size(), 2);
    }

    void aSecondPutReplacesTheFirst()
    {
        auto r = repository();
        const QString first = randomFile(3000), second = randomFile(5000);
        QString error;
        QVERIFY(r->put(first, "a.tpbackup", {}, nullptr, &error));
        QVERIFY2(r->put(second, "a.tpbackup", {}, nullptr, &error), qPrintable(error));
        QCOMPARE(m_fake->fileNames(), QStringList{ "a.tpbackup" });
        QCOMPARE(m_fake->content("/a.tpbackup"), fileBytes(second));
    }

    void aFileThatChangedIsNotUploaded()
    {
        auto r = repository();
        const QString file = randomFile(3000);
        QString error;
        QVERIFY(!r->put(file, "a.tpbackup", QByteArray(64, 'a'), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QVERIFY(m_fake->fileNames().isEmpty());
        QVERIFY(m_fake->requests().filter("upload_session").isEmpty());
    }

    void aLostAnswerIsTakenUpFromTheCorrectOffset()
    {
        auto r = repository();
        const QString file = randomFile(2600 * 1024);
        m_fake->dropAfterStoring(1); // the first chunk arrives, its answer does not
        QString error;
        QVERIFY2(r->put(file, "a.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QCOMPARE(m_fake->content("/a.tpbackup"), fileBytes(file));
        // The repeated chunk was refused with incorrect_offset and not stored twice.
        QCOMPARE(m_fake->requests().filter("append_v2").size(), 4);
    }

    void anExpiredSessionBeginsAgain()
    {
        auto r = repository();
        const QString file = randomFile(2600 * 1024);
        m_fake->inject("append_v2",
                       test::FakeReply::json(409,
                                             { { "error_summary", "not_found/.." },
                                               { "error", QJsonObject{ { ".tag", "not_found" } } } }));
        QString error;
        QVERIFY2(r->put(file, "a.tpbackup", {}, nullptr, &error), qPrintable(error));
        QCOMPARE(m_fake->content("/a.tpbackup"), fileBytes(file));
        QCOMPARE(m_fake->requests().filter("upload_session/start").size(), 2);
        QCOMPARE(m_fake->fileNames().size(), 1);
    }

    void connectionsCutMidUploadAndDownload()
    {
        test::FaultProxy proxy(m_fake->port());
        auto r = repository({}, QUrl(QString("http://127.0.0.1:%1").arg(proxy.port())));
        const QString file = randomFile(3 * 1024 * 1024 + 123);
        proxy.cutEvery(700 * 1024, 4);
        QString error;
        QVERIFY2(r->put(file, "cut.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QVERIFY(proxy.cuts() >= 4);
        QCOMPARE(m_fake->content("/cut.tpbackup"), fileBytes(file));
        QCOMPARE(m_fake->fileNames(), QStringList{ "cut.tpbackup" });

        proxy.cutEvery(1024 * 1024, 2);
        const QString back = m_dir.path("cut-back.bin");
        QVERIFY2(r->get("cut.tpbackup", back, nullptr, &error), qPrintable(error));
        QCOMPARE(test::sha256Of(back), test::sha256Of(file));
        QVERIFY(proxy.headersSeen()
                    .filter(QRegularExpression("Range: bytes=[1-9][0-9]*-",
                                               QRegularExpression::CaseInsensitiveOption))
                    .size()
                >= 1);
    }

    void anExpiredAccessTokenIsRenewedOnce()
    {
        auto r = repository();
        QList<RemoteFile> files;
        QString error;
        QVERIFY(r->list(&files, nullptr, &error));
        QCOMPARE(m_fake->tokenRefreshes(), 1);
        m_fake->expireAccessTokens();
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QCOMPARE(m_fake->tokenRefreshes(), 2);
        QVERIFY(!r->needsReconnect());
    }

    void aRevokedGrantNeedsReconnecting()
    {
        auto r = repository();
        m_fake->revokeAll();
        QList<RemoteFile> files;
        QString error;
        QVERIFY(!r->list(&files, nullptr, &error));
        QVERIFY(r->needsReconnect());
        QVERIFY2(error.contains("connected again"), qPrintable(error));
        const QString file = randomFile(100);
        QVERIFY(!r->put(file, "a.tpbackup", {}, nullptr, &error));
        QVERIFY2(error.contains("connected again"), qPrintable(error));
        QCOMPARE(m_fake->tokenRefreshes(), 0);
    }

    void tooManyRequestsWaitsAsTold()
    {
        auto r = repository();
        test::FakeReply busy = test::FakeReply::json(
            429,
            { { "error_summary", "too_many_requests/.." },
              { "error",
                QJsonObject{ { "reason", QJsonObject{ { ".tag", "too_many_requests" } } },
                             { "retry_after", 1 } } } });
        busy.headers.append(test::FakeHeaders::value_type("Retry-After", "1"));
        m_fake->inject("list_folder", busy);
        QElapsedTimer waited;
        waited.start();
        QList<RemoteFile> files;
        QString error;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QVERIFY2(waited.elapsed() >= 900, qPrintable(QString::number(waited.elapsed())));
    }

    void aCancelledUploadLeavesNothing()
    {
        auto r = repository();
        const QString file = randomFile(3 * 1024 * 1024);
        CancelAfter cancel(1536 * 1024);
        QString error;
        QVERIFY(!r->put(file, "a.tpbackup", {}, &cancel, &error));
        QCOMPARE(error, QString("Cancelled."));
        QVERIFY(m_fake->fileNames().isEmpty());
    }

    void aFullDropboxIsSaidInWords()
    {
        auto r = repository();
        m_fake->setAllocated(1000);
        const QString file = randomFile(5000);
        QString error;
        QVERIFY(!r->put(file, "a.tpbackup", {}, nullptr, &error));
        QVERIFY2(error.contains("Dropbox is full"), qPrintable(error));
        QVERIFY(m_fake->fileNames().isEmpty());
    }

    void accountAndSpace()
    {
        auto r = repository();
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        QCOMPARE(r->accountName(), QString("Ada Lovelace (ada@example.org)"));
        QVERIFY(r->put(randomFile(5000), "a.tpbackup", {}, nullptr, &error));
        const auto quota = r->quota(&error);
        QVERIFY2(quota.has_value(), qPrintable(error));
        QCOMPARE(quota->used, qint64(5000));
        QCOMPARE(quota->total, qint64(2) * 1024 * 1024 * 1024);
    }

    void nobodyListening()
    {
        auto r = repository({}, QUrl(QString("http://127.0.0.1:%1").arg(test::freePort())));
        RetryPolicy once;
        once.attempts = 1;
        r->http().setRetryPolicy(once);
        QString error;
        QVERIFY(!r->test(&error));
        QVERIFY2(error.contains("could not be reached"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDropboxRepository)
#include "tst_dropboxrepository.moc"
