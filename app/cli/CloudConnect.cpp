#include "cloud/NextcloudLogin.h"
#include "cloud/OAuthLogin.h"
#include "cloud/ProviderApps.h"
#include "CloudActions.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QProcess>

namespace tp::cli {

namespace {

// The system's browser, for a command line that has no GUI library.
bool openInBrowser(const QUrl& url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   { QStringLiteral("url.dll,FileProtocolHandler"), url.toString() });
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), { url.toString() });
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString() });
#endif
}

// A WebDAV destination on a Nextcloud server: its browser login (Login Flow
// v2) gives the user and an app password; the folder stays as it was.
int connectNextcloud(const CloudCall& c, cloud::Destination d)
{
    const bool browser = !c.parser().isSet(c.o.noBrowser);
    const QUrl server = cloud::NextcloudLogin::serverOf(d.endpoint);
    QString folder = cloud::NextcloudLogin::folderOf(d.endpoint);
    if (folder.isEmpty())
        folder = d.prefix.isEmpty() ? QStringLiteral("TheProgram") : d.prefix;
    const auto show = [browser](const QUrl& page) {
        err() << (browser
                      ? Cli::tr("Log in to Nextcloud in the browser that opens now. If none opens, open this "
                                "address:")
                      : Cli::tr("Open this address in a browser and log in to Nextcloud:"))
              << '\n'
              << page.toString(QUrl::FullyEncoded) << '\n';
        err().flush();
        return browser ? openInBrowser(page) : true;
    };
    QString error;
    NoProgress waiting;
    const auto grant = cloud::NextcloudLogin::run(server, show, &waiting, &error);
    if (!grant)
        return failure(error);
    if (!secrets::SecretStore::writeNow(d.secretKey(), grant->appPassword, &error))
        return failure(
            Cli::tr("The app password cannot be kept in the OS keychain, so nothing was connected: %1")
                .arg(error));
    // Read again: copies may have changed its queue during the login.
    d = cloud::Destinations::find(d.name).value_or(d);
    d.endpoint = cloud::NextcloudLogin::davFolder(*grant, folder);
    d.user = grant->loginName;
    d.lastError.clear();
    cloud::Destinations::save(d);
    const auto repository = cloud::openRepositoryWith(d, grant->appPassword, &error);
    if (!repository || !repository->test(&error))
        return failure(Cli::tr("Logged in, but the folder does not answer yet: %1").arg(error));
    out() << Cli::tr("Logged “%1” in to %2 as %3: copies go to %4.")
                 .arg(d.name, server.host(), grant->loginName, d.endpoint.toDisplayString())
          << '\n';
    out().flush();
    return Success;
}

} // namespace

int cloudConnect(const CloudCall& c)
{
    const auto found = cloud::Destinations::find(c.args.value(1));
    if (!found)
        return c.args.value(1).isEmpty()
            ? usageError(Cli::tr("cloud connect needs the name of a destination."))
            : failure(Cli::tr("There is no destination “%1” (cloud list shows them).").arg(c.args.value(1)));
    cloud::Destination d = *found;
    if (d.provider == cloud::Provider::WebDav)
        return connectNextcloud(c, d);
    if (!d.usesOAuth())
        return usageError(
            Cli::tr("“%1” is %2: only Dropbox, Google Drive and Nextcloud destinations are "
                    "connected through the browser (the others take --secret-file with cloud add).")
                .arg(d.name, d.describe()));
    const bool browser = !c.parser().isSet(c.o.noBrowser);
    cloud::OAuthLogin login(cloud::oauthAppOf(d),
                            browser ? cloud::OAuthLogin::Browser(openInBrowser) : nullptr);
    QString error;
    if (!login.start(&error))
        return failure(error);
    err() << (browser ? Cli::tr("Sign in to %1 in the browser that opens now. If none opens, open this "
                                "address:")
                      : Cli::tr("Open this address in a browser and sign in to %1:"))
                 .arg(d.describe())
          << '\n'
          << login.authorizationUrl().toString(QUrl::FullyEncoded) << '\n';
    err().flush();
    QEventLoop loop;
    std::optional<cloud::OAuthTokens> tokens;
    QObject::connect(&login, &cloud::OAuthLogin::succeeded, &loop, [&](const cloud::OAuthTokens& t) {
        tokens = t;
        loop.quit();
    });
    QObject::connect(&login, &cloud::OAuthLogin::failed, &loop, [&](const QString& why) {
        error = why;
        loop.quit();
    });
    loop.exec();
    if (!tokens)
        return failure(error);
    if (!secrets::SecretStore::writeNow(d.secretKey(), tokens->refreshToken, &error))
        return failure(
            Cli::tr("The access cannot be kept in the OS keychain, so nothing was connected: %1").arg(error));
    d.reconnect = false;
    d.lastError.clear();
    cloud::Destinations::saveAccount(d);
    const auto repository = cloud::openRepositoryWith(d, tokens->refreshToken, &error);
    if (!repository || !repository->test(&error))
        return failure(Cli::tr("Connected, but %1 does not answer yet: %2").arg(d.describe(), error));
    d.account = repository->accountName().isEmpty() ? d.describe() : repository->accountName();
    cloud::Destinations::saveAccount(d);
    out() << (repository->accountName().isEmpty()
                  ? Cli::tr("Connected “%1” to %2.").arg(d.name, repository->displayName())
                  : Cli::tr("Connected “%1” to %2 as %3.")
                        .arg(d.name, repository->displayName(), repository->accountName()))
          << '\n';
    out().flush();
    return Success;
}

int cloudApps(const CloudCall& c)
{
    cloud::ProviderApps::Ids ids = cloud::ProviderApps::ids();
    const QString provider = c.args.value(1);
    if (provider == QLatin1String("dropbox") && c.args.size() == 3) {
        ids.dropboxAppKey = c.args.at(2);
    } else if (provider == QLatin1String("gdrive") && c.args.size() == 4) {
        ids.googleClientId = c.args.at(2);
        ids.googleClientSecret = c.args.at(3);
    } else if (!provider.isEmpty()) {
        return usageError(Cli::tr("Use: cloud apps [dropbox APP_KEY | gdrive CLIENT_ID CLIENT_SECRET]"));
    }
    if (!provider.isEmpty())
        cloud::ProviderApps::save(ids);
    const QString none = Cli::tr("(none)");
    out() << Cli::tr("Dropbox app key: %1").arg(ids.dropboxAppKey.isEmpty() ? none : ids.dropboxAppKey)
          << '\n'
          << Cli::tr("Google client id: %1").arg(ids.googleClientId.isEmpty() ? none : ids.googleClientId)
          << '\n';
    out().flush();
    return Success;
}

} // namespace tp::cli
