// GzipReader over the bytes, read to the end (zlib members, block members,
// concatenations, trailing garbage), and ImportReader::read on a *.json.gz
// file (GzipReader under the JSON or CSV reader, with peek()).

#include "formats/GzipDevice.h"
#include "FuzzSupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    tp::fuzz::g_touched = tp::fuzz::g_touched + (tp::formats::isGzip(bytes.left(8)) ? 1 : 0);
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        tp::formats::GzipReader gzip(&buffer);
        if (gzip.open(QIODevice::ReadOnly)) {
            tp::fuzz::drain(&gzip);
            tp::fuzz::g_touched = tp::fuzz::g_touched + (gzip.atEnd() ? 1 : 0) + (gzip.hasFailed() ? 2 : 0)
                + size_t(gzip.errorString().size());
        }
    }

    static const QString path = tp::fuzz::scratchPath(QStringLiteral("practice.json.gz"));
    tp::fuzz::writeFile(path, data, size);
    tp::fuzz::readImport(path);
    return 0;
}
