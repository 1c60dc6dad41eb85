#include "ProviderApps.h"

#include <QSettings>

#ifndef THEPROGRAM_DROPBOX_APP_KEY
#define THEPROGRAM_DROPBOX_APP_KEY ""
#endif
#ifndef THEPROGRAM_DROPBOX_PORT
#define THEPROGRAM_DROPBOX_PORT 53134
#endif
#ifndef THEPROGRAM_GOOGLE_CLIENT_ID
#define THEPROGRAM_GOOGLE_CLIENT_ID ""
#endif
#ifndef THEPROGRAM_GOOGLE_CLIENT_SECRET
#define THEPROGRAM_GOOGLE_CLIENT_SECRET ""
#endif

namespace tp::cloud {

namespace {

const QString kGroup = QStringLiteral("cloud-apps/");

QUrl on(const QUrl& endpoint, const char* real, const char* path)
{
    if (!endpoint.isValid() || endpoint.isEmpty())
        return QUrl(QString::fromLatin1(real) + QString::fromLatin1(path));
    QUrl url = endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QString::fromLatin1(path));
    return url;
}

} // namespace

ProviderApps::Ids ProviderApps::builtIn()
{
    Ids ids;
    ids.dropboxAppKey = QStringLiteral(THEPROGRAM_DROPBOX_APP_KEY);
    ids.dropboxPort = THEPROGRAM_DROPBOX_PORT;
    ids.googleClientId = QStringLiteral(THEPROGRAM_GOOGLE_CLIENT_ID);
    ids.googleClientSecret = QStringLiteral(THEPROGRAM_GOOGLE_CLIENT_SECRET);
    return ids;
}

ProviderApps::Ids ProviderApps::ids()
{
    const QSettings s;
    Ids ids = builtIn();
    auto pick = [&](const char* key, QString* field) {
        const QString value = s.value(kGroup + QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            *field = value;
    };
    pick("dropbox-app-key", &ids.dropboxAppKey);
    pick("google-client-id", &ids.googleClientId);
    pick("google-client-secret", &ids.googleClientSecret);
    ids.dropboxPort = s.value(kGroup + QLatin1String("dropbox-port"), ids.dropboxPort).toInt();
    return ids;
}

void ProviderApps::save(const Ids& ids)
{
    QSettings s;
    const Ids built = builtIn();
    auto put = [&](const char* key, const QString& value, const QString& fallback) {
        if (value.trimmed().isEmpty() || value.trimmed() == fallback)
            s.remove(kGroup + QLatin1String(key));
        else
            s.setValue(kGroup + QLatin1String(key), value.trimmed());
    };
    put("dropbox-app-key", ids.dropboxAppKey, built.dropboxAppKey);
    put("google-client-id", ids.googleClientId, built.googleClientId);
    put("google-client-secret", ids.googleClientSecret, built.googleClientSecret);
    if (ids.dropboxPort == built.dropboxPort)
        s.remove(kGroup + QLatin1String("dropbox-port"));
    else
        s.setValue(kGroup + QLatin1String("dropbox-port"), ids.dropboxPort);
    s.sync();
}

OAuthApp ProviderApps::dropbox(const QUrl& endpoint)
{
    const Ids configured = ids();
    OAuthApp app;
    app.provider = QStringLiteral("Dropbox");
    app.authorizeUrl = on(endpoint, "https://www.dropbox.com", "/oauth2/authorize");
    app.tokenUrl = on(endpoint, "https://api.dropboxapi.com", "/oauth2/token");
    app.clientId = configured.dropboxAppKey;
    // The app folder permission is the app's registration; offline: a refresh token.
    app.extraAuthorizeParams = { { QStringLiteral("token_access_type"), QStringLiteral("offline") } };
    // Dropbox matches the redirect address exactly, port included: the one registered.
    app.loopbackPort = endpoint.isValid() && !endpoint.isEmpty() ? 0 : configured.dropboxPort;
    return app;
}

OAuthApp ProviderApps::googleDrive(const QUrl& endpoint)
{
    const Ids configured = ids();
    OAuthApp app;
    app.provider = QStringLiteral("Google Drive");
    app.authorizeUrl = on(endpoint, "https://accounts.google.com", "/o/oauth2/v2/auth");
    app.tokenUrl = on(endpoint, "https://oauth2.googleapis.com", "/token");
    app.clientId = configured.googleClientId;
    app.clientSecret = configured.googleClientSecret;
    // Only the files this app made: never the rest of the user's Drive.
    app.scope = QStringLiteral("https://www.googleapis.com/auth/drive.file");
    // offline + consent: a refresh token, also when the account was connected before.
    app.extraAuthorizeParams = { { QStringLiteral("access_type"), QStringLiteral("offline") },
                                 { QStringLiteral("prompt"), QStringLiteral("consent") } };
    app.loopbackPort = 0; // Google accepts any port on 127.0.0.1 for Desktop clients
    return app;
}

} // namespace tp::cloud
