#pragma once

#include "EmailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace tp::notify {

// One plain-text email through an SMTP server (libcurl): STARTTLS or TLS
// with the server's certificate checked, a login when a user is set. It
// blocks (up to half a minute): call it off the window's thread.
class SmtpMailer
{
    Q_DECLARE_TR_FUNCTIONS(tp::notify::SmtpMailer)

public:
    static bool send(const EmailSettings& settings, const QByteArray& password, const QString& subject,
                     const QString& body, QString* error);
    // The same with the password from the keychain (none when no user is set).
    static bool sendWithKeychain(const EmailSettings& settings, const QString& subject, const QString& body,
                                 QString* error);

    // The message as sent: RFC 5322 headers, UTF-8 text in base64, CRLF lines.
    static QByteArray message(const EmailSettings& settings, const QString& subject, const QString& body,
                              const QDateTime& date);
};

} // namespace tp::notify
