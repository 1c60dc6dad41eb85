#include "BackupCipher.h"

#include "Sha256.h"
#include "util/SafeFiles.h"

#include <argon2.h>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QtEndian>

namespace tp::crypto {

namespace {

constexpr char kMagic[8] = { 'T', 'P', 'B', 'A', 'C', 'K', 'U', 'P' };
constexpr quint8 kVersion = 1;
constexpr int kHeaderSize = 94;
constexpr int kTagSize = 16;
constexpr int kNoncePrefixSize = 7;
constexpr char kHkdfInfo[] = "TheProgram backup v1";

struct Header
{
    quint8 kind = 1;
    Argon2Params argon2;
    QByteArray kdfSalt; // 16
    QByteArray hkdfSalt; // 32
    QByteArray prefix; // 7
    quint32 segmentSize = EncryptingWriter::kSegmentSize;
    QByteArray keyCheck; // 16

    QByteArray encode() const
    {
        QByteArray out(kHeaderSize, '\0');
        char* p = out.data();
        memcpy(p, kMagic, 8);
        p[8] = char(kVersion);
        p[9] = char(kind);
        qToBigEndian<quint32>(argon2.iterations, p + 10);
        qToBigEndian<quint32>(argon2.memoryKiB, p + 14);
        p[18] = char(argon2.parallelism);
        memcpy(p + 19, kdfSalt.constData(), 16);
        memcpy(p + 35, hkdfSalt.constData(), 32);
        memcpy(p + 67, prefix.constData(), kNoncePrefixSize);
        qToBigEndian<quint32>(segmentSize, p + 74);
        memcpy(p + 78, keyCheck.constData(), 16);
        return out;
    }

    static bool decode(const QByteArray& bytes, Header* h)
    {
        if (bytes.size() < kHeaderSize || memcmp(bytes.constData(), kMagic, 8) != 0)
            return false;
        const char* p = bytes.constData();
        h->kind = quint8(p[9]);
        h->argon2.iterations = qFromBigEndian<quint32>(p + 10);
        h->argon2.memoryKiB = qFromBigEndian<quint32>(p + 14);
        h->argon2.parallelism = quint8(p[18]);
        h->kdfSalt = bytes.mid(19, 16);
        h->hkdfSalt = bytes.mid(35, 32);
        h->prefix = bytes.mid(67, kNoncePrefixSize);
        h->segmentSize = qFromBigEndian<quint32>(p + 74);
        h->keyCheck = bytes.mid(78, 16);
        return true;
    }
};

// Every parameter read from a header is checked before any work is done
// with it (docs/BACKUP_FORMAT.md gives the ranges): an absurd Argon2 cost
// would otherwise keep a verification busy for hours.
bool headerInRange(const Header& h)
{
    const Argon2Params& a = h.argon2;
    const bool segmentOk = h.segmentSize >= kMinSegmentSize && h.segmentSize <= kMaxSegmentSize;
    if (h.kind == quint8(KeySource::Kind::KeyFile))
        return segmentOk;
    if (h.kind != quint8(KeySource::Kind::Password))
        return false;
    return segmentOk && a.iterations >= 1 && a.iterations <= kMaxArgon2Iterations && a.parallelism >= 1
        && a.parallelism <= kMaxArgon2Parallelism && a.memoryKiB >= 8u * a.parallelism
        && a.memoryKiB <= kMaxArgon2MemoryKiB && quint64(a.iterations) * a.memoryKiB <= kMaxArgon2Work;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n);
    return out;
}

// master key → 32-byte AES key ‖ 16-byte key check (HKDF-SHA256).
bool deriveKeys(const KeySource& source, const Header& h, QByteArray* aesKey, QByteArray* check)
{
    QByteArray master;
    if (h.kind == quint8(KeySource::Kind::Password)) {
        if (source.kind != KeySource::Kind::Password)
            return false;
        static QMutex cacheMutex; // guards the caches' fields, not the (long) derivation
        DerivedKeyCache* cache = source.derived.get();
        const QByteArray secretHash = cache ? Sha256::hash(source.secret) : QByteArray();
        {
            QMutexLocker locker(&cacheMutex);
            if (cache && cache->secretHash == secretHash && cache->salt == h.kdfSalt
                && cache->params == h.argon2)
                master = cache->master;
        }
        if (master.isEmpty()) {
            master.resize(32);
            if (argon2id_hash_raw(h.argon2.iterations, h.argon2.memoryKiB, h.argon2.parallelism,
                                  source.secret.constData(), size_t(source.secret.size()),
                                  h.kdfSalt.constData(), size_t(h.kdfSalt.size()), master.data(),
                                  size_t(master.size()))
                != ARGON2_OK)
                return false;
            if (cache) {
                QMutexLocker locker(&cacheMutex);
                cache->secretHash = secretHash;
                cache->salt = h.kdfSalt;
                cache->params = h.argon2;
                cache->master = master;
            }
        }
    } else {
        if (source.kind != KeySource::Kind::KeyFile || source.secret.isEmpty())
            return false;
        master = source.secret;
    }
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!ctx)
        return false;
    char digest[] = "SHA256";
    OSSL_PARAM params[]
        = { OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, master.data(), size_t(master.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(h.hkdfSalt.constData()),
                                              size_t(h.hkdfSalt.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(kHkdfInfo),
                                              sizeof(kHkdfInfo) - 1),
            OSSL_PARAM_construct_end() };
    QByteArray okm(48, '\0');
    const bool ok
        = EVP_KDF_derive(ctx, reinterpret_cast<unsigned char*>(okm.data()), size_t(okm.size()), params) == 1;
    EVP_KDF_CTX_free(ctx);
    OPENSSL_cleanse(master.data(), size_t(master.size()));
    if (!ok)
        return false;
    *aesKey = okm.left(32);
    *check = okm.mid(32, 16);
    return true;
}

QByteArray nonceFor(const QByteArray& prefix, quint32 counter, bool last)
{
    QByteArray nonce = prefix;
    nonce.resize(12);
    qToBigEndian<quint32>(counter, nonce.data() + kNoncePrefixSize);
    nonce[11] = last ? 1 : 0;
    return nonce;
}

// One AES-256-GCM seal or open; the tag follows the ciphertext.
bool gcm(bool encrypt, const QByteArray& key, const QByteArray& nonce, const QByteArray& aad, const char* in,
         int inLength, QByteArray* out)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return false;
    const int dataLength = encrypt ? inLength : inLength - kTagSize;
    bool ok = dataLength >= 0;
    int n = 0;
    out->resize(encrypt ? inLength + kTagSize : qMax(0, dataLength));
    auto* o = reinterpret_cast<unsigned char*>(out->data());
    const auto* i = reinterpret_cast<const unsigned char*>(in);
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* iv = reinterpret_cast<const unsigned char*>(nonce.constData());
    const auto* a = reinterpret_cast<const unsigned char*>(aad.constData());
    if (encrypt) {
        ok = ok && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
            && EVP_EncryptInit_ex(ctx, nullptr, nullptr, k, iv) == 1
            && EVP_EncryptUpdate(ctx, nullptr, &n, a, int(aad.size())) == 1
            && (dataLength == 0 || EVP_EncryptUpdate(ctx, o, &n, i, dataLength) == 1)
            && EVP_EncryptFinal_ex(ctx, o + dataLength, &n) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, o + dataLength) == 1;
    } else {
        ok = ok && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
            && EVP_DecryptInit_ex(ctx, nullptr, nullptr, k, iv) == 1
            && EVP_DecryptUpdate(ctx, nullptr, &n, a, int(aad.size())) == 1
            && (dataLength == 0 || EVP_DecryptUpdate(ctx, o, &n, i, dataLength) == 1)
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagSize,
                                   const_cast<unsigned char*>(i + dataLength))
                == 1
            && EVP_DecryptFinal_ex(ctx, o + dataLength, &n) == 1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

} // namespace

DerivedKeyCache::~DerivedKeyCache()
{
    if (!master.isEmpty())
        OPENSSL_cleanse(master.data(), size_t(master.size()));
}

bool isEncryptedBackup(const QByteArray& head)
{
    return head.size() >= 8 && memcmp(head.constData(), kMagic, 8) == 0;
}

QByteArray generateKeyFileContent()
{
    return randomBytes(32);
}

std::optional<KeySource> readKeyFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tp::crypto::KeySource", "The key file %1 cannot be read: %2")
                     .arg(path, f.errorString());
        return std::nullopt;
    }
    return KeySource{ KeySource::Kind::KeyFile, f.readAll(), {} };
}

Argon2Params calibrateArgon2(int targetMs, quint32 minMemoryKiB)
{
    Argon2Params p;
    p.memoryKiB = minMemoryKiB;
    p.iterations = 1;
    const QByteArray salt = randomBytes(16);
    QByteArray out(32, '\0');
    QElapsedTimer timer;
    timer.start();
    argon2id_hash_raw(1, p.memoryKiB, 1, "calibrate", 9, salt.constData(), 16, out.data(), 32);
    const qint64 oneRound = qMax<qint64>(1, timer.elapsed());
    p.iterations = quint32(qBound(qint64(1), qint64(targetMs) / oneRound, qint64(10)));
    return p;
}

// ── writing ────────────────────────────────────────────────────────────────

struct EncryptingWriter::Private
{
    QIODevice* sink = nullptr;
    KeySource key;
    QByteArray aesKey;
    QByteArray header;
    QByteArray prefix;
    QByteArray buffer;
    quint32 counter = 0;
    bool finished = false;

    bool seal(const char* data, int length, bool last, QString* error)
    {
        QByteArray out;
        if (!gcm(true, aesKey, nonceFor(prefix, counter, last), header, data, length, &out)) {
            *error = EncryptingWriter::tr("Encryption failed.");
            return false;
        }
        ++counter;
        if (!files::writeAll(sink, out.constData(), out.size())) {
            *error = sink->errorString();
            return false;
        }
        return true;
    }
};

EncryptingWriter::EncryptingWriter(QIODevice* sink, KeySource key)
    : d(new Private)
{
    d->sink = sink;
    d->key = std::move(key);
}

EncryptingWriter::~EncryptingWriter()
{
    OPENSSL_cleanse(d->aesKey.data(), size_t(d->aesKey.size()));
}

bool EncryptingWriter::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !d->sink || !d->sink->isWritable()) {
        setErrorString(tr("The encryption can only write onto an open, writable device."));
        return false;
    }
    if (d->key.kind == KeySource::Kind::KeyFile && d->key.secret.size() < 32) {
        setErrorString(tr("The key file is too short: it needs at least 32 bytes."));
        return false;
    }
    Header h;
    h.kind = quint8(d->key.kind);
    if (d->key.kind == KeySource::Kind::Password)
        h.argon2 = d->key.argon2;
    else
        h.argon2 = Argon2Params{ 0, 0, 0 };
    h.kdfSalt = d->key.kind == KeySource::Kind::Password ? randomBytes(16) : QByteArray(16, '\0');
    h.hkdfSalt = randomBytes(32);
    h.prefix = randomBytes(kNoncePrefixSize);
    QByteArray check;
    if (!deriveKeys(d->key, h, &d->aesKey, &check)) {
        setErrorString(tr("The encryption key could not be derived."));
        return false;
    }
    h.keyCheck = check;
    d->header = h.encode();
    d->prefix = h.prefix;
    if (!files::writeAll(d->sink, d->header.constData(), d->header.size())) {
        setErrorString(d->sink->errorString());
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

qint64 EncryptingWriter::writeData(const char* data, qint64 length)
{
    if (m_failed)
        return -1; // nothing more after the first failed write
    d->buffer.append(data, length);
    QString error;
    // Keep at least one byte back: the last segment is only known at close().
    qsizetype offset = 0;
    while (d->buffer.size() - offset > kSegmentSize) {
        if (!d->seal(d->buffer.constData() + offset, int(kSegmentSize), false, &error)) {
            setErrorString(error);
            m_failed = true;
            return -1;
        }
        offset += kSegmentSize;
    }
    d->buffer.remove(0, offset);
    return length;
}

void EncryptingWriter::close()
{
    if (isOpen() && !d->finished && !m_failed) {
        QString error;
        if (!d->seal(d->buffer.constData(), int(d->buffer.size()), true, &error)) {
            setErrorString(error);
            m_failed = true;
        }
        d->buffer.clear();
        d->finished = true;
    }
    QIODevice::close();
}

// ── reading ────────────────────────────────────────────────────────────────

struct DecryptingReader::Private
{
    QIODevice* source = nullptr;
    KeySource key;
    QByteArray aesKey;
    QByteArray header;
    Header h;
    QByteArray plain; // decrypted, not yet handed out
    QByteArray next; // the next sealed segment, read ahead to know which one is last
    quint32 counter = 0;
    qint64 offset = kHeaderSize;
    bool lastDone = false;
    Failure failure = Failure::None;
};

DecryptingReader::DecryptingReader(QIODevice* source, KeySource key)
    : d(new Private)
{
    d->source = source;
    d->key = std::move(key);
}

DecryptingReader::~DecryptingReader()
{
    OPENSSL_cleanse(d->aesKey.data(), size_t(d->aesKey.size()));
}

DecryptingReader::Failure DecryptingReader::failure() const
{
    return d->failure;
}

bool DecryptingReader::open(OpenMode mode)
{
    d->header = d->source->read(kHeaderSize);
    if (!Header::decode(d->header, &d->h)) {
        d->failure = Failure::NotEncrypted;
        setErrorString(tr("This is not an encrypted backup of The Program."));
        return false;
    }
    if (quint8(d->header.at(8)) != kVersion) {
        d->failure = Failure::UnsupportedVersion;
        setErrorString(tr("The backup's encryption format version %1 is newer than this version of The "
                          "Program understands (%2).")
                           .arg(quint8(d->header.at(8)))
                           .arg(kVersion));
        return false;
    }
    if (!headerInRange(d->h)) {
        d->failure = Failure::Damaged;
        setErrorString(tr("The backup is damaged or was not made by The Program: its header's parameters are "
                          "out of range."));
        return false;
    }
    QByteArray check;
    if (!deriveKeys(d->key, d->h, &d->aesKey, &check) || check != d->h.keyCheck) {
        d->failure = Failure::WrongKey;
        setErrorString(d->h.kind == quint8(KeySource::Kind::KeyFile)
                               && d->key.kind == KeySource::Kind::Password
                           ? tr("Wrong password or key file: this backup was encrypted with a key file.")
                           : tr("Wrong password or key file."));
        return false;
    }
    d->next = d->source->read(d->h.segmentSize + kTagSize);
    return QIODevice::open(mode);
}

bool DecryptingReader::atEnd() const
{
    return d->lastDone && d->plain.isEmpty() && QIODevice::atEnd();
}

qint64 DecryptingReader::readData(char* data, qint64 maxLength)
{
    while (d->plain.size() < maxLength && !d->lastDone) {
        const QByteArray sealed = d->next;
        if (sealed.size() < kTagSize) {
            d->failure = Failure::Damaged;
            setErrorString(
                tr("The backup is damaged at byte %1: it ends too early.").arg(d->offset + sealed.size()));
            return -1;
        }
        d->next = d->source->read(d->h.segmentSize + kTagSize);
        const bool last = d->next.isEmpty();
        QByteArray out;
        if (!gcm(false, d->aesKey, nonceFor(d->h.prefix, d->counter, last), d->header, sealed.constData(),
                 int(sealed.size()), &out)) {
            d->failure = Failure::Damaged;
            setErrorString(tr("The backup is damaged at byte %1: segment %2 does not authenticate (changed, "
                              "missing, reordered or "
                              "cut off).")
                               .arg(d->offset)
                               .arg(d->counter));
            return -1;
        }
        d->offset += sealed.size();
        ++d->counter;
        d->plain += out;
        d->lastDone = last;
    }
    if (d->plain.isEmpty())
        return d->lastDone ? -1 : 0;
    const qint64 n = qMin<qint64>(maxLength, d->plain.size());
    memcpy(data, d->plain.constData(), size_t(n));
    d->plain.remove(0, n);
    return n;
}

} // namespace tp::crypto
