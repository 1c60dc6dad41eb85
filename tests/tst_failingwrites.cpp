#include "crypto/BackupCipher.h"
#include "formats/BlockGzip.h"
#include "formats/Csv.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "TestSupport.h"
#include "util/SafeFiles.h"

#include <cerrno>
#include <functional>
#include <QRandomGenerator>
#include <QtTest>
#include <rapidjson/writer.h>

using namespace tp;

namespace {

// A sink that takes `capacity` bytes and then fails every write, as a full
// disk does; it counts the writes tried after the first failure.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        QIODevice::open(WriteOnly | Unbuffered);
    }
    qint64 received() const { return m_received; }
    int writesAfterFailure() const { return m_afterFailure; }
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (m_failed) {
            ++m_afterFailure;
            return -1;
        }
        if (m_received + length > m_capacity) {
            m_failed = true;
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_received += length;
        return length;
    }

private:
    qint64 m_capacity;
    qint64 m_received = 0;
    bool m_failed = false;
    int m_afterFailure = 0;
};

QByteArray noise(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(rng.bounded(32, 127) & (i % 3 ? 0x7f : 0x3f)); // compressible, not trivially
    return out;
}

// Sizes at which the sink fills: every one near the start, then around the buffers' edges.
QList<qint64> capacities()
{
    QList<qint64> out;
    for (qint64 n = 0; n <= 40; ++n)
        out << n;
    for (qint64 edge :
         { 94, 100, 1000, 4096, 65536, 65536 + 94, 65536 + 16, 262144, 262144 + 1, 1048576, 1048576 + 200 })
        out << edge - 1 << edge << edge + 1;
    return out;
}

constexpr qsizetype kPayload = 3 * 1024 * 1024;

} // namespace

// Every writer stops at the first failed write and says so: never a crash,
// never a write after the failure, never success over a partial output.
class TestFailingWrites : public QObject
{
    Q_OBJECT

    // Writes `payload` through `writer` (made over the sink) in uneven
    // pieces, then closes it; returns whether the writer admitted failure.
    static void check(const std::function<bool(FailingDevice&, const QByteArray&, QString*)>& write)
    {
        const QByteArray payload = noise(kPayload);
        for (qint64 capacity : capacities()) {
            FailingDevice sink(capacity);
            QString error;
            const bool ok = write(sink, payload, &error);
            if (sink.hasFailed()) {
                QVERIFY2(
                    !ok,
                    qPrintable(QString("capacity %1: a failed write was reported as success").arg(capacity)));
                QVERIFY2(error.contains("No space left on device"),
                         qPrintable(QString("capacity %1: %2").arg(capacity).arg(error)));
            } else {
                QVERIFY2(ok, qPrintable(QString("capacity %1: %2").arg(capacity).arg(error)));
            }
            QVERIFY2(sink.writesAfterFailure() == 0,
                     qPrintable(QString("capacity %1: %2 writes after the failure")
                                    .arg(capacity)
                                    .arg(sink.writesAfterFailure())));
            QVERIFY(sink.received() <= capacity);
        }
    }

    static bool pump(QIODevice* writer, const QByteArray& payload)
    {
        qsizetype at = 0;
        qsizetype piece = 1;
        while (at < payload.size()) {
            const qsizetype n = qMin(piece, payload.size() - at);
            if (writer->write(payload.constData() + at, n) != n)
                return false;
            at += n;
            piece = piece * 3 + 1; // 1, 4, 13, 40 … bytes: every buffer edge is crossed
            if (piece > 300000)
                piece = 7;
        }
        return true;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void jsonStream()
    {
        check([](FailingDevice& sink, const QByteArray& payload, QString* error) {
            formats::JsonDeviceStream stream(&sink);
            rapidjson::Writer<formats::JsonDeviceStream> w(stream);
            w.StartArray();
            for (qsizetype at = 0; at < payload.size(); at += 1000)
                w.String(payload.constData() + at,
                         rapidjson::SizeType(qMin<qsizetype>(1000, payload.size() - at)));
            w.EndArray();
            stream.Flush();
            if (stream.failed())
                *error = sink.errorString();
            return !stream.failed();
        });
    }

    void gzip()
    {
        check([](FailingDevice& sink, const QByteArray& payload, QString* error) {
            formats::GzipWriter gz(&sink);
            if (!gz.open(QIODevice::WriteOnly))
                return false;
            const bool written = pump(&gz, payload);
            gz.close();
            *error = gz.errorString();
            return written && !gz.hasFailed();
        });
    }

    void blockGzip()
    {
        check([](FailingDevice& sink, const QByteArray& payload, QString* error) {
            formats::BlockGzipWriter gz(&sink, formats::CompressionLevel::Fast, 2);
            if (!gz.open(QIODevice::WriteOnly))
                return false;
            const bool written = pump(&gz, payload);
            gz.close();
            *error = gz.errorString();
            return written && !gz.hasFailed();
        });
    }

    void encryption()
    {
        crypto::KeySource key;
        key.kind = crypto::KeySource::Kind::KeyFile;
        key.secret = QByteArray(32, 'k');
        check([&](FailingDevice& sink, const QByteArray& payload, QString* error) {
            crypto::EncryptingWriter enc(&sink, key);
            if (!enc.open(QIODevice::WriteOnly)) {
                *error = enc.errorString();
                return false;
            }
            const bool written = pump(&enc, payload);
            enc.close();
            *error = enc.errorString();
            return written && !enc.hasFailed();
        });
    }

    void csv()
    {
        check([](FailingDevice& sink, const QByteArray& payload, QString* error) {
            formats::CsvWriter csv(&sink);
            bool ok = csv.writeBom();
            for (qsizetype at = 0; ok && at < payload.size(); at += 700)
                ok = csv.writeRecord({ QString::fromLatin1(payload.mid(at, 350)),
                                       QString::fromLatin1(payload.mid(at + 350, 350)) });
            // Once failed, it stays failed and writes nothing more.
            if (!ok)
                ok = csv.writeRecord({ QStringLiteral("after") });
            *error = csv.errorString();
            return ok;
        });
    }

    // The words a person reads for the common causes.
    void failureWords()
    {
        test::TempDir dir;
        QVERIFY(files::writeFailure(dir.path("x.json"), qt_error_string(ENOSPC))
                    .startsWith("The disk is full ("));
        QVERIFY(files::writeFailure(dir.path("x.json"), qt_error_string(ENOSPC))
                    .contains(QDir::toNativeSeparators(dir.path(""))));
        const QString other = files::writeFailure(dir.path("x.json"), "Input/output error");
        QVERIFY2(other.contains("x.json") && other.contains("Input/output error"), qPrintable(other));
        QCOMPARE(files::writeFailure(dir.path("x.json"), qt_error_string(EROFS)),
                 QDir::toNativeSeparators(dir.path("x.json")) + " is read-only.");
        QCOMPARE(files::writeFailure(dir.path("x.json"), qt_error_string(EACCES)),
                 "Permission denied: " + QDir::toNativeSeparators(dir.path("x.json")) + ".");
    }
};

QTEST_GUILESS_MAIN(TestFailingWrites)
#include "tst_failingwrites.moc"
