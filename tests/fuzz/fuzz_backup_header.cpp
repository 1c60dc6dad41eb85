// DecryptingReader (the encrypted backup container, docs/BACKUP_FORMAT.md)
// over the bytes, read to the end. The key is a fixed 32-byte key file, the
// one tests/fuzz/make-corpus.sh encrypts the seeds with, so mutations of the
// header fields outside the key check (segment size, Argon2 fields of a key
// file header, trailing segments) reach the segment reader.
//
// A password header (key source 1) is opened with the password "fuzz
// password" when its Argon2id cost is small (at most 4 iterations, 1 MiB,
// 4 lanes); a costlier one would make each input take seconds, so it is
// opened with the key file instead (the wrong-key path) unless
// THEPROGRAM_FUZZ_ANY_ARGON2=1 is set.

#include "crypto/BackupCipher.h"
#include "FuzzSupport.h"

#include <QBuffer>
#include <QtEndian>

namespace {

using tp::crypto::KeySource;

KeySource keyFile()
{
    KeySource key;
    key.kind = KeySource::Kind::KeyFile;
    key.secret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    return key;
}

KeySource password()
{
    KeySource key;
    key.kind = KeySource::Kind::Password;
    key.secret = QByteArrayLiteral("fuzz password");
    return key;
}

bool cheapArgon2(const QByteArray& bytes)
{
    static const bool any = qEnvironmentVariableIntValue("THEPROGRAM_FUZZ_ANY_ARGON2") == 1;
    if (any || bytes.size() < 19)
        return true;
    const quint32 iterations = qFromBigEndian<quint32>(bytes.constData() + 10);
    const quint32 memoryKiB = qFromBigEndian<quint32>(bytes.constData() + 14);
    return iterations <= 4 && memoryKiB <= 1024 && quint8(bytes.at(18)) <= 4;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const KeySource fileKey = keyFile();
    static const KeySource passwordKey = password();
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    tp::fuzz::g_touched = tp::fuzz::g_touched + (tp::crypto::isEncryptedBackup(bytes.left(16)) ? 1 : 0);
    const bool withPassword
        = bytes.size() > 9 && bytes.at(9) == char(KeySource::Kind::Password) && cheapArgon2(bytes);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    tp::crypto::DecryptingReader reader(&buffer, withPassword ? passwordKey : fileKey);
    if (reader.open(QIODevice::ReadOnly))
        tp::fuzz::drain(&reader);
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(reader.failure()) + size_t(reader.errorString().size())
        + (reader.atEnd() ? 1 : 0);
    return 0;
}
