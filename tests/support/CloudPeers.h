#pragma once

#include "cloud/HttpClient.h"

#include <memory>
#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

class QTcpSocket;

namespace tp::test {

// A file of `size` random bytes in `folder`, named uniquely; its path.
QString randomFile(const QString& folder, qint64 size);
// The SHA-256 (hex) of a file.
QByteArray sha256Of(const QString& path);

// Retries as a provider's, but quick (20 ms, at most 200 ms apart), for tests.
cloud::RetryPolicy fastRetries();

// A port nobody listens on right now.
int freePort();
// Waits until something accepts connections on 127.0.0.1:`port`.
bool waitForPort(int port, int timeoutMs);

// s3rver (tests/peers, installed from the lock file by scripts/bootstrap.sh)
// on loopback, with one bucket, its data in `folder`. It checks Signature
// V4 with its own keys S3RVER / S3RVER.
class S3Peer
{
public:
    static constexpr const char* kKeyId = "S3RVER";
    static constexpr const char* kSecret = "S3RVER";

    S3Peer(const QString& folder, const QString& bucket);
    ~S3Peer();
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString folder() const { return m_folder; }
    // The multipart uploads s3rver still holds (not completed) of keys starting with `keyPrefix`.
    // s3rver does not implement AbortMultipartUpload: an aborted one stays counted.
    int pendingUploads(const QString& keyPrefix = {}) const;

private:
    QString m_folder;
    QString m_bucket;
    int m_port = 0;
    bool m_running = false;
    QProcess m_process;
};

// rclone serve webdav (Debian's rclone, scripts/bootstrap.sh) on loopback,
// serving `folder` to one user.
class WebDavPeer
{
public:
    static constexpr const char* kUser = "astrologer";
    static constexpr const char* kPassword = "saturn return";

    explicit WebDavPeer(const QString& folder);
    ~WebDavPeer();
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    int m_port = 0;
    bool m_running = false;
    QProcess m_process;
};

// oauth2-mock-server (tests/peers) on loopback through
// tests/support/oauth_server.js: authorize and token endpoints with PKCE,
// rotated refresh tokens, revocation on request, access tokens that live
// `tokenSeconds`.
class OAuthPeer
{
public:
    explicit OAuthPeer(int tokenSeconds = 3600);
    ~OAuthPeer();
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QUrl url(const QString& path) const;
    // Every refresh token handed out so far is revoked.
    bool revokeAll();
    // How many tokens of this grant type ("authorization_code", "refresh_token") were given.
    int grants(const QString& type);

private:
    void readOutput();
    int m_port = 0;
    bool m_running = false;
    QProcess m_process;
    QStringList m_lines;
};

// A TCP proxy between a client and a peer, on a thread of its own (the
// client under test blocks the test's thread). It cuts connections after a
// given number of bytes, answers chosen requests itself, and logs the
// request lines it saw. Its methods may be called from the test's thread.
class FaultProxy
{
public:
    explicit FaultProxy(int upstreamPort);
    ~FaultProxy();
    int port() const { return m_port; }

    // Cut the connection once each time this many more bytes (either way)
    // have passed, `times` times (-1: for ever); 0 bytes = never.
    void cutEvery(qint64 bytes, int times = -1);
    // The next `count` requests whose request line matches `pattern` get
    // `response` (a whole raw HTTP answer) instead of the peer's.
    void answer(const QString& pattern, const QByteArray& response, int count = 1);
    // Request lines ("PUT /bucket/key?partNumber=1&uploadId=… HTTP/1.1").
    QStringList requests() const;
    QStringList headersSeen() const;
    int cuts() const;

    struct Canned
    {
        QRegularExpression pattern;
        QByteArray response;
        int count;
    };
    // What the proxy's thread and the test share, under `mutex`.
    struct State
    {
        mutable QMutex mutex;
        qint64 cutEvery = 0, sinceCut = 0;
        int cutsLeft = -1;
        int cuts = 0;
        QList<Canned> canned;
        QStringList requests, headers;
    };

private:
    State m_state;
    QThread m_thread;
    QObject* m_core = nullptr;
    int m_port = 0;
};

} // namespace tp::test
