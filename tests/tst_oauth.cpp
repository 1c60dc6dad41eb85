// The OAuth client the desktop way — PKCE S256, a one-shot loopback
// listener on 127.0.0.1, the code exchanged, tokens refreshed and rotated,
// a revoked grant seen as "reconnect needed" — against a real OAuth 2
// server (oauth2-mock-server, tests/peers) through a fake browser
// registered with QDesktopServices::setUrlHandler.
#include "cloud/AccessTokens.h"
#include "cloud/OAuthLogin.h"
#include "CloudPeers.h"
#include "FakeBrowser.h"
#include "TestSupport.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

class TestOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OAuthPeer> m_peer;
    test::FakeBrowser m_browser;

    OAuthApp app() const
    {
        OAuthApp a;
        a.provider = "Example Cloud";
        a.authorizeUrl = m_peer->url("/authorize");
        a.tokenUrl = m_peer->url("/token");
        a.clientId = "the-program-test";
        a.scope = "files";
        a.extraAuthorizeParams = { { "token_access_type", "offline" } };
        return a;
    }
    static OAuthLogin::Browser systemBrowser()
    {
        return [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    }
    // Runs a login to its end: the tokens, or the error.
    std::optional<OAuthTokens> login(OAuthLogin& flow, QString* error)
    {
        QSignalSpy ok(&flow, &OAuthLogin::succeeded);
        QSignalSpy failed(&flow, &OAuthLogin::failed);
        if (!flow.start(error))
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20000)) {
            *error = "no end";
            return std::nullopt;
        }
        if (!failed.isEmpty()) {
            *error = failed.first().first().toString();
            return std::nullopt;
        }
        return ok.first().first().value<OAuthTokens>();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        qRegisterMetaType<OAuthTokens>();
        m_peer = std::make_unique<test::OAuthPeer>();
        QVERIFY2(m_peer->isRunning(), "oauth2-mock-server did not start (scripts/bootstrap.sh installs it)");
        QDesktopServices::setUrlHandler("http", &m_browser, "open");
        QDesktopServices::setUrlHandler("https", &m_browser, "open");
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler("http");
        QDesktopServices::unsetUrlHandler("https");
    }
    void init()
    {
        m_browser.reset();
        AccessTokens::forgetAll();
    }

    void pkceFollowsRfc7636()
    {
        // RFC 7636, Appendix B.
        QCOMPARE(Pkce::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate(), b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{43}$").match(QString::fromLatin1(a.verifier)).hasMatch());
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeOf(a.verifier));
        QVERIFY(Pkce::randomState() != Pkce::randomState());
    }

    void authorizationUrlCarriesEverything()
    {
        const QUrl url
            = OAuthClient(app(), nullptr).authorizationUrl("http://127.0.0.1:5000/", "st+/=", "challenge");
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue("response_type"), QString("code"));
        QCOMPARE(q.queryItemValue("client_id"), QString("the-program-test"));
        QCOMPARE(q.queryItemValue("redirect_uri", QUrl::FullyDecoded), QString("http://127.0.0.1:5000/"));
        QCOMPARE(q.queryItemValue("state", QUrl::FullyDecoded), QString("st+/="));
        QVERIFY(url.toEncoded().contains("state=st%2B%2F%3D"));
        QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
        QCOMPARE(q.queryItemValue("token_access_type"), QString("offline"));
        QCOMPARE(q.queryItemValue("scope"), QString("files"));
    }

    void theWholeFlowThroughTheBrowser()
    {
        OAuthLogin flow(app(), systemBrowser());
        QString error;
        const auto tokens = login(flow, &error);
        QVERIFY2(tokens, qPrintable(error));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY(!tokens->refreshToken.isEmpty());
        QVERIFY(tokens->expires > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(m_browser.opened[0], flow.authorizationUrl());
        const QUrl redirect(
            QUrlQuery(flow.authorizationUrl()).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QString("127.0.0.1"));
        QVERIFY(QTest::qWaitFor([&] { return !m_browser.lastPage.isEmpty(); }, 5000));
        QCOMPARE(m_browser.lastStatus, 200);
        QVERIFY(m_browser.lastPage.contains("You can close this tab"));
        // One-shot: the listener is gone.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
        QVERIFY(m_peer->grants("authorization_code") >= 1);
    }

    void anotherRequestToTheListenerIsIgnored()
    {
        m_browser.doNothing = true;
        OAuthLogin flow(app(), systemBrowser());
        QString error;
        QSignalSpy failed(&flow, &OAuthLogin::failed);
        QVERIFY(flow.start(&error));
        const QUrl redirect(
            QUrlQuery(flow.authorizationUrl()).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        m_browser.visit(redirect.resolved(QUrl("/favicon.ico")));
        QVERIFY(QTest::qWaitFor([&] { return m_browser.lastStatus == 404; }, 5000));
        QVERIFY(failed.isEmpty());
        // The real answer still arrives and is taken.
        m_browser.doNothing = false;
        QSignalSpy ok(&flow, &OAuthLogin::succeeded);
        m_browser.open(flow.authorizationUrl());
        QVERIFY(QTest::qWaitFor([&] { return !ok.isEmpty(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return m_browser.lastPage.contains("close this tab"); }, 5000));
    }

    // An answer with another state (an old tab, a request any local page can
    // make to the listener) is refused in the browser, and the sign-in goes
    // on waiting for its own answer.
    void aForeignStateIsRefusedAndTheSignInWaitsOn()
    {
        m_browser.tamper = [](QUrl u) {
            QUrlQuery q(u);
            q.removeAllQueryItems("state");
            q.addQueryItem("state", "forged");
            u.setQuery(q);
            return u;
        };
        const int exchanged = m_peer->grants("authorization_code");
        OAuthLogin flow(app(), systemBrowser());
        QSignalSpy ok(&flow, &OAuthLogin::succeeded);
        QSignalSpy failed(&flow, &OAuthLogin::failed);
        QString error;
        QVERIFY(flow.start(&error));
        QVERIFY(QTest::qWaitFor([&] { return !m_browser.lastPage.isEmpty(); }, 5000));
        QCOMPARE(m_browser.lastStatus, 400);
        QVERIFY2(m_browser.lastPage.contains("does not belong"), m_browser.lastPage.constData());
        QCOMPARE(m_peer->grants("authorization_code"), exchanged); // that code was never exchanged
        QVERIFY(failed.isEmpty());
        m_browser.reset();
        m_browser.open(flow.authorizationUrl()); // the real answer still comes in
        QVERIFY(QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000));
        QVERIFY(failed.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return m_browser.lastPage.contains("close this tab"); }, 5000));
    }

    void refusalInTheBrowserIsSaid()
    {
        m_browser.tamper = [](QUrl u) {
            QUrlQuery q(u);
            q.removeAllQueryItems("code");
            q.addQueryItem("error", "access_denied");
            u.setQuery(q);
            return u;
        };
        OAuthLogin flow(app(), systemBrowser());
        QString error;
        QVERIFY(!login(flow, &error));
        QVERIFY2(error.contains("not given"), qPrintable(error));
    }

    void aWrongVerifierIsRefusedByTheServer()
    {
        // What a code stolen on its way back is worth without the verifier.
        m_browser.doNothing = true;
        OAuthLogin flow(app(), systemBrowser());
        QString error;
        QVERIFY(flow.start(&error));
        QNetworkAccessManager net;
        QNetworkRequest request(flow.authorizationUrl());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = net.get(request);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        const QString code
            = QUrlQuery(QUrl(QString::fromUtf8(reply->rawHeader("Location")))).queryItemValue("code");
        delete reply;
        HttpClient http;
        const TokenResult result
            = OAuthClient(app(), &http)
                  .exchange(code.toUtf8(), Pkce::generate().verifier, "http://127.0.0.1:1/");
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("refused the sign-in"), qPrintable(result.error));
        flow.cancel();
    }

    void noAnswerTimesOutAndCancelStops()
    {
        m_browser.doNothing = true;
        OAuthLogin slow(app(), systemBrowser());
        slow.setTimeout(300);
        QString error;
        QVERIFY(!login(slow, &error));
        QVERIFY2(error.contains("No answer came from the browser"), qPrintable(error));

        OAuthLogin cancelled(app(), systemBrowser());
        QSignalSpy failed(&cancelled, &OAuthLogin::failed);
        QVERIFY(cancelled.start(&error));
        cancelled.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains("cancelled"));
        cancelled.cancel(); // once only
        QCOMPARE(failed.size(), 1);
    }

    void withoutAnAppIdNothingStarts()
    {
        OAuthApp none = app();
        none.clientId.clear();
        OAuthLogin flow(none, systemBrowser());
        QString error;
        QVERIFY(!flow.start(&error));
        QVERIFY2(error.contains("no app id"), qPrintable(error));
        QVERIFY(m_browser.opened.isEmpty());
    }

    void refreshRotatesThenARevokedGrantNeedsReconnecting()
    {
        OAuthLogin flow(app(), systemBrowser());
        QString error;
        const auto tokens = login(flow, &error);
        QVERIFY2(tokens, qPrintable(error));
        QByteArray kept = tokens->refreshToken;
        AccessTokens access(app(), kept, [&](const QByteArray& rotated) { kept = rotated; });
        HttpClient http;
        const QByteArray first = access.current(&http, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(kept != tokens->refreshToken); // the server rotated it, and it was kept
        const int refreshed = m_peer->grants("refresh_token");
        QCOMPARE(access.current(&http, &error), first); // still fresh: no second refresh
        QCOMPARE(m_peer->grants("refresh_token"), refreshed);
        // A 401 renews, with the kept (rotated) refresh token: the first one works no more.
        const QByteArray second = access.renew(&http, first, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QCOMPARE(m_peer->grants("refresh_token"), refreshed + 1);

        QVERIFY(m_peer->revokeAll());
        AccessTokens::forgetAll();
        QVERIFY(access.current(&http, &error).isEmpty());
        QVERIFY(access.needsReconnect());
        QVERIFY2(error.contains("Reconnect"), qPrintable(error));
    }

    void shortLivedTokensAreRenewedBeforeTheyExpire()
    {
        test::OAuthPeer shortLived(30); // within the minute kept in hand
        OAuthApp a = app();
        a.authorizeUrl = shortLived.url("/authorize");
        a.tokenUrl = shortLived.url("/token");
        OAuthLogin flow(a, systemBrowser());
        QString error;
        const auto tokens = login(flow, &error);
        QVERIFY2(tokens, qPrintable(error));
        AccessTokens access(a, tokens->refreshToken);
        HttpClient http;
        QVERIFY(!access.current(&http, &error).isEmpty());
        QVERIFY(!access.current(&http, &error).isEmpty());
        QCOMPARE(shortLived.grants("refresh_token"), 2);
    }
};

QTEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
