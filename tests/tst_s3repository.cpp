// The S3 repository against a real S3 server (s3rver, which also checks the
// signatures with its own keys) on loopback, with faults put in by a proxy.
#include "cloud/S3Repository.h"
#include "cloud/S3Xml.h"
#include "CloudPeers.h"
#include "crypto/Sha256.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace tp;
using namespace tp::cloud;

using test::CancelAfter;

namespace {

QByteArray fileHash(const QString& path)
{
    return test::sha256Of(path);
}

} // namespace

class TestS3Repository : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<test::S3Peer> m_peer;

    S3Config config(int port, const QString& prefix = "backups") const
    {
        S3Config c;
        c.endpoint = QUrl(QString("http://127.0.0.1:%1").arg(port));
        c.bucket = "practice";
        c.prefix = prefix;
        c.pathStyle = true;
        c.partSize = 5 * 1024 * 1024;
        c.multipartThreshold = 6 * 1024 * 1024;
        return c;
    }
    std::unique_ptr<S3Repository> repository(int port, const QString& prefix = "backups",
                                             const QByteArray& secret = test::S3Peer::kSecret)
    {
        auto r = std::make_unique<S3Repository>(config(port, prefix),
                                                S3Credentials{ test::S3Peer::kKeyId, secret });
        r->http().setRetryPolicy(test::fastRetries());
        return r;
    }
    QString randomFile(qint64 size) const { return test::randomFile(m_dir.path(""), size); }
    QStringList names(S3Repository& r)
    {
        QList<RemoteFile> files;
        QString error;
        if (!r.list(&files, nullptr, &error))
            return { "failed: " + error };
        QStringList out;
        for (const RemoteFile& f : files)
            out << f.name;
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_peer = std::make_unique<test::S3Peer>(m_dir.path("s3"), "practice");
        QVERIFY2(m_peer->isRunning(),
                 "s3rver did not start (scripts/bootstrap.sh installs it into tests/peers)");
    }

    void connectionTestChecksTheKeys()
    {
        QString error;
        QVERIFY2(repository(m_peer->port())->test(&error), qPrintable(error));
        // s3rver knows its key ids (it does not recompute V4 signatures:
        // tst_s3signer checks those against AWS's examples).
        auto stranger = std::make_unique<S3Repository>(config(m_peer->port()),
                                                       S3Credentials{ "AKIASTRANGER", "secret" });
        QVERIFY(!stranger->test(&error));
        QVERIFY2(error.contains("access key id is not known"), qPrintable(error));
        auto other = std::make_unique<S3Repository>(
            [&] {
                S3Config c = config(m_peer->port());
                c.bucket = "nobucket";
                return c;
            }(),
            S3Credentials{ test::S3Peer::kKeyId, test::S3Peer::kSecret });
        QVERIFY(!other->test(&error));
        QVERIFY2(error.contains("there is no bucket nobucket"), qPrintable(error));
        // Nobody listening: said after the retries.
        auto nobody = repository(test::freePort());
        QVERIFY(!nobody->test(&error));
        QVERIFY2(error.contains("could not be reached"), qPrintable(error));
    }

    void putListGetRemove()
    {
        auto r = repository(m_peer->port(), "small");
        const QString file = randomFile(300 * 1024);
        const QByteArray hash = fileHash(file);
        QString error;
        QVERIFY2(r->put(file, "TheProgram_one été.tpbak", hash, nullptr, &error), qPrintable(error));
        QList<RemoteFile> files;
        QVERIFY(r->list(&files, nullptr, &error));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].name, QString("TheProgram_one été.tpbak"));
        QCOMPARE(files[0].size, 300 * 1024);
        QVERIFY(files[0].modified.isValid());
        const QString back = m_dir.path("back.bin");
        QVERIFY2(r->get("TheProgram_one été.tpbak", back, nullptr, &error), qPrintable(error));
        QCOMPARE(fileHash(back), hash);
        QVERIFY(r->remove("TheProgram_one été.tpbak", &error));
        QVERIFY(r->remove("TheProgram_one été.tpbak", &error)); // gone already: fine
        QCOMPARE(names(*r), QStringList());
        QVERIFY(!r->get("TheProgram_one été.tpbak", back, nullptr, &error));
        QVERIFY2(error.contains("is not in"), qPrintable(error));
        QString none;
        QVERIFY(!r->quota(&none) && none.isEmpty()); // S3 has no quota
    }

    void wrongChecksumIsRefusedAndNothingStays()
    {
        auto r = repository(m_peer->port(), "wrong");
        QString error;
        QVERIFY(!r->put(randomFile(1000), "a.tpbak", QString(64, QChar('0')), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QVERIFY(!r->put(randomFile(7 * 1024 * 1024), "b.tpbak", QString(64, QChar('0')), nullptr, &error));
        QVERIFY2(error.contains("does not match its checksum"), qPrintable(error));
        QCOMPARE(names(*r), QStringList());
    }

    void listingPagesThroughContinuationTokens()
    {
        S3Config c = config(m_peer->port(), "many");
        c.listPageSize = 2;
        S3Repository r(c, S3Credentials{ test::S3Peer::kKeyId, test::S3Peer::kSecret });
        const QString file = randomFile(10);
        QString error;
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            expected << QString("b%1").arg(i);
            QVERIFY2(r.put(file, expected.last(), {}, nullptr, &error), qPrintable(error));
        }
        QCOMPARE(names(r), expected);
        // Another prefix's files are not this repository's.
        QCOMPARE(names(*repository(m_peer->port(), "other")), QStringList());
    }

    void largeFileGoesUpInPartsAndComesBack()
    {
        auto r = repository(m_peer->port(), "large");
        test::FaultProxy proxy(m_peer->port());
        auto viaProxy = repository(proxy.port(), "large");
        const QString file = randomFile(12 * 1024 * 1024 + 123);
        QString error;
        QVERIFY2(viaProxy->put(file, "big.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        const QStringList parts = proxy.requests().filter(QRegularExpression("^PUT .*partNumber="));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(proxy.requests().filter(QRegularExpression("^POST .*uploads")).size(), 1);
        QCOMPARE(m_peer->pendingUploads("large/"), 0);
        const QString back = m_dir.path("big-back.bin");
        QVERIFY2(r->get("big.tpbak", back, nullptr, &error), qPrintable(error));
        QCOMPARE(fileHash(back), fileHash(file));
    }

    // A run killed in the middle of a multipart upload leaves it open (its
    // parts stored, and billed). The next upload of that backup aborts it
    // first. s3rver keeps uploads but cannot list them, so the proxy answers
    // the listing as S3 would, naming the upload s3rver really holds.
    void aKilledRunsMultipartUploadIsAbortedByTheNext()
    {
        const QString key = "leftover/big.tpbak";
        S3Credentials keys;
        keys.accessKeyId = test::S3Peer::kKeyId;
        keys.secretAccessKey = test::S3Peer::kSecret;
        const QByteArray host = "127.0.0.1:" + QByteArray::number(m_peer->port());
        const QByteArray path = "/practice/" + key.toUtf8();
        HeaderList headers;
        S3Signer::sign(keys, QDateTime::currentDateTimeUtc(), "POST", host, path, { { "uploads", "" } },
                       &headers, S3Signer::emptyPayloadHash());
        HttpRequest start;
        start.method = "POST";
        start.url = QUrl::fromEncoded(QByteArray("http://" + host + path + "?uploads="));
        start.headers = headers;
        HttpClient http;
        const HttpResponse begun = http.send(start);
        QVERIFY2(begun.ok(), begun.body.constData());
        const QString uploadId = s3xml::uploadId(begun.body);
        QVERIFY(!uploadId.isEmpty());
        // Its first part went up before the kill.
        const QByteArray part(1024, 'p');
        const QueryList partQuery = { { "partNumber", "1" }, { "uploadId", uploadId.toUtf8() } };
        HeaderList partHeaders;
        S3Signer::sign(keys, QDateTime::currentDateTimeUtc(), "PUT", host, path, partQuery, &partHeaders,
                       crypto::Sha256::hash(part).toHex());
        HttpRequest put;
        put.method = "PUT";
        put.url = QUrl::fromEncoded(QByteArray("http://" + host + path + "?partNumber=1&uploadId="
                                               + S3Signer::uriEncode(uploadId.toUtf8(), false)));
        put.headers = partHeaders;
        put.body = part;
        QVERIFY(http.send(put).ok());
        QCOMPARE(m_peer->pendingUploads("leftover/"), 1); // what the killed run left

        test::FaultProxy proxy(m_peer->port());
        const QByteArray listing = "<ListMultipartUploadsResult><Bucket>practice</Bucket><Upload><Key>"
            + key.toUtf8() + "</Key><UploadId>" + uploadId.toUtf8()
            + "</UploadId></Upload><Upload><Key>leftover/other.tpbak</Key>"
            + "<UploadId>not-ours</UploadId></Upload><IsTruncated>false</IsTruncated></"
              "ListMultipartUploadsResult>";
        proxy.answer("^GET /practice\\?.*uploads",
                     "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: "
                         + QByteArray::number(listing.size()) + "\r\n\r\n" + listing);
        auto r = repository(proxy.port(), "leftover");
        const QString file = randomFile(7 * 1024 * 1024);
        QString error;
        QVERIFY2(r->put(file, "big.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        QVERIFY2(proxy.requests().filter("DELETE /practice/leftover/big.tpbak?uploadId=" + uploadId).size()
                     == 1,
                 qPrintable(proxy.requests().join('\n')));
        QVERIFY(proxy.requests().filter("not-ours").isEmpty()); // another backup's upload is not touched
        // (s3rver answers the abort 405 and keeps the upload: on S3 it is gone; here, that it was asked.)
        QCOMPARE(names(*r), QStringList{ "big.tpbak" });
    }

    void cutConnectionsAreRetriedAndResumed()
    {
        test::FaultProxy proxy(m_peer->port());
        auto r = repository(proxy.port(), "faults");
        const QString file = randomFile(16 * 1024 * 1024);
        // Parts are 5 MiB: each cut breaks one part, which is sent again.
        proxy.cutEvery(6 * 1024 * 1024 + QRandomGenerator::global()->bounded(1024 * 1024));
        QString error;
        QVERIFY2(r->put(file, "cut.tpbak", fileHash(file), nullptr, &error), qPrintable(error));
        QVERIFY(proxy.cuts() >= 2);
        proxy.cutEvery(0);
        QCOMPARE(names(*r), QStringList{ "cut.tpbak" });
        QCOMPARE(m_peer->pendingUploads("faults/"), 0);
        // The download breaks off too, and goes on from where it stopped.
        proxy.cutEvery(6 * 1024 * 1024 + 77);
        const QString back = m_dir.path("cut-back.bin");
        const int before = proxy.cuts();
        QVERIFY2(r->get("cut.tpbak", back, nullptr, &error), qPrintable(error));
        QVERIFY(proxy.cuts() > before);
        QVERIFY(proxy.headersSeen()
                    .filter(QRegularExpression("Range: bytes=[1-9][0-9]*-",
                                               QRegularExpression::CaseInsensitiveOption))
                    .size()
                >= 1);
        QCOMPARE(fileHash(back), fileHash(file));
    }

    void busyServerIsWaitedForAsItAsks()
    {
        test::FaultProxy proxy(m_peer->port());
        auto r = repository(proxy.port(), "busy");
        proxy.answer("^PUT ", "HTTP/1.1 503 Slow Down\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n", 1);
        proxy.answer("^PUT ", "HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n", 1);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QString file = randomFile(1000);
        QVERIFY2(r->put(file, "busy.tpbak", {}, nullptr, &error), qPrintable(error));
        QVERIFY2(timer.elapsed() >= 1000, "Retry-After was not honoured");
        QCOMPARE(proxy.requests().filter(QRegularExpression("^PUT ")).size(), 3);
    }

    void errorInsideA200CompletionFailsTheUpload()
    {
        test::FaultProxy proxy(m_peer->port());
        auto r = repository(proxy.port(), "complete");
        const QByteArray body
            = "<?xml version=\"1.0\"?><Error><Code>InternalError</Code><Message>We encountered "
              "an internal error.</Message></Error>";
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        // Every attempt gets it: the upload fails, and is aborted.
        proxy.answer("^POST .*uploadId=", answer, 100);
        const QString file = randomFile(7 * 1024 * 1024);
        QString error;
        QVERIFY(!r->put(file, "e.tpbak", {}, nullptr, &error));
        QVERIFY2(error.contains("internal error"), qPrintable(error));
        QCOMPARE(proxy.requests().filter(QRegularExpression("^DELETE .*uploadId=")).size(), 1);
        QCOMPARE(names(*repository(m_peer->port(), "complete")), QStringList());
    }

    void cancelLeavesNothing()
    {
        test::FaultProxy proxy(m_peer->port());
        auto r = repository(proxy.port(), "cancel");
        const QString file = randomFile(12 * 1024 * 1024);
        CancelAfter cancel(6 * 1024 * 1024);
        QString error;
        QVERIFY(!r->put(file, "c.tpbak", {}, &cancel, &error));
        QCOMPARE(error, QString("Cancelled."));
        QCOMPARE(proxy.requests().filter(QRegularExpression("^DELETE .*uploadId=")).size(), 1); // aborted
        QCOMPARE(names(*r), QStringList());
        // A cancelled download leaves no file either.
        QVERIFY(r->put(randomFile(7 * 1024 * 1024), "d.tpbak", {}, nullptr, &error));
        CancelAfter early(1024 * 1024);
        const QString target = m_dir.path("cancelled.bin");
        QVERIFY(!r->get("d.tpbak", target, &early, &error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_dir.path("")).entryList({ ".theprogram-tmp-*" }, QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestS3Repository)
#include "tst_s3repository.moc"
