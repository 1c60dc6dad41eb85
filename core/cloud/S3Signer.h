#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace tp::cloud {

// The keys of an S3 (or S3-compatible) account: the secret comes from the
// keychain and is only ever held here, never written anywhere.
struct S3Credentials
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>; // name, value (any case)
using QueryList = QList<QPair<QByteArray, QByteArray>>; // raw (not yet encoded) names and values

// AWS Signature Version 4 for S3, in the Authorization header, always with
// x-amz-content-sha256 (the body's SHA-256, or UNSIGNED-PAYLOAD). There is
// no Qt library for it; this follows AWS's "Signature Calculations for the
// Authorization Header" step by step and is tested against AWS's published
// examples and an independent implementation (tests/tst_s3signer.cpp).
class S3Signer
{
public:
    static constexpr const char* kUnsignedPayload = "UNSIGNED-PAYLOAD";
    // SHA-256 of no bytes, the hash of an empty body.
    static QByteArray emptyPayloadHash();

    // RFC 3986 percent-encoding as S3 wants it: A–Z a–z 0–9 - _ . ~ stay,
    // every other byte becomes %XX (upper case); "/" stays when `keepSlash`.
    static QByteArray uriEncode(const QByteArray& bytes, bool keepSlash);

    // Adds host (when missing), x-amz-date and x-amz-content-sha256 to
    // `headers`, signs every header in them, and adds Authorization.
    // `path` is the object's path as is ("/photos/été 2026.jpg"); it is
    // encoded here, as is `query`. Returns the signature (hex).
    static QByteArray sign(const S3Credentials& credentials, const QDateTime& at, const QByteArray& method,
                           const QByteArray& host, const QByteArray& path, const QueryList& query,
                           HeaderList* headers, const QByteArray& payloadHash);

    // The steps, for tests and for reading along with AWS's documentation.
    static QByteArray canonicalRequest(const QByteArray& method, const QByteArray& path,
                                       const QueryList& query, const HeaderList& headers,
                                       const QByteArray& payloadHash, QByteArray* signedHeaders);
    static QByteArray stringToSign(const QDateTime& at, const QByteArray& scope,
                                   const QByteArray& canonicalRequest);
    static QByteArray signingKey(const QByteArray& secret, const QDateTime& at, const QString& region,
                                 const QString& service);
};

} // namespace tp::cloud
