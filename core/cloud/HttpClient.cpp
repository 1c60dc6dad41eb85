#include "HttpClient.h"

#include "crypto/Sha256.h"

#include <curl/curl.h>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

namespace tp::cloud {

namespace {

// What the callbacks of one transfer share.
struct Transfer
{
    const HttpRequest* request = nullptr;
    const TransferProgress* progress = nullptr;
    HttpResponse* response = nullptr;
    CURL* curl = nullptr;
    // The body: from memory, or from a part of a file, hashed as it goes out.
    QFile file;
    qint64 sent = 0;
    std::unique_ptr<crypto::Sha256> hash = std::make_unique<crypto::Sha256>();
    bool rewound = false;
    bool tooLarge = false;

    qint64 bodyLength() const
    {
        return request->bodyFile.isEmpty() ? request->body.size() : request->bodyLength;
    }
};

size_t readBody(char* buffer, size_t size, size_t count, void* userData)
{
    auto* t = static_cast<Transfer*>(userData);
    const qint64 want = qMin<qint64>(qint64(size * count), t->bodyLength() - t->sent);
    if (want <= 0)
        return 0;
    qint64 got = 0;
    if (t->request->bodyFile.isEmpty()) {
        memcpy(buffer, t->request->body.constData() + t->sent, size_t(want));
        got = want;
    } else {
        if (!t->file.seek(t->request->bodyOffset + t->sent))
            return CURL_READFUNC_ABORT;
        got = t->file.read(buffer, want);
        if (got <= 0)
            return CURL_READFUNC_ABORT;
        t->hash->addData(QByteArrayView(buffer, got));
    }
    t->sent += got;
    return size_t(got);
}

int seekBody(void* userData, curl_off_t offset, int origin)
{
    auto* t = static_cast<Transfer*>(userData);
    if (origin != SEEK_SET || offset != 0)
        return CURL_SEEKFUNC_CANTSEEK;
    t->sent = 0; // sent again from the start: hashed again
    t->hash = std::make_unique<crypto::Sha256>();
    return CURL_SEEKFUNC_OK;
}

size_t writeAnswer(char* data, size_t size, size_t count, void* userData)
{
    auto* t = static_cast<Transfer*>(userData);
    const qint64 length = qint64(size * count);
    long status = 0;
    curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    if (t->request->sink && status >= 200 && status < 300) {
        if (t->request->sink->write(data, length) != length) {
            t->response->sinkFailed = true;
            t->response->networkError = t->request->sink->errorString();
            return 0;
        }
        return size_t(length);
    }
    if (t->response->body.size() + length > t->request->maxBody) {
        t->tooLarge = true;
        return 0;
    }
    t->response->body.append(data, length);
    return size_t(length);
}

size_t readHeader(char* data, size_t size, size_t count, void* userData)
{
    auto* t = static_cast<Transfer*>(userData);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response->headers.clear(); // a new answer (after 100 Continue, say)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0 && t->response->headers.size() < 200) {
        t->response->headers << qMakePair(line.left(colon).trimmed(),
                                          line.mid(colon + 1).trimmed().left(8192));
    }
    return size * count;
}

int onProgress(void* userData, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t uploaded)
{
    auto* t = static_cast<Transfer*>(userData);
    Progress* progress = t->progress->progress;
    if (!progress)
        return 0;
    const qint64 done = t->request->sink ? qint64(downloaded) : qint64(uploaded);
    if (done > 0)
        progress->report(t->progress->base + done, t->progress->total, t->progress->what);
    return progress->isCanceled() ? 1 : 0;
}

// Whether a transfer that failed this way may work when tried again.
bool isTransient(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponse::transient() const
{
    if (canceled || sinkFailed)
        return false;
    if (status == 0 || !networkError.isEmpty())
        return true; // no answer, or one that broke off
    // 423: a WebDAV server still holds the file an upload broke off from.
    return status == 408 || status == 423 || status == 429 || (status >= 500 && status != 501);
}

qint64 HttpResponse::retryAfterMs() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number)
        return qMax<qint64>(0, seconds) * 1000;
    const QDateTime at = HttpClient::parseHttpDate(QString::fromLatin1(value));
    if (!at.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

qint64 RetryPolicy::delayMs(int attempt, const HttpResponse& last) const
{
    const qint64 asked = last.retryAfterMs();
    if (asked >= 0)
        return qMin(asked, maxRetryAfterMs);
    const qint64 ceiling = qMin<qint64>(capMs, qint64(baseMs) << qMin(attempt - 2, 20));
    return QRandomGenerator::system()->bounded(ceiling + 1);
}

HttpClient::HttpClient()
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; // once, thread-safe
    if (initialised)
        m_curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

HttpResponse HttpClient::send(const HttpRequest& request, const TransferProgress& progress)
{
    HttpResponse response;
    if (progress.progress && progress.progress->isCanceled()) {
        response.canceled = true;
        response.networkError = tr("Cancelled.");
        return response;
    }
    auto* curl = static_cast<CURL*>(m_curl);
    if (!curl) {
        response.networkError = tr("The network library could not be started.");
        response.sinkFailed = true;
        return response;
    }
    Transfer t;
    t.request = &request;
    t.progress = &progress;
    t.response = &response;
    t.curl = curl;
    t.file.setFileName(request.bodyFile);
    if (!request.bodyFile.isEmpty()
        && (!t.file.open(QIODevice::ReadOnly) || t.file.size() < request.bodyOffset + request.bodyLength)) {
        response.networkError = tr("%1 cannot be read: %2").arg(request.bodyFile, t.file.errorString());
        response.sinkFailed = true; // not worth retrying
        return response;
    }
    curl_easy_reset(curl); // the connection stays in the handle's cache
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(request.idleTimeoutMs, 30000)));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(qMax(1, request.idleTimeoutMs / 1000)));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024);
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 256L * 1024);
    const bool hasBody = !request.bodyFile.isEmpty() || !request.body.isEmpty() || request.method == "PUT"
        || request.method == "POST";
    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (hasBody) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.bodyLength()));
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(curl, CURLOPT_READDATA, &t);
        curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, seekBody);
        curl_easy_setopt(curl, CURLOPT_SEEKDATA, &t);
    }
    if (request.method != "GET" && request.method != "HEAD")
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    curl_slist* headers = curl_slist_append(nullptr, "Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeAnswer);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    if (!request.bodyFile.isEmpty() && t.sent == request.bodyLength)
        response.sentSha256 = t.hash->hexResult();
    if (code == CURLE_ABORTED_BY_CALLBACK) {
        response.canceled = true;
        response.networkError = tr("Cancelled.");
    } else if (t.tooLarge) {
        response.networkError = tr("The server's answer is larger than expected.");
        response.sinkFailed = true;
    } else if (code == CURLE_WRITE_ERROR || code == CURLE_READ_ERROR) {
        response.sinkFailed = true;
        if (response.networkError.isEmpty())
            response.networkError = code == CURLE_READ_ERROR
                ? tr("%1 cannot be read: %2").arg(request.bodyFile, t.file.errorString())
                : QString::fromUtf8(errorText);
    } else if (code != CURLE_OK) {
        response.networkError = QString::fromUtf8(*errorText ? errorText : curl_easy_strerror(code));
        if (!isTransient(code))
            response.sinkFailed = true; // e.g. a certificate refused: trying again will not help
    }
    return response;
}

HttpResponse HttpClient::sendRetrying(const std::function<HttpRequest()>& make,
                                      const TransferProgress& progress)
{
    HttpResponse last;
    for (int attempt = 1; attempt <= m_policy.attempts; ++attempt) {
        if (attempt > 1) {
            if (!waitUnlessCanceled(m_policy.delayMs(attempt, last), progress.progress)) {
                last.canceled = true;
                last.networkError = tr("Cancelled.");
                return last;
            }
        }
        last = send(make(), progress);
        if (!last.transient())
            return last;
    }
    return last;
}

bool HttpClient::waitUnlessCanceled(qint64 ms, Progress* progress)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms) {
        if (progress && progress->isCanceled())
            return false;
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(50, ms - waited.elapsed())));
    }
    return !(progress && progress->isCanceled());
}

QDateTime HttpClient::parseHttpDate(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(3) + QStringLiteral("+0000");
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

QString HttpClient::describe(const HttpResponse& response)
{
    if (!response.networkError.isEmpty())
        return response.networkError;
    return tr("The server answered %1.").arg(response.status);
}

} // namespace tp::cloud
