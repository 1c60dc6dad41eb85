#pragma once

#include "HttpClient.h"
#include "Repository.h"
#include "S3Signer.h"

#include <QCoreApplication>
#include <QUrl>

namespace tp::cloud {

struct S3Config
{
    QUrl endpoint; // https://s3.eu-central-1.amazonaws.com, https://<account>.r2.cloudflarestorage.com, …
    QString bucket;
    QString prefix; // "backups/" — a folder in the bucket; may be empty
    bool pathStyle = false; // endpoint/bucket/key instead of bucket.endpoint/key (MinIO, most self-hosted)
    qint64 partSize = 16 * 1024 * 1024; // every part but the last this size (R2 requires equal parts)
    // Larger files go up in parts. 200 MiB as rclone: below it one PUT (retried whole) is faster, as the
    // store need not join parts; above it a broken connection costs one part, not the file.
    qint64 multipartThreshold = 200 * 1024 * 1024;
    int listPageSize = 1000; // keys per ListObjectsV2 page (S3's most)
};

// S3 and S3-compatible stores (AWS, MinIO, Backblaze B2, Wasabi,
// Cloudflare R2) over their REST API, every request signed with Signature
// Version 4 (S3Signer) and its body's SHA-256. Small files go up in one PUT,
// larger ones as a multipart upload of equal parts, each retried on its
// own; a failed or cancelled multipart upload is aborted, so no parts stay
// behind (and billed). The file's SHA-256 is kept as x-amz-meta-sha256 and
// checked, with the size, by a HEAD after the upload and after a download.
class S3Repository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::S3Repository)

public:
    S3Repository(S3Config config, S3Credentials credentials);

    HttpClient& http() { return m_http; }

    QString displayName() const override;
    bool list(QList<RemoteFile>* files, Progress* progress, QString* error) override;
    bool put(const QString& localPath, const QString& name, const QString& sha256, Progress* progress,
             QString* error) override;
    bool get(const QString& name, const QString& localPath, Progress* progress, QString* error) override;
    bool remove(const QString& name, QString* error) override;
    std::optional<Quota> quota(QString* error) override;
    bool test(QString* error) override;

private:
    struct Call
    {
        QByteArray method = "GET";
        QString key; // empty: the bucket
        QueryList query;
        HeaderList headers;
        QByteArray body;
        QByteArray payloadHash; // of the body (or the file part); empty: of `body`
        QString bodyFile;
        qint64 bodyOffset = 0, bodyLength = 0;
        QIODevice* sink = nullptr;
    };
    HttpRequest request(const Call& call) const;
    HttpResponse send(const Call& call, const TransferProgress& progress = {});
    // A sentence for a failed answer: S3's code and message, or the network's words.
    QString failure(const HttpResponse& response, const QString& doing) const;
    QString keyOf(const QString& name) const { return m_config.prefix + name; }

    bool putSingle(const QString& localPath, const QString& key, qint64 size, QByteArray* sha256,
                   Progress* progress, QString* error);
    bool putMultipart(const QString& localPath, const QString& key, qint64 size, const QByteArray& sha256,
                      Progress* progress, QString* error);
    void abortUpload(const QString& key, const QString& uploadId);
    // Aborts the multipart uploads of `key` a killed run left behind (they
    // would hold their parts, and be billed, until a lifecycle rule ends them).
    void abortLeftovers(const QString& key);
    // HEAD: the object's size and x-amz-meta-sha256; false when it is not there.
    bool head(const QString& key, qint64* size, QByteArray* sha256, QString* error);

    S3Config m_config;
    S3Credentials m_credentials;
    HttpClient m_http;
};

} // namespace tp::cloud
