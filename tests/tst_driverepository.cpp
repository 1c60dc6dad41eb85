// The Google Drive repository against an in-process fake of the Drive API
// (DriveFake: tokens, folders, paged listings, resumable uploads), with
// faults put in by the fake and by a proxy.
#include "cloud/AccessTokens.h"
#include "cloud/DriveRepository.h"
#include "cloud/ProviderApps.h"
#include "CloudPeers.h"
#include "DriveFake.h"
#include "TestSupport.h"

#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

using test::CancelAfter;
using test::DriveFake;

namespace {

constexpr qint64 kChunk = 256 * 1024;

// Progress that runs `act` each time the bytes reported pass `at` (from below), `times` times.
class WhenPassing final : public Progress
{
public:
    WhenPassing(qint64 at, int times, std::function<void()> act)
        : m_at(at)
        , m_times(times)
        , m_act(std::move(act))
    {
    }
    void report(qint64 done, qint64, const QString&) override
    {
        if (done >= m_at && m_last < m_at && m_times > 0) {
            --m_times;
            m_act();
        }
        m_last = done;
    }
    bool isCanceled() const override { return false; }

private:
    qint64 m_at;
    int m_times;
    std::function<void()> m_act;
    qint64 m_last = 0;
};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

int count(const QStringList& requests, const QString& pattern)
{
    return int(requests.filter(QRegularExpression(pattern)).size());
}

} // namespace

class TestDriveRepository : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    std::unique_ptr<DriveRepository> repository(DriveFake& fake, const QString& folder = DriveFake::kFolder,
                                                QUrl endpoint = {})
    {
        if (endpoint.isEmpty())
            endpoint = fake.url();
        auto tokens
            = std::make_shared<AccessTokens>(ProviderApps::googleDrive(endpoint), fake.addRefreshToken());
        DriveConfig config{ endpoint, folder, kChunk };
        auto r = std::make_unique<DriveRepository>(config, tokens);
        r->http().setRetryPolicy(test::fastRetries());
        return r;
    }
    QString randomFile(qint64 size) const { return test::randomFile(m_dir.path(""), size); }
    static QStringList names(DriveRepository& r)
    {
        QList<RemoteFile> files;
        QString error;
        if (!r.list(&files, nullptr, &error))
            return { "list failed: " + error };
        QStringList out;
        for (const RemoteFile& f : files)
            out << f.name;
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        ProviderApps::Ids ids = ProviderApps::ids();
        ids.googleClientId = DriveFake::kClientId;
        ids.googleClientSecret = DriveFake::kClientSecret;
        ProviderApps::save(ids);
    }

    void init() { AccessTokens::forgetAll(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("chunks");
        QTest::newRow("non-ASCII, six chunks, the last short")
            << "Sitzung Müller 2026.tpbackup" << qint64(1300 * 1024 + 123) << 6;
        QTest::newRow("exactly two chunks") << "zwei.tpbackup" << 2 * kChunk << 2;
        QTest::newRow("less than a chunk") << "klein.tpbackup" << qint64(1000) << 1;
        QTest::newRow("empty") << "leer.tpbackup" << qint64(0) << 1;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(int, chunks);
        DriveFake fake;
        auto r = repository(fake);
        const QString file = randomFile(size);
        QString error;
        QVERIFY2(r->put(file, name, test::sha256Of(file), nullptr, &error), qPrintable(error));
        QCOMPARE(count(fake.requests(), "^PUT /upload/drive/v3/files$"), chunks);
        QCOMPARE(fake.fileNames(), QStringList{ name });
        QVERIFY(fake.content(name) == bytesOf(file));
        QCOMPARE(fake.openSessions(), 0);

        QList<RemoteFile> files;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].name, name);
        QCOMPARE(files[0].size, size);
        QVERIFY(files[0].modified.isValid());
        QVERIFY(qAbs(files[0].modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QString back = m_dir.path("back.bin");
        QVERIFY2(r->get(name, back, nullptr, &error), qPrintable(error));
        QCOMPARE(test::sha256Of(back), test::sha256Of(file));

        QVERIFY2(r->remove(name, &error), qPrintable(error));
        QCOMPARE(fake.fileNames(), QStringList());
        QVERIFY2(r->remove(name, &error), qPrintable(error)); // gone already: removed
        QCOMPARE(names(*r), QStringList());
        QVERIFY(!r->get(name, back + "2", nullptr, &error));
        QVERIFY2(error.contains("is not in"), qPrintable(error));
    }

    void folderIsMadeOnceAndReused_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("default") << QString(DriveFake::kFolder);
        QTest::newRow("quote and backslash") << "Praxis d'Or \\ Sicherungen";
    }

    void folderIsMadeOnceAndReused()
    {
        QFETCH(QString, folder);
        DriveFake fake;
        fake.addFile("elsewhere.tpbackup", "x", "Another Folder");
        QString error;
        QVERIFY2(repository(fake, folder)->test(&error), qPrintable(error));
        QCOMPARE(fake.folderCount(folder), 1);
        QCOMPARE(count(fake.requests(), "^POST /drive/v3/files$"), 1);
        // Another computer (a repository of its own) finds it; so does a second test.
        auto other = repository(fake, folder);
        QVERIFY2(other->test(&error), qPrintable(error));
        QVERIFY2(other->put(randomFile(10), "a.tpbackup", {}, nullptr, &error), qPrintable(error));
        QVERIFY2(repository(fake, folder)->put(randomFile(10), "b.tpbackup", {}, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(fake.folderCount(folder), 1);
        QCOMPARE(count(fake.requests(), "^POST /drive/v3/files$"), 1);
        QCOMPARE(fake.fileNames(folder), (QStringList{ "a.tpbackup", "b.tpbackup" }));
        QCOMPARE(names(*other), (QStringList{ "a.tpbackup", "b.tpbackup" })); // not another folder's
    }

    void listingFollowsPages()
    {
        DriveFake fake;
        fake.setPageSize(2);
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            expected << QString("backup-%1.tpbackup").arg(i);
            fake.addFile(expected.last(), QByteArray(i * 100, 'x'));
        }
        fake.addFile(".theprogram-lock", "held");
        auto r = repository(fake);
        QList<RemoteFile> files;
        QString error;
        QVERIFY2(r->list(&files, nullptr, &error), qPrintable(error));
        QStringList got;
        for (const RemoteFile& f : files) {
            got << f.name;
            QCOMPARE(f.size, qint64(f.name.mid(7, 1).toInt() * 100));
        }
        got.sort();
        QCOMPARE(got, expected); // the dot file is not a backup
        // The folder's search, then three pages of two.
        QCOMPARE(count(fake.requests(), "^GET /drive/v3/files$"), 1 + 3);
    }

    void aSecondPutReplaces()
    {
        DriveFake fake;
        auto r = repository(fake);
        const QString first = randomFile(300 * 1024), second = randomFile(200 * 1024);
        QString error;
        QVERIFY2(r->put(first, "same.tpbackup", {}, nullptr, &error), qPrintable(error));
        QVERIFY2(r->put(second, "same.tpbackup", {}, nullptr, &error), qPrintable(error));
        QCOMPARE(fake.fileNames(), QStringList{ "same.tpbackup" });
        QVERIFY(fake.content("same.tpbackup") == bytesOf(second));
        // Another device left two of one name (Drive allows it): a put leaves one.
        fake.addFile("twice.tpbackup", "old one");
        fake.addFile("twice.tpbackup", "old two");
        QVERIFY2(r->put(first, "twice.tpbackup", {}, nullptr, &error), qPrintable(error));
        QCOMPARE(fake.fileNames(), (QStringList{ "same.tpbackup", "twice.tpbackup" }));
        QVERIFY(fake.content("twice.tpbackup") == bytesOf(first));
        QCOMPARE(names(*r), (QStringList{ "same.tpbackup", "twice.tpbackup" }));
    }

    void aChangedFileIsRefused()
    {
        DriveFake fake;
        auto r = repository(fake);
        QString error;
        QVERIFY(!r->put(randomFile(300 * 1024), "changed.tpbackup", QString(64, '0'), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QCOMPARE(count(fake.requests(), "^(POST|PUT) /upload"), 0);
        QCOMPARE(fake.fileNames(), QStringList());
    }

    void anExpiredAccessTokenIsRenewed()
    {
        DriveFake fake;
        auto r = repository(fake);
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        QCOMPARE(fake.tokenRefreshes(), 1);
        fake.expireAccessTokens();
        const QString file = randomFile(600 * 1024);
        QVERIFY2(r->put(file, "renewed.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QCOMPARE(fake.tokenRefreshes(), 2);
        QVERIFY(fake.content("renewed.tpbackup") == bytesOf(file));
        // Refused in the middle of an upload (a chunk sent to the session).
        fake.inject("^PUT /upload", DriveFake::error(401, "authError", "Invalid Credentials"), 1);
        QVERIFY2(r->put(file, "renewed.tpbackup", {}, nullptr, &error), qPrintable(error));
        QCOMPARE(fake.tokenRefreshes(), 3);
        QCOMPARE(fake.fileNames(), QStringList{ "renewed.tpbackup" });
        QVERIFY(!r->needsReconnect());
    }

    void aRevokedGrantNeedsReconnecting()
    {
        DriveFake fake;
        auto r = repository(fake);
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        fake.revokeAll();
        QVERIFY(!r->put(randomFile(1000), "late.tpbackup", {}, nullptr, &error));
        QVERIFY(r->needsReconnect());
        QVERIFY2(error.contains("Reconnect"), qPrintable(error));
        QCOMPARE(fake.fileNames(), QStringList());
        const int asked = count(fake.requests(), "^POST /token$");
        QList<RemoteFile> files;
        QVERIFY(!r->list(&files, nullptr, &error));
        QVERIFY2(error.contains("connected again"), qPrintable(error));
        QCOMPARE(count(fake.requests(), "^POST /token$"), asked); // a dead grant is not asked again
    }

    void busyAnswersAreWaitedFor_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("waitMs");
        QTest::newRow("429 Retry-After 1 on the session's start")
            << "^POST /upload" << 429 << "rateLimitExceeded" << 1000;
        QTest::newRow("429 Retry-After 1 on a chunk") << "^PUT /upload" << 429 << "rateLimitExceeded" << 1000;
        QTest::newRow("503 on a chunk") << "^PUT /upload" << 503 << "backendError" << 0;
        QTest::newRow("403 rate limit on the session's start")
            << "^POST /upload" << 403 << "userRateLimitExceeded" << 0;
        QTest::newRow("403 rate limit on a chunk") << "^PUT /upload" << 403 << "rateLimitExceeded" << 0;
    }

    void busyAnswersAreWaitedFor()
    {
        QFETCH(QString, pattern);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, waitMs);
        DriveFake fake;
        auto r = repository(fake);
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        test::FakeReply busy = DriveFake::error(status, reason, "Slow down.");
        if (waitMs > 0)
            busy.headers.append({ "Retry-After", QByteArray::number(waitMs / 1000) });
        fake.inject(pattern, busy, 2);
        const QString file = randomFile(700 * 1024);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(r->put(file, "busy.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QVERIFY2(timer.elapsed() >= 2 * waitMs, "Retry-After was not honoured");
        QVERIFY(fake.content("busy.tpbackup") == bytesOf(file));
        QCOMPARE(fake.fileNames(), QStringList{ "busy.tpbackup" });
    }

    void aLostAnswerIsAskedForAndResumed_data()
    {
        QTest::addColumn<int>("drops");
        QTest::newRow("the first chunk's") << 1;
        QTest::newRow("three in a row") << 3;
        QTest::newRow("every chunk's, the last too") << 6;
    }

    void aLostAnswerIsAskedForAndResumed()
    {
        QFETCH(int, drops);
        DriveFake fake;
        auto r = repository(fake);
        const QString file = randomFile(1300 * 1024 + 5);
        fake.dropAfterStoring(drops);
        QString error;
        QVERIFY2(r->put(file, "lost.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QVERIFY(fake.content("lost.tpbackup") == bytesOf(file));
        QCOMPARE(fake.fileNames(), QStringList{ "lost.tpbackup" });
        // The session was asked where it stood (a chunk sent again at a stale offset is
        // refused by the fake, so the content shows each byte was stored once, in order).
        QVERIFY(fake.statusQueries() >= 1);
        // Six chunks; per lost answer at most libcurl's own resend (it sends a request again when a
        // reused connection dies before any answer) and one status query.
        QVERIFY(count(fake.requests(), "^PUT /upload") <= 6 + 2 * drops);
        QCOMPARE(count(fake.requests(), "^POST /upload"), 1);
        QCOMPARE(fake.openSessions(), 0);
    }

    void anExpiredSessionStartsAgain_data()
    {
        QTest::addColumn<int>("expiries");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("once") << 1 << true;
        QTest::newRow("every time") << 99 << false;
    }

    void anExpiredSessionStartsAgain()
    {
        QFETCH(int, expiries);
        QFETCH(bool, succeeds);
        DriveFake fake;
        auto r = repository(fake);
        const QString file = randomFile(1300 * 1024);
        WhenPassing expire(600 * 1024, expiries, [&] { fake.expireSession(); });
        QString error;
        QCOMPARE(r->put(file, "expired.tpbackup", test::sha256Of(file), &expire, &error), succeeds);
        if (succeeds) {
            QVERIFY(fake.content("expired.tpbackup") == bytesOf(file));
            QCOMPARE(fake.fileNames(), QStringList{ "expired.tpbackup" });
            QCOMPARE(count(fake.requests(), "^POST /upload"), 2);
        } else {
            QVERIFY2(error.contains("ended the upload"), qPrintable(error));
            QCOMPARE(fake.fileNames(), QStringList());
            QCOMPARE(count(fake.requests(), "^POST /upload"), 3);
        }
    }

    void cancelLeavesNothing()
    {
        DriveFake fake;
        auto r = repository(fake);
        CancelAfter cancel(600 * 1024);
        QString error;
        QVERIFY(!r->put(randomFile(1300 * 1024), "cancelled.tpbackup", {}, &cancel, &error));
        QCOMPARE(error, QString("Cancelled."));
        QCOMPARE(fake.fileNames(), QStringList());
        QVERIFY(count(fake.requests(), "^PUT /upload") < 6);
        // A cancelled download leaves no file either.
        QVERIFY2(r->put(randomFile(1300 * 1024), "whole.tpbackup", {}, nullptr, &error), qPrintable(error));
        CancelAfter early(300 * 1024);
        const QString target = m_dir.path("cancelled.bin");
        QVERIFY(!r->get("whole.tpbackup", target, &early, &error));
        QVERIFY(!QFile::exists(target));
    }

    void quotaAndAccount_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("15 GB") << 15LL * 1000 * 1000 * 1000;
        QTest::newRow("unlimited") << qint64(-1);
    }

    void quotaAndAccount()
    {
        QFETCH(qint64, limit);
        DriveFake fake;
        fake.setQuota(limit);
        fake.setUser("Hildegard Müller", "praxis@example.de");
        auto r = repository(fake);
        QCOMPARE(r->accountName(), QString());
        QString error;
        QVERIFY2(r->put(randomFile(12345), "q.tpbackup", {}, nullptr, &error), qPrintable(error));
        const auto quota = r->quota(&error);
        QVERIFY2(quota.has_value(), qPrintable(error));
        QCOMPARE(quota->used, qint64(12345));
        QCOMPARE(quota->total, limit);
        QCOMPARE(r->accountName(), QString("Hildegard Müller (praxis@example.de)"));
        QVERIFY(r->displayName().contains(DriveFake::kFolder));
    }

    void refusalsAreExplained_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("storage full") << "full"
                                      << "storage is full";
        QTest::newRow("not allowed") << "forbidden"
                                     << "not allowed";
        QTest::newRow("the server's words") << "invalid"
                                            << "Bad metadata here";
        QTest::newRow("unreachable") << "unreachable"
                                     << "could not be reached";
    }

    void refusalsAreExplained()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        DriveFake fake;
        auto r = repository(fake);
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        if (fault == "full")
            fake.setQuota(100 * 1024);
        else if (fault == "forbidden")
            fake.inject("^POST /upload", DriveFake::error(403, "insufficientFilePermissions", "No access."),
                        1);
        else if (fault == "invalid")
            fake.inject("^POST /upload", DriveFake::error(400, "invalid", "Bad metadata here."), 1);
        else
            fake.inject("^POST /upload", test::FakeReply{ 200, {}, {}, {}, true }, 100);
        QVERIFY(!r->put(randomFile(200 * 1024), "refused.tpbackup", {}, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!r->needsReconnect());
        QCOMPARE(fake.fileNames(), QStringList());
    }

    void cutConnectionsAreResumed()
    {
        DriveFake fake;
        test::FaultProxy proxy(fake.port());
        auto r = repository(fake, DriveFake::kFolder, QUrl(QString("http://127.0.0.1:%1").arg(proxy.port())));
        const QString file = randomFile(1300 * 1024 + 77);
        QString error;
        QVERIFY2(r->test(&error), qPrintable(error));
        // Chunks break off on the way; each is taken up where the session says.
        proxy.cutEvery(400 * 1024 + 11, 2);
        QVERIFY2(r->put(file, "cut.tpbackup", test::sha256Of(file), nullptr, &error), qPrintable(error));
        QCOMPARE(proxy.cuts(), 2);
        QVERIFY(fake.content("cut.tpbackup") == bytesOf(file));
        // The download breaks off and goes on from where it stopped.
        proxy.cutEvery(700 * 1024 + 3, 1);
        const QString back = m_dir.path("cut-back.bin");
        QVERIFY2(r->get("cut.tpbackup", back, nullptr, &error), qPrintable(error));
        QCOMPARE(proxy.cuts(), 3);
        QVERIFY(proxy.headersSeen()
                    .filter(QRegularExpression("Range: bytes=[1-9][0-9]*-",
                                               QRegularExpression::CaseInsensitiveOption))
                    .size()
                >= 1);
        QCOMPARE(test::sha256Of(back), test::sha256Of(file));
    }
};

QTEST_GUILESS_MAIN(TestDriveRepository)
#include "tst_driverepository.moc"
