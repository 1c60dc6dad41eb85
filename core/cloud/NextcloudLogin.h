#pragma once

#include "HttpClient.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QUrl>

namespace tp::cloud {

// What a Nextcloud server hands over at the end of Login Flow v2.
struct NextcloudGrant
{
    QUrl server; // the server that was asked (never one the answer names)
    QString loginName; // what the person typed (an e-mail address, an LDAP name…): for logging in
    QString userId; // the account's id, which names its WebDAV folder (the login name when unknown)
    QByteArray appPassword; // a password for this app only, revocable in Nextcloud's settings
};

// Nextcloud's Login Flow v2: the practitioner logs in on the server's own
// page in the browser and grants access; the app polls the server until it
// hands over an app password — no password is ever typed into The Program.
// Blocking, for a worker or the CLI; `openBrowser` is called once with the
// login page (http/https only), from the calling thread.
class NextcloudLogin
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::NextcloudLogin)

public:
    struct Options
    {
        int timeoutMs = 20 * 60 * 1000; // the server forgets the flow after 20 minutes
        int pollMs = 2000;
    };

    static std::optional<NextcloudGrant> run(const QUrl& server,
                                             const std::function<bool(const QUrl&)>& openBrowser,
                                             Progress* progress, QString* error, const Options& options);
    static std::optional<NextcloudGrant> run(const QUrl& server,
                                             const std::function<bool(const QUrl&)>& openBrowser,
                                             Progress* progress, QString* error)
    {
        return run(server, openBrowser, progress, error, Options());
    }

    // The server's address in a WebDAV folder address (what precedes
    // /remote.php), or the address itself when it has none.
    static QUrl serverOf(const QUrl& address);
    // The folder below the user's files in a WebDAV address
    // (…/remote.php/dav/files/USER/Practice/Backups/ → "Practice/Backups"), empty when none.
    static QString folderOf(const QUrl& address);
    // https://server/remote.php/dav/files/USER-ID/FOLDER/ — the WebDAV folder of `folder`.
    static QUrl davFolder(const NextcloudGrant& grant, const QString& folder);
};

} // namespace tp::cloud
