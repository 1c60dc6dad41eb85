#pragma once

#include "AccessTokens.h"
#include "HttpClient.h"
#include "Repository.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace tp::cloud {

struct DropboxConfig
{
    // Empty: Dropbox itself (api.dropboxapi.com, content.dropboxapi.com);
    // else every request goes to this base (a test server, a proxy).
    QUrl endpoint;
    QString folder; // inside the app's folder, e.g. "backups"; empty: the app folder itself
    // Bytes per upload request; a multiple of 4 MiB, as Dropbox advises (at most 150 MiB).
    qint64 chunkSize = 8 * 1024 * 1024;
};

// Dropbox, in the app's own folder (Apps/The Program: the app sees nothing
// else), over its HTTP API v2 with the account's OAuth tokens. Every file
// goes up through an upload session in chunks — a broken chunk is sent
// again and the server's `incorrect_offset` (with its `correct_offset`)
// says where to go on — and appears under its name only when the session
// is finished, replacing the old one at once; the server's content_hash is
// checked against the file's. A session that never finishes leaves nothing
// (Dropbox drops it after a week).
class DropboxRepository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::DropboxRepository)

public:
    DropboxRepository(DropboxConfig config, std::shared_ptr<AccessTokens> tokens);

    HttpClient& http() { return m_http; }

    QString displayName() const override;
    bool list(QList<RemoteFile>* files, Progress* progress, QString* error) override;
    bool put(const QString& localPath, const QString& name, const QString& sha256, Progress* progress,
             QString* error) override;
    bool get(const QString& name, const QString& localPath, Progress* progress, QString* error) override;
    bool remove(const QString& name, QString* error) override;
    std::optional<Quota> quota(QString* error) override;
    bool test(QString* error) override;
    bool needsReconnect() const override { return m_tokens->needsReconnect(); }
    QString accountName() const override { return m_account; }

    // Dropbox's content hash of a file (SHA-256 of the SHA-256s of its 4 MiB
    // blocks), and its SHA-256, read once; empty when it cannot be read.
    static bool hashFile(const QString& path, QByteArray* contentHash, QByteArray* sha256);
    // The Dropbox-API-Arg header's value: compact JSON with every character
    // beyond ASCII escaped as \uXXXX, as HTTP headers must be.
    static QByteArray apiArg(const QJsonObject& args);

private:
    struct Session
    {
        QByteArray id;
        qint64 offset = 0;
    };
    QString pathOf(const QString& name) const; // "/backups/name", or "" for the folder
    HttpResponse rpc(const QString& route, const QJsonObject* args, QString* error);
    HttpResponse content(const QString& route, const QJsonObject& args, const HttpRequest& body,
                         const TransferProgress& progress, QString* error);
    QString failure(const HttpResponse& response, const QString& tokenError, const QString& doing) const;
    bool upload(const QString& localPath, qint64 size, const QString& name, Progress* progress,
                QJsonObject* metadata, QString* error);
    bool appendAll(Session* session, const QString& localPath, qint64 size, const QString& name,
                   Progress* progress, QString* error);

    DropboxConfig m_config;
    std::shared_ptr<AccessTokens> m_tokens;
    HttpClient m_http;
    QString m_account;
};

} // namespace tp::cloud
