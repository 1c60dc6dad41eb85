// `theprogram-cli cloud …` and `backup create --upload`: destinations in the
// settings, secrets in the real keychain, copies in a folder and in a real
// S3 server (s3rver) on loopback, and a restore on "a new computer" from the
// cloud copy alone.
#include "CliSupport.h"
#include "CloudPeers.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "DropboxFake.h"
#include "NextcloudFake.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace tp;

class TestCloudCli : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_db;
    std::unique_ptr<test::S3Peer> m_peer;

    static test::CliRun cli(const QStringList& args) { return test::runCli(THEPROGRAM_CLI, args); }
    static QString settingsFile()
    {
        return QDir::tempPath()
            + QString("/theprogram-cli-test-config-%1/TheProgram/TheProgram.conf")
                  .arg(QCoreApplication::applicationPid());
    }
    // The sign-in address `cloud connect --no-browser` prints (what it said so far in `said`).
    static QUrl addressSaidBy(QProcess& connect, QString* said)
    {
        QUrl page;
        (void)QTest::qWaitFor(
            [&] {
                *said += QString::fromUtf8(connect.readAllStandardError());
                for (const QString& line : said->split('\n')) {
                    if (line.startsWith("http://"))
                        page = QUrl(line.trimmed(), QUrl::StrictMode);
                }
                return page.isValid() && !page.isEmpty();
            },
            20000);
        return page;
    }
    static QJsonArray jsonOf(const test::CliRun& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QJsonObject destination(const QString& name)
    {
        for (const QJsonValue v : jsonOf(cli({ "cloud", "list", "--json" }))) {
            if (v.toObject().value("name").toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QFile::remove(settingsFile());
        m_db = m_dir.path("practice.db");
        auto db = test::openDatabase(m_db);
        QVERIFY(db);
        QVERIFY(demo::DemoGenerator::generate(db->connection(), { 5, 2, 3 }).ok);
        m_peer = std::make_unique<test::S3Peer>(m_dir.path("s3"), "practice");
        QVERIFY2(m_peer->isRunning(),
                 "s3rver did not start (scripts/bootstrap.sh installs it into tests/peers)");
    }

    void folderDestinationGetsEachBackupAndKeepsItsRules()
    {
        const QString nas = m_dir.path("nas");
        test::CliRun r = cli({ "cloud", "add", "nas", "--type", "folder", "--to", nas, "--keep-last", "2" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Added the destination “nas”"));
        r = cli({ "cloud", "test", "nas" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("free"), qPrintable(r.out));
        for (int i = 0; i < 3; ++i) {
            r = cli({ "--db", m_db, "backup", "create", "--folder", m_dir.path("local"), "--upload", "nas" });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains("Copied to the folder"), qPrintable(r.out));
        }
        // Kept by its own rule: the two newest, each with its manifest.
        QCOMPARE(QDir(nas).entryList({ "TheProgram_*.manifest.json" }, QDir::Files).size(), 2);
        QCOMPARE(QDir(nas).entryList({ "TheProgram_*" }, QDir::Files).size(), 4);
        r = cli({ "cloud", "ls", "nas", "--json" });
        QCOMPARE(jsonOf(r).size(), 2);
        QVERIFY(jsonOf(r).at(0).toObject().value("complete").toBool());
        const QJsonObject d = destination("nas");
        QCOMPARE(d.value("copies").toArray().size(), 2);
        QCOMPARE(d.value("queued").toInt(), 0);
        QVERIFY(d.contains("last_upload"));
        // Copied already: not again.
        r = cli({ "cloud", "upload", "nas", "--all", "--folder", m_dir.path("local") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count("already in"), 2);
        QCOMPARE(r.out.count("copied to"), 1); // the one retention had removed there goes again
        r = cli({ "cloud", "prune", "nas", "--keep-last", "1", "--dry-run" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count("would remove"), 2);
        QCOMPARE(QDir(nas).entryList({ "TheProgram_*.manifest.json" }, QDir::Files).size(), 3);
    }

    void s3DestinationKeepsItsSecretInTheKeychainOnly()
    {
        const QString secretFile = m_dir.path("secret.txt");
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("only-the-keychain-knows-this\n");
        f.close();
        const QString endpoint = QString("http://127.0.0.1:%1").arg(m_peer->port());
        test::CliRun r = cli({ "cloud", "add", "offsite", "--type", "s3", "--endpoint", endpoint, "--bucket",
                               "practice", "--prefix", "desk", "--path-style", "--access-key-id",
                               test::S3Peer::kKeyId, "--secret-file", secretFile });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile settings(settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("only-the-keychain-knows-this"));
        r = cli({ "cloud", "test", "offsite" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(
            { "--db", m_db, "backup", "create", "--folder", m_dir.path("local2"), "--upload", "offsite" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "cloud", "ls", "offsite", "--json" });
        QCOMPARE(jsonOf(r).size(), 1);
        const QString id = jsonOf(r).at(0).toObject().value("id").toString();
        QVERIFY(!id.isEmpty());

        // A new computer: only the cloud copy, downloaded, checked and restored.
        const QString fetched = m_dir.path("newpc/backup.db.gz");
        QDir().mkpath(m_dir.path("newpc"));
        r = cli({ "cloud", "download", "offsite", id, "-o", fetched });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(fetched + ".manifest.json"));
        const QString restored = m_dir.path("newpc/practice.db");
        r = cli({ "--db", restored, "init" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "--db", restored, "backup", "restore", fetched, "--yes", "--folder",
                  m_dir.path("newpc/backups") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(test::dumpOf(restored), test::dumpOf(m_db));

        r = cli({ "cloud", "rm", "offsite", id });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(cli({ "cloud", "ls", "offsite", "--json" })).size(), 0);
        // Removed with its secret: adding it again needs the secret again.
        r = cli({ "cloud", "remove", "offsite" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "cloud", "add", "offsite", "--type", "s3", "--endpoint", endpoint, "--bucket", "practice",
                  "--access-key-id", test::S3Peer::kKeyId });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--secret-file"), qPrintable(r.err));
    }

    void webDavDestinationRoundTrip()
    {
        test::WebDavPeer dav(m_dir.path("dav"));
        QVERIFY(dav.isRunning());
        const QString secretFile = m_dir.path("dav-secret.txt");
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::WebDavPeer::kPassword);
        f.close();
        test::CliRun r = cli({ "cloud", "add", "nextcloud", "--type", "webdav", "--endpoint",
                               QString("http://127.0.0.1:%1/TheProgram/Backups/").arg(dav.port()), "--user",
                               test::WebDavPeer::kUser, "--secret-file", secretFile });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "cloud", "test", "nextcloud" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(
            { "--db", m_db, "backup", "create", "--folder", m_dir.path("local4"), "--upload", "nextcloud" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QDir(m_dir.path("dav/TheProgram/Backups")).entryList(QDir::Files | QDir::Hidden).size(), 2);
        const QJsonArray there = jsonOf(cli({ "cloud", "ls", "nextcloud", "--json" }));
        QCOMPARE(there.size(), 1);
        const QString fetched = m_dir.path("dav-fetched.db.gz");
        r = cli({ "cloud", "download", "nextcloud", there.at(0).toObject().value("id").toString(), "-o",
                  fetched });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "backup", "verify", fetched });
        QVERIFY2(r.code == 0 && r.out.contains("ok"), qPrintable(r.err + r.out));
        QVERIFY(cli({ "cloud", "remove", "nextcloud" }).code == 0);
    }

    // The whole Dropbox way from the command line: the app id, a destination,
    // `cloud connect` through a browser (played here: the sign-in page of the
    // fake answers with a redirect to the CLI's loopback listener), a backup
    // uploaded, and a revoked grant turned into "reconnect needed".
    void dropboxConnectsThroughTheBrowser()
    {
        test::DropboxFake dropbox;
        test::CliRun r = cli({ "cloud", "apps", "dropbox", test::DropboxFake::kAppKey });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ "cloud", "add", "box", "--type", "dropbox", "--endpoint", dropbox.url().toString(),
                  "--prefix", "backups" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("cloud connect box"), qPrintable(r.out));
        r = cli({ "--db", m_db, "backup", "create", "--folder", m_dir.path("local5"), "--upload", "box" });
        QCOMPARE(r.code, 1); // not connected yet: the backup stands, the copy waits
        QVERIFY2(r.err.contains("not connected to Dropbox yet"), qPrintable(r.err));

        QProcess connect;
        test::startCli(connect, THEPROGRAM_CLI, { "cloud", "connect", "box", "--no-browser" });
        QString said;
        const QUrl page = addressSaidBy(connect, &said);
        QVERIFY2(page.isValid() && !page.isEmpty(), qPrintable(said));
        QCOMPARE(QUrlQuery(page).queryItemValue("code_challenge_method"), QString("S256"));
        QNetworkAccessManager browser;
        QNetworkReply* signIn = browser.get(QNetworkRequest(page)); // follows the redirect home
        QVERIFY(QTest::qWaitFor([&] { return signIn->isFinished(); }, 20000));
        QVERIFY2(signIn->readAll().contains("close this tab"), qPrintable(signIn->errorString()));
        delete signIn;
        QVERIFY(connect.waitForFinished(20000));
        const QString out = QString::fromUtf8(connect.readAllStandardOutput());
        QVERIFY2(connect.exitCode() == 0,
                 qPrintable(said + QString::fromUtf8(connect.readAllStandardError())));
        QVERIFY2(out.contains("as Ada Lovelace (ada@example.org)"), qPrintable(out));
        QCOMPARE(dropbox.codeExchanges(), 1);
        QFile settings(settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("refresh-")); // the grant is in the keychain only

        r = cli({ "cloud", "upload", "box", "--all", "--folder", m_dir.path("local5") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(dropbox.fileNames("/backups").size(), 2); // the backup and its manifest
        QCOMPARE(jsonOf(cli({ "cloud", "ls", "box", "--json" })).size(), 1);

        dropbox.revokeAll();
        r = cli({ "--db", m_db, "backup", "create", "--folder", m_dir.path("local5"), "--upload", "box" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("connected again"), qPrintable(r.err));
        QVERIFY(destination("box").value("reconnect_needed").toBool());
        r = cli({ "cloud", "list" });
        QVERIFY2(r.out.contains("reconnect needed: theprogram-cli cloud connect box"), qPrintable(r.out));
        QVERIFY(cli({ "cloud", "remove", "box" }).code == 0);
    }

    // Nextcloud without typing a password: the browser login (Login Flow v2)
    // hands over the login and an app password; the folder is then the one
    // under the account's id (OCS), on the server asked — not the one the
    // answer names.
    void nextcloudLogsInThroughTheBrowser()
    {
        test::NextcloudFake nextcloud;
        nextcloud.setGrant(QUrl("https://elsewhere.example.org"), "maria@example.org",
                           "only-the-keychain-has-it", "maria");
        test::CliRun r
            = cli({ "cloud", "add", "nc", "--type", "webdav", "--endpoint", nextcloud.url().toString() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("cloud connect nc"), qPrintable(r.out));
        r = cli({ "cloud", "test", "nc" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not logged in to its server yet"), qPrintable(r.err));

        QProcess connect;
        test::startCli(connect, THEPROGRAM_CLI, { "cloud", "connect", "nc", "--no-browser" });
        QString said;
        const QUrl page = addressSaidBy(connect, &said);
        QVERIFY2(page.isValid() && !page.isEmpty(), qPrintable(said));
        QNetworkAccessManager browser;
        QNetworkReply* login = browser.get(QNetworkRequest(page));
        QVERIFY(QTest::qWaitFor([&] { return login->isFinished(); }, 20000));
        delete login;
        QVERIFY(connect.waitForFinished(30000));
        const QString out = QString::fromUtf8(connect.readAllStandardOutput());
        QVERIFY2(connect.exitCode() == 0,
                 qPrintable(said + QString::fromUtf8(connect.readAllStandardError())));
        QVERIFY2(out.contains("as maria@example.org"), qPrintable(out));
        QVERIFY2(destination("nc").value("where").toString().contains(nextcloud.url().host()),
                 qPrintable(destination("nc").value("where").toString()));
        QFile settings(settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("only-the-keychain-has-it"));
        r = cli({ "--db", m_db, "backup", "create", "--folder", m_dir.path("local6"), "--upload", "nc" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(nextcloud.filesIn("/remote.php/dav/files/maria/TheProgram").size(), 2); // backup, manifest
        QVERIFY(cli({ "cloud", "remove", "nc" }).code == 0);
    }

    void mistakesAreSaidInWords()
    {
        test::CliRun r = cli({ "cloud", "add", "a/b", "--type", "folder", "--to", m_dir.path("x") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("cannot name a destination"), qPrintable(r.err));
        r = cli({ "cloud", "add", "s", "--type", "s3", "--bucket", "b" });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("needs its endpoint"), qPrintable(r.err));
        r = cli({ "cloud", "test", "nosuch" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("There is no destination “nosuch”"), qPrintable(r.err));
        r = cli({ "--db", m_db, "backup", "create", "--folder", m_dir.path("local3"), "--upload", "nosuch" });
        QCOMPARE(r.code, 1);
        QVERIFY(!QDir(m_dir.path("local3")).exists()); // refused before any backup was made
        r = cli({ "cloud", "frobnicate" });
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCloudCli)
#include "tst_cloudcli.moc"
