#pragma once

#include "FakeHttpServer.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace tp::test {

// Dropbox's HTTP API v2 and its OAuth endpoints, in process, as documented
// and strictly: RPC calls want JSON bodies, content calls an ASCII-only
// Dropbox-API-Arg; bearer tokens expire (401 expired_access_token); upload
// sessions answer a wrong offset with 409 incorrect_offset and the
// correct_offset; list_folder pages with a cursor; the code flow checks
// PKCE S256 and the redirect URI; errors have Dropbox's shapes.
class DropboxFake final : public FakeHttpServer
{
public:
    static constexpr const char* kAppKey = "fake-app-key";

    DropboxFake();
    ~DropboxFake() override;

    // A refresh token the fake accepts (as if the account had been connected).
    QByteArray addRefreshToken();
    void revokeAll(); // every refresh and access token: invalid_grant / 401
    void expireAccessTokens(); // the access tokens handed out so far answer 401 expired_access_token
    void expireSessions(); // open upload sessions are forgotten (409 not_found)
    // The next `count` appends are stored, then the connection is dropped without an answer.
    void dropAfterStoring(int count);
    void setPageSize(int entries);
    void setAllocated(qint64 bytes);

    int tokenRefreshes() const;
    int codeExchanges() const;
    QStringList fileNames(const QString& folder = {}) const; // display names directly in the folder
    QByteArray content(const QString& path) const; // "/name" or "/folder/name"
    int openSessions() const;
    // Every Dropbox-API-Arg received was ASCII and valid JSON (false once one was not).
    bool argsWereAscii() const;

protected:
    FakeReply handle(const FakeRequest& request) override;

private:
    struct File
    {
        QString display;
        QByteArray data;
        QString modified;
    };
    FakeReply authorize(const FakeRequest& request);
    FakeReply token(const FakeRequest& request);
    FakeReply rpc(const QString& route, const QJsonObject& args);
    FakeReply contentCall(const QString& route, const QJsonObject& args, const FakeRequest& request);
    FakeReply listFolder(const QString& path, int from);
    FakeReply finish(const QJsonObject& args);
    QJsonObject metadataOf(const File& file) const;
    static FakeReply error(int status, const QString& summary, const QJsonObject& error);
    static QByteArray contentHash(const QByteArray& data);

    QSet<QByteArray> m_refreshTokens;
    QHash<QByteArray, bool> m_accessTokens; // token → still valid
    QHash<QByteArray, QPair<QByteArray, QString>> m_codes; // code → challenge, redirect URI
    QMap<QString, File> m_files; // lowercased path → file
    QHash<QString, QByteArray> m_sessions; // id → bytes so far
    QHash<QString, QPair<QString, int>> m_cursors; // cursor → folder, next entry
    int m_dropAfterStoring = 0;
    int m_pageSize = 1000;
    qint64 m_allocated = 2LL * 1024 * 1024 * 1024;
    int m_refreshes = 0, m_exchanges = 0, m_next = 0;
    bool m_ascii = true;
};

} // namespace tp::test
