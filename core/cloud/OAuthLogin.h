#pragma once

#include "OAuthClient.h"

#include <functional>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace tp::cloud {

class LoopbackReceiver;

// Connecting an account the desktop way: a loopback listener on 127.0.0.1
// (LoopbackReceiver), PKCE S256 and a `state` from the system's random
// source, the provider's page in the system browser (through `browser`, so
// core needs no GUI and tests can play the browser), then the code
// exchanged for tokens on a worker. Ends with exactly one of succeeded or
// failed — also on timeout and cancel. Lives on a thread with an event loop.
class OAuthLogin : public QObject
{
    Q_OBJECT

public:
    using Browser = std::function<bool(const QUrl&)>;

    OAuthLogin(OAuthApp app, Browser browser, QObject* parent = nullptr);
    ~OAuthLogin() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Listens, opens the browser; false and why when it cannot begin.
    bool start(QString* error);
    void cancel();

    // The address the browser was sent to (for a "copy this link" fallback).
    QUrl authorizationUrl() const { return m_url; }

signals:
    void succeeded(const tp::cloud::OAuthTokens& tokens);
    void failed(const QString& error);

private:
    void onRedirected(const QUrlQuery& query);
    void finish(const QString& error);

    OAuthApp m_app;
    Browser m_browser;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_url;
    QString m_redirectUri;
    LoopbackReceiver* m_receiver = nullptr;
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
    QFutureWatcher<TokenResult> m_exchange;
    bool m_finished = false;
};

} // namespace tp::cloud
