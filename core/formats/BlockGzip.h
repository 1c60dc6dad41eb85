#pragma once

#include "GzipDevice.h"

#include <deque>
#include <optional>
#include <QByteArray>
#include <QFuture>
#include <QIODevice>
#include <QThreadPool>

namespace tp::formats {

// Block gzip: the input is cut into 1 MiB blocks, each compressed on its
// own (in parallel, with libdeflate) into one gzip member (RFC 1952 §2.2).
// Any gzip reader reads the concatenation. Each member's FEXTRA field holds
// a subfield 'T','P' of 8 bytes — the member's total size and its
// uncompressed size, both little-endian uint32 — so that a reader that
// knows it can inflate a member in one call, as BGZF does.
// docs/BACKUP_FORMAT.md specifies it.
namespace blockgzip {
constexpr int kBlockSize = 1 << 20;
constexpr int kHeaderSize = 24; // 10 fixed + XLEN (2) + subfield (4 + 8)
struct Member
{
    quint32 memberSize = 0;
    quint32 plainSize = 0;
};
// The member described by the header at `p`, when it is a block member.
std::optional<Member> parseHeader(const char* p, qint64 available);
// Inflates one whole block member into `out`; false with a sentence on damage.
bool inflateMember(const char* p, const Member& member, QByteArray* out, QString* error);
} // namespace blockgzip

// Write-only QIODevice that block-gzips onto `sink` with `threads` workers
// (0: one per core). At most two blocks per worker are in memory at once.
class BlockGzipWriter : public QIODevice
{
public:
    BlockGzipWriter(QIODevice* sink, CompressionLevel level, int threads = 0);
    ~BlockGzipWriter() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    void submit();
    bool drain(size_t keep);

    QIODevice* m_sink;
    int m_level;
    QThreadPool m_pool;
    QByteArray m_block;
    std::deque<QFuture<QByteArray>> m_inFlight;
    bool m_anyMember = false;
    bool m_failed = false;
};

} // namespace tp::formats
