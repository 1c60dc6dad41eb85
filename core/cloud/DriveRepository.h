#pragma once

#include "AccessTokens.h"
#include "HttpClient.h"
#include "Repository.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace tp::cloud {

struct DriveConfig
{
    QUrl endpoint; // empty: https://www.googleapis.com; else every request goes to this base (a test server)
    // The app's folder in My Drive, made when missing.
    QString folderName = QStringLiteral("The Program Backups");
    qint64 chunkSize = 8 * 1024 * 1024; // resumable upload chunk; a multiple of 256 KiB
};

// Google Drive over its REST API (v3) with the drive.file scope, so the app
// sees only the files it made: the backups live in one folder of My Drive,
// found by name (and made when missing). A file goes up as a resumable
// upload in chunks; a chunk whose answer is lost is not sent again blindly
// but the session is asked how far it got and the upload goes on from
// there; a session that expired is started anew. Drive checks nothing on
// upload, so the MD5 it reports and the size are compared with the file's
// afterwards (a copy that differs is deleted). Drive allows several files of
// one name: after an upload the others of that name are deleted, so a put
// replaces. Every request carries the account's access token (AccessTokens).
class DriveRepository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::DriveRepository)

public:
    DriveRepository(DriveConfig config, std::shared_ptr<AccessTokens> tokens);

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
    QString accountName() const override { return m_accountName; }

private:
    struct Entry
    {
        QString id;
        qint64 size = -1;
        QByteArray md5; // hex
        QDateTime modified;
    };
    using Query = QList<QPair<QByteArray, QByteArray>>;
    // How a resumable upload session ended.
    enum class Outcome { Done, Expired, Failed };

    QUrl url(const QString& path, const Query& query = {}) const;
    // A call to the API (JSON in and out) with the access token, retried.
    HttpResponse api(const QByteArray& method, const QString& path, const Query& query, QString* tokenError,
                     const QByteArray& body = {}, const HttpHeaders& headers = {});
    QString failure(const HttpResponse& response, const QString& doing, const QString& tokenError = {}) const;

    bool ensureFolder(QString* error);
    // Every file in the folder by name (a name may hold several), kept in m_files.
    bool fetchAll(Progress* progress, QString* error);
    bool deleteId(const QString& id, QString* error);
    static Entry newest(const QList<Entry>& entries);

    QUrl startSession(const QString& name, qint64 size, QString* error);
    Outcome upload(const QUrl& session, const QString& localPath, const QString& name, qint64 size,
                   Progress* progress, QJsonObject* file, QString* error);
    // One request to an upload session, sent once: with the access token when it is on the API's host.
    HttpResponse sendToSession(const HttpRequest& request, const TransferProgress& progress,
                               QString* tokenError);
    bool checkUploaded(const QJsonObject& file, const QString& name, qint64 size, const QByteArray& md5,
                       QString* error);

    DriveConfig m_config;
    std::shared_ptr<AccessTokens> m_tokens;
    HttpClient m_http;
    QString m_folderId;
    QString m_accountName;
    QHash<QString, QList<Entry>> m_files;
};

} // namespace tp::cloud
