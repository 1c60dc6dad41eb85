#include "FakeHttpServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTcpSocket>

namespace tp::test {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

class Server final : public QAbstractHttpServer
{
public:
    explicit Server(FakeHttpServer* owner)
        : m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        FakeRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        const FakeReply reply = m_owner->dispatch(r);
        if (reply.drop) {
            socket->abort();
            return true;
        }
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
            + (reply.reason.isEmpty() ? reasonOf(reply.status) : reply.reason) + "\r\n";
        for (const auto& [name, value] : reply.headers)
            raw += name + ": " + value + "\r\n";
        raw += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        if (r.method != "HEAD")
            raw += reply.body;
        socket->write(raw);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override { socket->abort(); }

private:
    FakeHttpServer* m_owner;
};

} // namespace

QByteArray FakeRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeReply FakeReply::json(int status, const QJsonObject& body)
{
    FakeReply reply;
    reply.status = status;
    reply.headers = { { "Content-Type", "application/json" } };
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

FakeReply FakeReply::text(int status, const QByteArray& body)
{
    FakeReply reply;
    reply.status = status;
    reply.headers = { { "Content-Type", "text/plain; charset=utf-8" } };
    reply.body = body;
    return reply;
}

FakeHttpServer::FakeHttpServer() = default;

FakeHttpServer::~FakeHttpServer()
{
    stop();
}

void FakeHttpServer::start()
{
    QSemaphore ready;
    QObject::connect(&m_thread, &QThread::started, [&] {
        auto* server = new Server(this); // lives on the fake's thread
        m_port = server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_thread, &QThread::finished, [server] { delete server; });
        ready.release();
    });
    m_thread.start();
    ready.acquire();
}

void FakeHttpServer::stop()
{
    m_thread.quit();
    m_thread.wait();
}

void FakeHttpServer::inject(const QString& pattern, const FakeReply& reply, int count)
{
    QMutexLocker lock(&m_mutex);
    m_injected.append({ QRegularExpression(pattern), reply, count });
}

QStringList FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void FakeHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

FakeReply FakeHttpServer::dispatch(const FakeRequest& request)
{
    QMutexLocker lock(&m_mutex);
    const QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    m_requests << line;
    for (auto it = m_injected.begin(); it != m_injected.end(); ++it) {
        if (it->count != 0 && it->pattern.match(line).hasMatch()) {
            const FakeReply reply = it->reply;
            if (it->count > 0 && --it->count == 0)
                m_injected.erase(it);
            return reply;
        }
    }
    return handle(request);
}

} // namespace tp::test
