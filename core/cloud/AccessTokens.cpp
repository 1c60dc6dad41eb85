#include "AccessTokens.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

namespace tp::cloud {

namespace {

struct Held
{
    QByteArray token;
    QDateTime expires;
};

// Access tokens by account (a hash of the app and the refresh token), in memory only.
QMutex s_mutex;
QHash<QByteArray, Held>& held()
{
    static QHash<QByteArray, Held> tokens;
    return tokens;
}

QByteArray accountKey(const OAuthApp& app, const QByteArray& refreshToken)
{
    const QByteArray account = app.tokenUrl.toEncoded() + '\n' + app.clientId.toUtf8() + '\n' + refreshToken;
    return QCryptographicHash::hash(account, QCryptographicHash::Sha256);
}

constexpr qint64 kRenewBeforeSecs = 60;

} // namespace

AccessTokens::AccessTokens(OAuthApp app, QByteArray refreshToken, Rotated rotated)
    : m_app(std::move(app))
    , m_refreshToken(std::move(refreshToken))
    , m_rotated(std::move(rotated))
{
}

void AccessTokens::forgetAll()
{
    QMutexLocker lock(&s_mutex);
    held().clear();
}

QByteArray AccessTokens::current(HttpClient* http, QString* error)
{
    {
        QMutexLocker lock(&s_mutex);
        const auto it = held().constFind(accountKey(m_app, m_refreshToken));
        if (it != held().constEnd()
            && (!it->expires.isValid()
                || QDateTime::currentDateTimeUtc().secsTo(it->expires) > kRenewBeforeSecs))
            return it->token;
    }
    return refreshNow(http, error);
}

QByteArray AccessTokens::renew(HttpClient* http, const QByteArray& stale, QString* error)
{
    {
        QMutexLocker lock(&s_mutex);
        const auto it = held().constFind(accountKey(m_app, m_refreshToken));
        if (it != held().constEnd() && it->token != stale)
            return it->token; // another request renewed it meanwhile
    }
    return refreshNow(http, error);
}

QByteArray AccessTokens::refreshNow(HttpClient* http, QString* error)
{
    if (m_deadGrant) {
        *error = tr("%1 needs to be connected again.").arg(m_app.provider);
        return {};
    }
    const TokenResult result = OAuthClient(m_app, http).refresh(m_refreshToken);
    if (!result.ok) {
        m_deadGrant = result.deadGrant;
        *error = result.error;
        return {};
    }
    const bool rotated = result.tokens.refreshToken != m_refreshToken;
    {
        QMutexLocker lock(&s_mutex);
        held().remove(accountKey(m_app, m_refreshToken));
        m_refreshToken = result.tokens.refreshToken;
        held().insert(accountKey(m_app, m_refreshToken),
                      { result.tokens.accessToken, result.tokens.expires });
    }
    // The keychain may take a moment: not under the lock every account shares.
    if (rotated && m_rotated)
        m_rotated(m_refreshToken);
    return result.tokens.accessToken;
}

HttpResponse AccessTokens::send(HttpClient* http, const std::function<HttpRequest()>& make,
                                const TransferProgress& progress, QString* error)
{
    QByteArray token = current(http, error);
    HttpResponse response;
    for (int attempt = 0; attempt < 2 && !token.isEmpty(); ++attempt) {
        response = http->sendRetrying(
            [&] {
                HttpRequest r = make();
                r.headers.append(HttpHeaders::value_type("Authorization", "Bearer " + token));
                return r;
            },
            progress);
        if (response.status != 401)
            return response;
        if (attempt == 0)
            token = renew(http, token, error);
    }
    if (token.isEmpty()) {
        response = HttpResponse();
        response.status = 401;
    }
    return response;
}

} // namespace tp::cloud
