#include "DriveRepository.h"

#include "crypto/Sha256.h"
#include "Download.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp::cloud {

namespace {

constexpr qint64 kChunkUnit = 256 * 1024; // Drive takes chunks (but the last) in multiples of this
constexpr int kSessions = 3; // an upload session that expired is started anew this often at most
const QByteArray kFolderType = "application/vnd.google-apps.folder";
const QString kFiles = QStringLiteral("/drive/v3/files");

// Google's error answer: {"error":{"code":403,"message":"…","errors":[{"reason":"…"}],"status":"…"}}.
struct GoogleError
{
    QString message;
    QString reason;
};

QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QString textOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Drive sends 64-bit numbers as strings; -1 when absent.
qint64 numberOf(const QJsonObject& o, const char* key)
{
    bool ok = false;
    const qint64 n = textOf(o, key).toLongLong(&ok);
    return ok ? n : -1;
}

GoogleError googleError(const QByteArray& body)
{
    const QJsonObject e = jsonOf(body).value(QLatin1String("error")).toObject();
    GoogleError out{ textOf(e, "message").left(300).trimmed(), {} };
    while (out.message.endsWith(QLatin1Char('.')))
        out.message.chop(1);
    const QJsonArray errors = e.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        out.reason = textOf(errors.first().toObject(), "reason");
    return out;
}

// Drive says "slow down" with a 403 as well as a 429; HttpClient retries only the 429.
bool rateLimited(const HttpResponse& response)
{
    if (response.status != 403)
        return false;
    const QString reason = googleError(response.body).reason;
    return reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded");
}

// A string in Drive's query language: 'it\'s'.
QByteArray quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return '\'' + escaped.toUtf8() + '\'';
}

QString fileOf(const QString& id)
{
    return kFiles + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

struct Digest
{
    QByteArray sha256, md5; // hex
};

std::optional<Digest> digestOf(const QString& path, QString* error)
{
    QFile file(path);
    crypto::Sha256 sha;
    QCryptographicHash md5(QCryptographicHash::Md5);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 got = file.open(QIODevice::ReadOnly) ? 0 : -1;
    while (got >= 0 && (got = file.read(chunk.data(), chunk.size())) > 0) {
        sha.addData(QByteArrayView(chunk.constData(), got));
        md5.addData(QByteArrayView(chunk.constData(), got));
    }
    if (got < 0) {
        *error = DriveRepository::tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return Digest{ sha.hexResult(), md5.result().toHex() };
}

// Where an upload goes on after a 308: "Range: bytes=0-N" → N+1; none: 0 (nothing
// stored yet); -1 when it cannot be read.
qint64 storedUpTo(const HttpResponse& response)
{
    const QByteArray range = response.header("Range").trimmed();
    bool ok = range.startsWith("bytes=0-");
    const qint64 last = ok ? range.mid(8).toLongLong(&ok) : -1;
    return range.isEmpty() ? 0 : (ok && last >= 0 ? last + 1 : -1);
}

} // namespace

DriveRepository::DriveRepository(DriveConfig config, std::shared_ptr<AccessTokens> tokens)
    : m_config(std::move(config))
    , m_tokens(std::move(tokens))
{
    if (!m_config.endpoint.isValid() || m_config.endpoint.isEmpty())
        m_config.endpoint = QUrl(QStringLiteral("https://www.googleapis.com"));
    m_config.chunkSize = qMax(kChunkUnit, m_config.chunkSize / kChunkUnit * kChunkUnit);
}

QString DriveRepository::displayName() const
{
    return tr("Google Drive (folder “%1”)").arg(m_config.folderName);
}

QUrl DriveRepository::url(const QString& path, const Query& query) const
{
    QByteArray encoded = m_config.endpoint.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    encoded += path.toUtf8();
    char separator = '?';
    for (const auto& [key, value] : query) {
        encoded += separator + key + '=' + value.toPercentEncoding();
        separator = '&';
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

HttpResponse DriveRepository::api(const QByteArray& method, const QString& path, const Query& query,
                                  QString* tokenError, const QByteArray& body, const HttpHeaders& headers)
{
    HttpRequest request;
    request.method = method;
    request.url = url(path, query);
    request.body = body;
    request.headers = headers;
    request.headers.append({ QByteArray("Accept"), QByteArray("application/json") });
    if (!body.isEmpty())
        request.headers.append({ QByteArray("Content-Type"), QByteArray("application/json; charset=UTF-8") });
    // Drive's 403 "slow down" is retried here too, as HttpClient retries a 429.
    const RetryPolicy& policy = m_http.retryPolicy();
    for (int attempt = 1;; ++attempt) {
        const HttpResponse response = m_tokens->send(
            &m_http, [&] { return request; }, {}, tokenError);
        if (!rateLimited(response) || attempt >= policy.attempts)
            return response;
        HttpClient::waitUnlessCanceled(policy.delayMs(attempt + 1, response), nullptr);
    }
}

QString DriveRepository::failure(const HttpResponse& response, const QString& doing,
                                 const QString& tokenError) const
{
    if (response.canceled)
        return tr("Cancelled.");
    if (response.status == 401) {
        if (!tokenError.isEmpty())
            return tokenError;
        return tr("Google Drive refused the app's access while %1; try again, and reconnect Google Drive "
                  "if it keeps failing.")
            .arg(doing);
    }
    if (response.status == 0 || !response.networkError.isEmpty())
        return tr("%1 could not be reached while %2: %3")
            .arg(m_config.endpoint.host(), doing, response.networkError);
    const GoogleError e = googleError(response.body);
    QString why;
    if (e.reason == QLatin1String("storageQuotaExceeded"))
        why = tr(
            "the Google account's storage is full (free some space in Drive or get more, then try again)");
    else if (rateLimited(response))
        why = tr("Google asks the app to slow down; try again later");
    else if (response.status == 403)
        why = tr("the app is not allowed to do this (%1)").arg(e.message.isEmpty() ? e.reason : e.message);
    else if (response.status == 404)
        why = tr("it is not there (was it deleted in Drive?)");
    else if (!e.message.isEmpty())
        why = e.message;
    else
        why = tr("it answered %1").arg(response.status);
    return tr("%1 refused while %2: %3.").arg(displayName(), doing, why);
}

bool DriveRepository::ensureFolder(QString* error)
{
    if (!m_folderId.isEmpty())
        return true;
    const QByteArray q = "name=" + quoted(m_config.folderName) + " and mimeType='" + kFolderType
        + "' and 'root' in parents and trashed=false";
    QString tokenError;
    // The oldest of that name: two computers that made it at once (or a retried
    // make whose answer was lost) agree on one.
    auto find = [&](HttpResponse* response) {
        *response = api(
            "GET", kFiles,
            { { "q", q }, { "fields", "files(id)" }, { "spaces", "drive" }, { "orderBy", "createdTime" } },
            &tokenError);
        const QJsonArray found = jsonOf(response->body).value(QLatin1String("files")).toArray();
        return found.isEmpty() ? QString() : textOf(found.first().toObject(), "id");
    };
    HttpResponse response;
    m_folderId = find(&response);
    if (!response.ok()) {
        *error = failure(response, tr("looking for the folder"), tokenError);
        return false;
    }
    if (m_folderId.isEmpty()) {
        const QJsonObject folder{ { QStringLiteral("name"), m_config.folderName },
                                  { QStringLiteral("mimeType"), QString::fromLatin1(kFolderType) } };
        response = api("POST", kFiles, { { "fields", "id" } }, &tokenError,
                       QJsonDocument(folder).toJson(QJsonDocument::Compact));
        if (!response.ok()) {
            *error = failure(response, tr("making the folder"), tokenError);
            return false;
        }
        const QString made = textOf(jsonOf(response.body), "id");
        m_folderId = find(&response);
        if (m_folderId.isEmpty())
            m_folderId = made; // not searchable yet
    }
    if (m_folderId.isEmpty()) {
        *error = tr("%1 sent an answer that cannot be read.").arg(displayName());
        return false;
    }
    return true;
}

bool DriveRepository::fetchAll(Progress* progress, QString* error)
{
    if (!ensureFolder(error))
        return false;
    QHash<QString, QList<Entry>> found;
    int count = 0;
    QByteArray pageToken;
    do {
        if (progress && progress->isCanceled()) {
            *error = tr("Cancelled.");
            return false;
        }
        Query query = { { "q", quoted(m_folderId) + " in parents and trashed=false" },
                        { "fields", "nextPageToken,files(id,name,size,modifiedTime,md5Checksum)" },
                        { "pageSize", "1000" } };
        if (!pageToken.isEmpty())
            query.append({ "pageToken", pageToken });
        QString tokenError;
        const HttpResponse response = api("GET", kFiles, query, &tokenError);
        if (!response.ok()) {
            *error = failure(response, tr("listing the backups"), tokenError);
            return false;
        }
        const QJsonObject page = jsonOf(response.body);
        if (!page.value(QLatin1String("files")).isArray()) {
            *error = tr("%1 sent a list that cannot be read.").arg(displayName());
            return false;
        }
        for (const QJsonValue& value : page.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = value.toObject();
            const Entry e{ textOf(f, "id"), numberOf(f, "size"),
                           textOf(f, "md5Checksum").toLatin1().toLower(),
                           QDateTime::fromString(textOf(f, "modifiedTime"), Qt::ISODateWithMs).toUTC() };
            const QString name = textOf(f, "name");
            if (!e.id.isEmpty() && !name.isEmpty() && e.size >= 0) { // no size: a folder or a Google Doc
                found[name].append(e);
                ++count;
            }
        }
        if (progress)
            progress->report(count, 0, tr("Listing %1").arg(displayName()));
        pageToken = textOf(page, "nextPageToken").toUtf8();
    } while (!pageToken.isEmpty());
    m_files = found;
    return true;
}

DriveRepository::Entry DriveRepository::newest(const QList<Entry>& entries)
{
    // Several of one name (a put that could not remove the older): the newest is the file.
    Entry found = entries.first();
    for (const Entry& e : entries) {
        if (e.modified > found.modified)
            found = e;
    }
    return found;
}

bool DriveRepository::list(QList<RemoteFile>* files, Progress* progress, QString* error)
{
    files->clear();
    if (!fetchAll(progress, error))
        return false;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('.')))
            continue;
        const Entry e = newest(*it);
        *files << RemoteFile{ it.key(), e.size, e.modified };
    }
    return true;
}

bool DriveRepository::put(const QString& localPath, const QString& name, const QString& sha256,
                          Progress* progress, QString* error)
{
    const qint64 size = QFileInfo(localPath).size();
    // Sent in chunks the file is never read in one go from start to end:
    // hashed first, and compared with what Drive says it received at the end.
    const auto digest = digestOf(localPath, error);
    if (!digest)
        return false;
    if (!sha256.isEmpty() && digest->sha256 != sha256.toLatin1().toLower()) {
        *error = tr("%1 does not match its checksum (did it change, or is the disk failing?); it was not "
                    "uploaded.")
                     .arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    if (!ensureFolder(error))
        return false;
    QJsonObject file;
    Outcome outcome = Outcome::Expired;
    for (int session = 0; session < kSessions && outcome == Outcome::Expired; ++session) {
        const QUrl uri = startSession(name, size, error);
        if (uri.isEmpty())
            return false;
        outcome = upload(uri, localPath, name, size, progress, &file, error);
    }
    if (outcome == Outcome::Expired)
        *error = tr("%1 ended the upload of %2 %3 times before it was done; try again later.")
                     .arg(displayName(), name)
                     .arg(kSessions);
    if (outcome != Outcome::Done)
        return false;
    return checkUploaded(file, name, size, digest->md5, error);
}

QUrl DriveRepository::startSession(const QString& name, qint64 size, QString* error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QJsonObject meta{ { QStringLiteral("name"), name },
                                { QStringLiteral("parents"), QJsonArray{ m_folderId } } };
        QString tokenError;
        const HttpResponse response
            = api("POST", QStringLiteral("/upload/drive/v3/files"),
                  { { "uploadType", "resumable" }, { "fields", "id,name,size,md5Checksum" } }, &tokenError,
                  QJsonDocument(meta).toJson(QJsonDocument::Compact),
                  { { "X-Upload-Content-Type", "application/octet-stream" },
                    { "X-Upload-Content-Length", QByteArray::number(size) } });
        const QUrl session = QUrl::fromEncoded(response.header("Location"), QUrl::StrictMode);
        if (response.ok() && session.isValid() && !session.isRelative()
            && (session.scheme() == QLatin1String("https") || session.scheme() == QLatin1String("http")))
            return session;
        if (response.status == 404 && attempt == 0) { // the folder is gone (deleted in Drive): again
            m_folderId.clear();
            if (!ensureFolder(error))
                return {};
            continue;
        }
        *error = response.ok() ? tr("%1 did not start the upload of %2.").arg(displayName(), name)
                               : failure(response, tr("starting the upload of %1").arg(name), tokenError);
        return {};
    }
    return {};
}

HttpResponse DriveRepository::sendToSession(const HttpRequest& request, const TransferProgress& progress,
                                            QString* tokenError)
{
    // The session's address is its credential; the token goes only to the API's own host.
    const QUrl& to = request.url;
    if (to.scheme() != m_config.endpoint.scheme() || to.host() != m_config.endpoint.host()
        || to.port() != m_config.endpoint.port())
        return m_http.send(request, progress);
    // Sent once (the caller asks the session where it stands before sending again); a 401 renews the token.
    QByteArray token = m_tokens->current(&m_http, tokenError);
    for (int attempt = 0; attempt < 2 && !token.isEmpty(); ++attempt) {
        HttpRequest r = request;
        r.headers.append({ "Authorization", "Bearer " + token });
        const HttpResponse response = m_http.send(r, progress);
        if (response.status != 401 || attempt == 1)
            return response;
        token = m_tokens->renew(&m_http, token, tokenError);
    }
    HttpResponse none;
    none.status = 401;
    return none;
}

DriveRepository::Outcome DriveRepository::upload(const QUrl& session, const QString& localPath,
                                                 const QString& name, qint64 size, Progress* progress,
                                                 QJsonObject* file, QString* error)
{
    const RetryPolicy& policy = m_http.retryPolicy();
    const QString what = tr("Uploading to %1").arg(displayName());
    qint64 offset = 0, furthest = 0;
    bool ask = false, refused = false;
    int failures = 0;
    QString tokenError;
    auto fail = [&](const HttpResponse& response) {
        *error = failure(response, tr("uploading %1").arg(name), tokenError);
        return Outcome::Failed;
    };
    for (;;) {
        // A status query ("bytes */total", no body) after a lost answer; the upload of an empty file too.
        const bool asking = ask || size == 0;
        const qint64 length = asking ? 0 : qMin(m_config.chunkSize, size - offset);
        HttpRequest r;
        r.method = "PUT";
        r.url = session;
        const QByteArray range = asking
            ? QByteArray("*")
            : QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1);
        r.headers = { { "Content-Range", "bytes " + range + '/' + QByteArray::number(size) } };
        if (!asking) {
            r.bodyFile = localPath;
            r.bodyOffset = offset;
            r.bodyLength = length;
        }
        const HttpResponse response = sendToSession(r, { progress, offset, size, what }, &tokenError);
        if ((response.status == 200 || response.status == 201) && response.networkError.isEmpty()) {
            *file = jsonOf(response.body);
            return Outcome::Done;
        }
        if (response.status == 404 || response.status == 410)
            return Outcome::Expired;
        if (response.status == 308 && response.networkError.isEmpty()) {
            const qint64 next = storedUpTo(response);
            if (next < 0 || next > size) {
                *error = tr("%1 answered the upload of %2 with a range that cannot be (%3).")
                             .arg(displayName(), name, QString::fromLatin1(response.header("Range")));
                return Outcome::Failed;
            }
            offset = next;
            ask = false;
            if (offset > furthest) { // headway: the count of failures starts again
                furthest = offset;
                failures = 0;
                refused = false;
                continue;
            }
            if (asking && size > 0)
                continue;
            // A chunk of which nothing was kept (or an empty file not taken): as if it had failed.
        } else if (response.status == 400 && !asking && !refused) {
            // Refused once, maybe as sent twice: libcurl sends a request again by itself when a
            // reused connection dies before any answer, a chunk too. Where is the session?
            refused = ask = true;
        } else if (response.canceled || !(response.transient() || rateLimited(response))) {
            return fail(response);
        } else {
            ask = true; // the answer is lost, or the server failed: how far did it get?
        }
        if (++failures >= policy.attempts)
            return fail(response);
        if (!HttpClient::waitUnlessCanceled(policy.delayMs(failures + 1, response), progress)) {
            HttpResponse canceled;
            canceled.canceled = true;
            return fail(canceled);
        }
    }
}

bool DriveRepository::checkUploaded(const QJsonObject& file, const QString& name, qint64 size,
                                    const QByteArray& md5, QString* error)
{
    const QString id = textOf(file, "id");
    QString ignored;
    if (id.isEmpty() || numberOf(file, "size") != size
        || textOf(file, "md5Checksum").toLatin1().toLower() != md5) {
        if (!id.isEmpty())
            deleteId(id, &ignored);
        *error = tr("%1 kept a copy of %2 that differs from the file (did the file change while it was "
                    "uploaded?); it was removed. Try again.")
                     .arg(displayName(), name);
        return false;
    }
    // Drive allows several files of one name: the older ones go, so the put
    // replaces. Should that fail, list() and get() take the newest.
    if (fetchAll(nullptr, &ignored)) {
        for (const Entry& e : m_files.value(name)) {
            if (e.id != id)
                deleteId(e.id, &ignored);
        }
    }
    m_files[name] = { Entry{ id, size, md5, QDateTime::currentDateTimeUtc() } };
    return true;
}

bool DriveRepository::get(const QString& name, const QString& localPath, Progress* progress, QString* error)
{
    if (!fetchAll(nullptr, error))
        return false;
    const QList<Entry> found = m_files.value(name);
    if (found.isEmpty()) {
        *error = tr("%1 is not in %2.").arg(name, displayName());
        return false;
    }
    const Entry entry = newest(found);
    Download download;
    download.http = &m_http;
    download.size = entry.size;
    download.target = localPath;
    download.what = name;
    download.store = displayName();
    QString tokenError;
    download.request = [&](qint64 from) {
        // Asked for each attempt: renewed when it is about to run out.
        HttpRequest r;
        r.url = url(fileOf(entry.id), { { "alt", "media" } });
        r.headers = { { "Authorization", "Bearer " + m_tokens->current(&m_http, &tokenError) } };
        if (from > 0)
            r.headers.append({ "Range", "bytes=" + QByteArray::number(from) + '-' });
        return r;
    };
    download.failure = [&](const HttpResponse& response) {
        return failure(response, tr("downloading %1").arg(name), tokenError);
    };
    if (!download.run(progress, error))
        return false;
    // Drive keeps each file's MD5: the copy must match it.
    const auto digest = entry.md5.isEmpty() ? std::optional<Digest>() : digestOf(localPath, error);
    if (!entry.md5.isEmpty() && (!digest || digest->md5 != entry.md5)) {
        QFile::remove(localPath);
        *error = tr("The copy of %1 downloaded from %2 does not match its checksum; nothing was kept.")
                     .arg(name, displayName());
        return false;
    }
    return true;
}

bool DriveRepository::deleteId(const QString& id, QString* error)
{
    QString tokenError;
    const HttpResponse response = api("DELETE", fileOf(id), {}, &tokenError);
    if (response.ok() || response.status == 404)
        return true;
    *error = failure(response, tr("removing a file"), tokenError);
    return false;
}

bool DriveRepository::remove(const QString& name, QString* error)
{
    // The listing a prune made names the files; a name it does not know is looked up.
    if (!m_files.contains(name) && !fetchAll(nullptr, error))
        return false;
    for (const Entry& e : m_files.value(name)) {
        if (!deleteId(e.id, error))
            return false;
    }
    m_files.remove(name);
    return true;
}

std::optional<Quota> DriveRepository::quota(QString* error)
{
    QString tokenError;
    const HttpResponse response
        = api("GET", QStringLiteral("/drive/v3/about"),
              { { "fields", "storageQuota(limit,usage),user(displayName,emailAddress)" } }, &tokenError);
    if (!response.ok()) {
        *error = failure(response, tr("asking about the account"), tokenError);
        return std::nullopt;
    }
    const QJsonObject about = jsonOf(response.body);
    const QJsonObject user = about.value(QLatin1String("user")).toObject();
    const QString shown = textOf(user, "displayName"), email = textOf(user, "emailAddress");
    m_accountName
        = shown.isEmpty() || email.isEmpty() ? shown + email : QStringLiteral("%1 (%2)").arg(shown, email);
    // No limit: an unlimited (Workspace) account.
    const QJsonObject storage = about.value(QLatin1String("storageQuota")).toObject();
    return Quota{ numberOf(storage, "usage"), numberOf(storage, "limit") };
}

bool DriveRepository::test(QString* error)
{
    if (!quota(error))
        return false;
    m_folderId.clear();
    return ensureFolder(error);
}

} // namespace tp::cloud
