#pragma once

#include "OAuthClient.h"

#include <QCoreApplication>

namespace tp::cloud {

// The OAuth applications this copy of The Program signs in to Dropbox and
// Google Drive with. Their ids are configuration, not code: a distributor
// sets them as CMake cache variables (THEPROGRAM_DROPBOX_APP_KEY,
// THEPROGRAM_GOOGLE_CLIENT_ID, THEPROGRAM_GOOGLE_CLIENT_SECRET), and a user
// may enter their own in Settings → Cloud (or `cloud apps`), which wins.
// `endpoint`, when valid, replaces every host of the provider (its API, its
// uploads and its sign-in pages) — for a test server or a proxy.
class ProviderApps
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::ProviderApps)

public:
    static OAuthApp dropbox(const QUrl& endpoint = {});
    static OAuthApp googleDrive(const QUrl& endpoint = {});

    // The ids as configured (settings first, then the build's).
    struct Ids
    {
        QString dropboxAppKey;
        int dropboxPort = 0;
        QString googleClientId;
        QString googleClientSecret;
    };
    static Ids ids();
    static Ids builtIn();
    static void save(const Ids& ids); // an empty field falls back to the build's
};

} // namespace tp::cloud
