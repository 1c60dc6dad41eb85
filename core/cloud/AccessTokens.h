#pragma once

#include "OAuthClient.h"

#include <functional>

namespace tp::cloud {

// The access tokens of one connected account, for its repository's worker:
// the refresh token comes from the keychain (and goes back there when the
// provider hands out a new one); access tokens live in memory only — shared
// by the repositories of the same account in this process — and are
// renewed a minute before they expire and after a 401. A refused refresh
// (invalid_grant) marks the account "reconnect needed".
class AccessTokens
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::AccessTokens)

public:
    using Rotated = std::function<void(const QByteArray& refreshToken)>;

    AccessTokens(OAuthApp app, QByteArray refreshToken, Rotated rotated = {});

    // A token to send now; empty and why when none can be had.
    QByteArray current(HttpClient* http, QString* error);
    // A new token, after the store refused `stale` (401).
    QByteArray renew(HttpClient* http, const QByteArray& stale, QString* error);
    bool needsReconnect() const { return m_deadGrant; }

    // Sends what `make` builds with "Authorization: Bearer …", retried as
    // HttpClient::sendRetrying does; a 401 renews the token and sends once
    // more. When no token can be had the answer is a 401 and `error` says why.
    HttpResponse send(HttpClient* http, const std::function<HttpRequest()>& make,
                      const TransferProgress& progress, QString* error);

    // Forgets every access token held in memory (tests; disconnecting).
    static void forgetAll();

private:
    QByteArray refreshNow(HttpClient* http, QString* error);

    OAuthApp m_app;
    QByteArray m_refreshToken;
    Rotated m_rotated;
    bool m_deadGrant = false;
};

} // namespace tp::cloud
