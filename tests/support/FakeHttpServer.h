#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace tp::test {

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request as a fake provider sees it.
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    FakeHeaders headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
};

// What a fake provider answers.
struct FakeReply
{
    int status = 200;
    QByteArray reason; // empty: the usual one
    FakeHeaders headers;
    QByteArray body;
    bool drop = false; // close the connection without an answer (a dropped connection)

    static FakeReply json(int status, const QJsonObject& body);
    static FakeReply text(int status, const QByteArray& body);
};

// The ground of the in-process fakes of cloud providers that have no public
// test server (Dropbox, Google Drive): a Qt HTTP server on 127.0.0.1 on a
// thread of its own — the repository under test blocks the test's thread —
// that hands each request to handle() under the fake's mutex, logs it, and
// can be told to answer chosen requests otherwise (429, 503, a drop).
class FakeHttpServer
{
public:
    FakeHttpServer();
    virtual ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer&) = delete;
    FakeHttpServer& operator=(const FakeHttpServer&) = delete;

    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // The next `count` requests whose "METHOD /path" matches `pattern` get
    // `reply` instead of the fake's own answer.
    void inject(const QString& pattern, const FakeReply& reply, int count = 1);
    // "METHOD /path", in the order they came.
    QStringList requests() const;
    void clearRequests();

    // Called on the server's thread with mutex() held.
    FakeReply dispatch(const FakeRequest& request);

protected:
    // Derived fakes call this at the end of their constructor, and stop()
    // at the start of their destructor (handle() is theirs).
    void start();
    void stop();
    virtual FakeReply handle(const FakeRequest& request) = 0;
    QMutex& mutex() const { return m_mutex; }

private:
    struct Injected
    {
        QRegularExpression pattern;
        FakeReply reply;
        int count;
    };
    mutable QMutex m_mutex;
    QList<Injected> m_injected;
    QStringList m_requests;
    QThread m_thread;
    int m_port = 0;
};

} // namespace tp::test
