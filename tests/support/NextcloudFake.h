#pragma once

#include "FakeHttpServer.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace tp::test {

// Nextcloud as its developer manual documents it, in process:
// - Login Flow v2: POST /index.php/login/v2 starts a flow (a poll token and
//   endpoint, a login page); the browser's visit to the login page stands
//   for the user logging in and granting access; POST /login/v2/poll with
//   the token answers 404 until then, and once afterwards the server, login
//   name and app password (the token is gone after that).
// - WebDAV under /remote.php/dav/files/USER/ with Basic authentication
//   (that user, that app password): PROPFIND, MKCOL, PUT, GET with Range,
//   MOVE, DELETE, and the chunked upload v2 under /remote.php/dav/uploads/USER/
//   (MKCOL of an upload folder with a Destination, numbered chunks, MOVE of
//   its .file with OC-Total-Length joins them onto the destination).
class NextcloudFake final : public FakeHttpServer
{
public:
    NextcloudFake();
    ~NextcloudFake() override;

    // What a finished login hands over: the server it names (empty: the fake's
    // own), the login name and the app password; `userId` names the account's
    // folder (OCS cloud/user) — empty: the login name.
    void setGrant(const QUrl& server, const QString& loginName, const QByteArray& appPassword,
                  const QString& userId = {});
    // Polls are sent to this host instead of the fake's own (a hostile server).
    void setPollHost(const QString& host);
    void setChunking(bool offered); // false: MKCOL of an upload folder answers 405
    // The next `count` chunk PUTs are stored, then the connection is dropped without an answer.
    void dropAfterStoring(int count);
    int polls() const;
    int flowsStarted() const;

    QByteArray file(const QString& path) const; // "/remote.php/dav/files/USER/…"
    QStringList uploadFolders() const; // chunked uploads neither joined nor deleted
    QStringList filesIn(const QString& folder) const; // names of the files directly in it
    int chunkPuts() const;

protected:
    FakeReply handle(const FakeRequest& request) override;

private:
    FakeReply loginFlow(const FakeRequest& request);
    FakeReply dav(const FakeRequest& request);
    FakeReply davMethod(const FakeRequest& request, const QString& path);
    FakeReply propfind(const QString& path, const QByteArray& depth) const;
    FakeReply move(const QString& from, const FakeRequest& request);
    QString entry(const QString& path) const;
    bool isFolder(const QString& path) const { return m_folders.contains(path); }
    static QString parentOf(const QString& path);

    QUrl m_server;
    QString m_loginName;
    QString m_userId;
    QByteArray m_appPassword;
    QString m_pollHost;
    QHash<QString, QString> m_flows; // login page id → poll token
    QHash<QString, bool> m_granted; // poll token → the user granted access
    QSet<QString> m_folders; // paths without the trailing "/"
    QMap<QString, QByteArray> m_files;
    bool m_chunking = true;
    int m_dropAfterStoring = 0;
    int m_polls = 0, m_started = 0, m_chunkPuts = 0;
};

} // namespace tp::test
