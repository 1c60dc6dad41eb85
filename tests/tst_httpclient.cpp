// The HTTP client every provider goes through, against a small fake server
// on loopback: where an answer cannot go, an answer too large, a body file
// that cannot be read, Retry-After as a date, and a cancel before the
// request and while waiting to try again.
#include "cloud/HttpClient.h"
#include "FakeHttpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace tp;
using cloud::HttpClient;
using cloud::HttpRequest;
using cloud::HttpResponse;

namespace {

class PlainFake final : public test::FakeHttpServer
{
public:
    PlainFake() { start(); }
    ~PlainFake() override { stop(); }

protected:
    test::FakeReply handle(const test::FakeRequest& request) override
    {
        if (request.path == QLatin1String("/big"))
            return test::FakeReply::text(200, QByteArray(4096, 'x'));
        if (request.path == QLatin1String("/busy"))
            return { 503, {}, { { "Retry-After", "5" } }, "try later" };
        return test::FakeReply::text(200, "fine");
    }
};

// Asks to stop once `afterMs` have passed (test::CancelAfter counts work
// done, and a wait between attempts reports none).
struct CancelLater final : Progress
{
    explicit CancelLater(qint64 ms)
        : afterMs(ms)
    {
        clock.start();
    }
    void report(qint64, qint64, const QString&) override { }
    bool isCanceled() const override { return clock.elapsed() >= afterMs; }
    qint64 afterMs;
    QElapsedTimer clock;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    PlainFake m_server;

    HttpRequest get(const QString& path) const
    {
        HttpRequest r;
        r.url = m_server.url().resolved(QUrl(path));
        return r;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void answersThatCannotBeTaken()
    {
        HttpClient client;
        HttpResponse r = client.send(get("/small"));
        QVERIFY2(r.ok(), qPrintable(HttpClient::describe(r)));
        QCOMPARE(r.body, QByteArray("fine"));

        HttpRequest big = get("/big");
        big.maxBody = 1000;
        r = client.send(big);
        QVERIFY(!r.ok() && r.sinkFailed);
        QCOMPARE(HttpClient::describe(r), QString("The server's answer is larger than expected."));

        QFile readOnly(m_dir.path("read-only.bin"));
        QVERIFY(readOnly.open(QIODevice::WriteOnly));
        readOnly.close();
        QVERIFY(readOnly.open(QIODevice::ReadOnly)); // writing into it fails
        big = get("/big");
        big.sink = &readOnly;
        r = client.send(big);
        QVERIFY(!r.ok() && r.sinkFailed && !r.transient());

        HttpRequest upload = get("/upload");
        upload.method = "PUT";
        upload.bodyFile = m_dir.path("no-such-file.bin");
        upload.bodyLength = 10;
        r = client.send(upload);
        QVERIFY(r.sinkFailed);
        QVERIFY2(HttpClient::describe(r).contains("no-such-file.bin cannot be read"),
                 qPrintable(HttpClient::describe(r)));
        QVERIFY(m_server.requests().filter("/upload").isEmpty()); // nothing was sent

        HttpResponse answered;
        answered.status = 404;
        QCOMPARE(HttpClient::describe(answered), QString("The server answered 404."));
    }

    void retryAfterAsADate()
    {
        HttpResponse r;
        r.status = 503;
        QCOMPARE(r.retryAfterMs(), -1);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(30);
        r.headers = { { "Retry-After",
                        QLocale::c().toString(soon, "ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1() } };
        QVERIFY2(r.retryAfterMs() > 25000 && r.retryAfterMs() <= 30000,
                 qPrintable(QString::number(r.retryAfterMs())));
        r.headers = { { "Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT" } };
        QCOMPARE(r.retryAfterMs(), 0); // a date gone by: at once
        r.headers = { { "Retry-After", "after lunch" } };
        QCOMPARE(r.retryAfterMs(), -1);
    }

    void cancelledBeforeAndWhileWaiting()
    {
        HttpClient client;
        m_server.clearRequests();
        test::CancelAfter already(0);
        HttpResponse r = client.send(get("/small"), { &already, 0, -1, {} });
        QVERIFY(r.canceled);
        QVERIFY(m_server.requests().isEmpty());

        // The server says to come back in 5 s; a cancel 0.3 s later ends the wait.
        CancelLater soon(300);
        QElapsedTimer clock;
        clock.start();
        r = client.sendRetrying([&] { return get("/busy"); }, { &soon, 0, -1, {} });
        QVERIFY(r.canceled);
        QCOMPARE(HttpClient::describe(r), QString("Cancelled."));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
