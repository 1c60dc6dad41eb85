#include "DriveFake.h"

#include <optional>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace tp::test {

namespace {

const QString kFolderType = "application/vnd.google-apps.folder";
const QString kRoot = "root";

FakeReply notFound(const QString& id)
{
    return DriveFake::error(404, "notFound", QString("File not found: %1.").arg(id));
}

FakeReply invalid(const QString& message)
{
    return DriveFake::error(400, "invalid", message);
}

// "nextPageToken,files(id,name)" → { nextPageToken: "", files: "id,name" }.
QList<QPair<QString, QString>> splitFields(const QString& fields)
{
    QList<QPair<QString, QString>> out;
    QString key, sub;
    int depth = 0;
    auto flush = [&] {
        if (!key.trimmed().isEmpty())
            out.append({ key.trimmed(), sub });
        key.clear();
        sub.clear();
    };
    for (const QChar c : fields) {
        if (c == '(' && depth++ == 0)
            continue;
        if (c == ')' && --depth == 0)
            continue;
        if (depth > 0)
            sub += c;
        else if (c == ',')
            flush();
        else
            key += c;
    }
    flush();
    return out;
}

// Only the fields asked for, as Google answers a `fields` parameter.
QJsonObject select(const QJsonObject& full, const QString& fields)
{
    if (fields.trimmed() == "*")
        return full;
    QJsonObject out;
    for (const auto& [key, sub] : splitFields(fields)) {
        if (!full.contains(key))
            continue;
        QJsonValue value = full.value(key);
        if (!sub.isEmpty() && value.isObject()) {
            value = select(value.toObject(), sub);
        } else if (!sub.isEmpty() && value.isArray()) {
            QJsonArray items;
            for (const QJsonValue& item : value.toArray())
                items.append(select(item.toObject(), sub));
            value = items;
        }
        out.insert(key, value);
    }
    return out;
}

struct Token
{
    bool literal = false;
    QString text;
};

// The words, '=' and (unescaped) string literals of a Drive query.
std::optional<QList<Token>> tokenize(const QString& q)
{
    static const QRegularExpression one(R"(\s*(?:'((?:[^'\\]|\\.)*)'|(=|\w+))\s*)");
    static const QRegularExpression escape(R"(\\(.))");
    QList<Token> out;
    for (qsizetype at = 0; at < q.size();) {
        const auto m = one.match(q, at, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        out.append(m.capturedStart(1) >= 0 ? Token{ true, m.captured(1).replace(escape, "\\1") }
                                           : Token{ false, m.captured(2) });
        at = m.capturedEnd();
    }
    return out;
}

struct Filter
{
    std::optional<QString> name, mimeType, parent;
    std::optional<bool> trashed;
};

// The terms the app sends, joined by "and": name = '…', mimeType = '…', '…' in parents, trashed = bool.
std::optional<Filter> parseQuery(const QString& q)
{
    const auto tokens = tokenize(q);
    if (!tokens || tokens->isEmpty())
        return std::nullopt;
    const QList<Token>& t = *tokens;
    auto word = [&](qsizetype i, const char* w) { return i < t.size() && !t[i].literal && t[i].text == w; };
    auto literal = [&](qsizetype i) { return i < t.size() && t[i].literal; };
    Filter f;
    for (qsizetype i = 0; i < t.size(); i += 3) {
        if (i > 0 && !word(i++, "and"))
            return std::nullopt;
        if ((word(i, "name") || word(i, "mimeType")) && word(i + 1, "=") && literal(i + 2))
            (t[i].text == "name" ? f.name : f.mimeType) = t[i + 2].text;
        else if (literal(i) && word(i + 1, "in") && word(i + 2, "parents"))
            f.parent = t[i].text;
        else if (word(i, "trashed") && word(i + 1, "=") && (word(i + 2, "true") || word(i + 2, "false")))
            f.trashed = t[i + 2].text == "true";
        else
            return std::nullopt;
    }
    return f;
}

QByteArray md5Of(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

} // namespace

DriveFake::DriveFake()
    : m_clock(QDateTime::currentDateTimeUtc())
{
    start();
}

DriveFake::~DriveFake()
{
    stop();
}

FakeReply DriveFake::error(int code, const QString& reason, const QString& message)
{
    static const QHash<int, QString> statuses{ { 400, "INVALID_ARGUMENT" },   { 401, "UNAUTHENTICATED" },
                                               { 403, "PERMISSION_DENIED" },  { 404, "NOT_FOUND" },
                                               { 429, "RESOURCE_EXHAUSTED" }, { 503, "UNAVAILABLE" } };
    const QJsonObject detail{ { "message", message },
                              { "domain", reason.contains("RateLimit") ? "usageLimits" : "global" },
                              { "reason", reason } };
    const QJsonObject error{ { "code", code },
                             { "message", message },
                             { "errors", QJsonArray{ detail } },
                             { "status", statuses.value(code, "INTERNAL") } };
    return FakeReply::json(code, QJsonObject{ { "error", error } });
}

QByteArray DriveFake::addRefreshToken()
{
    QMutexLocker lock(&mutex());
    const QByteArray token = "1//fake-refresh-" + newId().toLatin1();
    m_refreshTokens.insert(token);
    return token;
}

void DriveFake::expireSession()
{
    QMutexLocker lock(&mutex());
    for (Session& s : m_sessions)
        s.expired = true;
}

QStringList DriveFake::fileNames(const QString& folder) const
{
    QMutexLocker lock(&mutex());
    const File* in = findFolder(folder);
    QStringList names;
    for (const File& f : m_files) {
        if (in && f.parent == in->id)
            names << f.name;
    }
    return names;
}

QByteArray DriveFake::content(const QString& name, const QString& folder) const
{
    QMutexLocker lock(&mutex());
    const File* in = findFolder(folder);
    for (auto it = m_files.crbegin(); in && it != m_files.crend(); ++it) {
        if (it->parent == in->id && it->name == name)
            return it->content;
    }
    return {};
}

int DriveFake::folderCount(const QString& name) const
{
    QMutexLocker lock(&mutex());
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [&](const File& f) {
        return f.mimeType == kFolderType && f.name == name && f.parent == kRoot;
    }));
}

int DriveFake::openSessions() const
{
    QMutexLocker lock(&mutex());
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const Session& s) { return s.fileId.isEmpty() && !s.expired; }));
}

void DriveFake::addFile(const QString& name, const QByteArray& content, const QString& folder)
{
    QMutexLocker lock(&mutex());
    const File* in = findFolder(folder);
    const QString parent = in ? in->id : makeFile(folder, kFolderType, kRoot).id;
    makeFile(name, "application/octet-stream", parent).content = content;
}

qint64 DriveFake::used() const
{
    qint64 bytes = 0;
    for (const File& f : m_files)
        bytes += f.content.size();
    return bytes;
}

QString DriveFake::newId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id = "1";
    for (int i = 0; i < 32; ++i)
        id += QChar(alphabet[QRandomGenerator::global()->bounded(64)]);
    return id;
}

DriveFake::File* DriveFake::find(const QString& id)
{
    for (File& f : m_files) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const DriveFake::File* DriveFake::findFolder(const QString& name) const
{
    for (const File& f : m_files) {
        if (f.mimeType == kFolderType && f.name == name && f.parent == kRoot)
            return &f; // the oldest
    }
    return nullptr;
}

DriveFake::File& DriveFake::makeFile(const QString& name, const QString& mimeType, const QString& parent)
{
    m_clock = qMax(QDateTime::currentDateTimeUtc(), m_clock.addMSecs(1));
    m_files.append(File{ newId(), name, mimeType, parent, {}, m_clock, m_clock });
    return m_files.last();
}

QJsonObject DriveFake::resource(const File& file, const QString& fields) const
{
    QJsonObject full{ { "kind", "drive#file" },
                      { "id", file.id },
                      { "name", file.name },
                      { "mimeType", file.mimeType },
                      { "parents", QJsonArray{ file.parent } },
                      { "trashed", false }, // the fake has no trash
                      { "createdTime", file.created.toString(Qt::ISODateWithMs) },
                      { "modifiedTime", file.modified.toString(Qt::ISODateWithMs) } };
    if (file.mimeType != kFolderType) { // folders have neither
        full.insert("size", QString::number(file.content.size()));
        full.insert("md5Checksum", QString::fromLatin1(md5Of(file.content)));
    }
    return select(full, fields.isEmpty() ? "kind,id,name,mimeType" : fields);
}

FakeReply DriveFake::handle(const FakeRequest& request)
{
    const QString& path = request.path;
    if (path == "/token")
        return request.method == "POST" ? token(request) : error(405, "methodNotAllowed", "Use POST.");
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || !m_accessTokens.contains(authorization.mid(7))) {
        FakeReply reply
            = error(401, "authError",
                    "Request had invalid authentication credentials. Expected OAuth 2 access token, "
                    "login cookie or other valid authentication credential. See "
                    "https://developers.google.com/identity/sign-in/web/devconsole-project.");
        reply.headers.append({ QByteArray("WWW-Authenticate"),
                               "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"" });
        return reply;
    }
    if (path == "/drive/v3/files" && request.method == "GET")
        return list(request);
    if (path == "/drive/v3/files" && request.method == "POST")
        return create(request);
    if (path.startsWith("/drive/v3/files/") && request.method == "GET")
        return getFile(request, path.mid(16));
    if (path.startsWith("/drive/v3/files/") && request.method == "DELETE")
        return deleteFile(path.mid(16));
    if (path == "/drive/v3/about" && request.method == "GET")
        return about(request);
    if (path == "/upload/drive/v3/files" && request.method == "POST")
        return startUpload(request);
    if (path == "/upload/drive/v3/files" && request.method == "PUT")
        return putChunk(request);
    return error(404, "notFound", "Not Found");
}

FakeReply DriveFake::token(const FakeRequest& request)
{
    auto oauthError = [](int status, const char* code, const char* description) {
        return FakeReply::json(status, { { "error", code }, { "error_description", description } });
    };
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request", "Invalid Content-Type.");
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char* key) { return form.queryItemValue(key, QUrl::FullyDecoded); };
    if (field("client_id") != kClientId)
        return oauthError(401, "invalid_client", "The OAuth client was not found.");
    if (field("client_secret") != kClientSecret)
        return oauthError(401, "invalid_client", "Unauthorized");
    if (field("grant_type") != "refresh_token")
        return oauthError(400, "unsupported_grant_type", "Invalid grant_type.");
    if (!m_refreshTokens.contains(field("refresh_token").toUtf8()))
        return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
    ++m_refreshes;
    const QByteArray access = "ya29.fake-" + newId().toLatin1();
    m_accessTokens.insert(access);
    return FakeReply::json(200,
                           { { "access_token", QString::fromLatin1(access) },
                             { "expires_in", 3599 },
                             { "scope", "https://www.googleapis.com/auth/drive.file" },
                             { "token_type", "Bearer" } });
}

FakeReply DriveFake::list(const FakeRequest& request)
{
    const QUrlQuery& query = request.query;
    auto value = [&](const char* key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    const QString q = value("q");
    const auto filter = q.isEmpty() ? std::optional<Filter>(Filter()) : parseQuery(q);
    if (!filter)
        return invalid("Invalid Value");
    if (query.hasQueryItem("spaces") && value("spaces") != "drive")
        return invalid("Invalid Value");
    if (query.hasQueryItem("orderBy") && value("orderBy") != "createdTime")
        return invalid("The fake sorts by createdTime only."); // its order of creation
    bool ok = true;
    const int pageSize = query.hasQueryItem("pageSize") ? value("pageSize").toInt(&ok) : 100;
    if (!ok || pageSize < 1 || pageSize > 1000)
        return invalid(
            QString("Invalid value '%1'. Values must be within the range: [1, 1000]").arg(value("pageSize")));
    // A page token is the offset, for this query only.
    const QString key = QString::fromLatin1(md5Of(q.toUtf8()).left(8));
    int offset = 0;
    if (query.hasQueryItem("pageToken")) {
        const QStringList parts = value("pageToken").split(':');
        if (parts.size() != 2 || parts[1] != key || (offset = parts[0].toInt(&ok), !ok))
            return invalid("Invalid Value");
    }
    QList<const File*> matching;
    for (const File& f : m_files) {
        if ((!filter->name || f.name == *filter->name)
            && (!filter->mimeType || f.mimeType == *filter->mimeType)
            && (!filter->parent || f.parent == *filter->parent) && (!filter->trashed || !*filter->trashed))
            matching << &f;
    }
    const int size = qMin(pageSize, m_pageSize);
    QJsonArray files;
    for (int i = offset; i < matching.size() && i < offset + size; ++i)
        files.append(resource(*matching[i], "*"));
    QJsonObject full{ { "kind", "drive#fileList" }, { "incompleteSearch", false }, { "files", files } };
    if (offset + size < matching.size())
        full.insert("nextPageToken", QString("%1:%2").arg(offset + size).arg(key));
    const QString fields = value("fields");
    return FakeReply::json(200,
                           select(full,
                                  fields.isEmpty()
                                      ? "kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)"
                                      : fields));
}

std::optional<FakeReply> DriveFake::readMetadata(const FakeRequest& request, QJsonObject* meta,
                                                 QString* parent)
{
    if (!request.header("Content-Type").startsWith("application/json"))
        return invalid("Invalid Content-Type.");
    QJsonParseError parsed;
    *meta = QJsonDocument::fromJson(request.body, &parsed).object();
    if (parsed.error != QJsonParseError::NoError)
        return error(400, "parseError", "Parse Error");
    const QJsonArray parents = meta->value("parents").toArray();
    *parent = parents.isEmpty() ? kRoot : parents.first().toString();
    if (parents.size() > 1)
        return error(403, "cannotAddParent", "Increasing the number of parents is not allowed.");
    const File* folder = *parent == kRoot ? nullptr : find(*parent);
    if (*parent != kRoot && (!folder || folder->mimeType != kFolderType))
        return notFound(*parent);
    return std::nullopt;
}

FakeReply DriveFake::create(const FakeRequest& request)
{
    if (request.query.hasQueryItem("uploadType"))
        return invalid("Media goes to /upload/drive/v3/files.");
    QJsonObject meta;
    QString parent;
    if (const auto refused = readMetadata(request, &meta, &parent))
        return *refused;
    const File& made = makeFile(meta.value("name").toString("Untitled"),
                                meta.value("mimeType").toString("application/octet-stream"), parent);
    return FakeReply::json(200, resource(made, request.query.queryItemValue("fields", QUrl::FullyDecoded)));
}

FakeReply DriveFake::getFile(const FakeRequest& request, const QString& id)
{
    const File* file = find(id);
    if (!file)
        return notFound(id);
    if (request.query.queryItemValue("alt") != "media")
        return FakeReply::json(200,
                               resource(*file, request.query.queryItemValue("fields", QUrl::FullyDecoded)));
    if (file->mimeType == kFolderType)
        return error(403, "fileNotDownloadable", "Only files with binary content can be downloaded.");
    FakeReply reply;
    reply.headers = { { "Content-Type", "application/octet-stream" } };
    const QByteArray range = request.header("Range");
    const qint64 total = file->content.size();
    if (range.isEmpty()) {
        reply.body = file->content;
        return reply;
    }
    static const QRegularExpression form("^bytes=(\\d+)-(\\d*)$");
    const auto match = form.match(QString::fromLatin1(range));
    const qint64 from = match.captured(1).toLongLong();
    const qint64 to
        = match.captured(2).isEmpty() ? total - 1 : qMin(total - 1, match.captured(2).toLongLong());
    if (!match.hasMatch() || from >= total || to < from) {
        reply.status = 416;
        reply.headers.append({ "Content-Range", "bytes */" + QByteArray::number(total) });
        return reply;
    }
    reply.status = 206;
    reply.headers.append({ "Content-Range",
                           "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                               + QByteArray::number(total) });
    reply.body = file->content.mid(from, to - from + 1);
    return reply;
}

FakeReply DriveFake::deleteFile(const QString& id)
{
    if (!find(id))
        return notFound(id);
    // Deleting a folder deletes what is in it (and below).
    QSet<QString> gone{ id };
    for (qsizetype before = -1; before != gone.size();) {
        before = gone.size();
        for (const File& f : m_files) {
            if (gone.contains(f.parent))
                gone.insert(f.id);
        }
    }
    m_files.removeIf([&](const File& f) { return gone.contains(f.id); });
    FakeReply reply;
    reply.status = 204;
    return reply;
}

FakeReply DriveFake::about(const FakeRequest& request)
{
    const QString fields = request.query.queryItemValue("fields", QUrl::FullyDecoded);
    if (fields.isEmpty())
        return error(400, "required", "The 'fields' parameter is required for this method.");
    QJsonObject storage{ { "usage", QString::number(used()) },
                         { "usageInDrive", QString::number(used()) },
                         { "usageInDriveTrash", "0" } };
    if (m_limit >= 0)
        storage.insert("limit", QString::number(m_limit));
    const QJsonObject user{ { "kind", "drive#user" },
                            { "displayName", m_displayName },
                            { "emailAddress", m_email },
                            { "me", true },
                            { "permissionId", "00112233445566778899" } };
    const QJsonObject full{ { "kind", "drive#about" }, { "storageQuota", storage }, { "user", user } };
    return FakeReply::json(200, select(full, fields));
}

FakeReply DriveFake::startUpload(const FakeRequest& request)
{
    if (request.query.queryItemValue("uploadType") != "resumable")
        return invalid("The fake takes resumable uploads only.");
    QJsonObject meta;
    QString parent;
    if (const auto refused = readMetadata(request, &meta, &parent))
        return *refused;
    Session session;
    session.name = meta.value("name").toString("Untitled");
    session.parent = parent;
    session.fields = request.query.queryItemValue("fields", QUrl::FullyDecoded);
    session.host = QString::fromLatin1(request.header("Host"));
    const QByteArray length = request.header("X-Upload-Content-Length");
    bool ok = true;
    if (!length.isEmpty() && ((session.total = length.toLongLong(&ok)), !ok || session.total < 0))
        return invalid("Invalid X-Upload-Content-Length.");
    if (m_limit >= 0 && session.total > 0 && used() + session.total > m_limit)
        return error(403, "storageQuotaExceeded", "The user's Drive storage quota has been exceeded.");
    const QString id = "ADPycd" + newId();
    m_sessions.insert(id, session);
    FakeReply reply;
    reply.headers = { { "Location",
                        "http://" + session.host.toLatin1()
                            + "/upload/drive/v3/files?uploadType=resumable&upload_id=" + id.toLatin1() },
                      { "X-GUploader-UploadID", id.toLatin1() } };
    return reply;
}

FakeReply DriveFake::putChunk(const FakeRequest& request)
{
    const QString id = request.query.queryItemValue("upload_id");
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->expired)
        return error(404, "notFound", "No such upload session (it expired).");
    Session& s = *it;
    if (!s.fileId.isEmpty()) // done: the file again
        return FakeReply::json(200, resource(*find(s.fileId), s.fields));
    static const QRegularExpression form("^bytes (?:\\*|(\\d+)-(\\d+))/(\\d+|\\*)$");
    const auto match = form.match(QString::fromLatin1(request.header("Content-Range")));
    if (!match.hasMatch())
        return invalid("Failed to parse Content-Range header.");
    const bool status = match.captured(1).isEmpty();
    const qint64 total = match.captured(3) == "*" ? -1 : match.captured(3).toLongLong();
    if (total >= 0 && s.total >= 0 && total != s.total)
        return invalid("The total size does not match X-Upload-Content-Length.");
    if (total >= 0)
        s.total = total;
    auto incomplete = [&] {
        FakeReply reply;
        reply.status = 308;
        reply.reason = "Resume Incomplete";
        if (!s.received.isEmpty())
            reply.headers = { { "Range", "bytes=0-" + QByteArray::number(s.received.size() - 1) } };
        return reply;
    };
    if (status) {
        ++m_statusQueries;
        if (!request.body.isEmpty())
            return invalid("A status request has no body.");
        return s.total == 0 ? finish(&s) : incomplete();
    }
    const qint64 from = match.captured(1).toLongLong(), to = match.captured(2).toLongLong();
    if (to < from || request.body.size() != to - from + 1 || (s.total >= 0 && to >= s.total))
        return invalid("Content-Range does not match the request's body.");
    if (from != s.received.size())
        return invalid(
            QString("Invalid request. The chunk starts at byte %1, but the session holds %2 bytes.")
                .arg(from)
                .arg(s.received.size()));
    if (to + 1 != s.total && request.body.size() % kChunkUnit != 0)
        return invalid(
            QString("Invalid request. The number of bytes uploaded is required to be equal or greater "
                    "than 262144, except for the final request (it's recommended to be the exact "
                    "multiple of 262144). The received request contained %1 bytes, which does not "
                    "meet this requirement.")
                .arg(request.body.size()));
    s.received += request.body;
    FakeReply reply = s.received.size() == s.total ? finish(&s) : incomplete();
    if (m_dropAfterStoring > 0) {
        --m_dropAfterStoring;
        reply.drop = true;
    }
    return reply;
}

FakeReply DriveFake::finish(Session* session)
{
    File& file = makeFile(session->name, "application/octet-stream", session->parent);
    file.content = session->received;
    session->received.clear();
    session->fileId = file.id;
    return FakeReply::json(200, resource(file, session->fields));
}

} // namespace tp::test
