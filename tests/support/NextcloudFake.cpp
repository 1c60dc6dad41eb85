#include "NextcloudFake.h"

#include <QDateTime>
#include <QUuid>

namespace tp::test {

namespace {

QString randomToken()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

NextcloudFake::NextcloudFake()
{
    setGrant(QUrl(), "maria", "app-password");
    start();
}

NextcloudFake::~NextcloudFake()
{
    stop();
}

void NextcloudFake::setGrant(const QUrl& server, const QString& loginName, const QByteArray& appPassword,
                             const QString& userId)
{
    QMutexLocker lock(&mutex());
    m_server = server;
    m_loginName = loginName;
    m_appPassword = appPassword;
    m_userId = userId.isEmpty() ? loginName : userId;
    for (const char* root :
         { "/remote.php", "/remote.php/dav", "/remote.php/dav/files", "/remote.php/dav/uploads" })
        m_folders.insert(QString(root));
    m_folders.insert("/remote.php/dav/files/" + m_userId);
    m_folders.insert("/remote.php/dav/uploads/" + m_userId);
}

QStringList NextcloudFake::filesIn(const QString& folder) const
{
    QMutexLocker lock(&mutex());
    QStringList names;
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (parentOf(it.key()) == folder)
            names << it.key().mid(folder.size() + 1);
    }
    return names;
}

void NextcloudFake::setChunking(bool offered)
{
    QMutexLocker lock(&mutex());
    m_chunking = offered;
}

void NextcloudFake::dropAfterStoring(int count)
{
    QMutexLocker lock(&mutex());
    m_dropAfterStoring = count;
}

QByteArray NextcloudFake::file(const QString& path) const
{
    QMutexLocker lock(&mutex());
    return m_files.value(path);
}

QStringList NextcloudFake::uploadFolders() const
{
    QMutexLocker lock(&mutex());
    QStringList open;
    for (const QString& f : m_folders) {
        if (parentOf(f) == "/remote.php/dav/uploads/" + m_userId)
            open << f;
    }
    return open;
}

int NextcloudFake::chunkPuts() const
{
    QMutexLocker lock(&mutex());
    return m_chunkPuts;
}

QString NextcloudFake::parentOf(const QString& path)
{
    return path.left(path.lastIndexOf('/'));
}

void NextcloudFake::setPollHost(const QString& host)
{
    QMutexLocker lock(&mutex());
    m_pollHost = host;
}

int NextcloudFake::polls() const
{
    QMutexLocker lock(&mutex());
    return m_polls;
}

int NextcloudFake::flowsStarted() const
{
    QMutexLocker lock(&mutex());
    return m_started;
}

FakeReply NextcloudFake::handle(const FakeRequest& request)
{
    if (request.path.startsWith("/remote.php/"))
        return dav(request);
    if (request.path == "/ocs/v2.php/cloud/user") {
        const QByteArray expected
            = "Basic " + QByteArray(m_loginName.toUtf8() + ':' + m_appPassword).toBase64();
        if (request.header("Authorization") != expected || request.header("OCS-APIRequest") != "true")
            return FakeReply::json(
                401, { { "ocs", QJsonObject{ { "meta", QJsonObject{ { "statuscode", 997 } } } } } });
        return FakeReply::json(
            200,
            { { "ocs",
                QJsonObject{
                    { "meta", QJsonObject{ { "status", "ok" }, { "statuscode", 200 } } },
                    { "data", QJsonObject{ { "id", m_userId }, { "display-name", "Maria Rossi" } } } } } });
    }
    return loginFlow(request);
}

FakeReply NextcloudFake::loginFlow(const FakeRequest& request)
{
    const QString base = QString("http://127.0.0.1:%1").arg(port());
    if (request.method == "POST" && request.path == "/index.php/login/v2") {
        ++m_started;
        const QString id = randomToken(), token = randomToken();
        m_flows.insert(id, token);
        m_granted.insert(token, false);
        QString pollBase = base;
        if (!m_pollHost.isEmpty())
            pollBase = QString("http://%1:%2").arg(m_pollHost).arg(port());
        return FakeReply::json(
            200,
            { { "poll",
                QJsonObject{ { "token", token }, { "endpoint", QString(pollBase + "/login/v2/poll") } } },
              { "login", QString(base + "/login/v2/flow/" + id) } });
    }
    if (request.method == "GET" && request.path.startsWith("/login/v2/flow/")) {
        const QString token = m_flows.value(request.path.mid(15));
        if (token.isEmpty())
            return FakeReply::text(404, "This link has expired.");
        m_granted[token] = true; // the user logged in and clicked "Grant access"
        return FakeReply::text(200,
                               "<html><body>Account connected. You can close this window.</body></html>");
    }
    if (request.method == "POST" && request.path == "/login/v2/poll") {
        ++m_polls;
        const QString token
            = QUrlQuery(QString::fromUtf8(request.body)).queryItemValue("token", QUrl::FullyDecoded);
        if (!m_granted.value(token))
            return FakeReply::json(404, {});
        m_granted.remove(token); // handed over once
        return FakeReply::json(200,
                               { { "server", m_server.toString() },
                                 { "loginName", m_loginName },
                                 { "appPassword", QString::fromUtf8(m_appPassword) } });
    }
    return FakeReply::text(404, "Not found");
}

QString NextcloudFake::entry(const QString& path) const
{
    const bool folder = isFolder(path);
    QString props = folder ? "<d:resourcetype><d:collection/></d:resourcetype>"
                           : QString("<d:resourcetype/><d:getcontentlength>%1</d:getcontentlength>")
                                 .arg(m_files.value(path).size());
    props += "<d:getlastmodified>" + QDateTime::currentDateTimeUtc().toString("ddd, dd MMM yyyy hh:mm:ss")
        + " GMT" + "</d:getlastmodified>";
    if (folder)
        props += "<d:quota-used-bytes>1000</d:quota-used-bytes><d:quota-available-bytes>1000000000</"
                 "d:quota-available-bytes>";
    const QString href = QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + (folder ? "/" : "");
    return "<d:response><d:href>" + href + "</d:href><d:propstat><d:prop>" + props
        + "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
}

FakeReply NextcloudFake::propfind(const QString& path, const QByteArray& depth) const
{
    if (!isFolder(path) && !m_files.contains(path))
        return FakeReply::text(404, "");
    QString body = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">" + entry(path);
    if (depth == "1" && isFolder(path)) {
        for (const QString& f : m_folders)
            if (parentOf(f) == path)
                body += entry(f);
        for (auto it = m_files.begin(); it != m_files.end(); ++it)
            if (parentOf(it.key()) == path)
                body += entry(it.key());
    }
    FakeReply reply = FakeReply::text(207, (body + "</d:multistatus>").toUtf8());
    reply.headers = { { "Content-Type", "application/xml; charset=utf-8" } };
    return reply;
}

FakeReply NextcloudFake::move(const QString& from, const FakeRequest& request)
{
    const QString to = QUrl(QString::fromUtf8(request.header("Destination"))).path();
    if (to.isEmpty() || !isFolder(parentOf(to)))
        return FakeReply::text(409, "The destination's folder does not exist");
    const QString uploads = "/remote.php/dav/uploads/" + m_userId;
    if (from.endsWith("/.file") && parentOf(parentOf(from)) == uploads) {
        const QString folder = parentOf(from);
        if (!isFolder(folder))
            return FakeReply::text(404, "No such upload");
        QByteArray joined; // chunks in the order of their names, as Nextcloud joins them
        for (auto it = m_files.begin(); it != m_files.end();) {
            if (parentOf(it.key()) == folder) {
                joined += it.value();
                it = m_files.erase(it);
            } else {
                ++it;
            }
        }
        m_folders.remove(folder);
        if (request.header("OC-Total-Length") != QByteArray::number(joined.size()))
            return FakeReply::text(400, "The chunks do not add up to OC-Total-Length");
        m_files.insert(to, joined);
        return FakeReply::text(201, "");
    }
    if (!m_files.contains(from))
        return FakeReply::text(404, "");
    m_files.insert(to, m_files.take(from));
    return FakeReply::text(201, "");
}

FakeReply NextcloudFake::dav(const FakeRequest& request)
{
    const QByteArray expected = "Basic " + QByteArray(m_loginName.toUtf8() + ':' + m_appPassword).toBase64();
    if (request.header("Authorization") != expected) {
        FakeReply refused = FakeReply::text(401, "");
        refused.headers.append(FakeHeaders::value_type("WWW-Authenticate", "Basic realm=\"Nextcloud\""));
        return refused;
    }
    QString path = request.path;
    while (path.endsWith('/'))
        path.chop(1);
    // Qt 6.4's QHttpServerRequest names only the methods of RFC 7231: WebDAV's
    // come as OTHER and are told apart by what RFC 4918 makes them carry —
    // PROPFIND its Depth, MOVE its Overwrite (or the .file of a chunked
    // upload), MKCOL neither.
    FakeRequest r = request;
    if (r.method == "OTHER") {
        if (!r.header("Depth").isEmpty())
            r.method = "PROPFIND";
        else if (!r.header("Overwrite").isEmpty() || path.endsWith("/.file"))
            r.method = "MOVE";
        else
            r.method = "MKCOL";
    }
    return davMethod(r, path);
}

FakeReply NextcloudFake::davMethod(const FakeRequest& request, const QString& path)
{
    const QString uploads = "/remote.php/dav/uploads/" + m_userId;
    const bool chunk = parentOf(parentOf(path)) == uploads;
    if (request.method == "PROPFIND")
        return propfind(path, request.header("Depth"));
    if (request.method == "MKCOL") {
        if (isFolder(path) || m_files.contains(path))
            return FakeReply::text(405, "The resource already exists");
        if (!isFolder(parentOf(path)))
            return FakeReply::text(409, "The parent does not exist");
        if (parentOf(path) == uploads && (!m_chunking || request.header("Destination").isEmpty()))
            return FakeReply::text(405, "Chunked upload is not offered");
        m_folders.insert(path);
        return FakeReply::text(201, "");
    }
    if (request.method == "PUT") {
        if (!isFolder(parentOf(path)))
            return FakeReply::text(409, "The parent does not exist");
        if (chunk) {
            const int number = path.mid(path.lastIndexOf('/') + 1).toInt();
            if (request.header("Destination").isEmpty() || number < 1 || number > 10000)
                return FakeReply::text(400, "A chunk needs its Destination and a number from 1 to 10000");
            ++m_chunkPuts;
        }
        m_files.insert(path, request.body);
        if (chunk && m_dropAfterStoring > 0) {
            --m_dropAfterStoring;
            FakeReply dropped;
            dropped.drop = true;
            return dropped;
        }
        return FakeReply::text(201, "");
    }
    if (request.method == "GET") {
        if (!m_files.contains(path))
            return FakeReply::text(404, "");
        const QByteArray data = m_files.value(path);
        const QByteArray range = request.header("Range");
        FakeReply reply = FakeReply::text(200, data);
        reply.headers = { { "Content-Type", "application/octet-stream" } };
        if (range.startsWith("bytes=") && range.endsWith('-')) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            reply.status = 206;
            reply.body = data.mid(from);
        }
        return reply;
    }
    if (request.method == "DELETE") {
        if (m_files.remove(path) > 0)
            return FakeReply::text(204, "");
        if (!isFolder(path))
            return FakeReply::text(404, "");
        m_folders.remove(path);
        for (auto it = m_files.begin(); it != m_files.end();)
            it = it.key().startsWith(path + '/') ? m_files.erase(it) : std::next(it);
        return FakeReply::text(204, "");
    }
    if (request.method == "MOVE")
        return move(path, request);
    return FakeReply::text(405, "");
}

} // namespace tp::test
