#include "Destination.h"

#include "AccessTokens.h"
#include "DriveRepository.h"
#include "DropboxRepository.h"
#include "LocalRepository.h"
#include "ProviderApps.h"
#include "S3Repository.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"
#include "WebDavRepository.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>

namespace tp::cloud {

namespace {

const QString kGroup = QStringLiteral("cloud/destinations");

struct RuleKey
{
    int backup::RetentionPolicy::*field;
    const char* key;
};
constexpr RuleKey kRules[] = {
    { &backup::RetentionPolicy::keepLast, "keep-last" },
    { &backup::RetentionPolicy::keepWithinDays, "keep-within" },
    { &backup::RetentionPolicy::keepDaily, "keep-daily" },
    { &backup::RetentionPolicy::keepWeekly, "keep-weekly" },
    { &backup::RetentionPolicy::keepMonthly, "keep-monthly" },
    { &backup::RetentionPolicy::keepYearly, "keep-yearly" },
};

QString keyOf(const QString& name, const char* field)
{
    return kGroup + QLatin1Char('/') + name + QLatin1Char('/') + QLatin1String(field);
}

// A value kept only while it says something (an empty one leaves no key behind).
void setOrRemove(QSettings& s, const QString& key, const QVariant& value, bool keep)
{
    if (keep)
        s.setValue(key, value);
    else
        s.remove(key);
}

Destination read(const QSettings& s, const QString& name)
{
    Destination d;
    d.name = name;
    d.provider
        = Destination::parseProvider(s.value(keyOf(name, "type")).toString()).value_or(Provider::Folder);
    d.enabled = s.value(keyOf(name, "enabled"), true).toBool();
    d.when
        = Destination::parseWhen(s.value(keyOf(name, "when")).toString()).value_or(UploadWhen::Immediately);
    d.folder = s.value(keyOf(name, "folder")).toString();
    d.endpoint = QUrl(s.value(keyOf(name, "endpoint")).toString());
    d.region = s.value(keyOf(name, "region"), d.region).toString();
    d.bucket = s.value(keyOf(name, "bucket")).toString();
    d.prefix = s.value(keyOf(name, "prefix")).toString();
    d.pathStyle = s.value(keyOf(name, "path-style")).toBool();
    d.user = s.value(keyOf(name, "user")).toString();
    for (const RuleKey& r : kRules)
        d.keep.*r.field = qMax(0, s.value(keyOf(name, r.key)).toInt());
    d.lastUpload = timestamp::parse(s.value(keyOf(name, "last-upload")).toString()).value_or(QDateTime());
    d.lastBytes = s.value(keyOf(name, "last-bytes")).toLongLong();
    d.lastError = s.value(keyOf(name, "last-error")).toString();
    d.reconnect = s.value(keyOf(name, "reconnect-needed")).toBool();
    d.account = s.value(keyOf(name, "account")).toString();
    d.copies = s.value(keyOf(name, "copies")).toStringList();
    d.queue = s.value(keyOf(name, "queue")).toStringList();
    return d;
}

} // namespace

QString Destination::providerName(Provider provider)
{
    switch (provider) {
    case Provider::Folder:
        return QStringLiteral("folder");
    case Provider::S3:
        return QStringLiteral("s3");
    case Provider::WebDav:
        return QStringLiteral("webdav");
    case Provider::Dropbox:
        return QStringLiteral("dropbox");
    case Provider::GoogleDrive:
        return QStringLiteral("gdrive");
    }
    return {};
}

std::optional<Provider> Destination::parseProvider(const QString& text)
{
    for (Provider p :
         { Provider::Folder, Provider::S3, Provider::WebDav, Provider::Dropbox, Provider::GoogleDrive }) {
        if (providerName(p) == text)
            return p;
    }
    return std::nullopt;
}

QString Destination::whenName(UploadWhen when)
{
    return when == UploadWhen::Daily ? QStringLiteral("daily")
        : when == UploadWhen::Weekly ? QStringLiteral("weekly")
                                     : QStringLiteral("immediately");
}

std::optional<UploadWhen> Destination::parseWhen(const QString& text)
{
    for (UploadWhen w : { UploadWhen::Immediately, UploadWhen::Daily, UploadWhen::Weekly }) {
        if (whenName(w) == text)
            return w;
    }
    return std::nullopt;
}

QString Destination::describe() const
{
    switch (provider) {
    case Provider::Folder:
        return Destinations::tr("the folder %1").arg(QDir::toNativeSeparators(folder));
    case Provider::S3:
        return Destinations::tr("S3 bucket %1 at %2").arg(bucket, endpoint.host());
    case Provider::WebDav:
        return Destinations::tr("WebDAV at %1").arg(endpoint.toDisplayString());
    case Provider::Dropbox:
        return prefix.isEmpty() ? Destinations::tr("Dropbox")
                                : Destinations::tr("Dropbox, folder %1").arg(prefix);
    case Provider::GoogleDrive:
        return Destinations::tr("Google Drive");
    }
    return {};
}

bool Destination::isDue(const QDateTime& now) const
{
    if (when == UploadWhen::Immediately || !lastUpload.isValid())
        return true;
    return lastUpload.addDays(when == UploadWhen::Daily ? 1 : 7) <= now;
}

QList<Destination> Destinations::load(const QSettings& settings)
{
    QList<Destination> out;
    QSettings& s = const_cast<QSettings&>(settings);
    s.beginGroup(kGroup);
    const QStringList names = s.childGroups();
    s.endGroup();
    for (const QString& name : names)
        out << read(settings, name);
    return out;
}

QList<Destination> Destinations::load()
{
    return load(QSettings());
}

std::optional<Destination> Destinations::find(const QString& name)
{
    for (const Destination& d : load()) {
        if (d.name == name)
            return d;
    }
    return std::nullopt;
}

void Destinations::save(const Destination& d)
{
    QSettings s;
    s.remove(kGroup + QLatin1Char('/') + d.name);
    s.setValue(keyOf(d.name, "type"), Destination::providerName(d.provider));
    s.setValue(keyOf(d.name, "enabled"), d.enabled);
    s.setValue(keyOf(d.name, "when"), Destination::whenName(d.when));
    auto text = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            s.setValue(keyOf(d.name, key), value);
    };
    text("folder", d.folder);
    text("endpoint", d.endpoint.toString());
    text("region", d.region);
    text("bucket", d.bucket);
    text("prefix", d.prefix);
    text("user", d.user);
    if (d.pathStyle)
        s.setValue(keyOf(d.name, "path-style"), true);
    for (const RuleKey& r : kRules) {
        if (d.keep.*r.field > 0)
            s.setValue(keyOf(d.name, r.key), d.keep.*r.field);
    }
    s.sync();
    saveState(d);
}

void Destinations::saveState(const Destination& d)
{
    QSettings s;
    auto set = [&](const char* key, const QVariant& value, bool keep) {
        setOrRemove(s, keyOf(d.name, key), value, keep);
    };
    set("last-upload", timestamp::format(d.lastUpload), d.lastUpload.isValid());
    set("last-bytes", d.lastBytes, d.lastBytes > 0);
    set("copies", d.copies, !d.copies.isEmpty());
    set("queue", d.queue, !d.queue.isEmpty());
    s.sync();
    saveAccount(d);
}

void Destinations::saveAccount(const Destination& d)
{
    QSettings s;
    auto set = [&](const char* key, const QVariant& value, bool keep) {
        setOrRemove(s, keyOf(d.name, key), value, keep);
    };
    set("last-error", d.lastError, !d.lastError.isEmpty());
    set("reconnect-needed", true, d.reconnect);
    set("account", d.account, !d.account.isEmpty());
    s.sync();
}

void Destinations::remove(const QString& name)
{
    QSettings s;
    s.remove(kGroup + QLatin1Char('/') + name);
    s.sync();
}

bool Destinations::validName(const QString& name, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_-][\\p{L}\\p{N} _-]{0,39}$"));
    if (pattern.match(name).hasMatch() && !name.endsWith(QLatin1Char(' ')))
        return true;
    *error = tr("“%1” cannot name a destination: use letters, digits, spaces, “-” and “_” (at most 40).")
                 .arg(name);
    return false;
}

QString Destinations::incomplete(const Destination& d)
{
    switch (d.provider) {
    case Provider::Folder:
        return d.folder.isEmpty() ? tr("A folder destination needs its folder.") : QString();
    case Provider::S3:
        if (!d.endpoint.isValid() || d.endpoint.host().isEmpty()
            || (d.endpoint.scheme() != QLatin1String("https")
                && d.endpoint.scheme() != QLatin1String("http")))
            return tr("An S3 destination needs its endpoint, e.g. https://s3.eu-central-1.amazonaws.com.");
        if (d.bucket.isEmpty())
            return tr("An S3 destination needs its bucket.");
        if (d.user.isEmpty())
            return tr("An S3 destination needs its access key id.");
        return {};
    case Provider::WebDav:
        if (!d.endpoint.isValid() || d.endpoint.host().isEmpty())
            return tr("A WebDAV destination needs its server's address, e.g. "
                      "https://cloud.example.org/remote.php/dav/files/me/.");
        return {}; // the user and password: typed, or from Nextcloud's browser login (cloud connect)
    case Provider::Dropbox:
    case Provider::GoogleDrive:
        if (!d.endpoint.isEmpty() && (!d.endpoint.isValid() || d.endpoint.host().isEmpty()))
            return tr("The endpoint of %1 is not a web address.").arg(d.describe());
        return {};
    }
    return {};
}

std::unique_ptr<Repository> openRepository(const Destination& d, QString* error)
{
    if (const QString missing = Destinations::incomplete(d); !missing.isEmpty()) {
        *error = missing;
        return nullptr;
    }
    QByteArray secret;
    if (d.needsSecret()) {
        QString why;
        const std::optional<QByteArray> stored = secrets::SecretStore::readNow(d.secretKey(), &why);
        if (!stored && why.isEmpty() && d.provider == Provider::WebDav && d.user.isEmpty()) {
            *error = Destinations::tr(
                         "“%1” is not logged in to its server yet: Log In with Nextcloud… in Settings → "
                         "Cloud, or theprogram-cli cloud connect %1.")
                         .arg(d.name);
            return nullptr;
        }
        if (!stored && why.isEmpty() && d.usesOAuth()) {
            *error
                = Destinations::tr("“%1” is not connected to %2 yet: connect it in Settings → Cloud, or with "
                                   "theprogram-cli cloud connect %1.")
                      .arg(d.name, oauthAppOf(d).provider);
            return nullptr;
        }
        if (!stored) {
            *error = why.isEmpty()
                ? Destinations::tr("The keychain holds no secret for the destination “%1”; add it again "
                                   "with its secret.")
                      .arg(d.name)
                : Destinations::tr("The secret of the destination “%1” cannot be read from the keychain: %2")
                      .arg(d.name, why);
            return nullptr;
        }
        secret = *stored;
    }
    return openRepositoryWith(d, secret, error);
}

std::unique_ptr<Repository> openRepositoryWith(const Destination& d, const QByteArray& secret, QString* error)
{
    if (const QString missing = Destinations::incomplete(d); !missing.isEmpty()) {
        *error = missing;
        return nullptr;
    }
    switch (d.provider) {
    case Provider::Folder:
        return std::make_unique<LocalRepository>(d.folder);
    case Provider::S3: {
        S3Config config;
        config.endpoint = d.endpoint;
        config.bucket = d.bucket;
        config.prefix = d.prefix;
        config.pathStyle = d.pathStyle;
        S3Credentials credentials;
        credentials.accessKeyId = d.user.toUtf8();
        credentials.secretAccessKey = secret;
        credentials.region = d.region.isEmpty() ? QStringLiteral("us-east-1") : d.region;
        return std::make_unique<S3Repository>(config, credentials);
    }
    case Provider::WebDav: {
        WebDavConfig config;
        config.folder = d.endpoint;
        config.user = d.user;
        return std::make_unique<WebDavRepository>(config, secret);
    }
    case Provider::Dropbox:
    case Provider::GoogleDrive:
        break;
    }
    // A refresh token the provider replaces goes back into the keychain at once.
    const QString key = d.secretKey();
    auto tokens = std::make_shared<AccessTokens>(oauthAppOf(d), secret, [key](const QByteArray& rotated) {
        QString ignored;
        secrets::SecretStore::writeNow(key, rotated, &ignored);
    });
    if (d.provider == Provider::Dropbox) {
        DropboxConfig config;
        config.endpoint = d.endpoint;
        config.folder = d.prefix;
        return std::make_unique<DropboxRepository>(config, tokens);
    }
    DriveConfig config;
    config.endpoint = d.endpoint;
    if (!d.prefix.isEmpty())
        config.folderName = d.prefix;
    return std::make_unique<DriveRepository>(config, tokens);
}

OAuthApp oauthAppOf(const Destination& d)
{
    return d.provider == Provider::Dropbox ? ProviderApps::dropbox(d.endpoint)
                                           : ProviderApps::googleDrive(d.endpoint);
}

} // namespace tp::cloud
