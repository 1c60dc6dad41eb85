#include "S3Signer.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace tp::cloud {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray amzDate(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray day(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

// Header values: trimmed, runs of spaces as one.
QByteArray canonicalValue(const QByteArray& value)
{
    return value.simplified();
}

bool hasHeader(const HeaderList& headers, const char* name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto& h) { return h.first.toLower() == QByteArray(name); });
}

} // namespace

QByteArray S3Signer::emptyPayloadHash()
{
    return sha256Hex({});
}

QByteArray S3Signer::uriEncode(const QByteArray& bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~' || (keepSlash && c == '/')) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray S3Signer::canonicalRequest(const QByteArray& method, const QByteArray& path,
                                      const QueryList& query, const HeaderList& headers,
                                      const QByteArray& payloadHash, QByteArray* signedHeaders)
{
    // Query: each name and value encoded, sorted by name (then value), "name=value" joined with "&".
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto& [name, value] : query)
        encoded.append({ uriEncode(name, false), uriEncode(value, false) });
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList pairs;
    for (const auto& [name, value] : encoded)
        pairs << name + '=' + value;

    // Headers: lower-case names, sorted; values of one name joined with ",".
    QList<QPair<QByteArray, QByteArray>> lower;
    for (const auto& [name, value] : headers)
        lower.append({ name.toLower().trimmed(), canonicalValue(value) });
    std::stable_sort(lower.begin(), lower.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        if (!names.isEmpty() && names.last() == lower.at(i).first) {
            canonicalHeaders.chop(1); // the newline
            canonicalHeaders += ',' + lower.at(i).second + '\n';
            continue;
        }
        names << lower.at(i).first;
        canonicalHeaders += lower.at(i).first + ':' + lower.at(i).second + '\n';
    }
    *signedHeaders = names.join(';');

    const QByteArray canonicalPath = path.isEmpty() ? QByteArray("/") : uriEncode(path, true);
    return method + '\n' + canonicalPath + '\n' + pairs.join('&') + '\n' + canonicalHeaders + '\n'
        + *signedHeaders + '\n' + payloadHash;
}

QByteArray S3Signer::stringToSign(const QDateTime& at, const QByteArray& scope,
                                  const QByteArray& canonicalRequest)
{
    return "AWS4-HMAC-SHA256\n" + amzDate(at) + '\n' + scope + '\n' + sha256Hex(canonicalRequest);
}

QByteArray S3Signer::signingKey(const QByteArray& secret, const QDateTime& at, const QString& region,
                                const QString& service)
{
    const QByteArray dateKey = hmac("AWS4" + secret, day(at));
    const QByteArray regionKey = hmac(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, service.toUtf8());
    return hmac(serviceKey, "aws4_request");
}

QByteArray S3Signer::sign(const S3Credentials& credentials, const QDateTime& at, const QByteArray& method,
                          const QByteArray& host, const QByteArray& path, const QueryList& query,
                          HeaderList* headers, const QByteArray& payloadHash)
{
    if (!hasHeader(*headers, "host"))
        headers->append({ "host", host });
    if (!hasHeader(*headers, "x-amz-date"))
        headers->append({ "x-amz-date", amzDate(at) });
    if (!hasHeader(*headers, "x-amz-content-sha256"))
        headers->append({ "x-amz-content-sha256", payloadHash });
    QByteArray signedHeaders;
    const QByteArray request = canonicalRequest(method, path, query, *headers, payloadHash, &signedHeaders);
    const QByteArray scope
        = day(at) + '/' + credentials.region.toUtf8() + '/' + credentials.service.toUtf8() + "/aws4_request";
    const QByteArray signature
        = hmac(signingKey(credentials.secretAccessKey, at, credentials.region, credentials.service),
               stringToSign(at, scope, request))
              .toHex();
    headers->append({ "Authorization",
                      "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId + '/' + scope
                          + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature });
    return signature;
}

} // namespace tp::cloud
