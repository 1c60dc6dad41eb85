#pragma once

#include "FakeHttpServer.h"

#include <QHash>

namespace tp::test {

// Nextcloud's Login Flow v2, as its developer manual documents it: POST
// /index.php/login/v2 starts a flow (a poll token and endpoint, a login
// page); the browser's visit to the login page stands for the user logging
// in and granting access; POST /login/v2/poll with the token answers 404
// until then, and once afterwards the server, login name and app password
// (the token is gone after that).
class NextcloudFake final : public FakeHttpServer
{
public:
    NextcloudFake();
    ~NextcloudFake() override;

    // What a finished login hands over (the WebDAV server may be another).
    void setGrant(const QUrl& server, const QString& loginName, const QByteArray& appPassword);
    // Polls are sent to this host instead of the fake's own (a hostile server).
    void setPollHost(const QString& host);
    int polls() const;
    int flowsStarted() const;

protected:
    FakeReply handle(const FakeRequest& request) override;

private:
    QUrl m_server;
    QString m_loginName;
    QByteArray m_appPassword;
    QString m_pollHost;
    QHash<QString, QString> m_flows; // login page id → poll token
    QHash<QString, bool> m_granted; // poll token → the user granted access
    int m_polls = 0, m_started = 0;
};

} // namespace tp::test
