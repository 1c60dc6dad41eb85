#pragma once

#include <memory>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace tp::crypto {

// Argon2id cost, stored in the container header.
// What a backup header may ask for; anything outside is "damaged or not
// made by The Program" before any work is done (docs/BACKUP_FORMAT.md).
inline constexpr quint32 kMinSegmentSize = 4 * 1024;
inline constexpr quint32 kMaxSegmentSize = 16 * 1024 * 1024;
inline constexpr quint32 kMaxArgon2Iterations = 32;
inline constexpr quint32 kMaxArgon2Parallelism = 64;
inline constexpr quint32 kMaxArgon2MemoryKiB = 1024 * 1024; // 1 GiB
inline constexpr quint64 kMaxArgon2Work = 8ull * 1024 * 1024; // iterations × KiB: 8 passes over 1 GiB

struct Argon2Params
{
    quint32 iterations = 3;
    quint32 memoryKiB = 64 * 1024;
    quint8 parallelism = 1;
    bool operator==(const Argon2Params&) const = default;
};

struct DerivedKeyCache;

// Where the key comes from: a password (through Argon2id) or the bytes of a
// key file (32 random bytes or more).
struct KeySource
{
    enum class Kind : quint8 { Password = 1, KeyFile = 2 };
    Kind kind = Kind::Password;
    QByteArray secret; // the password as UTF-8, or the key file's bytes
    Argon2Params argon2; // used when writing with a password
    // The last Argon2id result for this secret, shared by copies, so that
    // verifying a backup right after writing it derives the key once.
    std::shared_ptr<DerivedKeyCache> derived = std::make_shared<DerivedKeyCache>();
};

struct DerivedKeyCache
{
    ~DerivedKeyCache();
    QByteArray secretHash; // SHA-256 of the secret: the secret itself is not kept here
    QByteArray salt;
    Argon2Params params;
    QByteArray master;
};

// Parameters that take about `targetMs` on this machine, with at least
// `minMemoryKiB` of memory (64 MiB by default).
Argon2Params calibrateArgon2(int targetMs = 500, quint32 minMemoryKiB = 64 * 1024);

// A new key file's content: 32 bytes from the system's secure random source.
QByteArray generateKeyFileContent();

// The key a key file holds; none, and why, when it cannot be read.
std::optional<KeySource> readKeyFile(const QString& path, QString* error);

// The encrypted container of docs/BACKUP_FORMAT.md: a header (magic,
// version, KDF parameters, salts, nonce prefix, segment size, key check),
// then the plaintext cut into segments, each sealed with AES-256-GCM under
// its own nonce (prefix ‖ counter ‖ last-segment flag) with the header as
// associated data — the STREAM construction. Truncation, reordering, a
// dropped segment or any flipped bit is detected.
class EncryptingWriter : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(tp::crypto::EncryptingWriter)

public:
    static constexpr qint64 kSegmentSize = 64 * 1024;

    EncryptingWriter(QIODevice* sink, KeySource key);
    ~EncryptingWriter() override;

    bool open(OpenMode mode) override; // derives the key and writes the header
    void close() override; // seals the last segment
    bool isSequential() const override { return true; }
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    bool m_failed = false;
};

class DecryptingReader : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(tp::crypto::DecryptingReader)

public:
    enum class Failure { None, NotEncrypted, UnsupportedVersion, WrongKey, Damaged };

    DecryptingReader(QIODevice* source, KeySource key);
    ~DecryptingReader() override;

    bool open(OpenMode mode) override; // reads the header and checks the key
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    Failure failure() const;

protected:
    qint64 readData(char* data, qint64 maxLength) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// True when the bytes start with the container's magic.
bool isEncryptedBackup(const QByteArray& head);

} // namespace tp::crypto
