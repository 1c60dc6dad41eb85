#include "NextcloudFake.h"

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
    start();
}

NextcloudFake::~NextcloudFake()
{
    stop();
}

void NextcloudFake::setGrant(const QUrl& server, const QString& loginName, const QByteArray& appPassword)
{
    QMutexLocker lock(&mutex());
    m_server = server;
    m_loginName = loginName;
    m_appPassword = appPassword;
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

} // namespace tp::test
