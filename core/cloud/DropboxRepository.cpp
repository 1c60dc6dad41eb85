#include "DropboxRepository.h"

#include "crypto/Sha256.h"
#include "Download.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp::cloud {

namespace {

constexpr qint64 kHashBlock = 4 * 1024 * 1024; // Dropbox's content-hash block
constexpr int kSessionRestarts = 2;

QJsonObject jsonOf(const HttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// "path/not_found/.." → the tags of a 409's error_summary.
QString summaryOf(const HttpResponse& response)
{
    return jsonOf(response).value(QLatin1String("error_summary")).toString();
}

// The correct_offset of an incorrect_offset error, at any depth of the
// union (append_v2: error.correct_offset; finish: error.lookup_failed.correct_offset); -1 when none.
qint64 correctOffset(const QJsonObject& error)
{
    if (error.value(QLatin1String(".tag")).toString() == QLatin1String("incorrect_offset"))
        return error.value(QLatin1String("correct_offset")).toInteger(-1);
    for (auto it = error.begin(); it != error.end(); ++it) {
        if (it->isObject()) {
            const qint64 found = correctOffset(it->toObject());
            if (found >= 0)
                return found;
        }
    }
    return -1;
}

} // namespace

DropboxRepository::DropboxRepository(DropboxConfig config, std::shared_ptr<AccessTokens> tokens)
    : m_config(std::move(config))
    , m_tokens(std::move(tokens))
{
    while (m_config.folder.startsWith(QLatin1Char('/')))
        m_config.folder.remove(0, 1);
    while (m_config.folder.endsWith(QLatin1Char('/')))
        m_config.folder.chop(1);
}

QString DropboxRepository::displayName() const
{
    return m_config.folder.isEmpty() ? tr("Dropbox (the app's folder)")
                                     : tr("Dropbox (the app's folder “%1”)").arg(m_config.folder);
}

QString DropboxRepository::pathOf(const QString& name) const
{
    QString path = m_config.folder.isEmpty() ? QString() : QLatin1Char('/') + m_config.folder;
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return path;
}

QByteArray DropboxRepository::apiArg(const QJsonObject& args)
{
    const QString json = QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    QByteArray ascii;
    ascii.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() < 0x7f)
            ascii += char(c.unicode());
        else
            ascii += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return ascii;
}

bool DropboxRepository::hashFile(const QString& path, QByteArray* contentHash, QByteArray* sha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    crypto::Sha256 whole, blocks;
    QByteArray block;
    while (!file.atEnd()) {
        block = file.read(kHashBlock);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return false;
        whole.addData(block);
        blocks.addData(crypto::Sha256::hash(block));
    }
    *contentHash = blocks.hexResult();
    *sha256 = whole.hexResult();
    return true;
}

HttpResponse DropboxRepository::rpc(const QString& route, const QJsonObject* args, QString* error)
{
    const QUrl base = m_config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://api.dropboxapi.com"))
                                                  : m_config.endpoint;
    const QByteArray body = args ? QJsonDocument(*args).toJson(QJsonDocument::Compact) : QByteArray("null");
    return m_tokens->send(
        &m_http,
        [&] {
            HttpRequest r;
            r.method = "POST";
            r.url = base.resolved(QUrl(route));
            r.headers = { { "Content-Type", "application/json" } };
            r.body = body;
            return r;
        },
        {}, error);
}

HttpResponse DropboxRepository::content(const QString& route, const QJsonObject& args,
                                        const HttpRequest& body, const TransferProgress& progress,
                                        QString* error)
{
    const QUrl base = m_config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://content.dropboxapi.com"))
                                                  : m_config.endpoint;
    const QByteArray arg = apiArg(args);
    return m_tokens->send(
        &m_http,
        [&] {
            HttpRequest r = body;
            r.method = "POST";
            r.url = base.resolved(QUrl(route));
            r.headers.append(HttpHeaders::value_type("Dropbox-API-Arg", arg));
            r.headers.append(HttpHeaders::value_type("Content-Type", "application/octet-stream"));
            return r;
        },
        progress, error);
}

QString DropboxRepository::failure(const HttpResponse& response, const QString& tokenError,
                                   const QString& doing) const
{
    if (response.canceled)
        return tr("Cancelled.");
    if (m_tokens->needsReconnect())
        return tr("Dropbox needs to be connected again: %1").arg(tokenError);
    if (response.status == 0)
        return tr("Dropbox could not be reached while %1: %2").arg(doing, response.networkError);
    if (response.status == 401 && !tokenError.isEmpty())
        return tr("Dropbox did not accept the sign-in while %1: %2").arg(doing, tokenError);
    const QString summary = summaryOf(response);
    QString why;
    if (summary.contains(QLatin1String("insufficient_space")))
        why = tr("the Dropbox is full");
    else if (summary.contains(QLatin1String("disallowed_name"))
             || summary.contains(QLatin1String("malformed")))
        why = tr("Dropbox does not allow this name");
    else if (summary.contains(QLatin1String("no_write_permission")))
        why = tr("the account may not write there");
    else if (response.status == 400)
        why = tr("it did not understand the request (%1)").arg(QString::fromUtf8(response.body.left(200)));
    else if (response.status == 409)
        why = summary.isEmpty() ? tr("it refused") : summary.section(QLatin1Char('/'), 0, 0);
    else
        why = HttpClient::describe(response);
    return tr("Dropbox refused while %1: %2.").arg(doing, why);
}

bool DropboxRepository::list(QList<RemoteFile>* files, Progress*, QString* error)
{
    files->clear();
    QJsonObject args{ { QStringLiteral("path"), pathOf({}) }, { QStringLiteral("recursive"), false } };
    QString route = QStringLiteral("/2/files/list_folder");
    QString tokenError;
    for (int page = 0; page < 100000; ++page) {
        const HttpResponse response = rpc(route, &args, &tokenError);
        if (response.status == 409 && summaryOf(response).startsWith(QLatin1String("path/not_found")))
            return true; // no folder yet: nothing in it
        if (!response.ok()) {
            *error = failure(response, tokenError, tr("listing the backups"));
            return false;
        }
        const QJsonObject json = jsonOf(response);
        for (const QJsonValue entry : json.value(QLatin1String("entries")).toArray()) {
            const QJsonObject e = entry.toObject();
            const QString name = e.value(QLatin1String("name")).toString();
            if (e.value(QLatin1String(".tag")).toString() != QLatin1String("file") || name.isEmpty()
                || name.startsWith(QLatin1Char('.')))
                continue;
            *files << RemoteFile{ name, e.value(QLatin1String("size")).toInteger(-1),
                                  QDateTime::fromString(e.value(QLatin1String("server_modified")).toString(),
                                                        Qt::ISODate) };
        }
        if (!json.value(QLatin1String("has_more")).toBool())
            return true;
        route = QStringLiteral("/2/files/list_folder/continue");
        args = { { QStringLiteral("cursor"), json.value(QLatin1String("cursor")) } };
    }
    *error = tr("Dropbox listed without end; try again later.");
    return false;
}

bool DropboxRepository::put(const QString& localPath, const QString& name, const QString& sha256,
                            Progress* progress, QString* error)
{
    QByteArray contentHash, fileSha256;
    if (!hashFile(localPath, &contentHash, &fileSha256)) {
        *error = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    if (!sha256.isEmpty() && fileSha256 != sha256.toLatin1().toLower()) {
        *error = tr("%1 does not match its checksum (did it change, or is the disk failing?); it was not "
                    "uploaded.")
                     .arg(QDir::toNativeSeparators(localPath));
        return false;
    }
    const qint64 size = QFileInfo(localPath).size();
    QJsonObject metadata;
    if (!upload(localPath, size, name, progress, &metadata, error))
        return false;
    const QByteArray remoteHash = metadata.value(QLatin1String("content_hash")).toString().toLatin1();
    if (remoteHash != contentHash || metadata.value(QLatin1String("size")).toInteger(-1) != size) {
        QString ignored;
        remove(name, &ignored);
        *error = tr("Dropbox kept a copy of %1 that differs from the file; it was removed. Try again.")
                     .arg(name);
        return false;
    }
    return true;
}

bool DropboxRepository::upload(const QString& localPath, qint64 size, const QString& name, Progress* progress,
                               QJsonObject* metadata, QString* error)
{
    QString tokenError;
    for (int restart = 0; restart <= kSessionRestarts; ++restart) {
        HttpRequest empty;
        const HttpResponse started = content(QStringLiteral("/2/files/upload_session/start"),
                                             { { QStringLiteral("close"), false } }, empty, {}, &tokenError);
        if (!started.ok()) {
            *error = failure(started, tokenError, tr("uploading %1").arg(name));
            return false;
        }
        Session session{ jsonOf(started).value(QLatin1String("session_id")).toString().toUtf8(), 0 };
        if (session.id.isEmpty()) {
            *error = tr("Dropbox did not open an upload for %1; try again.").arg(name);
            return false;
        }
        if (!appendAll(&session, localPath, size, name, progress, error)) {
            if (error->isEmpty())
                continue; // the session expired: from the start again
            return false;
        }
        const QJsonObject args{
            { QStringLiteral("cursor"),
              QJsonObject{ { QStringLiteral("session_id"), QString::fromUtf8(session.id) },
                           { QStringLiteral("offset"), double(size) } } },
            { QStringLiteral("commit"),
              QJsonObject{ { QStringLiteral("path"), pathOf(name) },
                           { QStringLiteral("mode"), QStringLiteral("overwrite") },
                           { QStringLiteral("autorename"), false },
                           { QStringLiteral("mute"), true } } },
        };
        const HttpResponse finished
            = content(QStringLiteral("/2/files/upload_session/finish"), args, empty, {}, &tokenError);
        if (finished.ok()) {
            *metadata = jsonOf(finished);
            return true;
        }
        if (finished.status == 409 && summaryOf(finished).contains(QLatin1String("not_found")))
            continue;
        *error = failure(finished, tokenError, tr("uploading %1").arg(name));
        return false;
    }
    *error = tr("Dropbox dropped the upload of %1 again and again; try again later.").arg(name);
    return false;
}

// Sends the file's bytes from session->offset on. False with an empty error
// when the session is gone (expired) and must begin anew.
bool DropboxRepository::appendAll(Session* session, const QString& localPath, qint64 size,
                                  const QString& name, Progress* progress, QString* error)
{
    QString tokenError;
    int corrections = 0;
    while (session->offset < size) {
        const qint64 length = qMin(m_config.chunkSize, size - session->offset);
        HttpRequest body;
        body.bodyFile = localPath;
        body.bodyOffset = session->offset;
        body.bodyLength = length;
        const QJsonObject args{
            { QStringLiteral("cursor"),
              QJsonObject{ { QStringLiteral("session_id"), QString::fromUtf8(session->id) },
                           { QStringLiteral("offset"), double(session->offset) } } },
            { QStringLiteral("close"), false },
        };
        const HttpResponse response = content(
            QStringLiteral("/2/files/upload_session/append_v2"), args, body,
            { progress, session->offset, size, tr("Uploading to %1").arg(displayName()) }, &tokenError);
        if (response.ok()) {
            session->offset += length;
            continue;
        }
        const QJsonObject why = jsonOf(response).value(QLatin1String("error")).toObject();
        const qint64 correct = response.status == 409 ? correctOffset(why) : -1;
        if (correct >= 0 && correct <= size && ++corrections <= 100) {
            // A chunk arrived although its answer was lost, or the server holds less: go on from where it is.
            session->offset = correct;
            continue;
        }
        if (response.status == 409 && summaryOf(response).contains(QLatin1String("not_found"))) {
            error->clear();
            return false;
        }
        *error = failure(response, tokenError, tr("uploading %1").arg(name));
        return false;
    }
    return true;
}

bool DropboxRepository::get(const QString& name, const QString& localPath, Progress* progress, QString* error)
{
    QString tokenError;
    const QJsonObject args{ { QStringLiteral("path"), pathOf(name) } };
    const HttpResponse found = rpc(QStringLiteral("/2/files/get_metadata"), &args, &tokenError);
    if (found.status == 409) {
        *error = tr("%1 is not in %2.").arg(name, displayName());
        return false;
    }
    if (!found.ok()) {
        *error = failure(found, tokenError, tr("downloading %1").arg(name));
        return false;
    }
    Download download;
    download.http = &m_http;
    download.size = jsonOf(found).value(QLatin1String("size")).toInteger(-1);
    download.target = localPath;
    download.what = name;
    download.store = displayName();
    const QUrl base = m_config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://content.dropboxapi.com"))
                                                  : m_config.endpoint;
    download.request = [&](qint64 from) {
        HttpRequest r;
        r.method = "POST";
        r.url = base.resolved(QUrl(QStringLiteral("/2/files/download")));
        r.headers = { { "Dropbox-API-Arg", apiArg(args) } };
        if (from > 0)
            r.headers.append(HttpHeaders::value_type("Range", "bytes=" + QByteArray::number(from) + '-'));
        QString ignored;
        r.headers.append(
            HttpHeaders::value_type("Authorization", "Bearer " + m_tokens->current(&m_http, &ignored)));
        return r;
    };
    download.failure = [&](const HttpResponse& response) {
        return failure(response, tokenError, tr("downloading %1").arg(name));
    };
    return download.run(progress, error);
}

bool DropboxRepository::remove(const QString& name, QString* error)
{
    QString tokenError;
    const QJsonObject args{ { QStringLiteral("path"), pathOf(name) } };
    const HttpResponse response = rpc(QStringLiteral("/2/files/delete_v2"), &args, &tokenError);
    if (response.ok() || (response.status == 409 && summaryOf(response).contains(QLatin1String("not_found"))))
        return true;
    *error = failure(response, tokenError, tr("removing %1").arg(name));
    return false;
}

std::optional<Quota> DropboxRepository::quota(QString* error)
{
    QString tokenError;
    const HttpResponse response = rpc(QStringLiteral("/2/users/get_space_usage"), nullptr, &tokenError);
    if (!response.ok()) {
        *error = failure(response, tokenError, tr("asking for the free space"));
        return std::nullopt;
    }
    const QJsonObject json = jsonOf(response);
    const QJsonObject allocation = json.value(QLatin1String("allocation")).toObject();
    Quota quota;
    quota.used = json.value(QLatin1String("used")).toInteger(-1);
    quota.total = allocation.value(QLatin1String("allocated")).toInteger(-1);
    return quota;
}

bool DropboxRepository::test(QString* error)
{
    QString tokenError;
    const HttpResponse response = rpc(QStringLiteral("/2/users/get_current_account"), nullptr, &tokenError);
    if (!response.ok()) {
        *error = failure(response, tokenError, tr("signing in"));
        return false;
    }
    const QJsonObject json = jsonOf(response);
    const QString person
        = json.value(QLatin1String("name")).toObject().value(QLatin1String("display_name")).toString();
    const QString email = json.value(QLatin1String("email")).toString();
    m_account = email.isEmpty() ? person : person.isEmpty() ? email : tr("%1 (%2)").arg(person, email);
    QList<RemoteFile> files;
    return list(&files, nullptr, error);
}

} // namespace tp::cloud
