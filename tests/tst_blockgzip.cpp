#include "formats/BlockGzip.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

using namespace tp;
using formats::BlockGzipWriter;
using formats::CompressionLevel;
using formats::GzipReader;
namespace blockgzip = formats::blockgzip;

namespace {

// Text-like bytes with some incompressible stretches.
QByteArray sample(qint64 size, quint32 seed = 1)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(size);
    const QByteArray words[]
        = { "Sun in Leo ", "Moon in Pisces ", "house 7 ", "{\"orb\":2.5} ", "Müller ", "trine " };
    while (out.size() < size) {
        if (rng.bounded(10) == 0) {
            for (int i = 0; i < 64; ++i)
                out.append(char(rng.bounded(256)));
        } else {
            out.append(words[rng.bounded(6)]);
        }
    }
    out.truncate(size);
    return out;
}

QByteArray compress(const QByteArray& plain, int threads, CompressionLevel level = CompressionLevel::Default,
                    int writeSize = 100'000)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    BlockGzipWriter gz(&sink, level, threads);
    if (!gz.open(QIODevice::WriteOnly))
        return {};
    for (qint64 i = 0; i < plain.size(); i += writeSize)
        gz.write(plain.constData() + i, qMin<qint64>(writeSize, plain.size() - i));
    gz.close();
    return gz.hasFailed() ? QByteArray() : sink.data();
}

QByteArray inflate(const QByteArray& packed, QString* error = nullptr, qint64 readSize = 65'536)
{
    QBuffer source;
    source.setData(packed);
    source.open(QIODevice::ReadOnly);
    GzipReader gz(&source);
    gz.open(QIODevice::ReadOnly);
    QByteArray out;
    for (;;) {
        const QByteArray chunk = gz.read(readSize);
        if (chunk.isEmpty())
            break;
        out += chunk;
    }
    if (error)
        *error = gz.hasFailed() ? gz.errorString() : QString();
    return gz.hasFailed() ? QByteArray() : out;
}

// The block members of `packed`, in order.
QList<blockgzip::Member> members(const QByteArray& packed)
{
    QList<blockgzip::Member> out;
    qint64 at = 0;
    while (at < packed.size()) {
        const auto m = blockgzip::parseHeader(packed.constData() + at, packed.size() - at);
        if (!m)
            return {};
        out << *m;
        at += m->memberSize;
    }
    return out;
}

class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString("No space left on device");
        return -1;
    }
};

} // namespace

class TestBlockGzip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << qint64(0) << 2;
        QTest::newRow("one byte") << qint64(1) << 2;
        QTest::newRow("block - 1") << qint64(blockgzip::kBlockSize - 1) << 2;
        QTest::newRow("one block") << qint64(blockgzip::kBlockSize) << 2;
        QTest::newRow("block + 1") << qint64(blockgzip::kBlockSize + 1) << 2;
        QTest::newRow("9.5 blocks, 1 thread") << qint64(blockgzip::kBlockSize * 19 / 2) << 1;
        QTest::newRow("9.5 blocks, 4 threads") << qint64(blockgzip::kBlockSize * 19 / 2) << 4;
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        QFETCH(int, threads);
        const QByteArray plain = sample(size);
        const QByteArray packed = compress(plain, threads);
        QVERIFY(!packed.isEmpty());
        QCOMPARE(inflate(packed), plain);
        QCOMPARE(inflate(packed, nullptr, 7), plain); // odd read sizes across member ends
        // One member per started block, each describing itself.
        const QList<blockgzip::Member> list = members(packed);
        QCOMPARE(list.size(), qMax<qint64>(1, (size + blockgzip::kBlockSize - 1) / blockgzip::kBlockSize));
        qint64 total = 0;
        for (const auto& m : list)
            total += m.plainSize;
        QCOMPARE(total, size);
        if (size > 0)
            QVERIFY(packed.size() < size || size < 100);
    }

    void sameBytesWhateverTheThreadCount()
    {
        const QByteArray plain = sample(blockgzip::kBlockSize * 5 + 123, 9);
        QCOMPARE(compress(plain, 1), compress(plain, 3));
    }

    void levels()
    {
        const QByteArray plain = sample(3 * blockgzip::kBlockSize, 4);
        const QByteArray fast = compress(plain, 2, CompressionLevel::Fast);
        const QByteArray best = compress(plain, 2, CompressionLevel::Best);
        QVERIFY(best.size() <= fast.size());
        QCOMPARE(inflate(fast), plain);
        QCOMPARE(inflate(best), plain);
    }

    // Any gzip reader reads it: the gzip program and Python's gzip module.
    void readableByOtherTools()
    {
        test::TempDir dir;
        const QByteArray plain = sample(blockgzip::kBlockSize * 3 + 777, 5);
        QFile f(dir.path("data.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(compress(plain, 2));
        f.close();
        QProcess gzip;
        gzip.start("gzip", { "-dc", f.fileName() });
        QVERIFY(gzip.waitForFinished(30000));
        QCOMPARE(gzip.exitCode(), 0);
        QCOMPARE(gzip.readAllStandardOutput(), plain);
        QProcess python;
        python.start(
            "python3",
            { "-c",
              "import gzip,hashlib,sys; print(hashlib.sha256(gzip.open(sys.argv[1]).read()).hexdigest())",
              f.fileName() });
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardOutput().trimmed(),
                 QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex());
    }

    // Members written by other gzip writers are read too, mixed with block members.
    void mixedMembers()
    {
        const QByteArray a = sample(200'000, 2);
        const QByteArray b = sample(1'500'000, 3);
        QBuffer zlibSink;
        zlibSink.open(QIODevice::WriteOnly);
        {
            formats::GzipWriter gz(&zlibSink);
            gz.open(QIODevice::WriteOnly);
            gz.write(a);
            gz.close();
        }
        QCOMPARE(inflate(zlibSink.data() + compress(b, 2) + zlibSink.data()), a + b + a);
    }

    void damageIsDetected()
    {
        const QByteArray plain = sample(blockgzip::kBlockSize * 2 + 5000, 6);
        const QByteArray packed = compress(plain, 2);
        QString error;
        QByteArray flipped = packed;
        flipped[blockgzip::kHeaderSize + 1000] = char(flipped[blockgzip::kHeaderSize + 1000] ^ 0x10);
        QVERIFY(inflate(flipped, &error).isEmpty());
        QVERIFY2(error.contains("damaged"), qPrintable(error));

        QByteArray badCrc = packed;
        const qint64 firstEnd = members(packed).first().memberSize;
        badCrc[firstEnd - 6] = char(badCrc[firstEnd - 6] ^ 1);
        QVERIFY(inflate(badCrc, &error).isEmpty());
        QVERIFY2(error.contains("damaged"), qPrintable(error));

        // A member size no deflate stream could have is not believed: the
        // member is read as an ordinary one (its CRC still checked), and no
        // gigabytes are allocated.
        QByteArray hugeSize = packed;
        qToLittleEndian<quint32>(0xfffffff0u, hugeSize.data() + 16);
        QCOMPARE(inflate(hugeSize), plain);

        QVERIFY(inflate(packed.left(packed.size() - 100), &error).isEmpty());
        QVERIFY2(error.contains("truncated"), qPrintable(error));
        QVERIFY(inflate(QByteArray(), &error).isEmpty());
        QVERIFY2(error.contains("truncated"), qPrintable(error));
    }

    void sinkFailureIsReported()
    {
        FailingDevice sink;
        BlockGzipWriter gz(&sink, CompressionLevel::Default, 2);
        QVERIFY(gz.open(QIODevice::WriteOnly));
        const QByteArray plain = sample(blockgzip::kBlockSize * 8, 8);
        bool refused = false;
        for (qint64 i = 0; i < plain.size() && !refused; i += 65536)
            refused = gz.write(plain.constData() + i, 65536) < 0;
        gz.close();
        QVERIFY(gz.hasFailed());
        QVERIFY(refused);
        QCOMPARE(gz.errorString(), QString("No space left on device"));
    }
};

QTEST_GUILESS_MAIN(TestBlockGzip)
#include "tst_blockgzip.moc"
