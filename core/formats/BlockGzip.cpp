#include "BlockGzip.h"

#include "util/SafeFiles.h"

#include <cstring>
#include <libdeflate.h>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>
#include <QThread>

namespace tp::formats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::formats::Gzip)
};

int libdeflateLevel(CompressionLevel level)
{
    return zlibLevel(level); // 1, 6 or 9: the same meaning as gzip's
}

// One compressor per worker thread and level, kept for the thread's life.
libdeflate_compressor* compressorFor(int level)
{
    struct Cached
    {
        int level = -1;
        libdeflate_compressor* compressor = nullptr;
        ~Cached() { libdeflate_free_compressor(compressor); }
    };
    thread_local Cached cached;
    if (cached.level != level) {
        libdeflate_free_compressor(cached.compressor);
        cached.compressor = libdeflate_alloc_compressor(level);
        cached.level = level;
    }
    return cached.compressor;
}

QByteArray compressMember(const QByteArray& input, int level)
{
    libdeflate_compressor* c = compressorFor(level);
    if (!c)
        return {};
    const size_t bound = libdeflate_deflate_compress_bound(c, size_t(input.size()));
    QByteArray out(qsizetype(blockgzip::kHeaderSize + bound + 8), Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(out.data());
    const size_t deflated = libdeflate_deflate_compress(c, input.constData(), size_t(input.size()),
                                                        p + blockgzip::kHeaderSize, bound);
    if (deflated == 0 && !input.isEmpty())
        return {};
    const quint32 memberSize = quint32(blockgzip::kHeaderSize + deflated + 8);
    const uchar header[12]
        = { 0x1f, 0x8b, 8, 0x04 /* FEXTRA */, 0, 0, 0, 0, 0, 255 /* OS unknown */, 12, 0 /* XLEN */ };
    memcpy(p, header, 12);
    p[12] = 'T';
    p[13] = 'P';
    qToLittleEndian<quint16>(8, p + 14);
    qToLittleEndian<quint32>(memberSize, p + 16);
    qToLittleEndian<quint32>(quint32(input.size()), p + 20);
    uchar* trailer = p + blockgzip::kHeaderSize + deflated;
    qToLittleEndian<quint32>(libdeflate_crc32(0, input.constData(), size_t(input.size())), trailer);
    qToLittleEndian<quint32>(quint32(input.size()), trailer + 4);
    out.truncate(memberSize);
    return out;
}

} // namespace

namespace blockgzip {

std::optional<Member> parseHeader(const char* data, qint64 available)
{
    const auto* p = reinterpret_cast<const uchar*>(data);
    if (available < kHeaderSize || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8 || p[3] != 0x04 || p[10] != 12
        || p[11] != 0 || p[12] != 'T' || p[13] != 'P' || qFromLittleEndian<quint16>(p + 14) != 8)
        return std::nullopt;
    Member m;
    m.memberSize = qFromLittleEndian<quint32>(p + 16);
    m.plainSize = qFromLittleEndian<quint32>(p + 20);
    // Deflate never grows data by more than a few bytes per 16 KiB: a larger
    // member size is damage, not a reason to read gigabytes.
    const quint64 largest = quint64(kHeaderSize) + 8 + m.plainSize + m.plainSize / 16 + 1024;
    if (m.memberSize < quint32(kHeaderSize + 8) || m.plainSize > quint32(64 * kBlockSize)
        || m.memberSize > largest)
        return std::nullopt;
    return m;
}

bool inflateMember(const char* data, const Member& member, QByteArray* out, QString* error)
{
    thread_local struct Holder
    {
        libdeflate_decompressor* d = libdeflate_alloc_decompressor();
        ~Holder() { libdeflate_free_decompressor(d); }
    } holder;
    out->resize(member.plainSize);
    const auto* p = reinterpret_cast<const uchar*>(data);
    const size_t deflated = member.memberSize - kHeaderSize - 8;
    const uchar* trailer = p + kHeaderSize + deflated;
    size_t produced = 0;
    const libdeflate_result rc = libdeflate_deflate_decompress(holder.d, p + kHeaderSize, deflated,
                                                               out->data(), size_t(out->size()), &produced);
    if (rc != LIBDEFLATE_SUCCESS || produced != member.plainSize
        || qFromLittleEndian<quint32>(trailer + 4) != member.plainSize
        || libdeflate_crc32(0, out->constData(), produced) != qFromLittleEndian<quint32>(trailer)) {
        *error = Tr::tr("The compressed data is damaged (a block does not inflate to its checksum).");
        return false;
    }
    return true;
}

} // namespace blockgzip

BlockGzipWriter::BlockGzipWriter(QIODevice* sink, CompressionLevel level, int threads)
    : m_sink(sink)
    , m_level(libdeflateLevel(level))
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
}

BlockGzipWriter::~BlockGzipWriter()
{
    for (auto& f : m_inFlight)
        f.waitForFinished();
}

bool BlockGzipWriter::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !m_sink || !m_sink->isWritable()) {
        setErrorString(Tr::tr("The compressor can only write onto an open, writable device."));
        return false;
    }
    m_block.reserve(blockgzip::kBlockSize);
    return QIODevice::open(mode | Unbuffered);
}

void BlockGzipWriter::submit()
{
    QByteArray block = std::move(m_block);
    m_block = QByteArray();
    m_block.reserve(blockgzip::kBlockSize);
    m_inFlight.push_back(QtConcurrent::run(
        &m_pool, [block = std::move(block), level = m_level]() { return compressMember(block, level); }));
    m_anyMember = true;
}

// Writes finished members, oldest first, until at most `keep` are pending.
bool BlockGzipWriter::drain(size_t keep)
{
    while (m_inFlight.size() > keep) {
        const QByteArray member = m_inFlight.front().result();
        m_inFlight.pop_front();
        if (m_failed)
            continue;
        if (member.isEmpty()) {
            setErrorString(Tr::tr("Compression failed."));
            m_failed = true;
        } else if (!files::writeAll(m_sink, member.constData(), member.size())) {
            setErrorString(m_sink->errorString());
            m_failed = true;
        }
    }
    return !m_failed;
}

qint64 BlockGzipWriter::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < length) {
        const qint64 piece = qMin<qint64>(length - done, blockgzip::kBlockSize - m_block.size());
        m_block.append(data + done, piece);
        done += piece;
        if (m_block.size() == blockgzip::kBlockSize) {
            submit();
            if (!drain(size_t(2 * m_pool.maxThreadCount())))
                return -1;
        }
    }
    return length;
}

void BlockGzipWriter::close()
{
    if (isOpen()) {
        if (!m_block.isEmpty() || !m_anyMember)
            submit(); // an empty input still makes one (empty) member: a valid gzip file
        drain(0);
    }
    QIODevice::close();
}

} // namespace tp::formats
