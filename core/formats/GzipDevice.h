#pragma once

#include <QByteArray>
#include <QIODevice>
#include <zlib.h>

namespace tp::formats {

enum class CompressionLevel { Fast, Default, Best };
int zlibLevel(CompressionLevel level);

// Write-only QIODevice that gzips what is written into it onto `sink`
// (RFC 1952). close() writes the trailer; a failed sink write is reported
// through errorString().
class GzipWriter : public QIODevice
{
public:
    GzipWriter(QIODevice* sink, CompressionLevel level = CompressionLevel::Default);
    ~GzipWriter() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool deflateInto(int flush);

    QIODevice* m_sink;
    int m_level;
    z_stream m_stream{};
    bool m_initialised = false;
    bool m_failed = false;
    QByteArray m_out;
};

// Read-only QIODevice that inflates a gzip stream read from `source`.
// Concatenated members are read one after another; block members
// (BlockGzip.h) are inflated whole, with libdeflate.
class GzipReader : public QIODevice
{
public:
    explicit GzipReader(QIODevice* source);
    ~GzipReader() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    bool hasFailed() const { return m_failed; }
    // For untrusted input: fail once more than `grace` bytes came out and
    // the output is more than `ratio` times the input, or above `total`.
    void setExpansionLimit(qint64 ratio, qint64 grace, qint64 total)
    {
        m_maxRatio = ratio;
        m_grace = grace;
        m_maxTotal = total;
    }

protected:
    qint64 readData(char* data, qint64 maxLength) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool ensureInput(qint64 bytes);
    qint64 fail(const QString& message);

    QIODevice* m_source;
    z_stream m_stream{};
    bool m_initialised = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_inZlibMember = false;
    bool m_sawMember = false;
    QByteArray m_in;
    qint64 m_inPos = 0;
    QByteArray m_block;
    qint64 m_blockPos = 0;
    qint64 m_sourceBytes = 0;
    qint64 m_produced = 0;
    qint64 m_maxRatio = 0; // 0: no limit
    qint64 m_grace = 0;
    qint64 m_maxTotal = 0;
};

// True when the bytes start with the gzip magic number.
bool isGzip(const QByteArray& head);

} // namespace tp::formats
