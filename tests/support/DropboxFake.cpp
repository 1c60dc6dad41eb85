#include "DropboxFake.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tp::test {

namespace {

QByteArray randomId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString folderOf(const QString& lowerPath)
{
    return lowerPath.left(lowerPath.lastIndexOf('/'));
}

} // namespace

DropboxFake::DropboxFake()
{
    start();
}

DropboxFake::~DropboxFake()
{
    stop();
}

QByteArray DropboxFake::addRefreshToken()
{
    QMutexLocker lock(&mutex());
    const QByteArray t = "refresh-" + randomId();
    m_refreshTokens.insert(t);
    return t;
}

void DropboxFake::revokeAll()
{
    QMutexLocker lock(&mutex());
    m_refreshTokens.clear();
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = false;
}

void DropboxFake::expireAccessTokens()
{
    QMutexLocker lock(&mutex());
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = false;
}

void DropboxFake::expireSessions()
{
    QMutexLocker lock(&mutex());
    m_sessions.clear();
}

void DropboxFake::dropAfterStoring(int count)
{
    QMutexLocker lock(&mutex());
    m_dropAfterStoring = count;
}

void DropboxFake::setPageSize(int entries)
{
    QMutexLocker lock(&mutex());
    m_pageSize = entries;
}

void DropboxFake::setAllocated(qint64 bytes)
{
    QMutexLocker lock(&mutex());
    m_allocated = bytes;
}

int DropboxFake::tokenRefreshes() const
{
    QMutexLocker lock(&mutex());
    return m_refreshes;
}

int DropboxFake::codeExchanges() const
{
    QMutexLocker lock(&mutex());
    return m_exchanges;
}

QStringList DropboxFake::fileNames(const QString& folder) const
{
    QMutexLocker lock(&mutex());
    QStringList names;
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (folderOf(it.key()) == folder.toLower())
            names << it->display.mid(it->display.lastIndexOf('/') + 1);
    }
    return names;
}

QByteArray DropboxFake::content(const QString& path) const
{
    QMutexLocker lock(&mutex());
    return m_files.value(path.toLower()).data;
}

int DropboxFake::openSessions() const
{
    QMutexLocker lock(&mutex());
    return m_sessions.size();
}

bool DropboxFake::argsWereAscii() const
{
    QMutexLocker lock(&mutex());
    return m_ascii;
}

QByteArray DropboxFake::contentHash(const QByteArray& data)
{
    QCryptographicHash blocks(QCryptographicHash::Sha256);
    for (qint64 at = 0; at < data.size(); at += 4 * 1024 * 1024)
        blocks.addData(QCryptographicHash::hash(data.mid(at, 4 * 1024 * 1024), QCryptographicHash::Sha256));
    return blocks.result().toHex();
}

FakeReply DropboxFake::error(int status, const QString& summary, const QJsonObject& error)
{
    return FakeReply::json(status, { { "error_summary", QString(summary + "/..") }, { "error", error } });
}

QJsonObject DropboxFake::metadataOf(const File& file) const
{
    return { { ".tag", "file" },
             { "name", file.display.mid(file.display.lastIndexOf('/') + 1) },
             { "path_display", file.display },
             { "path_lower", file.display.toLower() },
             { "id", QString("id:" + QString::fromLatin1(contentHash(file.display.toUtf8()).left(12))) },
             { "size", double(file.data.size()) },
             { "server_modified", file.modified },
             { "client_modified", file.modified },
             { "rev", "015" },
             { "content_hash", QString::fromLatin1(contentHash(file.data)) } };
}

FakeReply DropboxFake::handle(const FakeRequest& request)
{
    if (request.path == "/oauth2/authorize" && request.method == "GET")
        return authorize(request);
    if (request.path == "/oauth2/token" && request.method == "POST")
        return token(request);
    if (request.method != "POST" || !request.path.startsWith("/2/"))
        return FakeReply::text(404, "Unknown API function");
    // Every API call: a bearer token that is still good.
    const QByteArray auth = request.header("Authorization");
    const QByteArray bearer = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
    if (!m_accessTokens.contains(bearer))
        return error(401, "invalid_access_token", { { ".tag", "invalid_access_token" } });
    if (!m_accessTokens.value(bearer))
        return error(401, "expired_access_token", { { ".tag", "expired_access_token" } });
    const QString route = request.path.mid(2);
    const bool isContent = route.startsWith("/files/upload_session/") || route == "/files/download";
    if (!isContent) {
        if (request.header("Content-Type") != "application/json")
            return FakeReply::text(400,
                                   "Error in call to API function \"" + route.toUtf8()
                                       + "\": Bad HTTP \"Content-Type\" header. Expecting "
                                         "\"application/json\".");
        QJsonParseError parsed;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parsed);
        if (request.body != "null" && !body.isObject())
            return FakeReply::text(400,
                                   "Error in call to API function: request body: could not decode input as "
                                   "JSON");
        return rpc(route, body.object());
    }
    const QByteArray arg = request.header("Dropbox-API-Arg");
    for (const char c : arg) {
        if (static_cast<unsigned char>(c) > 0x7e) {
            m_ascii = false;
            return FakeReply::text(400,
                                   "Error in call to API function: Dropbox-API-Arg: must be ASCII (use "
                                   "\\u escapes)");
        }
    }
    const QJsonDocument args = QJsonDocument::fromJson(arg);
    if (!args.isObject()) {
        m_ascii = false;
        return FakeReply::text(400, "Error in call to API function: could not decode Dropbox-API-Arg");
    }
    if (route != "/files/download" && request.header("Content-Type") != "application/octet-stream")
        return FakeReply::text(400,
                               "Error in call to API function: Bad HTTP \"Content-Type\" header. Expecting "
                               "\"application/octet-stream\".");
    return contentCall(route, args.object(), request);
}

FakeReply DropboxFake::authorize(const FakeRequest& request)
{
    const QUrlQuery& q = request.query;
    if (q.queryItemValue("client_id") != kAppKey)
        return FakeReply::text(400, "Invalid client_id");
    if (q.queryItemValue("response_type") != "code" || q.queryItemValue("code_challenge_method") != "S256"
        || q.queryItemValue("code_challenge").size() != 43
        || q.queryItemValue("token_access_type") != "offline")
        return FakeReply::text(
            400, "Invalid request: response_type=code, S256 challenge and offline access wanted");
    const QUrl redirect(q.queryItemValue("redirect_uri", QUrl::FullyDecoded));
    if (redirect.scheme() != "http" || redirect.host() != "127.0.0.1")
        return FakeReply::text(400, "Invalid redirect_uri");
    const QByteArray code = "code-" + randomId();
    m_codes.insert(code, { q.queryItemValue("code_challenge").toLatin1(), redirect.toString() });
    QUrl back = redirect;
    QUrlQuery answer;
    answer.addQueryItem("code", QString::fromLatin1(code));
    answer.addQueryItem("state", q.queryItemValue("state", QUrl::FullyDecoded));
    back.setQuery(answer);
    FakeReply reply;
    reply.status = 302;
    reply.headers = { { "Location", back.toEncoded() } };
    return reply;
}

FakeReply DropboxFake::token(const FakeRequest& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto value = [&](const char* key) { return form.queryItemValue(key, QUrl::FullyDecoded).toUtf8(); };
    auto refused = [](const char* code, const char* description) {
        return FakeReply::json(400, { { "error", code }, { "error_description", description } });
    };
    if (value("client_id") != kAppKey)
        return refused("invalid_client", "Invalid client_id");
    QByteArray refresh;
    if (value("grant_type") == "authorization_code") {
        const auto code = m_codes.take(value("code"));
        if (code.first.isEmpty())
            return refused("invalid_grant", "code doesn't exist or has expired");
        const QByteArray challenge
            = QCryptographicHash::hash(value("code_verifier"), QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (challenge != code.first)
            return refused("invalid_grant", "invalid code verifier");
        if (QString::fromUtf8(value("redirect_uri")) != code.second)
            return refused("invalid_grant", "redirect_uri mismatch");
        refresh = "refresh-" + randomId();
        m_refreshTokens.insert(refresh);
        ++m_exchanges;
    } else if (value("grant_type") == "refresh_token") {
        if (!m_refreshTokens.contains(value("refresh_token")))
            return refused("invalid_grant", "refresh token is invalid or revoked");
        ++m_refreshes;
    } else {
        return refused("unsupported_grant_type", "grant_type is not supported");
    }
    const QByteArray access = "sl." + randomId();
    m_accessTokens.insert(access, true);
    QJsonObject body{ { "access_token", QString::fromLatin1(access) },
                      { "token_type", "bearer" },
                      { "expires_in", 14400 },
                      { "scope", "files.content.read files.content.write account_info.read" } };
    if (!refresh.isEmpty()) {
        body.insert("refresh_token", QString::fromLatin1(refresh));
        body.insert("account_id", "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc");
        body.insert("uid", "12345");
    }
    return FakeReply::json(200, body);
}

FakeReply DropboxFake::rpc(const QString& route, const QJsonObject& args)
{
    const QString path = args.value("path").toString();
    if (route == "/files/list_folder")
        return listFolder(path, 0);
    if (route == "/files/list_folder/continue") {
        const auto cursor = m_cursors.value(args.value("cursor").toString(), { QString(), -1 });
        if (cursor.second < 0)
            return error(409, "reset", { { ".tag", "reset" } });
        return listFolder(cursor.first, cursor.second);
    }
    if (route == "/files/get_metadata" || route == "/files/delete_v2") {
        const auto it = m_files.find(path.toLower());
        if (it == m_files.end())
            return error(409, route == "/files/delete_v2" ? "path_lookup/not_found" : "path/not_found",
                         { { ".tag", "path" }, { "path", QJsonObject{ { ".tag", "not_found" } } } });
        const QJsonObject metadata = metadataOf(*it);
        if (route == "/files/delete_v2") {
            m_files.erase(it);
            return FakeReply::json(200, { { "metadata", metadata } });
        }
        return FakeReply::json(200, metadata);
    }
    if (route == "/users/get_space_usage") {
        qint64 used = 0;
        for (const File& f : m_files)
            used += f.data.size();
        return FakeReply::json(
            200,
            { { "used", double(used) },
              { "allocation",
                QJsonObject{ { ".tag", "individual" }, { "allocated", double(m_allocated) } } } });
    }
    if (route == "/users/get_current_account")
        return FakeReply::json(200,
                               { { "account_id", "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc" },
                                 { "name", QJsonObject{ { "display_name", "Ada Lovelace" } } },
                                 { "email", "ada@example.org" } });
    return FakeReply::text(400, "Unknown API function: " + route.toUtf8());
}

FakeReply DropboxFake::listFolder(const QString& path, int from)
{
    const QString folder = path.toLower();
    if (!folder.isEmpty() && !folder.startsWith('/'))
        return FakeReply::text(400,
                               "Error in call to API function \"files/list_folder\": request body: path: "
                               "'" + path.toUtf8()
                                   + "' did not match pattern");
    QList<QJsonObject> entries;
    bool exists = folder.isEmpty();
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (it.key().startsWith(folder + '/'))
            exists = true;
        if (folderOf(it.key()) == folder)
            entries << metadataOf(*it);
    }
    if (!exists)
        return error(409, "path/not_found",
                     { { ".tag", "path" }, { "path", QJsonObject{ { ".tag", "not_found" } } } });
    QJsonArray page;
    for (int i = from; i < entries.size() && page.size() < m_pageSize; ++i)
        page.append(entries[i]);
    const int next = from + int(page.size());
    const QString cursor = "cursor-" + QString::fromLatin1(randomId());
    m_cursors.insert(cursor, { path, next });
    return FakeReply::json(
        200, { { "entries", page }, { "cursor", cursor }, { "has_more", next < entries.size() } });
}

FakeReply DropboxFake::contentCall(const QString& route, const QJsonObject& args, const FakeRequest& request)
{
    if (route == "/files/upload_session/start") {
        const QString id = "session-" + QString::fromLatin1(randomId());
        m_sessions.insert(id, request.body);
        return FakeReply::json(200, { { "session_id", id } });
    }
    if (route == "/files/upload_session/append_v2") {
        const QJsonObject cursor = args.value("cursor").toObject();
        const QString id = cursor.value("session_id").toString();
        if (!m_sessions.contains(id))
            return error(409, "not_found", { { ".tag", "not_found" } });
        QByteArray& data = m_sessions[id];
        const qint64 offset = cursor.value("offset").toInteger(-1);
        if (offset != data.size())
            return error(409, "incorrect_offset",
                         { { ".tag", "incorrect_offset" }, { "correct_offset", double(data.size()) } });
        data += request.body;
        if (m_dropAfterStoring > 0) {
            --m_dropAfterStoring;
            FakeReply dropped;
            dropped.drop = true;
            return dropped;
        }
        return FakeReply::json(200, QJsonObject());
    }
    if (route == "/files/upload_session/finish")
        return finish(args);
    if (route == "/files/download") {
        const auto it = m_files.find(args.value("path").toString().toLower());
        if (it == m_files.end())
            return error(409, "path/not_found",
                         { { ".tag", "path" }, { "path", QJsonObject{ { ".tag", "not_found" } } } });
        FakeReply reply;
        reply.headers
            = { { "Dropbox-API-Result", QJsonDocument(metadataOf(*it)).toJson(QJsonDocument::Compact) },
                { "Content-Type", "application/octet-stream" } };
        const QByteArray range = request.header("Range");
        qint64 from = 0;
        if (range.startsWith("bytes=") && range.endsWith('-')) {
            from = range.mid(6, range.size() - 7).toLongLong();
            if (from >= it->data.size() && from > 0)
                return FakeReply::text(416, "Range not satisfiable");
            reply.status = 206;
            reply.headers.append({ "Content-Range",
                                   "bytes " + QByteArray::number(from) + '-'
                                       + QByteArray::number(it->data.size() - 1) + '/'
                                       + QByteArray::number(it->data.size()) });
        }
        reply.body = it->data.mid(from);
        return reply;
    }
    return FakeReply::text(400, "Unknown API function: " + route.toUtf8());
}

FakeReply DropboxFake::finish(const QJsonObject& args)
{
    const QJsonObject cursor = args.value("cursor").toObject();
    const QString id = cursor.value("session_id").toString();
    const auto lookupFailed = [](const QJsonObject& why) {
        return error(409, "lookup_failed/" + why.value(".tag").toString(),
                     { { ".tag", "lookup_failed" }, { "lookup_failed", why } });
    };
    if (!m_sessions.contains(id))
        return lookupFailed({ { ".tag", "not_found" } });
    const QByteArray data = m_sessions.value(id);
    if (cursor.value("offset").toInteger(-1) != data.size())
        return lookupFailed({ { ".tag", "incorrect_offset" }, { "correct_offset", double(data.size()) } });
    const QJsonObject commit = args.value("commit").toObject();
    const QString path = commit.value("path").toString();
    if (!path.startsWith('/') || path.endsWith('/'))
        return error(409, "path/malformed_path",
                     { { ".tag", "path" }, { "reason", QJsonObject{ { ".tag", "malformed_path" } } } });
    if (commit.value("mode").toString() != "overwrite" && m_files.contains(path.toLower()))
        return error(409, "path/conflict/file",
                     { { ".tag", "path" }, { "reason", QJsonObject{ { ".tag", "conflict" } } } });
    qint64 used = data.size();
    for (const File& f : m_files)
        used += f.data.size();
    if (used > m_allocated)
        return error(409, "path/insufficient_space",
                     { { ".tag", "path" }, { "reason", QJsonObject{ { ".tag", "insufficient_space" } } } });
    m_sessions.remove(id);
    File& file = m_files[path.toLower()];
    file.display = path;
    file.data = data;
    file.modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return FakeReply::json(200, metadataOf(file));
}

} // namespace tp::test
