#include "S3Repository.h"

#include "crypto/Sha256.h"
#include "Download.h"
#include "S3Xml.h"
#include "util/SafeFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tp::cloud {

namespace {

constexpr int kMaxParts = 10000; // S3's limit

struct Digest
{
    QByteArray sha256; // hex
    QByteArray md5; // base64, for Content-MD5: the store checks what it received
};

// The digests of a part of a file in one read; `whole` (may be null) is
// fed the same bytes.
std::optional<Digest> digestOf(const QString& path, qint64 offset, qint64 length, crypto::Sha256* whole,
                               QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        *error = S3Repository::tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    crypto::Sha256 sha;
    QCryptographicHash md5(QCryptographicHash::Md5);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (length > 0) {
        const qint64 got = file.read(chunk.data(), qMin<qint64>(length, chunk.size()));
        if (got <= 0) {
            *error = S3Repository::tr("%1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return std::nullopt;
        }
        const QByteArrayView bytes(chunk.constData(), got);
        sha.addData(bytes);
        md5.addData(bytes);
        if (whole)
            whole->addData(bytes);
        length -= got;
    }
    return Digest{ sha.hexResult(), md5.result().toBase64() };
}

QString changedFile(const QString& path)
{
    return S3Repository::tr("%1 does not match its checksum (did it change, or is the disk failing?); it was "
                            "not uploaded.")
        .arg(QDir::toNativeSeparators(path));
}

QByteArray hostOf(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port();
    const int standard = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

S3Repository::S3Repository(S3Config config, S3Credentials credentials)
    : m_config(std::move(config))
    , m_credentials(std::move(credentials))
{
    if (!m_config.prefix.isEmpty() && !m_config.prefix.endsWith(QLatin1Char('/')))
        m_config.prefix += QLatin1Char('/');
    while (m_config.prefix.startsWith(QLatin1Char('/')))
        m_config.prefix.remove(0, 1);
    m_config.partSize = qMax<qint64>(m_config.partSize, 5 * 1024 * 1024); // S3's smallest part
}

QString S3Repository::displayName() const
{
    const QString where = m_config.endpoint.host();
    return m_config.prefix.isEmpty()
        ? tr("S3 bucket %1 at %2").arg(m_config.bucket, where)
        : tr("folder %1 of S3 bucket %2 at %3").arg(m_config.prefix.chopped(1), m_config.bucket, where);
}

HttpRequest S3Repository::request(const Call& call) const
{
    QByteArray host = hostOf(m_config.endpoint);
    QByteArray path;
    if (m_config.pathStyle) {
        path = '/' + m_config.bucket.toUtf8();
        if (!call.key.isEmpty())
            path += '/' + call.key.toUtf8();
    } else {
        host = m_config.bucket.toUtf8() + '.' + host;
        path = '/' + call.key.toUtf8();
    }
    QByteArray query;
    for (const auto& [name, value] : call.query) {
        query += QByteArray(query.isEmpty() ? "?" : "&") + S3Signer::uriEncode(name, false) + '='
            + S3Signer::uriEncode(value, false);
    }
    HttpRequest out;
    out.method = call.method;
    out.url = QUrl::fromEncoded(m_config.endpoint.scheme().toLatin1() + "://" + host
                                    + S3Signer::uriEncode(path, true) + query,
                                QUrl::StrictMode);
    HeaderList headers = call.headers;
    const QByteArray payload
        = !call.payloadHash.isEmpty() ? call.payloadHash : crypto::Sha256::hash(call.body).toHex();
    S3Signer::sign(m_credentials, QDateTime::currentDateTimeUtc(), call.method, host, path, call.query,
                   &headers, payload);
    out.headers = headers;
    out.body = call.body;
    out.bodyFile = call.bodyFile;
    out.bodyOffset = call.bodyOffset;
    out.bodyLength = call.bodyLength;
    out.sink = call.sink;
    return out;
}

HttpResponse S3Repository::send(const Call& call, const TransferProgress& progress)
{
    HttpResponse response = m_http.sendRetrying([&] { return request(call); }, progress);
    // A 200 that carries <Error> (CompleteMultipartUpload, CopyObject) is a failure.
    if (response.ok() && !call.sink && response.body.contains("<Error>")
        && s3xml::error(response.body).isError())
        response.status = 500;
    return response;
}

QString S3Repository::failure(const HttpResponse& response, const QString& doing) const
{
    if (response.canceled)
        return tr("Cancelled.");
    if (response.status == 0 || !response.networkError.isEmpty())
        return tr("%1 could not be reached while %2: %3")
            .arg(m_config.endpoint.host(), doing, response.networkError);
    const s3xml::Error e = s3xml::error(response.body);
    QString why;
    if (e.code == QLatin1String("InvalidAccessKeyId"))
        why = tr("the access key id is not known to the store");
    else if (e.code == QLatin1String("SignatureDoesNotMatch"))
        why = tr("the secret access key does not match the access key id");
    else if (e.code == QLatin1String("NoSuchBucket"))
        why = tr("there is no bucket %1").arg(m_config.bucket);
    else if (e.code == QLatin1String("AccessDenied") || response.status == 403)
        why = tr("the key is not allowed to do this (check the bucket's policy)");
    else if (!e.code.isEmpty())
        why = e.message.isEmpty() ? e.code : QStringLiteral("%1 (%2)").arg(e.message, e.code);
    else
        why = tr("it answered %1").arg(response.status);
    return tr("%1 refused while %2: %3.").arg(displayName(), doing, why);
}

bool S3Repository::list(QList<RemoteFile>* files, Progress* progress, QString* error)
{
    files->clear();
    QString token;
    for (int page = 0;; ++page) {
        if (progress && progress->isCanceled()) {
            *error = tr("Cancelled.");
            return false;
        }
        Call call;
        call.query = { { "list-type", "2" },
                       { "max-keys", QByteArray::number(m_config.listPageSize) },
                       { "prefix", m_config.prefix.toUtf8() } };
        if (!token.isEmpty())
            call.query.append({ "continuation-token", token.toUtf8() });
        const HttpResponse response = send(call);
        if (!response.ok()) {
            *error = failure(response, tr("listing the backups"));
            return false;
        }
        s3xml::ListPage result;
        if (!s3xml::listPage(response.body, &result)) {
            *error = tr("%1 sent a list that cannot be read.").arg(displayName());
            return false;
        }
        for (RemoteFile& file : result.files) {
            file.name = file.name.mid(m_config.prefix.size());
            if (!file.name.isEmpty() && !file.name.contains(QLatin1Char('/')))
                *files << file; // only this folder, not those below it
        }
        if (progress)
            progress->report(files->size(), 0, tr("Listing %1").arg(displayName()));
        if (!result.truncated)
            return true;
        token = result.nextToken;
    }
}

bool S3Repository::head(const QString& key, qint64* size, QByteArray* sha256, QString* error)
{
    Call call;
    call.method = "HEAD";
    call.key = key;
    const HttpResponse response = send(call);
    if (response.status == 404)
        return false;
    if (!response.ok()) {
        *error = failure(response, tr("checking %1").arg(key));
        return false;
    }
    *size = response.header("Content-Length").toLongLong();
    *sha256 = response.header("x-amz-meta-sha256").toLower();
    return true;
}

bool S3Repository::put(const QString& localPath, const QString& name, const QString& sha256,
                       Progress* progress, QString* error)
{
    const qint64 size = QFileInfo(localPath).size();
    if (!QFileInfo(localPath).isReadable()) {
        *error = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    QByteArray hash = sha256.toLatin1().toLower();
    const QString key = keyOf(name);
    if (size <= m_config.multipartThreshold) {
        if (!putSingle(localPath, key, size, &hash, progress, error))
            return false;
    } else {
        if (hash.isEmpty()) { // the parts' initiation carries it: needed first
            const auto digest = digestOf(localPath, 0, size, nullptr, error);
            if (!digest)
                return false;
            hash = digest->sha256;
        }
        if (!putMultipart(localPath, key, size, hash, progress, error))
            return false;
    }
    qint64 storedSize = -1;
    QByteArray storedHash;
    QString why;
    if (!head(key, &storedSize, &storedHash, &why) || storedSize != size || storedHash != hash) {
        QString ignored;
        remove(name, &ignored);
        *error = why.isEmpty() ? tr("%1 kept a copy of %2 that differs from the file; it was removed. "
                                    "Try again.")
                                     .arg(displayName(), name)
                               : why;
        return false;
    }
    return true;
}

bool S3Repository::putSingle(const QString& localPath, const QString& key, qint64 size, QByteArray* sha256,
                             Progress* progress, QString* error)
{
    // With the hash known (a backup's manifest has it) the file is read
    // once, as it is sent: the signature carries the hash, which the store
    // checks against what it received, and the bytes sent are hashed on the
    // way. Without it, one read first for the hash and an MD5.
    Call call;
    call.method = "PUT";
    call.key = key;
    call.headers = { { "Content-Type", "application/octet-stream" } };
    if (sha256->isEmpty()) {
        const auto digest = digestOf(localPath, 0, size, nullptr, error);
        if (!digest)
            return false;
        *sha256 = digest->sha256;
        call.headers.append({ "Content-MD5", digest->md5 });
    }
    call.headers.append({ "x-amz-meta-sha256", *sha256 });
    call.payloadHash = *sha256;
    call.bodyFile = localPath;
    call.bodyLength = size;
    const HttpResponse response = send(call, { progress, 0, size, tr("Uploading to %1").arg(displayName()) });
    if (!response.ok()) {
        *error = failure(response, tr("uploading %1").arg(key));
        return false;
    }
    if (response.sentSha256 != *sha256) {
        QString ignored;
        remove(key.mid(m_config.prefix.size()), &ignored);
        *error = changedFile(localPath);
        return false;
    }
    return true;
}

bool S3Repository::putMultipart(const QString& localPath, const QString& key, qint64 size,
                                const QByteArray& sha256, Progress* progress, QString* error)
{
    qint64 partSize = m_config.partSize;
    while ((size + partSize - 1) / partSize > kMaxParts)
        partSize *= 2;
    abortLeftovers(key);
    Call start;
    start.method = "POST";
    start.key = key;
    start.query = { { "uploads", "" } };
    start.headers = { { "Content-Type", "application/octet-stream" }, { "x-amz-meta-sha256", sha256 } };
    HttpResponse response = send(start);
    const QString uploadId = response.ok() ? s3xml::uploadId(response.body) : QString();
    if (uploadId.isEmpty()) {
        *error = failure(response, tr("starting the upload of %1").arg(key));
        return false;
    }
    QList<QByteArray> etags;
    crypto::Sha256 whole;
    for (qint64 offset = 0; offset < size; offset += partSize) {
        Call part;
        part.method = "PUT";
        part.key = key;
        part.query
            = { { "partNumber", QByteArray::number(etags.size() + 1) }, { "uploadId", uploadId.toUtf8() } };
        part.bodyFile = localPath;
        part.bodyOffset = offset;
        part.bodyLength = qMin(partSize, size - offset);
        const auto digest = digestOf(localPath, offset, part.bodyLength, &whole, error);
        if (!digest || (progress && progress->isCanceled())) {
            if (digest)
                *error = tr("Cancelled.");
            abortUpload(key, uploadId);
            return false;
        }
        part.payloadHash = digest->sha256;
        part.headers = { { "Content-MD5", digest->md5 } };
        response = send(part, { progress, offset, size, tr("Uploading to %1").arg(displayName()) });
        const QByteArray etag = response.header("ETag");
        if (!response.ok() || etag.isEmpty()) {
            *error = failure(response, tr("uploading part %1 of %2").arg(etags.size() + 1).arg(key));
            abortUpload(key, uploadId);
            return false;
        }
        etags << etag;
    }
    if (whole.hexResult() != sha256) {
        *error = changedFile(localPath);
        abortUpload(key, uploadId);
        return false;
    }
    Call complete;
    complete.method = "POST";
    complete.key = key;
    complete.query = { { "uploadId", uploadId.toUtf8() } };
    complete.headers = { { "Content-Type", "application/xml" } };
    complete.body = s3xml::completeBody(etags);
    response = send(complete);
    if (!response.ok()) {
        *error = failure(response, tr("finishing the upload of %1").arg(key));
        abortUpload(key, uploadId);
        return false;
    }
    return true;
}

void S3Repository::abortUpload(const QString& key, const QString& uploadId)
{
    Call call;
    call.method = "DELETE";
    call.key = key;
    call.query = { { "uploadId", uploadId.toUtf8() } };
    send(call); // a cancel must not stop the abort: no progress here
}

void S3Repository::abortLeftovers(const QString& key)
{
    Call list;
    list.query = { { "prefix", key.toUtf8() }, { "uploads", "" } };
    const HttpResponse response = send(list);
    QList<QPair<QString, QString>> uploads;
    // Stores without ListMultipartUploads (s3rver) answer otherwise: nothing to do then.
    if (!response.ok() || !s3xml::pendingUploads(response.body, &uploads))
        return;
    for (const auto& [pending, uploadId] : std::as_const(uploads)) {
        if (pending == key)
            abortUpload(key, uploadId);
    }
}

bool S3Repository::get(const QString& name, const QString& localPath, Progress* progress, QString* error)
{
    const QString key = keyOf(name);
    qint64 size = -1;
    QByteArray sha256;
    QString why;
    if (!head(key, &size, &sha256, &why)) {
        *error = why.isEmpty() ? tr("%1 is not in %2.").arg(name, displayName()) : why;
        return false;
    }
    Download download;
    download.http = &m_http;
    download.size = size;
    download.sha256 = sha256;
    download.target = localPath;
    download.what = name;
    download.request = [&](qint64 from) {
        Call call;
        call.key = key;
        if (from > 0)
            call.headers = { { "Range", "bytes=" + QByteArray::number(from) + '-' } };
        return request(call);
    };
    download.failure
        = [&](const HttpResponse& response) { return failure(response, tr("downloading %1").arg(name)); };
    download.store = displayName();
    return download.run(progress, error);
}

bool S3Repository::remove(const QString& name, QString* error)
{
    Call call;
    call.method = "DELETE";
    call.key = keyOf(name);
    const HttpResponse response = send(call);
    if (response.ok() || response.status == 404)
        return true;
    *error = failure(response, tr("removing %1").arg(name));
    return false;
}

std::optional<Quota> S3Repository::quota(QString*)
{
    return std::nullopt; // S3 has no quota to ask for
}

bool S3Repository::test(QString* error)
{
    Call call;
    call.query = { { "list-type", "2" }, { "max-keys", "1" }, { "prefix", m_config.prefix.toUtf8() } };
    const HttpResponse response = send(call);
    if (response.ok())
        return true;
    *error = failure(response, tr("testing the connection"));
    return false;
}

} // namespace tp::cloud
