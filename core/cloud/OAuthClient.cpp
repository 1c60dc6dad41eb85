#include "OAuthClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace tp::cloud {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // The operating system's random source (getrandom, BCryptGenRandom…), as RFC 7636 §7.1 asks.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return raw.toBase64(kBase64Url);
}

QByteArray formEncode(const QList<QPair<QString, QString>>& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomBase64Url(32); // 43 characters, the least RFC 7636 allows with 256 bits
    pkce.challenge = challengeOf(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeOf(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::randomState()
{
    return randomBase64Url(16);
}

OAuthClient::OAuthClient(OAuthApp app, HttpClient* http)
    : m_app(std::move(app))
    , m_http(http)
{
}

QUrl OAuthClient::authorizationUrl(const QString& redirectUri, const QByteArray& state,
                                   const QByteArray& challenge) const
{
    QList<QPair<QString, QString>> query = {
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), m_app.clientId },
        { QStringLiteral("redirect_uri"), redirectUri },
    };
    if (!m_app.scope.isEmpty())
        query.append({ QStringLiteral("scope"), m_app.scope });
    query.append({ QStringLiteral("state"), QString::fromLatin1(state) });
    query.append({ QStringLiteral("code_challenge"), QString::fromLatin1(challenge) });
    query.append({ QStringLiteral("code_challenge_method"), QStringLiteral("S256") });
    query.append(m_app.extraAuthorizeParams);
    // Encoded fully: a '+' or '/' inside a value must not read as a space or a separator.
    QUrl url = m_app.authorizeUrl;
    url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    return url;
}

TokenResult OAuthClient::exchange(const QByteArray& code, const QByteArray& verifier,
                                  const QString& redirectUri)
{
    return post({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("code"), QString::fromUtf8(code) },
                  { QStringLiteral("redirect_uri"), redirectUri },
                  { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
}

TokenResult OAuthClient::refresh(const QByteArray& refreshToken)
{
    TokenResult result = post({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                                { QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken) } });
    if (result.ok && result.tokens.refreshToken.isEmpty())
        result.tokens.refreshToken = refreshToken; // the grant goes on under the old one
    return result;
}

TokenResult OAuthClient::post(const QList<QPair<QString, QString>>& form)
{
    QList<QPair<QString, QString>> all = form;
    all.append({ QStringLiteral("client_id"), m_app.clientId });
    if (!m_app.clientSecret.isEmpty())
        all.append({ QStringLiteral("client_secret"), m_app.clientSecret });
    const QByteArray body = formEncode(all);
    const HttpResponse response = m_http->sendRetrying([&] {
        HttpRequest r;
        r.method = "POST";
        r.url = m_app.tokenUrl;
        r.headers
            = { { "Content-Type", "application/x-www-form-urlencoded" }, { "Accept", "application/json" } };
        r.body = body;
        r.maxBody = 256 * 1024;
        r.idleTimeoutMs = 30000;
        return r;
    });
    return readAnswer(response);
}

TokenResult OAuthClient::readAnswer(const HttpResponse& response) const
{
    TokenResult result;
    if (response.canceled) {
        result.error = tr("Cancelled.");
        return result;
    }
    if (response.status == 0) {
        result.error
            = tr("%1 could not be reached to sign in: %2").arg(m_app.provider, response.networkError);
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (response.ok()) {
        result.tokens.accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
        result.tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
        const int expiresIn = json.value(QLatin1String("expires_in")).toInt(-1);
        if (expiresIn > 0)
            result.tokens.expires = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        result.ok = !result.tokens.accessToken.isEmpty();
        if (!result.ok)
            result.error = tr("%1 answered the sign-in without an access token.").arg(m_app.provider);
        return result;
    }
    const QString code = json.value(QLatin1String("error")).toString();
    const QString description = json.value(QLatin1String("error_description")).toString().left(300);
    if (code == QLatin1String("invalid_grant")) {
        result.deadGrant = true;
        result.error = tr("%1 no longer accepts this app's access (it was revoked, expired or the password "
                          "changed). Reconnect to copy backups there again.")
                           .arg(m_app.provider);
    } else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")) {
        result.error = tr("%1 does not know this app's id (%2). Check the app id in Settings → Cloud; the "
                          "cloud guide says how to register one.")
                           .arg(m_app.provider, description.isEmpty() ? code : description);
    } else {
        const QString why
            = description.isEmpty() ? (code.isEmpty() ? HttpClient::describe(response) : code) : description;
        result.error = tr("%1 refused the sign-in: %2").arg(m_app.provider, why);
    }
    return result;
}

} // namespace tp::cloud
