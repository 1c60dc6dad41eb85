#include "WebDavRepository.h"

#include "crypto/Sha256.h"
#include "DavXml.h"
#include "Download.h"
#include "S3Signer.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace tp::cloud {

namespace {

// The last segment of a path ("/dav/me/TheProgram/a.db" → "a.db").
QString lastSegment(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString pathOf(const QString& href)
{
    QString path = href.startsWith(QLatin1String("http")) ? QUrl(href).path() : href;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

WebDavRepository::WebDavRepository(WebDavConfig config, QByteArray password)
    : m_config(std::move(config))
    , m_authorization("Basic " + QByteArray(m_config.user.toUtf8() + ':' + password).toBase64())
{
    QString path = m_config.folder.path();
    if (!path.endsWith(QLatin1Char('/')))
        m_config.folder.setPath(path + QLatin1Char('/'));
}

QString WebDavRepository::displayName() const
{
    return tr("the WebDAV folder %1").arg(m_config.folder.toDisplayString(QUrl::RemoveUserInfo));
}

QUrl WebDavRepository::urlOf(const QString& name) const
{
    if (name.isEmpty())
        return m_config.folder;
    return QUrl::fromEncoded(m_config.folder.toEncoded() + S3Signer::uriEncode(name.toUtf8(), false),
                             QUrl::StrictMode);
}

HttpRequest WebDavRepository::request(const QByteArray& method, const QString& name, HttpHeaders headers,
                                      const QByteArray& body) const
{
    HttpRequest r;
    r.method = method;
    r.url = urlOf(name);
    headers.append({ "Authorization", m_authorization });
    r.headers = headers;
    r.body = body;
    return r;
}

QString WebDavRepository::failure(const HttpResponse& response, const QString& doing) const
{
    if (response.canceled)
        return tr("Cancelled.");
    if (response.status == 0 || !response.networkError.isEmpty())
        return tr("%1 could not be reached while %2: %3")
            .arg(m_config.folder.host(), doing, response.networkError);
    QString why;
    switch (response.status) {
    case 401:
        why = tr("the user or the (app) password is not accepted");
        break;
    case 403:
        why = tr("the account may not write there");
        break;
    case 404:
    case 409:
        why = tr("the folder does not exist (check the address)");
        break;
    case 507:
        why = tr("the storage is full");
        break;
    default:
        why = tr("it answered %1").arg(response.status);
    }
    return tr("%1 refused while %2: %3.").arg(displayName(), doing, why);
}

bool WebDavRepository::ensureFolder(QString* error)
{
    if (m_folderMade)
        return true;
    // MKCOL each level that is missing, from the top (a server makes one at a time).
    const QStringList parts = m_config.folder.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QUrl url = m_config.folder;
    QString path = QStringLiteral("/");
    for (const QString& part : parts) {
        path += part + QLatin1Char('/');
        url.setPath(path);
        HttpRequest probe = request("PROPFIND", {}, { { "Depth", "0" } });
        probe.url = url;
        const HttpResponse found = m_http.sendRetrying([&] { return probe; });
        if (found.status == 207)
            continue;
        if (found.status != 404) {
            *error = failure(found, tr("opening the folder"));
            return false;
        }
        HttpRequest make = request("MKCOL", {});
        make.url = url;
        const HttpResponse made = m_http.sendRetrying([&] { return make; });
        if (!made.ok() && made.status != 405) {
            *error = failure(made, tr("making the folder"));
            return false;
        }
    }
    m_folderMade = true;
    return true;
}

std::optional<QByteArray> WebDavRepository::propfind(const QString& name, int depth, QString* error)
{
    const HttpResponse response = m_http.sendRetrying([&] {
        return request("PROPFIND", name,
                       { { "Depth", QByteArray::number(depth) }, { "Content-Type", "application/xml" } },
                       davxml::propfindBody());
    });
    if (response.status != 207) {
        *error = failure(response, tr("listing the folder"));
        return std::nullopt;
    }
    return response.body;
}

bool WebDavRepository::list(QList<RemoteFile>* files, Progress*, QString* error)
{
    files->clear();
    if (!ensureFolder(error))
        return false;
    const auto body = propfind({}, 1, error);
    if (!body)
        return false;
    const auto entries = davxml::multistatus(*body);
    if (!entries) {
        *error = tr("%1 sent a list that cannot be read.").arg(displayName());
        return false;
    }
    const QString folder = pathOf(m_config.folder.path());
    for (const davxml::Entry& e : *entries) {
        const QString path = pathOf(e.href);
        const QString name = lastSegment(path);
        if (e.collection || path == folder || name.isEmpty() || name.startsWith(QLatin1Char('.')))
            continue;
        *files << RemoteFile{ name, e.size, e.modified };
    }
    return true;
}

bool WebDavRepository::put(const QString& localPath, const QString& name, const QString& sha256,
                           Progress* progress, QString* error)
{
    if (!ensureFolder(error))
        return false;
    const qint64 size = QFileInfo(localPath).size();
    if (size > m_config.chunkThreshold && !uploadsUrl().isEmpty()) {
        if (const auto done = putChunked(localPath, name, size, sha256, progress, error))
            return *done && checkStored(name, size, error);
    }
    const QString temp = files::kTempPrefix + QStringLiteral("upload-") + name;
    HttpHeaders headers = { { "Content-Type", "application/octet-stream" } };
    if (!sha256.isEmpty())
        headers.append({ "OC-Checksum", "SHA256:" + sha256.toLatin1() });
    HttpResponse response = m_http.sendRetrying(
        [&] {
            HttpRequest r = request("PUT", temp, headers);
            r.bodyFile = localPath;
            r.bodyLength = size;
            return r;
        },
        { progress, 0, size, tr("Uploading to %1").arg(displayName()) });
    // Retried: the server may hold the broken-off temporary a moment longer (423).
    auto dropTemp = [&] { removeTemporary(temp); };
    if (!response.ok()) {
        *error = failure(response, tr("uploading %1").arg(name));
        dropTemp();
        return false;
    }
    if (!sha256.isEmpty() && response.sentSha256 != sha256.toLatin1().toLower()) {
        *error = tr("%1 does not match its checksum (did it change, or is the disk failing?); it was not "
                    "uploaded.")
                     .arg(QDir::toNativeSeparators(localPath));
        dropTemp();
        return false;
    }
    response = m_http.sendRetrying([&] {
        return request("MOVE", temp, { { "Destination", urlOf(name).toEncoded() }, { "Overwrite", "T" } });
    });
    if (!response.ok()) {
        *error = failure(response, tr("naming %1").arg(name));
        dropTemp();
        return false;
    }
    return checkStored(name, size, error);
}

void WebDavRepository::removeTemporary(const QString& temp)
{
    // A server may still be taking in the broken-off body and name the file only after
    // the DELETE came (rclone does): ask until it is gone — a few seconds at most, and
    // not at all once the server cannot be reached (the next upload's name is new anyway).
    QElapsedTimer waited;
    waited.start();
    do {
        const HttpResponse deleted = m_http.send(request("DELETE", temp));
        if (deleted.status == 0)
            return;
        const HttpResponse there = m_http.send(request("PROPFIND", temp, { { "Depth", "0" } }));
        if (there.status == 404 || there.status == 0)
            return;
    } while (waited.elapsed() < 5000 && HttpClient::waitUnlessCanceled(250, nullptr));
}

bool WebDavRepository::checkStored(const QString& name, qint64 size, QString* error)
{
    // What the server holds under the name now.
    const auto body = propfind(name, 0, error);
    const auto entries = body ? davxml::multistatus(*body) : std::nullopt;
    if (!entries || entries->isEmpty() || entries->first().size != size) {
        QString ignored;
        remove(name, &ignored);
        *error = tr("%1 kept a copy of %2 that differs from the file; it was removed. Try again.")
                     .arg(displayName(), name);
        return false;
    }
    return true;
}

QUrl WebDavRepository::uploadsUrl() const
{
    static const QString files = QStringLiteral("/remote.php/dav/files/");
    const QString path = m_config.folder.path(QUrl::FullyEncoded);
    const qsizetype at = path.indexOf(files);
    if (at < 0)
        return {};
    const QString user = path.mid(at + files.size()).section(QLatin1Char('/'), 0, 0);
    if (user.isEmpty())
        return {};
    QUrl url = m_config.folder;
    url.setPath(path.left(at) + QStringLiteral("/remote.php/dav/uploads/") + user + QLatin1Char('/'),
                QUrl::StrictMode);
    return url;
}

std::optional<bool> WebDavRepository::putChunked(const QString& localPath, const QString& name, qint64 size,
                                                 const QString& sha256, Progress* progress, QString* error)
{
    // Sent in parts, the file is never read once from start to end: hashed first, whole and
    // chunk by chunk; each chunk as sent is compared with its hash (the disk read twice).
    QFile file(localPath);
    crypto::Sha256 hash;
    QList<QByteArray> chunkHashes;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    while (!file.atEnd()) {
        crypto::Sha256 chunkHash;
        for (qint64 left = m_config.chunkSize; left > 0 && !file.atEnd();) {
            const QByteArray block = file.read(qMin<qint64>(left, 1024 * 1024));
            if (block.isEmpty()) {
                *error = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(localPath));
                return false;
            }
            hash.addData(block);
            chunkHash.addData(block);
            left -= block.size();
        }
        chunkHashes << chunkHash.hexResult();
    }
    if (!sha256.isEmpty() && hash.hexResult() != sha256.toLatin1().toLower()) {
        *error = tr("%1 does not match its checksum (did it change, or is the disk failing?); it was not "
                    "uploaded.")
                     .arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    QUrl upload = uploadsUrl();
    upload.setPath(upload.path(QUrl::FullyEncoded) + QUuid::createUuid().toString(QUuid::Id128),
                   QUrl::StrictMode);
    const QByteArray destination = urlOf(name).toEncoded();
    const HttpHeaders target
        = { { "Destination", destination }, { "OC-Total-Length", QByteArray::number(size) } };
    const auto at = [&](const QByteArray& method, const QString& child, const HttpHeaders& headers) {
        HttpRequest r = request(method, {}, headers);
        r.url = child.isEmpty() ? upload : QUrl::fromEncoded(upload.toEncoded() + '/' + child.toUtf8());
        return r;
    };
    HttpResponse response = m_http.sendRetrying([&] { return at("MKCOL", {}, { target.first() }); });
    if (response.status == 404 || response.status == 405 || response.status == 501)
        return std::nullopt; // no chunked upload here
    auto abort = [&] { m_http.sendRetrying([&] { return at("DELETE", {}, {}); }); };
    if (!response.ok()) {
        *error = failure(response, tr("uploading %1").arg(name));
        return false;
    }
    int chunk = 0;
    for (qint64 offset = 0; offset < size; offset += m_config.chunkSize) {
        // Numbered 1…10000, five digits so that they sort as they are.
        const QString id = QStringLiteral("%1").arg(++chunk, 5, 10, QLatin1Char('0'));
        response = m_http.sendRetrying(
            [&] {
                HttpRequest r = at("PUT", id, target);
                r.bodyFile = localPath;
                r.bodyOffset = offset;
                r.bodyLength = qMin(m_config.chunkSize, size - offset);
                return r;
            },
            { progress, offset, size, tr("Uploading to %1").arg(displayName()) });
        if (!response.ok()) {
            *error = failure(response, tr("uploading %1").arg(name));
            abort();
            return false;
        }
        if (!response.sentSha256.isEmpty() && response.sentSha256 != chunkHashes.value(chunk - 1)) {
            *error = tr("%1 changed while it was uploaded (or the disk is failing); it was not uploaded.")
                         .arg(QDir::toNativeSeparators(localPath));
            abort();
            return false;
        }
    }
    response = m_http.sendRetrying([&] { return at("MOVE", QStringLiteral(".file"), target); });
    // 404 after a retry: the first MOVE was done, only its answer was lost (checkStored tells).
    if (!response.ok() && response.status != 404) {
        *error = failure(response, tr("joining the parts of %1").arg(name));
        abort();
        return false;
    }
    return true;
}

bool WebDavRepository::get(const QString& name, const QString& localPath, Progress* progress, QString* error)
{
    const auto body = propfind(name, 0, error);
    const auto entries = body ? davxml::multistatus(*body) : std::nullopt;
    if (!entries || entries->isEmpty()) {
        *error = tr("%1 is not in %2.").arg(name, displayName());
        return false;
    }
    Download download;
    download.http = &m_http;
    download.size = entries->first().size;
    download.target = localPath;
    download.what = name;
    download.store = displayName();
    download.request = [&](qint64 from) {
        return request("GET", name,
                       from > 0 ? HttpHeaders{ { "Range", "bytes=" + QByteArray::number(from) + '-' } }
                                : HttpHeaders{});
    };
    download.failure
        = [&](const HttpResponse& response) { return failure(response, tr("downloading %1").arg(name)); };
    return download.run(progress, error);
}

bool WebDavRepository::remove(const QString& name, QString* error)
{
    const HttpResponse response = m_http.sendRetrying([&] { return request("DELETE", name); });
    if (response.ok() || response.status == 404)
        return true;
    *error = failure(response, tr("removing %1").arg(name));
    return false;
}

std::optional<Quota> WebDavRepository::quota(QString* error)
{
    const auto body = propfind({}, 0, error);
    const auto entries = body ? davxml::multistatus(*body) : std::nullopt;
    if (!entries || entries->isEmpty())
        return std::nullopt;
    const davxml::Entry& e = entries->first();
    if (e.quotaAvailable < 0 || e.quotaUsed < 0) {
        error->clear();
        return std::nullopt; // the server does not say
    }
    return Quota{ e.quotaUsed, e.quotaUsed + e.quotaAvailable };
}

bool WebDavRepository::test(QString* error)
{
    m_folderMade = false;
    return ensureFolder(error);
}

} // namespace tp::cloud
