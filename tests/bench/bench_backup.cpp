// Backup benchmark on a ~100 MB demo database (1,150 clients):
//   build/ci/tests/bench_backup [runs]
// Prints the median time of create + verify (gzip default level, encrypted
// with a password: Argon2id calibrated to ~0.5 s, 64 MiB), of the same
// without encryption, and of the shell pipeline a user might write instead
// — sqlite3 .backup, then gzip, then gpg --symmetric --cipher-algo AES256 —
// measured in the same run, plus the peak RSS of `theprogram-cli backup create`.

#include "backup/BackupEngine.h"
#include "BenchSupport.h"
#include "demo/DemoGenerator.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 3;
    tp::test::TempDir dir;
    const QString dbPath = dir.path("practice.db");
    {
        auto db = tp::test::openDatabase(dbPath);
        if (!db || !tp::demo::DemoGenerator::generate(db->connection(), { 1150, 1, 7 }).ok)
            return 1;
    }
    const double sizeMb = QFileInfo(dbPath).size() / 1e6;
    // A tenth of the size, to show that memory does not grow with the database.
    const QString smallPath = dir.path("small.db");
    {
        auto db = tp::test::openDatabase(smallPath);
        if (!db || !tp::demo::DemoGenerator::generate(db->connection(), { 115, 1, 7 }).ok)
            return 1;
    }
    const double smallMb = QFileInfo(smallPath).size() / 1e6;

    QProcess cli;
    cli.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("THEPROGRAM_BACKUP_PASSWORD"), QStringLiteral("bench password"));
        return env;
    }());
    const auto peakOf = [&](const QString& path) {
        const double mb = tp::bench::peakRssOfChildMb(
            cli, QStringLiteral(THEPROGRAM_CLI),
            { QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("create"),
              QStringLiteral("--encrypt"), QStringLiteral("--folder"), dir.path("rss") });
        if (cli.exitCode() != 0) {
            std::fprintf(stderr, "%s\n", cli.readAllStandardError().constData());
            std::exit(1);
        }
        return mb;
    };
    const double peakMb = peakOf(dbPath);
    const double smallPeakMb = peakOf(smallPath);

    tp::crypto::KeySource key;
    key.secret = "bench password";
    key.argon2 = tp::crypto::calibrateArgon2();
    int n = 0;
    const auto ours = [&](bool encrypted) {
        return [&, encrypted]() {
            tp::backup::BackupOptions o;
            o.databasePath = dbPath;
            o.folder = dir.path(QStringLiteral("ours-%1").arg(++n));
            if (encrypted)
                o.key = key;
            return tp::backup::BackupEngine::create(o).ok;
        };
    };
    const double encrypted = tp::bench::medianSeconds(runs, ours(true));
    const double plain = tp::bench::medianSeconds(runs, ours(false));
    const double pipeline = tp::bench::medianSeconds(runs, [&]() {
        const QString base = dir.path(QStringLiteral("pipe-%1").arg(++n));
        QProcess sh;
        sh.start(
            QStringLiteral("bash"),
            { QStringLiteral("-c"),
              QStringLiteral("set -e; sqlite3 '%1' \".backup '%2.db'\"; gzip -6 -c '%2.db' > '%2.db.gz'; "
                             "gpg --batch --yes --pinentry-mode loopback --passphrase 'bench password' "
                             "--symmetric --cipher-algo AES256 -o '%2.db.gz.gpg' '%2.db.gz'")
                  .arg(dbPath, base) });
        sh.waitForFinished(-1);
        if (sh.exitCode() != 0)
            std::fprintf(stderr, "pipeline: %s\n", sh.readAllStandardError().constData());
        return sh.exitCode() == 0;
    });
    std::printf("database %.1f MB, %d runs each, medians\n", sizeMb, runs);
    std::printf("create + verify, gzip + AES-256-GCM (Argon2id %u iterations, %u MiB): %.2f s\n",
                key.argon2.iterations, key.argon2.memoryKiB / 1024, encrypted);
    std::printf("create + verify, gzip, not encrypted:          %.2f s\n", plain);
    std::printf("sqlite3 .backup | gzip -6 | gpg AES256 (no verify): %.2f s\n", pipeline);
    std::printf("ratio ours (encrypted, verified) / pipeline:   %.2f\n", encrypted / pipeline);
    std::printf("peak RSS of theprogram-cli backup create --encrypt: %.1f MB (%.1f MB database), %.1f MB "
                "(%.1f MB database)\n",
                peakMb, sizeMb, smallPeakMb, smallMb);
    return 0;
}
