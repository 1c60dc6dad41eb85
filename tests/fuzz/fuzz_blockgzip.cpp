// The block-gzip reading path of backups (docs/BACKUP_FORMAT.md): GzipReader
// over the bytes (it inflates members with a 'TP' subfield whole, with
// libdeflate); blockgzip::parseHeader and inflateMember member by member, as
// GzipReader calls them; and the bytes after a first 24-byte header as the
// body of a member whose header this target writes (so that a mutated body
// of any length still reaches inflateMember).

#include "formats/BlockGzip.h"
#include "FuzzSupport.h"

#include <cstring>
#include <QBuffer>
#include <QtEndian>

namespace {

void inflateAll(const QByteArray& bytes)
{
    namespace bg = tp::formats::blockgzip;
    qint64 pos = 0;
    QByteArray out;
    QString error;
    while (pos < bytes.size()) {
        const auto member = bg::parseHeader(bytes.constData() + pos, bytes.size() - pos);
        // GzipReader reads the whole member before inflating it; so does this.
        if (!member || member->memberSize > bytes.size() - pos)
            break;
        if (!bg::inflateMember(bytes.constData() + pos, *member, &out, &error))
            break;
        tp::fuzz::touch(out);
        pos += member->memberSize;
    }
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(error.size());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    namespace bg = tp::formats::blockgzip;
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        tp::formats::GzipReader gzip(&buffer);
        if (gzip.open(QIODevice::ReadOnly))
            tp::fuzz::drain(&gzip);
    }

    inflateAll(bytes);

    // A member around the rest: deflate data and the 8-byte trailer, whose
    // size field becomes the header's uncompressed size.
    const QByteArray body
        = bytes.size() >= bg::kHeaderSize && uchar(bytes.at(0)) == 0x1f ? bytes.mid(bg::kHeaderSize) : bytes;
    if (body.size() >= 8 && body.size() < (1 << 24)) {
        QByteArray member(bg::kHeaderSize, '\0');
        const char fixed[] = { '\x1f', '\x8b', 8, 4, 0, 0, 0, 0, 0, '\xff', 12, 0, 'T', 'P', 8, 0 };
        memcpy(member.data(), fixed, sizeof fixed);
        const quint32 plainSize = qFromLittleEndian<quint32>(body.constData() + body.size() - 4) % (4u << 20);
        qToLittleEndian<quint32>(quint32(bg::kHeaderSize + body.size()), member.data() + 16);
        qToLittleEndian<quint32>(plainSize, member.data() + 20);
        member += body;
        inflateAll(member);
    }
    return 0;
}
