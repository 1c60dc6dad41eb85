// Copies of a backup to and from an S3 server (s3rver on loopback): The
// Program's S3 repository against `rclone copyto` to the same server, in the
// same run, alternating, with each side's peak memory (GNU time's maximum
// resident set size). Run: build/ci/tests/bench_cloud [MB] [runs]
// (default 100 MB, 3 runs). Needs rclone (scripts/bootstrap.sh installs it).
#include "BenchSupport.h"
#include "cloud/S3Repository.h"
#include "CloudPeers.h"
#include "crypto/Sha256.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

using namespace tp;

namespace {

cloud::S3Repository repositoryAt(int port)
{
    cloud::S3Config config;
    config.endpoint = QUrl(QString("http://127.0.0.1:%1").arg(port));
    config.bucket = "bench";
    config.pathStyle = true;
    return cloud::S3Repository(config, cloud::S3Credentials{ test::S3Peer::kKeyId, test::S3Peer::kSecret });
}

// The child's side: one transfer, exit code 0 when it worked.
int child(const QStringList& args)
{
    auto repository = repositoryAt(args.at(2).toInt());
    QString error;
    const bool ok = args.at(1) == "--put"
        ? repository.put(args.at(3), args.at(4), args.value(5), nullptr, &error)
        : repository.get(args.at(4), args.at(3), nullptr, &error);
    if (!ok)
        QTextStream(stderr) << error << '\n';
    return ok ? 0 : 1;
}

struct Timed
{
    double seconds = -1;
    double peakMb = 0;
};

// Runs a program under GNU time; its seconds and peak memory.
Timed timed(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    // rclone 1.60's AWS SDK refuses to start with AWS_CA_BUNDLE set (a
    // machine-wide setting on some systems); the server is plain http here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("AWS_CA_BUNDLE");
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start("/usr/bin/time", QStringList{ "-f", "PEAK %M" } + QStringList{ program } + args);
    p.waitForFinished(-1);
    Timed t;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << err << '\n';
        return t;
    }
    t.seconds = timer.nsecsElapsed() / 1e9;
    const qsizetype at = err.lastIndexOf("PEAK ");
    if (at < 0) {
        QTextStream(stderr) << "GNU time printed no peak memory: " << err << '\n';
        t.seconds = -1;
        return t;
    }
    t.peakMb = err.mid(at + 5).trimmed().toDouble() / 1024.0;
    return t;
}

QStringList rcloneRemote(int port)
{
    return { "--s3-provider",
             "Other",
             "--s3-endpoint",
             QString("http://127.0.0.1:%1").arg(port),
             "--s3-access-key-id",
             test::S3Peer::kKeyId,
             "--s3-secret-access-key",
             test::S3Peer::kSecret,
             "--s3-force-path-style",
             "--s3-region",
             "us-east-1",
             "-q" };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && (args.at(1) == "--put" || args.at(1) == "--get"))
        return child(args);
    const qint64 mb = args.value(1, "100").toLongLong();
    const int runs = args.value(2, "3").toInt();
    test::initTestEnvironment();
    test::TempDir dir;
    test::S3Peer peer(dir.path("s3"), "bench");
    if (!peer.isRunning()) {
        QTextStream(stderr) << "s3rver did not start\n";
        return 1;
    }
    const QString file = dir.path("backup.bin");
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mb; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    // A backup's manifest holds its SHA-256 (the backup engine hashed it while
    // writing), and the upload is given it, as CloudCopies does.
    QString sha256;
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        crypto::Sha256 hash;
        hash.addData(&f);
        sha256 = QString::fromLatin1(hash.hexResult());
    }
    const QString self = app.applicationFilePath();
    const QString port = QString::number(peer.port());
    QList<double> ourPut, ourGet, rclonePut, rcloneGet;
    double ourPeak = 0, rclonePeak = 0;
    for (int i = 0; i < runs; ++i) {
        const QString back = dir.path(QString("back%1.bin").arg(i));
        Timed t = timed(self, { "--put", port, file, QString("ours-%1").arg(i), sha256 });
        ourPut << t.seconds, ourPeak = qMax(ourPeak, t.peakMb);
        t = timed(self, { "--get", port, back, QString("ours-%1").arg(i) });
        ourGet << t.seconds, ourPeak = qMax(ourPeak, t.peakMb);
        QFile::remove(back);
        t = timed("rclone",
                  QStringList{ "copyto", file, QString(":s3:bench/rclone-%1").arg(i) }
                      + rcloneRemote(peer.port()));
        rclonePut << t.seconds, rclonePeak = qMax(rclonePeak, t.peakMb);
        t = timed("rclone",
                  QStringList{ "copyto", QString(":s3:bench/rclone-%1").arg(i), back }
                      + rcloneRemote(peer.port()));
        rcloneGet << t.seconds, rclonePeak = qMax(rclonePeak, t.peakMb);
        QFile::remove(back);
        if (ourPut.last() < 0 || ourGet.last() < 0 || rclonePut.last() < 0 || rcloneGet.last() < 0)
            return 1;
    }
    QTextStream out(stdout);
    const double mbs = double(mb);
    auto line = [&](const char* what, double ours, double theirs) {
        out << what << ": The Program " << QString::number(ours, 'f', 2) << " s ("
            << QString::number(mbs / ours, 'f', 0) << " MB/s), rclone " << QString::number(theirs, 'f', 2)
            << " s (" << QString::number(mbs / theirs, 'f', 0) << " MB/s); rclone/ours "
            << QString::number(theirs / ours, 'f', 2) << '\n';
    };
    out << mb << " MB to s3rver on loopback, median of " << runs << " runs each\n";
    line("upload  ", bench::median(ourPut), bench::median(rclonePut));
    line("download", bench::median(ourGet), bench::median(rcloneGet));
    out << "peak memory: The Program " << QString::number(ourPeak, 'f', 0) << " MB, rclone "
        << QString::number(rclonePeak, 'f', 0) << " MB\n";
    return 0;
}
