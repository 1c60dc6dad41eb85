#pragma once

#include "Repository.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tp::cloud {

// The S3 XML answers the S3 repository reads, parsed with limits: they are
// untrusted bytes (tests/fuzz/fuzz_s3xml.cpp).
namespace s3xml {

struct Error
{
    QString code, message;
    bool isError() const { return !code.isEmpty(); }
};

struct ListPage
{
    QList<RemoteFile> files; // names as the keys are, with the prefix
    bool truncated = false;
    QString nextToken;
};

constexpr int kMaxEntries = 10000; // a page names at most this many (S3 sends 1,000)

// <Error><Code>…</Code><Message>…</Message></Error> anywhere in the bytes —
// also in a 200 answer, which CompleteMultipartUpload may send.
Error error(const QByteArray& xml);
// ListObjectsV2's <ListBucketResult>; false when it is not one.
bool listPage(const QByteArray& xml, ListPage* page);
// InitiateMultipartUpload's UploadId; empty when absent.
QString uploadId(const QByteArray& xml);
// ListMultipartUploads' uploads (key, upload id); false when it is not such an answer.
bool pendingUploads(const QByteArray& xml, QList<QPair<QString, QString>>* uploads);
// CompleteMultipartUpload's body for part ETags 1…n in ascending order.
QByteArray completeBody(const QList<QByteArray>& etags);

} // namespace s3xml

} // namespace tp::cloud
