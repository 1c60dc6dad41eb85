// The S3 answers the S3 repository reads (cloud/S3Xml): an error, a page of
// ListObjectsV2, InitiateMultipartUpload's upload id, ListMultipartUploads.

#include "cloud/S3Xml.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tp::cloud;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const s3xml::Error error = s3xml::error(bytes);
    s3xml::ListPage page;
    const bool listed = s3xml::listPage(bytes, &page);
    size_t names = 0;
    for (const RemoteFile& file : page.files)
        names += size_t(file.name.size()) + size_t(file.size & 0xff) + size_t(file.modified.isValid());
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(error.code.size() + error.message.size())
        + size_t(listed) + names + size_t(page.nextToken.size()) + size_t(s3xml::uploadId(bytes).size());
    QList<QPair<QString, QString>> uploads;
    if (s3xml::pendingUploads(bytes, &uploads))
        tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(uploads.size());
    return 0;
}
