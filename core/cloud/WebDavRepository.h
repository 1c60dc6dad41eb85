#pragma once

#include "HttpClient.h"
#include "Repository.h"

#include <optional>
#include <QCoreApplication>
#include <QUrl>

namespace tp::cloud {

struct WebDavConfig
{
    // The folder the backups go in, e.g.
    // https://cloud.example.org/remote.php/dav/files/me/TheProgram/ (made when missing).
    QUrl folder;
    QString user;
    // Nextcloud (a folder under …/remote.php/dav/files/USER/): files larger
    // than this go up with its chunked upload v2 in chunks of chunkSize.
    qint64 chunkThreshold = 64 * 1024 * 1024;
    qint64 chunkSize = 10 * 1024 * 1024; // Nextcloud wants 5 MiB at least (but for the last)
};

// WebDAV servers (Nextcloud, ownCloud, Apache mod_dav, rclone serve
// webdav, …) with a user and an (app) password over Basic authentication.
// A file is PUT under a temporary name (with an OC-Checksum header, which
// Nextcloud and ownCloud check) and then MOVEd onto its name, so the name
// only ever holds a whole file; a failed upload's temporary is deleted.
// PROPFIND lists the folder and reads the quota where the server has one.
// On Nextcloud large files go up with its chunked upload v2 instead: the
// chunks into an upload folder of their own (each retried alone), then one
// MOVE of its .file joins them onto the name; a failed upload's folder is
// deleted. A server without it gets the single PUT.
class WebDavRepository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::WebDavRepository)

public:
    WebDavRepository(WebDavConfig config, QByteArray password);

    HttpClient& http() { return m_http; }

    QString displayName() const override;
    bool list(QList<RemoteFile>* files, Progress* progress, QString* error) override;
    bool put(const QString& localPath, const QString& name, const QString& sha256, Progress* progress,
             QString* error) override;
    bool get(const QString& name, const QString& localPath, Progress* progress, QString* error) override;
    bool remove(const QString& name, QString* error) override;
    std::optional<Quota> quota(QString* error) override;
    bool test(QString* error) override;

private:
    QUrl urlOf(const QString& name) const; // the folder itself when empty
    HttpRequest request(const QByteArray& method, const QString& name, HttpHeaders headers = {},
                        const QByteArray& body = {}) const;
    QString failure(const HttpResponse& response, const QString& doing) const;
    bool ensureFolder(QString* error);
    // Deletes a broken-off upload's temporary file, and checks that it is gone.
    void removeTemporary(const QString& temp);
    // The file now under `name` has `size` bytes; else it is removed and false.
    bool checkStored(const QString& name, qint64 size, QString* error);
    // Nextcloud's uploads collection for this user (…/remote.php/dav/uploads/USER/); empty elsewhere.
    QUrl uploadsUrl() const;
    // Chunked upload v2; nullopt when the server does not offer it (then: a single PUT).
    std::optional<bool> putChunked(const QString& localPath, const QString& name, qint64 size,
                                   const QString& sha256, Progress* progress, QString* error);
    // PROPFIND of the folder (depth 1) or one file (depth 0).
    std::optional<QByteArray> propfind(const QString& name, int depth, QString* error);

    WebDavConfig m_config;
    QByteArray m_authorization;
    HttpClient m_http;
    bool m_folderMade = false;
};

} // namespace tp::cloud
