#pragma once

#include "HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

namespace tp::cloud {

// One provider's OAuth 2 application as the app uses it: where the user
// grants access and where codes become tokens, the app's id (and, for
// Google's Desktop clients only, the "secret" Google requires although an
// installed app cannot keep it), what is asked for.
struct OAuthApp
{
    QString provider; // "Dropbox", "Google Drive" — for messages
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // empty for PKCE-only apps (Dropbox)
    QString scope; // empty: the app's registered scope
    QList<QPair<QString, QString>> extraAuthorizeParams; // token_access_type=offline, access_type=offline…
    int loopbackPort = 0; // 0: any free port (RFC 8252); else the port the app registered
};

struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the server kept the old one
    QDateTime expires; // UTC; invalid when the server did not say
};

// What the token endpoint answered.
struct TokenResult
{
    bool ok = false;
    OAuthTokens tokens;
    QString error; // a sentence for a practitioner
    // The grant is gone (invalid_grant: revoked, expired, or the password
    // changed): only connecting again helps.
    bool deadGrant = false;
};

// PKCE (RFC 7636) with S256, and the `state` that ties an answer to its
// request; from the system's random source.
struct Pkce
{
    QByteArray verifier; // 43 characters of base64url
    QByteArray challenge; // base64url(SHA-256(verifier))

    static Pkce generate();
    static QByteArray challengeOf(const QByteArray& verifier);
    static QByteArray randomState();
};

// The two calls to a token endpoint — code → tokens, refresh → tokens —
// blocking, for a worker or the CLI.
//
// Written here rather than taken from Qt Network Authorization: in Qt 6.4
// QOAuth2AuthorizationCodeFlow has no PKCE, its QOAuthHttpServerReplyHandler
// listens on every interface rather than on 127.0.0.1 only, and an error
// answer from the token endpoint is dropped without telling the caller —
// so a revoked grant could not become "Reconnect needed". The exchange is
// a form POST and a JSON answer (RFC 6749 §4.1.3, §6), sent over the
// providers' own HttpClient.
class OAuthClient
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::OAuthClient)

public:
    OAuthClient(OAuthApp app, HttpClient* http);

    const OAuthApp& app() const { return m_app; }

    // The page the browser opens.
    QUrl authorizationUrl(const QString& redirectUri, const QByteArray& state,
                          const QByteArray& challenge) const;

    TokenResult exchange(const QByteArray& code, const QByteArray& verifier, const QString& redirectUri);
    TokenResult refresh(const QByteArray& refreshToken);

    // A token endpoint's answer read (public for the tests).
    TokenResult readAnswer(const HttpResponse& response) const;

private:
    TokenResult post(const QList<QPair<QString, QString>>& form);

    OAuthApp m_app;
    HttpClient* m_http;
};

} // namespace tp::cloud

Q_DECLARE_METATYPE(tp::cloud::OAuthTokens)
