#include "OAuthLogin.h"

#include "LoopbackReceiver.h"

#include <QtConcurrent>

namespace tp::cloud {

OAuthLogin::OAuthLogin(OAuthApp app, Browser browser, QObject* parent)
    : QObject(parent)
    , m_app(std::move(app))
    , m_browser(std::move(browser))
    , m_receiver(new LoopbackReceiver(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(tr("No answer came from the browser within %n minute(s); nothing was connected. Try again.",
                  nullptr, qMax(1, m_timeoutMs / 60000)));
    });
    connect(m_receiver, &LoopbackReceiver::redirected, this, &OAuthLogin::onRedirected);
    connect(&m_exchange, &QFutureWatcher<TokenResult>::finished, this, [this] {
        if (m_finished)
            return;
        const TokenResult result = m_exchange.result();
        if (!result.ok) {
            finish(result.error);
            return;
        }
        if (result.tokens.refreshToken.isEmpty()) {
            finish(tr("%1 gave no lasting access (no refresh token), so backups could not be copied "
                      "unattended. Try again.")
                       .arg(m_app.provider));
            return;
        }
        m_finished = true;
        m_timeout.stop();
        emit succeeded(result.tokens);
    });
}

// The exchange may still run: it holds copies only and ends by itself (its
// answer then goes nowhere), so closing a window never waits for the network.
OAuthLogin::~OAuthLogin() = default;

bool OAuthLogin::start(QString* error)
{
    if (m_app.clientId.isEmpty()) {
        *error
            = tr("This copy of The Program has no app id for %1. Enter one in Settings → Cloud → App Ids…; "
                 "the cloud guide says how to register one.")
                  .arg(m_app.provider);
        return false;
    }
    if (!m_receiver->listen(m_app.loopbackPort, error))
        return false;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomState();
    m_redirectUri = m_receiver->redirectUri();
    m_url = OAuthClient(m_app, nullptr).authorizationUrl(m_redirectUri, m_state, m_pkce.challenge);
    // Only web addresses go to the browser (a provider's URL is configuration).
    const QString scheme = m_url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error
            = tr("The sign-in address of %1 is not a web address: %2").arg(m_app.provider, m_url.toString());
        m_receiver->close();
        return false;
    }
    m_timeout.start(m_timeoutMs);
    if (m_browser && !m_browser(m_url)) {
        // Not fatal: the caller shows the address to open by hand.
        qInfo("No browser could be opened; the sign-in address has to be opened by hand.");
    }
    return true;
}

void OAuthLogin::cancel()
{
    finish(tr("Connecting was cancelled; nothing was connected."));
}

void OAuthLogin::onRedirected(const QUrlQuery& query)
{
    if (m_finished)
        return;
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (state != m_state) {
        // Not the answer to our request (an old tab, another page's request): refused, and the
        // sign-in goes on waiting — any local page could otherwise end it.
        m_receiver->ignoreThis(tr("Not connected"),
                               tr("This answer does not belong to the sign-in The Program is waiting for. "
                                  "Use the page The Program opened."));
        return;
    }
    if (!error.isEmpty() || code.isEmpty()) {
        m_receiver->setPage(tr("Not connected"), tr("Access was not given. You can close this tab."));
        const QString said = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                                 .left(300)
                                 .trimmed();
        finish(
            error == QLatin1String("access_denied")
                ? tr("Access to %1 was not given in the browser; nothing was connected.").arg(m_app.provider)
                : tr("%1 refused the sign-in: %2").arg(m_app.provider, said.isEmpty() ? error : said));
        return;
    }
    // The exchange blocks on the network: on a worker, with its own client.
    m_exchange.setFuture(QtConcurrent::run(
        [app = m_app, code = code.toUtf8(), verifier = m_pkce.verifier, redirect = m_redirectUri] {
            HttpClient http;
            RetryPolicy once; // a code is good once: a second try after a lost answer would be refused
            once.attempts = 1;
            http.setRetryPolicy(once);
            TokenResult result = OAuthClient(app, &http).exchange(code, verifier, redirect);
            if (result.deadGrant)
                result.error = tr("%1 did not accept the sign-in's code (it may have been used or expired). "
                                  "Try again.")
                                   .arg(app.provider);
            return result;
        }));
}

void OAuthLogin::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_receiver->close();
    emit failed(error);
}

} // namespace tp::cloud
