#pragma once

#include "FakeHttpServer.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tp::test {

// Google Drive (API v3) and Google's token endpoint, in memory, as strict as
// the documentation: every API request needs a live Bearer token (else 401
// with Google's error JSON); files.list reads the `q` shapes the app sends
// ("name='…' and mimeType='…' and 'root' in parents and trashed=false",
// "'<id>' in parents and trashed=false"), returns only the `fields` asked
// for and pages with nextPageToken; resumable uploads take chunks only at
// the offset stored and (but the last) in multiples of 256 KiB, answer 308
// with "Range: bytes=0-N", report their state to "Content-Range: bytes
// */total" and finish with the file's JSON (md5Checksum, size as a string).
// Files live in My Drive's root or in folders, in creation order.
//
// The token endpoint knows the client kClientId / kClientSecret: tests save
// them with ProviderApps::save() before they make an OAuthApp.
class DriveFake final : public FakeHttpServer
{
public:
    static constexpr const char* kClientId = "1234-fake.apps.googleusercontent.com";
    static constexpr const char* kClientSecret = "GOCSPX-fake-secret";
    static constexpr const char* kFolder = "The Program Backups";
    static constexpr qint64 kChunkUnit = 256 * 1024;

    DriveFake();
    ~DriveFake() override;

    // Tokens.
    QByteArray addRefreshToken(); // a valid refresh token
    // Every refresh and access token is refused from now on (invalid_grant, 401).
    void revokeAll()
    {
        locked([&] {
            m_refreshTokens.clear();
            m_accessTokens.clear();
        });
    }
    // The access tokens handed out so far get 401 from now on.
    void expireAccessTokens()
    {
        locked([&] { m_accessTokens.clear(); });
    }
    // The refresh_token grants answered with an access token.
    int tokenRefreshes() const
    {
        return locked([&] { return m_refreshes; });
    }

    // Behaviour.
    // A files.list page holds at most this many (Google: 1000).
    void setPageSize(int largest)
    {
        locked([&] { m_pageSize = qMax(1, largest); });
    }
    void expireSession(); // the upload sessions open now answer 404
    // The next `n` upload chunks are stored and then the connection is
    // closed without an answer (the answer lost on the way).
    void dropAfterStoring(int n)
    {
        locked([&] { m_dropAfterStoring = n; });
    }
    // Bytes; -1: unlimited (no `limit` in about).
    void setQuota(qint64 limit)
    {
        locked([&] { m_limit = limit; });
    }
    void setUser(const QString& displayName, const QString& email)
    {
        locked([&] {
            m_displayName = displayName;
            m_email = email;
        });
    }

    // Observers. `folder` is a folder's name in the root.
    QStringList fileNames(const QString& folder = kFolder) const; // creation order, duplicates kept
    QByteArray content(const QString& name, const QString& folder = kFolder) const; // the newest of that name
    int folderCount(const QString& name = kFolder) const; // folders of that name in the root
    int openSessions() const; // upload sessions begun and neither finished nor expired
    // "Content-Range: bytes */total" requests to upload sessions.
    int statusQueries() const
    {
        return locked([&] { return m_statusQueries; });
    }
    qint64 usage() const
    {
        return locked([&] { return used(); });
    }

    // Puts a file into a folder of the root (made when missing), as another device would.
    void addFile(const QString& name, const QByteArray& content, const QString& folder = kFolder);

    // Google's error answer, {"error":{"code","message","errors":[{"reason",…}],"status"}}.
    static FakeReply error(int code, const QString& reason, const QString& message);

protected:
    FakeReply handle(const FakeRequest& request) override;

private:
    struct File
    {
        QString id;
        QString name;
        QString mimeType;
        QString parent; // "root" for My Drive's top
        QByteArray content;
        QDateTime created, modified;
    };
    struct Session
    {
        QString name, parent, fields, host;
        qint64 total = -1;
        QByteArray received;
        QString fileId; // when done
        bool expired = false;
    };

    FakeReply token(const FakeRequest& request);
    FakeReply list(const FakeRequest& request);
    // A file's metadata in a request's body, and its parent (a folder that is there): else the refusal.
    std::optional<FakeReply> readMetadata(const FakeRequest& request, QJsonObject* meta, QString* parent);
    FakeReply create(const FakeRequest& request);
    FakeReply getFile(const FakeRequest& request, const QString& id);
    FakeReply deleteFile(const QString& id);
    FakeReply about(const FakeRequest& request);
    FakeReply startUpload(const FakeRequest& request);
    FakeReply putChunk(const FakeRequest& request);
    FakeReply finish(Session* session);

    template <typename F> auto locked(F f) const -> decltype(f())
    {
        QMutexLocker lock(&mutex());
        return f();
    }
    qint64 used() const;
    File* find(const QString& id);
    const File* findFolder(const QString& name) const;
    File& makeFile(const QString& name, const QString& mimeType, const QString& parent);
    QJsonObject resource(const File& file, const QString& fields) const;
    static QString newId();

    QSet<QByteArray> m_refreshTokens;
    QSet<QByteArray> m_accessTokens;
    int m_refreshes = 0;
    int m_pageSize = 1000;
    int m_dropAfterStoring = 0;
    int m_statusQueries = 0;
    qint64 m_limit = 15LL * 1024 * 1024 * 1024;
    QString m_displayName = QStringLiteral("Ada Lovelace");
    QString m_email = QStringLiteral("ada@example.org");
    QList<File> m_files; // in creation order
    QHash<QString, Session> m_sessions; // by upload_id
    QDateTime m_clock; // a creation time per file, one millisecond apart
};

} // namespace tp::test
