#include "GzipDevice.h"

#include "BlockGzip.h"
#include "util/SafeFiles.h"

#include <QCoreApplication>

namespace tp::formats {

namespace {
constexpr int kChunk = 256 * 1024;
constexpr int kGzipWindowBits = 15 + 16; // zlib: +16 selects the gzip wrapper
constexpr int kAutoWindowBits = 15 + 32; // inflate: detect zlib or gzip

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::formats::Gzip)
};
} // namespace

int zlibLevel(CompressionLevel level)
{
    switch (level) {
    case CompressionLevel::Fast:
        return 1;
    case CompressionLevel::Best:
        return 9;
    case CompressionLevel::Default:
        break;
    }
    return 6;
}

bool isGzip(const QByteArray& head)
{
    return head.size() >= 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b;
}

GzipWriter::GzipWriter(QIODevice* sink, CompressionLevel level)
    : m_sink(sink)
    , m_level(zlibLevel(level))
{
}

GzipWriter::~GzipWriter()
{
    if (m_initialised)
        deflateEnd(&m_stream);
}

bool GzipWriter::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !m_sink || !m_sink->isWritable()) {
        setErrorString(Tr::tr("The compressor can only write onto an open, writable device."));
        return false;
    }
    if (deflateInit2(&m_stream, m_level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        setErrorString(Tr::tr("The compressor could not start."));
        return false;
    }
    m_initialised = true;
    m_out.resize(kChunk);
    return QIODevice::open(mode | Unbuffered);
}

bool GzipWriter::deflateInto(int flush)
{
    do {
        m_stream.next_out = reinterpret_cast<Bytef*>(m_out.data());
        m_stream.avail_out = uInt(m_out.size());
        const int rc = deflate(&m_stream, flush);
        if (rc == Z_STREAM_ERROR) {
            setErrorString(Tr::tr("Compression failed."));
            m_failed = true;
            return false;
        }
        const qint64 produced = m_out.size() - qint64(m_stream.avail_out);
        if (produced > 0 && !files::writeAll(m_sink, m_out.constData(), produced)) {
            setErrorString(m_sink->errorString());
            m_failed = true;
            return false;
        }
    } while (m_stream.avail_out == 0);
    return true;
}

qint64 GzipWriter::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1; // nothing more after the first failed write
    qint64 done = 0;
    while (done < length) {
        const qint64 piece = qMin<qint64>(length - done, kChunk);
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data + done));
        m_stream.avail_in = uInt(piece);
        if (!deflateInto(Z_NO_FLUSH))
            return -1;
        done += piece;
    }
    return length;
}

void GzipWriter::close()
{
    if (isOpen() && m_initialised) {
        m_stream.next_in = nullptr;
        m_stream.avail_in = 0;
        if (!m_failed)
            deflateInto(Z_FINISH);
        deflateEnd(&m_stream);
        m_initialised = false;
    }
    QIODevice::close();
}

GzipReader::GzipReader(QIODevice* source)
    : m_source(source)
{
}

GzipReader::~GzipReader()
{
    if (m_initialised)
        inflateEnd(&m_stream);
}

bool GzipReader::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source || !m_source->isReadable()) {
        setErrorString(Tr::tr("The decompressor can only read from an open, readable device."));
        return false;
    }
    if (inflateInit2(&m_stream, kAutoWindowBits) != Z_OK) {
        setErrorString(Tr::tr("The decompressor could not start."));
        return false;
    }
    m_initialised = true;
    m_finished = m_failed = m_inZlibMember = m_sawMember = false;
    m_in.clear();
    m_inPos = 0;
    m_block.clear();
    m_blockPos = 0;
    return QIODevice::open(mode);
}

void GzipReader::close()
{
    if (m_initialised) {
        inflateEnd(&m_stream);
        m_initialised = false;
    }
    QIODevice::close();
}

bool GzipReader::atEnd() const
{
    return m_finished && QIODevice::atEnd();
}

// At least `bytes` unread input bytes in m_in, unless the source ends first.
bool GzipReader::ensureInput(qint64 bytes)
{
    while (m_in.size() - m_inPos < bytes) {
        if (m_inPos > 0) {
            m_in.remove(0, m_inPos);
            m_inPos = 0;
        }
        const QByteArray more = m_source->read(qMax<qint64>(kChunk, bytes - m_in.size()));
        if (more.isEmpty())
            return false;
        m_sourceBytes += more.size();
        m_in.append(more);
    }
    return true;
}

qint64 GzipReader::fail(const QString& message)
{
    setErrorString(message);
    m_failed = true;
    return -1;
}

qint64 GzipReader::readData(char* data, qint64 maxLength)
{
    if (m_failed)
        return -1;
    if (m_finished || maxLength <= 0)
        return m_finished ? -1 : 0;
    const qint64 wanted = qMin<qint64>(maxLength, 1 << 30);
    qint64 produced = 0;
    while (produced < wanted) {
        if (m_blockPos < m_block.size()) {
            const qint64 n = qMin(wanted - produced, m_block.size() - m_blockPos);
            memcpy(data + produced, m_block.constData() + m_blockPos, size_t(n));
            produced += n;
            m_blockPos += n;
            continue;
        }
        if (m_inZlibMember) {
            if (m_inPos >= m_in.size() && !ensureInput(1))
                return fail(Tr::tr("The compressed data ends too early: the file is truncated."));
            const uInt inBefore = uInt(qMin<qint64>(m_in.size() - m_inPos, 1 << 30));
            const uInt outBefore = uInt(wanted - produced);
            m_stream.next_in = reinterpret_cast<Bytef*>(m_in.data() + m_inPos);
            m_stream.avail_in = inBefore;
            m_stream.next_out = reinterpret_cast<Bytef*>(data + produced);
            m_stream.avail_out = outBefore;
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            m_inPos += inBefore - m_stream.avail_in;
            produced += outBefore - m_stream.avail_out;
            if (rc == Z_STREAM_END) {
                m_inZlibMember = false;
                continue;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                return fail(Tr::tr("The compressed data is damaged (%1).")
                                .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "?")));
            continue;
        }
        // Between members: the end, a block member, or any other gzip member.
        if (!ensureInput(blockgzip::kHeaderSize) && m_inPos >= m_in.size()) {
            if (!m_sawMember)
                return fail(Tr::tr("The compressed data ends too early: the file is truncated."));
            m_finished = true;
            break;
        }
        m_sawMember = true;
        if (const auto member = blockgzip::parseHeader(m_in.constData() + m_inPos, m_in.size() - m_inPos)) {
            if (!ensureInput(member->memberSize))
                return fail(Tr::tr("The compressed data ends too early: the file is truncated."));
            QString error;
            if (!blockgzip::inflateMember(m_in.constData() + m_inPos, *member, &m_block, &error))
                return fail(error);
            m_inPos += member->memberSize;
            m_blockPos = 0;
            continue;
        }
        inflateReset(&m_stream);
        m_inZlibMember = true;
    }
    m_produced += produced;
    if (m_maxRatio > 0
        && ((m_produced > m_grace && m_produced > m_sourceBytes * m_maxRatio) || m_produced > m_maxTotal))
        return fail(Tr::tr("The compressed data expands more than %1-fold (%2 bytes from %3): it is not an "
                           "export of The Program, "
                           "or it is built to fill the memory or the disk.")
                        .arg(m_maxRatio)
                        .arg(m_produced)
                        .arg(m_sourceBytes));
    return produced > 0 ? produced : (m_finished ? -1 : 0);
}

} // namespace tp::formats
