#include "SmtpMailer.h"

#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <curl/curl.h>
#include <QLocale>
#include <QUuid>

namespace tp::notify {

namespace {

struct Payload
{
    QByteArray bytes;
    qsizetype at = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* data)
{
    auto* p = static_cast<Payload*>(data);
    const qsizetype n = qMin<qsizetype>(qsizetype(size * count), p->bytes.size() - p->at);
    memcpy(buffer, p->bytes.constData() + p->at, size_t(n));
    p->at += n;
    return size_t(n);
}

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    return ascii ? text.toUtf8() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

QByteArray SmtpMailer::message(const EmailSettings& settings, const QString& subject, const QString& body,
                               const QDateTime& date)
{
    const QByteArray crlf = "\r\n";
    QByteArray m;
    // RFC 5322 date: "Thu, 03 Dec 2026 14:30:00 +0000".
    m += "Date: "
        + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000" + crlf;
    m += "From: " + encodedWord(QStringLiteral("The Program")) + " <" + settings.from.toUtf8() + ">" + crlf;
    m += "To: <" + settings.to.toUtf8() + ">" + crlf;
    m += "Subject: " + encodedWord(subject) + crlf;
    const QString domain = settings.from.section(QLatin1Char('@'), 1);
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@"
        + (domain.isEmpty() ? QByteArray("theprogram.local") : domain.toUtf8()) + ">" + crlf;
    m += "MIME-Version: 1.0" + crlf;
    m += "Content-Type: text/plain; charset=UTF-8" + crlf;
    m += "Content-Transfer-Encoding: base64" + crlf + crlf;
    const QByteArray encoded
        = QString(body).replace(QLatin1Char('\n'), QStringLiteral("\r\n")).toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        m += encoded.mid(i, 76) + crlf;
    return m;
}

bool SmtpMailer::send(const EmailSettings& settings, const QByteArray& password, const QString& subject,
                      const QString& body, QString* error)
{
    if (!settings.isComplete()) {
        *error = tr("Fill in the mail server, the sender and the recipient first.");
        return false;
    }
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; // once, thread-safe
    CURL* curl = initialised ? curl_easy_init() : nullptr;
    if (!curl) {
        *error = tr("The mail library could not be started.");
        return false;
    }
    const bool tls = settings.security == EmailSettings::Security::Tls;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(tls ? QStringLiteral("smtps") : QStringLiteral("smtp"), settings.host)
                               .arg(settings.port)
                               .toUtf8();
    const QByteArray from = "<" + settings.from.toUtf8() + ">";
    const QByteArray to = "<" + settings.to.toUtf8() + ">";
    const QByteArray user = settings.user.toUtf8();
    const QByteArray ca = settings.caFile.toLocal8Bit();
    Payload payload{ message(settings, subject, body, Clock::nowUtc()), 0 };
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    if (settings.security == EmailSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS, or no mail at all
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return true;
    const QString detail = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        *error = tr("The mail server refused the login: check the user name and password (%1).").arg(detail);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        *error = tr("The mail server %1 cannot be reached (%2).").arg(settings.host, detail);
        break;
    case CURLE_USE_SSL_FAILED:
        *error = tr("The mail server does not offer STARTTLS, so nothing was sent unencrypted (%1).")
                     .arg(detail);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
        *error = tr("The mail server's certificate cannot be trusted (%1).").arg(detail);
        break;
    default:
        *error = tr("The email was not sent: %1").arg(detail);
    }
    return false;
}

bool SmtpMailer::sendWithKeychain(const EmailSettings& settings, const QString& subject, const QString& body,
                                  QString* error)
{
    QByteArray password;
    if (!settings.user.isEmpty()) {
        const auto secret = secrets::SecretStore::readNow(QLatin1String(EmailSettings::kKeychainKey), error);
        if (!secret) {
            if (error->isEmpty())
                *error
                    = tr("The mail server's password is not in the keychain; set it in the backup settings.");
            return false;
        }
        password = *secret;
    }
    return send(settings, password, subject, body, error);
}

} // namespace tp::notify
