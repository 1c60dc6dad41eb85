// Export benchmark on the 1,000-client demo practice (or a database given
// on the command line):
//   build/ci/tests/bench_export [DB] [runs]
// Prints the median time of a full JSON export (no self-check), the same
// with the self-check, gzip and CSV bundle, the median of `sqlite3 -json`
// dumping the same tables, their ratio, and the peak RSS of
// `theprogram-cli export` (measured first, in a child process of its own).

#include "BenchSupport.h"
#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tp::test::TempDir dir;
    QString dbPath = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    if (dbPath.isEmpty()) {
        dbPath = dir.path("demo.db");
        auto database = tp::test::openDatabase(dbPath);
        if (!database || !tp::demo::DemoGenerator::generate(database->connection(), { 1000, 1, 7 }).ok)
            return 1;
    }
    const QString out = dir.path("export.json");

    // Peak memory of a full export, in a process of its own.
    QProcess cli;
    const double peakMb
        = tp::bench::peakRssOfChildMb(cli, QStringLiteral(THEPROGRAM_CLI),
                                      { QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                                        QStringLiteral("--no-verify"), QStringLiteral("-o"), out });
    if (cli.exitCode() != 0) {
        std::fprintf(stderr, "%s\n", cli.readAllStandardError().constData());
        return 1;
    }

    auto database = tp::test::openDatabase(dbPath);
    if (!database)
        return 1;
    const auto exportWith = [&](const std::function<void(tp::exchange::ExportOptions&)>& tweak) {
        return [&, tweak]() {
            tp::exchange::ExportOptions o;
            o.verify = false;
            o.outputPath = out;
            tweak(o);
            return tp::exchange::Exporter::run(database->connection(), o).ok;
        };
    };
    const double json = tp::bench::medianSeconds(runs, exportWith([](auto&) {}));
    const double verified = tp::bench::medianSeconds(runs, exportWith([](auto& o) { o.verify = true; }));
    const double gzip = tp::bench::medianSeconds(runs, exportWith([](auto& o) {
                                                     o.gzip = true;
                                                     o.outputPath += QStringLiteral(".gz");
                                                 }));
    const double csv = tp::bench::medianSeconds(runs, exportWith([](auto& o) {
                                                    o.format = tp::exchange::ExportFormat::CsvBundle;
                                                    o.outputPath += QStringLiteral(".zip");
                                                }));

    QStringList selects;
    for (const tp::db::Table& t : tp::db::TableRegistry::instance().tables())
        selects << QStringLiteral("SELECT * FROM ") + t.name + QLatin1Char(';');
    const QString sqliteOut = dir.path("sqlite3.json");
    const double sqlite = tp::bench::medianSeconds(runs, [&]() {
        QProcess p;
        p.setStandardOutputFile(sqliteOut);
        p.start(QStringLiteral("sqlite3"),
                { QStringLiteral("-json"), dbPath, selects.join(QLatin1Char(' ')) });
        return p.waitForFinished(-1) && p.exitCode() == 0;
    });

    std::printf("database: %s (%.1f MB), %d runs each, medians\n", qPrintable(dbPath),
                QFileInfo(dbPath).size() / 1e6, runs);
    std::printf("full JSON export:              %.3f s (%.1f MB)\n", json, QFileInfo(out).size() / 1e6);
    std::printf("sqlite3 -json, same tables:    %.3f s (%.1f MB)\n", sqlite,
                QFileInfo(sqliteOut).size() / 1e6);
    std::printf("ratio export / sqlite3:        %.2f\n", json / sqlite);
    std::printf("full JSON export + self-check: %.3f s\n", verified);
    std::printf("full JSON export, gzip:        %.3f s\n", gzip);
    std::printf("full CSV bundle (zip):         %.3f s\n", csv);
    std::printf("peak RSS of theprogram-cli export: %.1f MB\n", peakMb);
    return 0;
}
