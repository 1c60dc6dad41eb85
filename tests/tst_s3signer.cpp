#include "cloud/S3Signer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace tp;
using cloud::HeaderList;
using cloud::QueryList;
using cloud::S3Signer;

// Signature Version 4 as AWS publishes it ("Examples: Signature
// Calculations in AWS Signature Version 4", Amazon S3 API reference), and
// against an independent implementation (tests/support/sigv4.py).
class TestS3Signer : public QObject
{
    Q_OBJECT

    static cloud::S3Credentials example()
    {
        return { "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3" };
    }
    static QDateTime exampleTime() { return QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC); }

    static QByteArray header(const HeaderList& headers, const QByteArray& name)
    {
        for (const auto& [n, v] : headers)
            if (n.toLower() == name)
                return v;
        return {};
    }

private slots:
    void awsExamples_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QueryList>("query");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::newRow("GET object, a range")
            << QByteArray("GET") << QByteArray("/test.txt") << QueryList{}
            << HeaderList{ { "Range", "bytes=0-9" } } << QByteArray()
            << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
            << QByteArray("host;range;x-amz-content-sha256;x-amz-date");
        QTest::newRow("PUT object")
            << QByteArray("PUT") << QByteArray("/test$file.text") << QueryList{}
            << HeaderList{ { "Date", "Fri, 24 May 2013 00:00:00 GMT" },
                           { "x-amz-storage-class", "REDUCED_REDUNDANCY" } }
            << QByteArray("Welcome to Amazon S3.")
            << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")
            << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class");
        QTest::newRow("GET bucket lifecycle")
            << QByteArray("GET") << QByteArray("/") << QueryList{ { "lifecycle", "" } } << HeaderList{}
            << QByteArray() << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543")
            << QByteArray("host;x-amz-content-sha256;x-amz-date");
        QTest::newRow("GET bucket, list objects")
            << QByteArray("GET") << QByteArray("/") << QueryList{ { "max-keys", "2" }, { "prefix", "J" } }
            << HeaderList{} << QByteArray()
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7")
            << QByteArray("host;x-amz-content-sha256;x-amz-date");
    }
    void awsExamples()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QueryList, query);
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, signedHeaders);
        const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
        QCOMPARE(S3Signer::sign(example(), exampleTime(), method, "examplebucket.s3.amazonaws.com", path,
                                query, &headers, hash),
                 signature);
        QCOMPARE(header(headers, "x-amz-date"), QByteArray("20130524T000000Z"));
        QCOMPARE(header(headers, "x-amz-content-sha256"), hash);
        QCOMPARE(header(headers, "authorization"),
                 "AWS4-HMAC-SHA256 "
                 "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders="
                     + signedHeaders + ",Signature=" + signature);
    }

    // The canonical request of AWS's GET example, line by line.
    void canonicalRequestOfTheGetExample()
    {
        QByteArray signedHeaders;
        const HeaderList headers{ { "Host", "examplebucket.s3.amazonaws.com" },
                                  { "Range", "bytes=0-9" },
                                  { "x-amz-content-sha256", S3Signer::emptyPayloadHash() },
                                  { "x-amz-date", "20130524T000000Z" } };
        QCOMPARE(S3Signer::canonicalRequest("GET", "/test.txt", {}, headers, S3Signer::emptyPayloadHash(),
                                            &signedHeaders),
                 QByteArray(
                     "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                     "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                     "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
                     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void encoding()
    {
        QCOMPARE(S3Signer::uriEncode("a b/c~d_e.f-g", true), QByteArray("a%20b/c~d_e.f-g"));
        QCOMPARE(S3Signer::uriEncode("a b/c", false), QByteArray("a%20b%2Fc"));
        QCOMPARE(S3Signer::uriEncode(QString::fromUtf8("été+=*").toUtf8(), true),
                 QByteArray("%C3%A9t%C3%A9%2B%3D%2A"));
    }

    // Requests of every shape the providers make, against an implementation written apart from this one.
    void agreesWithAnIndependentImplementation()
    {
        struct Case
        {
            QByteArray method, path;
            QueryList query;
            HeaderList headers;
            QByteArray payloadHash;
        };
        const QByteArray unsignedPayload = S3Signer::kUnsignedPayload;
        const QList<Case> cases{
            { "PUT",
              QString::fromUtf8("/backups/TheProgram_20261203 été+1.db.gz").toUtf8(),
              {},
              { { "Content-Type", "application/octet-stream" }, { "Content-Length", "1048576" } },
              unsignedPayload },
            { "GET",
              "/",
              { { "list-type", "2" }, { "prefix", "backups/" }, { "continuation-token", "1/abc+def==" } },
              {},
              S3Signer::emptyPayloadHash() },
            { "POST",
              "/big.db.gz",
              { { "uploads", "" } },
              { { "X-Amz-Meta-Note", "  two   spaces  " } },
              S3Signer::emptyPayloadHash() },
            { "PUT",
              "/big.db.gz",
              { { "partNumber", "10" }, { "uploadId", "VXBsb2FkIElE~-_." } },
              {},
              unsignedPayload },
            { "DELETE",
              "/a/b/c",
              { { "uploadId", "x y" } },
              { { "x-amz-a", "1" }, { "X-Amz-A", "2" } },
              S3Signer::emptyPayloadHash() },
        };
        QJsonArray requests;
        QByteArrayList ours;
        cloud::S3Credentials credentials{ "AKIDEXAMPLE", "secret/with+chars", "eu-central-1", "s3" };
        const QDateTime at(QDate(2026, 12, 3), QTime(14, 5, 9), Qt::UTC);
        for (const Case& c : cases) {
            HeaderList headers = c.headers;
            ours << S3Signer::sign(credentials, at, c.method, "127.0.0.1:4568", c.path, c.query, &headers,
                                   c.payloadHash);
            QJsonArray q, h;
            for (const auto& [k, v] : c.query)
                q.append(QJsonArray{ QString::fromUtf8(k), QString::fromUtf8(v) });
            for (const auto& [k, v] : headers)
                if (k != "Authorization")
                    h.append(QJsonArray{ QString::fromUtf8(k), QString::fromUtf8(v) });
            requests.append(QJsonObject{ { "method", QString::fromUtf8(c.method) },
                                         { "path", QString::fromUtf8(c.path) },
                                         { "query", q },
                                         { "headers", h },
                                         { "payload_hash", QString::fromUtf8(c.payloadHash) },
                                         { "key_id", "AKIDEXAMPLE" },
                                         { "secret", "secret/with+chars" },
                                         { "region", "eu-central-1" },
                                         { "date", "20261203T140509Z" } });
        }
        QProcess python;
        python.start(QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
                     { QString(THEPROGRAM_SOURCE_DIR) + "/tests/support/sigv4.py" });
        QVERIFY(python.waitForStarted());
        python.write(QJsonDocument(requests).toJson());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        const QByteArrayList theirs = python.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(theirs, ours);
    }
};

QTEST_GUILESS_MAIN(TestS3Signer)
#include "tst_s3signer.moc"
