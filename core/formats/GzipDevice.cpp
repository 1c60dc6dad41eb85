#include "GzipDevice.h"

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
    case CompressionLevel::Fast: return 1;
    case CompressionLevel::Best: return 9;
    case CompressionLevel::Default: break;
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
        if (produced > 0 && m_sink->write(m_out.constData(), produced) != produced) {
            setErrorString(m_sink->errorString());
            m_failed = true;
            return false;
        }
    } while (m_stream.avail_out == 0);
    return true;
}

qint64 GzipWriter::writeData(const char* data, qint64 length)
{
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
    m_finished = false;
    m_memberEnded = false;
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

qint64 GzipReader::readData(char* data, qint64 maxLength)
{
    if (m_finished || maxLength <= 0)
        return m_finished ? -1 : 0;
    m_stream.next_out = reinterpret_cast<Bytef*>(data);
    m_stream.avail_out = uInt(qMin<qint64>(maxLength, 1 << 30));
    while (m_stream.avail_out > 0) {
        if (m_stream.avail_in == 0) {
            m_in = m_source->read(kChunk);
            if (m_in.isEmpty()) {
                if (!m_memberEnded) {
                    setErrorString(Tr::tr("The compressed data ends too early: the file is truncated."));
                    m_failed = true;
                    return -1;
                }
                m_finished = true;
                break;
            }
            m_stream.next_in = reinterpret_cast<Bytef*>(m_in.data());
            m_stream.avail_in = uInt(m_in.size());
        }
        if (m_memberEnded) {
            // More bytes after a finished member: another gzip member follows.
            inflateReset(&m_stream);
            m_memberEnded = false;
        }
        const int rc = inflate(&m_stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_memberEnded = true;
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            setErrorString(Tr::tr("The compressed data is damaged (%1).").arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "?")));
            m_failed = true;
            return -1;
        }
    }
    const qint64 produced = qMin<qint64>(maxLength, 1 << 30) - m_stream.avail_out;
    return produced > 0 ? produced : (m_finished ? -1 : 0);
}

} // namespace tp::formats
