#include "NextcloudLogin.h"

#include "S3Signer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::cloud {

namespace {

const QString kRemote = QStringLiteral("/remote.php");

QString trimmedPath(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

bool webAddress(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// Scheme, host and port as `server`'s: an answer must not send the token or
// the app password elsewhere, nor over plain http when the server was https.
bool sameOrigin(const QUrl& url, const QUrl& server)
{
    return url.scheme() == server.scheme() && url.host().compare(server.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
}

// The account's id (OCS cloud/user), which names its WebDAV folder; empty when the server does not say.
QString userIdOf(HttpClient& http, const QUrl& server, const QString& login, const QByteArray& password)
{
    QUrl url = server;
    url.setPath(trimmedPath(server.path()) + QStringLiteral("/ocs/v2.php/cloud/user"));
    url.setQuery(QStringLiteral("format=json"));
    HttpRequest r;
    r.url = url;
    r.headers = { { "OCS-APIRequest", "true" },
                  { "Accept", "application/json" },
                  { "Authorization", "Basic " + QByteArray(login.toUtf8() + ':' + password).toBase64() } };
    r.maxBody = 256 * 1024;
    const HttpResponse answer = http.sendRetrying([&] { return r; });
    if (!answer.ok())
        return {};
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QLatin1String("ocs"))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString()
        .left(256);
}

} // namespace

QUrl NextcloudLogin::serverOf(const QUrl& address)
{
    QUrl server = address.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QString path = server.path();
    const qsizetype at = path.indexOf(kRemote);
    server.setPath(trimmedPath(at >= 0 ? path.left(at) : path));
    return server;
}

QString NextcloudLogin::folderOf(const QUrl& address)
{
    const QString path = trimmedPath(address.path());
    const QString files = kRemote + QStringLiteral("/dav/files/");
    const qsizetype at = path.indexOf(files);
    if (at < 0)
        return {};
    const QString rest = path.mid(at + files.size()); // USER/folder…
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rest.mid(slash + 1);
}

QUrl NextcloudLogin::davFolder(const NextcloudGrant& grant, const QString& folder)
{
    QUrl url = grant.server;
    QString path = trimmedPath(url.path()) + kRemote + QStringLiteral("/dav/files/")
        + QString::fromLatin1(S3Signer::uriEncode(
            (grant.userId.isEmpty() ? grant.loginName : grant.userId).toUtf8(), false))
        + QLatin1Char('/');
    for (const QString& part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        path += QString::fromLatin1(S3Signer::uriEncode(part.toUtf8(), false)) + QLatin1Char('/');
    url.setPath(path, QUrl::StrictMode);
    return url;
}

std::optional<NextcloudGrant> NextcloudLogin::run(const QUrl& server,
                                                  const std::function<bool(const QUrl&)>& openBrowser,
                                                  Progress* progress, QString* error, const Options& options)
{
    if (!webAddress(server)) {
        *error = tr("“%1” is not the address of a Nextcloud server (e.g. https://cloud.example.org).")
                     .arg(server.toDisplayString());
        return std::nullopt;
    }
    HttpClient http;
    RetryPolicy patient;
    patient.attempts = 3;
    http.setRetryPolicy(patient);
    QUrl start = server;
    start.setPath(trimmedPath(server.path()) + QStringLiteral("/index.php/login/v2"));
    const HttpResponse begun = http.sendRetrying([&] {
        HttpRequest r;
        r.method = "POST";
        r.url = start;
        r.headers = { { "User-Agent", "The Program (desktop)" }, { "Accept", "application/json" } };
        r.maxBody = 64 * 1024;
        return r;
    });
    const QJsonObject flow = QJsonDocument::fromJson(begun.body).object();
    const QJsonObject poll = flow.value(QLatin1String("poll")).toObject();
    const QUrl login(flow.value(QLatin1String("login")).toString(), QUrl::StrictMode);
    const QUrl endpoint(poll.value(QLatin1String("endpoint")).toString(), QUrl::StrictMode);
    const QByteArray token = poll.value(QLatin1String("token")).toString().toUtf8();
    if (!begun.ok() || token.isEmpty() || !webAddress(login) || !webAddress(endpoint)) {
        *error = begun.status == 0
            ? tr("%1 could not be reached: %2").arg(server.host(), begun.networkError)
            : tr("%1 does not offer Nextcloud's browser login (it answered %2). Enter the user and an app "
                 "password instead.")
                  .arg(server.host())
                  .arg(begun.status);
        return std::nullopt;
    }
    // The grant is collected from the server that was asked, nowhere else.
    if (!sameOrigin(endpoint, server) || !sameOrigin(login, server)) {
        *error = tr("%1 sent the login elsewhere (%2); nothing was connected.")
                     .arg(server.host(), endpoint.host());
        return std::nullopt;
    }
    if (openBrowser && !openBrowser(login))
        qInfo("No browser could be opened for the Nextcloud login.");
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < options.timeoutMs) {
        if (!HttpClient::waitUnlessCanceled(options.pollMs, progress)) {
            *error = tr("Logging in was cancelled; nothing was connected.");
            return std::nullopt;
        }
        HttpRequest r;
        r.method = "POST";
        r.url = endpoint;
        r.headers
            = { { "Content-Type", "application/x-www-form-urlencoded" }, { "Accept", "application/json" } };
        r.body = "token=" + QUrl::toPercentEncoding(QString::fromUtf8(token));
        r.maxBody = 64 * 1024;
        const HttpResponse answer = http.send(r);
        if (answer.status == 404 || answer.transient() || answer.status == 0)
            continue; // not granted yet (or a hiccup): ask again
        const QJsonObject granted = QJsonDocument::fromJson(answer.body).object();
        NextcloudGrant grant;
        // The answer's "server" is not followed: the app password goes only where it came from.
        grant.server = server;
        grant.loginName = granted.value(QLatin1String("loginName")).toString();
        grant.appPassword = granted.value(QLatin1String("appPassword")).toString().toUtf8();
        if (!answer.ok() || grant.loginName.isEmpty() || grant.appPassword.isEmpty()) {
            *error = tr("%1 ended the login without handing over access (%2). Try again.")
                         .arg(server.host(), HttpClient::describe(answer));
            return std::nullopt;
        }
        grant.userId = userIdOf(http, server, grant.loginName, grant.appPassword);
        return grant;
    }
    *error = tr("The login in the browser was not finished within %n minute(s); nothing was connected.",
                nullptr, options.timeoutMs / 60000);
    return std::nullopt;
}

} // namespace tp::cloud
