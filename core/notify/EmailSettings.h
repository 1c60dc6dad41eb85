#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace tp::notify {

// Where failure emails go and how they are sent: an SMTP server with
// STARTTLS, TLS from the start, or (on a trusted network) neither, and a
// login. In the settings; the password only in the OS keychain
// (kKeychainKey).
struct EmailSettings
{
    enum class Security { StartTls, Tls, None };

    bool onFailure = false; // send one when a scheduled backup fails
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no login
    QString from;
    QString to;
    QString caFile; // a certificate authority of one's own (a self-signed server); empty: the system's

    static constexpr const char* kKeychainKey = "smtp-password";

    static EmailSettings load(const QSettings& settings);
    static EmailSettings load();
    void save(QSettings& settings) const;
    void save() const;
    bool isComplete() const { return !host.isEmpty() && !from.isEmpty() && !to.isEmpty(); }
};

} // namespace tp::notify
