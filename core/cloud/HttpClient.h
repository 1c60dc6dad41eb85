#pragma once

#include "util/Progress.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

class QIODevice;

namespace tp::cloud {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body; // a small body, sent from memory
    // A large body, streamed from this part of a file (Content-Length set here).
    QString bodyFile;
    qint64 bodyOffset = 0;
    qint64 bodyLength = 0;
    // Where a successful (2xx) answer's body goes, as it arrives; any other
    // answer's body is collected (up to maxBody) to read the error from.
    QIODevice* sink = nullptr;
    qint64 maxBody = 8 * 1024 * 1024; // an answer beyond this is refused (untrusted bytes)
    int idleTimeoutMs = 60000; // nothing sent or received for this long: the attempt fails
};

struct HttpResponse
{
    int status = 0; // 0: no answer
    QString networkError; // why there was no (whole) answer
    bool canceled = false;
    bool sinkFailed = false; // the answer could not be written where it was to go
    // The SHA-256 (hex) of the file body's bytes as they were sent, when
    // they were read once from start to end; else empty.
    QByteArray sentSha256;
    HttpHeaders headers;
    QByteArray body;

    bool ok() const { return status >= 200 && status < 300 && networkError.isEmpty(); }
    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    // A failure worth trying again: the connection broke or timed out, or the
    // server said 408, 423 (locked), 429 or 5xx (not 501).
    bool transient() const;
    // Retry-After (seconds or an HTTP date) in milliseconds; -1 when absent.
    qint64 retryAfterMs() const;
};

// How often and how patiently a transient failure is retried: exponential
// backoff with full jitter (AWS's "Exponential Backoff And Jitter"), or the
// server's Retry-After when it sends one (capped).
struct RetryPolicy
{
    int attempts = 7;
    int baseMs = 1000;
    int capMs = 60000;
    qint64 maxRetryAfterMs = 10 * 60 * 1000;
    // The wait before attempt `attempt` (2, 3, …) after `last`.
    qint64 delayMs(int attempt, const HttpResponse& last) const;
};

// What a transfer reports its bytes against: `base` + bytes of this request,
// of `total`, saying `what`.
struct TransferProgress
{
    Progress* progress = nullptr;
    qint64 base = 0;
    qint64 total = -1;
    QString what;
};

// Blocking HTTP for the providers, which run on a worker, over libcurl:
// its callbacks give flow control both ways — an upload reads the file as
// the connection takes it, a download is written as it arrives and the
// socket is not read further meanwhile — so memory stays flat whatever the
// size. (QNetworkAccessManager was tried first: in Qt 6.4 its network
// thread reads ahead of a slow consumer without bound, whatever
// setReadBufferSize says, and a 300 MB download held 200 MB.) One
// connection is kept and reused between requests; redirects are never
// followed (a signed request must not wander); a cancel through the
// Progress stops the transfer at once; nothing sent or received for
// idleTimeoutMs fails the attempt.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::HttpClient)

public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    const RetryPolicy& retryPolicy() const { return m_policy; }

    HttpResponse send(const HttpRequest& request, const TransferProgress& progress = {});

    // Sends what `make` builds — anew for each attempt, since a signature
    // carries the time — until an answer that is not transient, the
    // attempts are spent or the transfer is cancelled.
    HttpResponse sendRetrying(const std::function<HttpRequest()>& make,
                              const TransferProgress& progress = {});

    // Waits `ms`, waking early to return false when cancelled.
    static bool waitUnlessCanceled(qint64 ms, Progress* progress);

    // An HTTP date ("Thu, 03 Dec 2026 17:43:33 GMT", RFC 7231) in UTC;
    // invalid when it is none. Qt's RFC 2822 reading wants "+0000" for GMT.
    static QDateTime parseHttpDate(QString text);

    // "The server said 503 (Service Unavailable)." / the network's words.
    static QString describe(const HttpResponse& response);

private:
    void* m_curl = nullptr; // CURL*, kept for its connection
    RetryPolicy m_policy;
};

} // namespace tp::cloud
