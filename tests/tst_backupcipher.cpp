#include "crypto/BackupCipher.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace tp;
using crypto::DecryptingReader;
using crypto::EncryptingWriter;
using crypto::KeySource;

namespace {

KeySource password(const QByteArray& pw = "correct horse battery staple")
{
    KeySource k;
    k.kind = KeySource::Kind::Password;
    k.secret = pw;
    k.argon2 = crypto::Argon2Params{ 1, 8 * 1024, 1 }; // small for tests; real backups calibrate
    return k;
}

KeySource keyFile(const QByteArray& bytes)
{
    KeySource k;
    k.kind = KeySource::Kind::KeyFile;
    k.secret = bytes;
    return k;
}

QByteArray encrypt(const QByteArray& plain, const KeySource& key)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EncryptingWriter writer(&out, key);
    if (!writer.open(QIODevice::WriteOnly))
        return {};
    // Odd-sized writes, to cross segment borders inside calls.
    for (qsizetype at = 0; at < plain.size(); at += 7001)
        writer.write(plain.mid(at, 7001));
    writer.close();
    return out.data();
}

struct Decrypted
{
    bool ok = false;
    QByteArray plain;
    DecryptingReader::Failure failure = DecryptingReader::Failure::None;
    QString error;
};

Decrypted decrypt(const QByteArray& sealed, const KeySource& key)
{
    QBuffer in;
    in.setData(sealed);
    in.open(QIODevice::ReadOnly);
    DecryptingReader reader(&in, key);
    Decrypted d;
    if (!reader.open(QIODevice::ReadOnly)) {
        d.failure = reader.failure();
        d.error = reader.errorString();
        return d;
    }
    while (!reader.atEnd()) {
        const QByteArray chunk = reader.read(10000);
        if (chunk.isEmpty() && reader.failure() != DecryptingReader::Failure::None)
            break;
        d.plain += chunk;
    }
    d.failure = reader.failure();
    d.error = d.failure == DecryptingReader::Failure::None ? QString() : reader.errorString();
    d.ok = d.failure == DecryptingReader::Failure::None;
    return d;
}

QByteArray sample(int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 131 + i / 7) & 0xff);
    return b;
}

QByteArray vectorPlaintext()
{
    QByteArray out;
    for (int n = 0; n < 5000; ++n)
        out += "The Program backup test vector, line " + QByteArray::number(n) + "\n";
    return out;
}

constexpr qint64 kSealed = EncryptingWriter::kSegmentSize + 16;

} // namespace

class TestBackupCipher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("withPassword");
        for (int size : { 0, 1, 65535, 65536, 65537, 3 * 65536, 200001 }) {
            QTest::addRow("%d bytes, password", size) << size << true;
            QTest::addRow("%d bytes, key file", size) << size << false;
        }
    }

    void roundTrip()
    {
        QFETCH(int, size);
        QFETCH(bool, withPassword);
        const KeySource key = withPassword ? password() : keyFile(crypto::generateKeyFileContent());
        const QByteArray plain = sample(size);
        const QByteArray sealed = encrypt(plain, key);
        QVERIFY(crypto::isEncryptedBackup(sealed));
        const qint64 segments
            = qMax<qint64>(1, (size + EncryptingWriter::kSegmentSize - 1) / EncryptingWriter::kSegmentSize);
        QCOMPARE(sealed.size(), 94 + size + 16 * segments);
        QVERIFY(!sealed.contains(plain.left(64)) || size < 64);
        const Decrypted d = decrypt(sealed, key);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.plain, plain);
    }

    void sameInputDiffersEveryTime()
    {
        const KeySource key = password();
        QVERIFY(encrypt("same", key) != encrypt("same", key)); // fresh salts and nonce prefix
    }

    void wrongPasswordSaysSo()
    {
        const QByteArray sealed = encrypt(sample(100000), password("right"));
        const Decrypted d = decrypt(sealed, password("wrong"));
        QVERIFY(!d.ok);
        QCOMPARE(d.failure, DecryptingReader::Failure::WrongKey);
        QCOMPARE(d.error, QStringLiteral("Wrong password or key file."));
        const Decrypted k = decrypt(encrypt("x", keyFile(crypto::generateKeyFileContent())),
                                    keyFile(crypto::generateKeyFileContent()));
        QCOMPARE(k.failure, DecryptingReader::Failure::WrongKey);
    }

    void damageIsDetectedAndPlaced_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("where"); // expected byte in the message, -1: any
        QTest::newRow("bit flipped in segment 1") << "flip" << 94 + kSealed;
        QTest::newRow("last segment dropped") << "truncate-boundary" << 94 + 2 * kSealed;
        QTest::newRow("cut in the middle") << "truncate-middle" << 94 + 3 * kSealed;
        QTest::newRow("segments 0 and 1 swapped") << "swap" << qint64(94);
        QTest::newRow("segment 1 dropped") << "drop" << 94 + kSealed;
        QTest::newRow("header changed") << "header" << qint64(94);
        QTest::newRow("bytes appended") << "append" << 94 + 3 * kSealed;
    }

    void damageIsDetectedAndPlaced()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, where);
        const KeySource key = keyFile(crypto::generateKeyFileContent());
        QByteArray sealed = encrypt(sample(3 * 65536 + 500), key); // 4 segments, the last short
        const auto segment = [&](int i) { return sealed.mid(94 + i * kSealed, kSealed); };
        if (kind == "flip")
            sealed[94 + kSealed + 1000] = char(sealed.at(94 + kSealed + 1000) ^ 0x01);
        else if (kind == "truncate-boundary")
            sealed.truncate(94 + 3 * kSealed);
        else if (kind == "truncate-middle")
            sealed.chop(200);
        else if (kind == "swap")
            sealed = sealed.left(94) + segment(1) + segment(0) + sealed.mid(94 + 2 * kSealed);
        else if (kind == "drop")
            sealed = sealed.left(94) + segment(0) + sealed.mid(94 + 2 * kSealed);
        else if (kind == "header")
            sealed[70] = char(sealed.at(70) ^ 0x80); // in the nonce prefix
        else if (kind == "append")
            sealed += QByteArray(40, 'x');
        const Decrypted d = decrypt(sealed, key);
        QVERIFY(!d.ok);
        QCOMPARE(d.failure, DecryptingReader::Failure::Damaged);
        QVERIFY2(d.error.contains(QString("damaged at byte %1").arg(where)) || where < 0,
                 qPrintable(d.error));
    }

    // Every parameter a header gives is range-checked before any work: an
    // absurd Argon2 cost is "damaged or not made by The Program", at once.
    void outOfRangeHeaderIsRefusedAtOnce_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("iterations near 2^32") << 10 << QByteArray("\xff\xff\xff\xf0", 4);
        QTest::newRow("33 iterations") << 10 << QByteArray("\x00\x00\x00\x21", 4);
        QTest::newRow("memory 4 GiB") << 14 << QByteArray("\x00\x40\x00\x00", 4);
        QTest::newRow("memory 4 KiB") << 14 << QByteArray("\x00\x00\x00\x04", 4);
        QTest::newRow("parallelism 0") << 18 << QByteArray("\x00", 1);
        QTest::newRow("parallelism 255") << 18 << QByteArray("\xff", 1);
        QTest::newRow("unknown key kind") << 9 << QByteArray("\x07", 1);
        QTest::newRow("segment of 1 byte") << 74 << QByteArray("\x00\x00\x00\x01", 4);
        QTest::newRow("segment of 1 GiB") << 74 << QByteArray("\x40\x00\x00\x00", 4);
    }

    void outOfRangeHeaderIsRefusedAtOnce()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QByteArray sealed = encrypt(sample(1000), password());
        sealed.replace(offset, bytes.size(), bytes);
        QElapsedTimer timer;
        timer.start();
        const Decrypted d = decrypt(sealed, password());
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(d.failure, DecryptingReader::Failure::Damaged);
        QVERIFY2(d.error.contains("damaged or was not made by The Program"), qPrintable(d.error));
    }

    void notAContainer()
    {
        const Decrypted d = decrypt("SQLite format 3\0 this is a plain database", password());
        QCOMPARE(d.failure, DecryptingReader::Failure::NotEncrypted);
    }

    void shortKeyFileIsRefused()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        EncryptingWriter writer(&out, keyFile("too short"));
        QVERIFY(!writer.open(QIODevice::WriteOnly));
        QVERIFY(writer.errorString().contains("32 bytes"));
    }

    void calibrationUsesAtLeast64MiB()
    {
        const crypto::Argon2Params p = crypto::calibrateArgon2(50);
        QVERIFY(p.memoryKiB >= 64 * 1024);
        QVERIFY(p.iterations >= 1 && p.iterations <= 10);
    }

    void testVectorDecrypts()
    {
        const QString path = QStringLiteral(THEPROGRAM_SOURCE_DIR "/tests/data/backup-vector.tpbk");
        if (qEnvironmentVariableIsSet("THEPROGRAM_UPDATE_VECTORS")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(encrypt(vectorPlaintext(), password()));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Decrypted d = decrypt(f.readAll(), password());
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.plain, vectorPlaintext());
    }

    // The program in docs/BACKUP_FORMAT.md decrypts the vector: the spec is complete.
    void documentedPythonDecrypts()
    {
        QFile doc(QStringLiteral(THEPROGRAM_SOURCE_DIR "/docs/BACKUP_FORMAT.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QRegularExpressionMatch m
            = QRegularExpression("decrypt.py begin -->\\s*```python\\n(.*)```\\s*<!-- decrypt.py end",
                                 QRegularExpression::DotMatchesEverythingOption)
                  .match(text);
        QVERIFY(m.hasMatch());
        test::TempDir dir;
        QFile script(dir.path("decrypt.py"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(m.captured(1).toUtf8());
        script.close();
        QProcess python;
        python.start(QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
                     { script.fileName(),
                       QStringLiteral(THEPROGRAM_SOURCE_DIR "/tests/data/backup-vector.tpbk"),
                       "correct horse battery staple" });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(python.readAllStandardOutput(), vectorPlaintext());
    }
};

QTEST_GUILESS_MAIN(TestBackupCipher)
#include "tst_backupcipher.moc"
