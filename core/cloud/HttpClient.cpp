#include "HttpClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace tp::cloud {

namespace {

// A part of a file as a random-access device, so that QNetworkAccessManager
// reads the body in small pieces (and can rewind it) instead of holding it.
class FileRangeDevice final : public QIODevice
{
public:
    FileRangeDevice(const QString& path, qint64 offset, qint64 length)
        : m_file(path)
        , m_offset(offset)
        , m_length(length)
    {
    }
    bool open(OpenMode mode) override
    {
        if (!m_file.open(QIODevice::ReadOnly) || m_file.size() < m_offset + m_length) {
            setErrorString(m_file.errorString());
            return false;
        }
        return QIODevice::open(mode);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override { return pos >= 0 && pos <= m_length && QIODevice::seek(pos); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 left = m_length - pos();
        if (left <= 0)
            return 0;
        if (!m_file.seek(m_offset + pos()))
            return -1;
        return m_file.read(data, qMin(left, maxSize));
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset, m_length;
};

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the idle timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
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
    return status == 408 || status == 429 || (status >= 500 && status != 501);
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
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
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
    : m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::send(const HttpRequest& request, const TransferProgress& progress)
{
    HttpResponse response;
    if (progress.progress && progress.progress->isCanceled()) {
        response.canceled = true;
        response.networkError = tr("Cancelled.");
        return response;
    }
    QNetworkRequest net(request.url);
    for (const auto& [name, value] : request.headers)
        net.setRawHeader(name, value);
    net.setTransferTimeout(request.idleTimeoutMs);
    net.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    std::unique_ptr<FileRangeDevice> body;
    if (!request.bodyFile.isEmpty()) {
        body = std::make_unique<FileRangeDevice>(request.bodyFile, request.bodyOffset, request.bodyLength);
        if (!body->open(QIODevice::ReadOnly)) {
            response.networkError = tr("%1 cannot be read: %2").arg(request.bodyFile, body->errorString());
            response.sinkFailed = true; // not worth retrying
            return response;
        }
        net.setHeader(QNetworkRequest::ContentLengthHeader, request.bodyLength);
    } else if (!request.body.isEmpty() || request.method == "PUT" || request.method == "POST") {
        net.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    }

    QNetworkReply* reply = request.method == "HEAD" ? m_network->head(net)
        : body ? m_network->sendCustomRequest(net, request.method, body.get())
               : m_network->sendCustomRequest(net, request.method, request.body);
    QEventLoop loop;
    bool toSink = false, statusKnown = false;
    auto learnStatus = [&] {
        if (statusKnown)
            return;
        const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!code.isValid())
            return;
        statusKnown = true;
        response.status = code.toInt();
        toSink = request.sink && response.status >= 200 && response.status < 300;
    };
    auto fail = [&](const QString& why, bool sinkFailed) {
        response.networkError = why;
        response.sinkFailed = sinkFailed;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, learnStatus);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        learnStatus();
        const QByteArray chunk = reply->readAll();
        if (toSink) {
            if (request.sink->write(chunk) != chunk.size())
                fail(request.sink->errorString(), true);
        } else if (response.body.size() + chunk.size() > request.maxBody) {
            fail(tr("The server's answer is larger than expected."), true);
        } else {
            response.body += chunk;
        }
    });
    if (progress.progress) {
        auto report = [&](qint64 done, qint64) {
            progress.progress->report(progress.base + done, progress.total, progress.what);
            if (progress.progress->isCanceled() && !response.canceled) {
                response.canceled = true;
                reply->abort();
            }
        };
        if (body)
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, report);
        if (request.sink)
            QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, report);
    }
    QTimer cancelCheck;
    cancelCheck.setInterval(100);
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (progress.progress && progress.progress->isCanceled()) {
            response.canceled = true;
            reply->abort();
        }
    });
    cancelCheck.start();
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    learnStatus();
    if (!response.sinkFailed && !response.canceled) {
        const QByteArray rest = reply->readAll();
        if (toSink && !rest.isEmpty() && request.sink->write(rest) != rest.size()) {
            response.networkError = request.sink->errorString();
            response.sinkFailed = true;
        } else if (!toSink) {
            response.body += rest.left(request.maxBody - response.body.size());
        }
    }
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers << qMakePair(name, value);
    const QNetworkReply::NetworkError error = reply->error();
    // An HTTP error status is an answer, not a network failure.
    if (response.networkError.isEmpty() && error != QNetworkReply::NoError && !statusKnown)
        response.networkError = reply->errorString();
    if (response.networkError.isEmpty() && statusKnown && error != QNetworkReply::NoError
        && isTransientNetworkError(error))
        response.networkError = reply->errorString(); // the answer broke off (or went quiet)
    if (response.canceled)
        response.networkError = tr("Cancelled.");
    if (!response.networkError.isEmpty() && !response.canceled && !response.sinkFailed
        && !isTransientNetworkError(error))
        response.sinkFailed = true; // e.g. a certificate refused: trying again will not help
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::sendRetrying(const std::function<HttpRequest()>& make,
                                      const TransferProgress& progress,
                                      const std::function<void()>& beforeRetry)
{
    HttpResponse last;
    for (int attempt = 1; attempt <= m_policy.attempts; ++attempt) {
        if (attempt > 1) {
            if (!waitUnlessCanceled(m_policy.delayMs(attempt, last), progress.progress)) {
                last.canceled = true;
                last.networkError = tr("Cancelled.");
                return last;
            }
            if (beforeRetry)
                beforeRetry();
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

QString HttpClient::describe(const HttpResponse& response)
{
    if (!response.networkError.isEmpty())
        return response.networkError;
    return tr("The server answered %1.").arg(response.status);
}

} // namespace tp::cloud
