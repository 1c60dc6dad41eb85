// Nextcloud's Login Flow v2 against an in-process fake of its endpoints
// (tests/support/NextcloudFake): the login page opened in the "browser",
// polling until the app password is handed over, and what goes wrong.
#include "cloud/NextcloudLogin.h"
#include "CloudPeers.h"
#include "NextcloudFake.h"
#include "TestSupport.h"

#include <QtTest>

using namespace tp;
using namespace tp::cloud;

class TestNextcloudLogin : public QObject
{
    Q_OBJECT

    static NextcloudLogin::Options fast()
    {
        NextcloudLogin::Options o;
        o.pollMs = 50;
        o.timeoutMs = 5000;
        return o;
    }
    // A browser in which the user logs in at once.
    static std::function<bool(const QUrl&)> loggingIn(QList<QUrl>* opened)
    {
        return [opened](const QUrl& page) {
            *opened << page;
            HttpClient http;
            HttpRequest r;
            r.url = page;
            return http.send(r).ok();
        };
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void addressesAreTakenApart()
    {
        const QUrl dav("https://cloud.example.org/nc/remote.php/dav/files/maria/Practice/Backups/");
        QCOMPARE(NextcloudLogin::serverOf(dav), QUrl("https://cloud.example.org/nc"));
        QCOMPARE(NextcloudLogin::folderOf(dav), QString("Practice/Backups"));
        QCOMPARE(NextcloudLogin::serverOf(QUrl("https://cloud.example.org/")),
                 QUrl("https://cloud.example.org"));
        QCOMPARE(NextcloudLogin::folderOf(QUrl("https://cloud.example.org/")), QString());
        NextcloudGrant grant{ QUrl("https://cloud.example.org/nc"), "login", "maria rossi@example.org", "x" };
        QCOMPARE(NextcloudLogin::davFolder(grant, "The Program/Büro").toEncoded(),
                 QByteArray("https://cloud.example.org/nc/remote.php/dav/files/maria%20rossi%40example.org/"
                            "The%20Program/B%C3%BCro/"));
    }

    void theBrowserLoginHandsOverAnAppPassword()
    {
        test::NextcloudFake nextcloud;
        // The answer names another server: not followed, the password stays with the one asked.
        nextcloud.setGrant(QUrl("https://elsewhere.example.org"), "maria@example.org", "app-password-1",
                           "maria");
        QList<QUrl> opened;
        QString error;
        const auto grant = NextcloudLogin::run(nextcloud.url(), loggingIn(&opened), nullptr, &error, fast());
        QVERIFY2(grant, qPrintable(error));
        QCOMPARE(grant->loginName, QString("maria@example.org"));
        QCOMPARE(grant->userId, QString("maria")); // from OCS: it names the folder, not the login
        QCOMPARE(grant->appPassword, QByteArray("app-password-1"));
        QCOMPARE(grant->server, nextcloud.url());
        QCOMPARE(NextcloudLogin::davFolder(*grant, "TheProgram").path(),
                 QString("/remote.php/dav/files/maria/TheProgram/"));
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened[0].path().startsWith("/login/v2/flow/"));
        QVERIFY(nextcloud.polls() >= 1);
    }

    void waitingEndsByCancelOrTimeout()
    {
        test::NextcloudFake nextcloud;
        nextcloud.setGrant(QUrl("https://cloud.example.org"), "maria", "pw");
        const auto never = [](const QUrl&) { return true; }; // the user never logs in
        NextcloudLogin::Options o = fast();
        o.timeoutMs = 400;
        QString error;
        QVERIFY(!NextcloudLogin::run(nextcloud.url(), never, nullptr, &error, o));
        QVERIFY2(error.contains("not finished"), qPrintable(error));
        test::CancelAfter cancel(0);
        QVERIFY(!NextcloudLogin::run(nextcloud.url(), never, &cancel, &error, fast()));
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
    }

    void aPollEndpointElsewhereIsRefused()
    {
        test::NextcloudFake nextcloud;
        nextcloud.setPollHost("localhost");
        QList<QUrl> opened;
        QString error;
        QVERIFY(!NextcloudLogin::run(nextcloud.url(), loggingIn(&opened), nullptr, &error, fast()));
        QVERIFY2(error.contains("sent the login elsewhere"), qPrintable(error));
        QVERIFY(opened.isEmpty()); // no page opened for it
    }

    void aServerWithoutTheFlowIsSaidInWords()
    {
        test::WebDavPeer plain(QDir::tempPath() + "/tst_nextcloudlogin-dav");
        QVERIFY(plain.isRunning());
        QString error;
        QList<QUrl> opened;
        QVERIFY(!NextcloudLogin::run(QUrl(QString("http://127.0.0.1:%1").arg(plain.port())),
                                     loggingIn(&opened), nullptr, &error, fast()));
        QVERIFY2(error.contains("does not offer Nextcloud's browser login"), qPrintable(error));
        QVERIFY(!NextcloudLogin::run(QUrl("ftp://example.org"), loggingIn(&opened), nullptr, &error, fast()));
        QVERIFY2(error.contains("is not the address of a Nextcloud server"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNextcloudLogin)
#include "tst_nextcloudlogin.moc"
