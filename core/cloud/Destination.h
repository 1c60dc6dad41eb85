#pragma once

#include "backup/Retention.h"
#include "OAuthClient.h"
#include "Repository.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace tp::cloud {

enum class Provider { Folder, S3, WebDav, Dropbox, GoogleDrive };

// When new backups are copied to a destination.
enum class UploadWhen { Immediately, Daily, Weekly };

// One place the practitioner's backups are copied to, as `cloud add` and
// Settings → Cloud set it: in the settings, the secret (S3 secret key,
// WebDAV password, OAuth refresh token) in the keychain only, under
// secretKey(). What happened last is kept beside it.
struct Destination
{
    QString name;
    Provider provider = Provider::Folder;
    bool enabled = true;
    UploadWhen when = UploadWhen::Immediately;
    QString folder; // Folder: the path
    QUrl endpoint; // S3: the endpoint; WebDAV: the server's URL
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString prefix; // a folder inside the bucket / the account
    bool pathStyle = false;
    QString user; // S3: the access key id; WebDAV: the user
    backup::RetentionPolicy keep; // none: every copy is kept

    // What happened last (saved with saveState).
    QDateTime lastUpload; // UTC
    qint64 lastBytes = 0;
    QString lastError;
    bool reconnect = false; // Dropbox / Google Drive: the grant is gone; connect again
    QString account; // whose account it is, as the store said when connected or tested
    QStringList copies; // the backup files known to be there, complete
    QStringList queue; // backups (paths) waiting to be copied

    QString secretKey() const { return QStringLiteral("cloud/") + name + QStringLiteral("/secret"); }
    bool needsSecret() const { return provider != Provider::Folder; }
    // Connected through the provider's sign-in page (the secret is a refresh token).
    bool usesOAuth() const { return provider == Provider::Dropbox || provider == Provider::GoogleDrive; }
    // "S3 bucket backups at s3.example.com", "the folder /mnt/nas/backups"
    QString describe() const;
    // Whether a daily or weekly destination is due for its copies at `now`.
    bool isDue(const QDateTime& now) const;

    static QString providerName(Provider provider); // folder, s3, webdav, dropbox, gdrive
    static std::optional<Provider> parseProvider(const QString& text);
    static QString whenName(UploadWhen when); // immediately, daily, weekly
    static std::optional<UploadWhen> parseWhen(const QString& text);
};

// The destinations in the settings.
class Destinations
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::Destinations)

public:
    static QList<Destination> load(const QSettings& settings);
    static QList<Destination> load();
    static std::optional<Destination> find(const QString& name);
    static void save(const Destination& destination); // the whole entry
    static void saveState(const Destination& destination); // only what happened last, and the queue
    // Only the account, "reconnect needed" and the last error: for callers that
    // read the destination before slow work, so as not to undo a copy's queue meanwhile.
    static void saveAccount(const Destination& destination);
    static void remove(const QString& name); // the entry; its secret is the caller's to remove

    // Letters, digits, space, "-" and "_", at most 40: a name that is safe
    // as a settings group and a keychain entry. False with why.
    static bool validName(const QString& name, QString* error);
    // What a destination misses to be used (no bucket, no folder…); empty when complete.
    static QString incomplete(const Destination& destination);
};

// The repository a destination names, with its secret from the keychain;
// null and why when it cannot be made (no secret, not yet connected…).
std::unique_ptr<Repository> openRepository(const Destination& destination, QString* error);
// The same with the secret at hand (just granted, not read back from the keychain).
std::unique_ptr<Repository> openRepositoryWith(const Destination& destination, const QByteArray& secret,
                                               QString* error);

// The OAuth application a Dropbox or Google Drive destination signs in with.
OAuthApp oauthAppOf(const Destination& destination);

} // namespace tp::cloud
