// Import benchmark on the 1,000-client demo practice: its export (JSON and
// CSV bundle) is imported into an empty database, several times.
//   build/ci/tests/bench_import [runs]
// Prints the median time of check + import for JSON and for the CSV bundle,
// the median of the sqlite3 command loading the same rows from the same
// CSV files with .import, their ratio, and the peak RSS of
// `theprogram-cli import` (measured first, in a child process of its own).

#include "BenchSupport.h"
#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"
#include "exchange/Converter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    tp::test::TempDir dir;
    {
        auto source = tp::test::openDatabase(dir.path("source.db"));
        if (!source || !tp::demo::DemoGenerator::generate(source->connection(), { 1000, 1, 7 }).ok)
            return 1;
        tp::exchange::ExportOptions o;
        o.outputPath = dir.path("practice.json");
        if (!tp::exchange::Exporter::run(source->connection(), o).ok)
            return 1;
        o.format = tp::exchange::ExportFormat::CsvBundle;
        o.outputPath = dir.path("practice.zip");
        if (!tp::exchange::Exporter::run(source->connection(), o).ok)
            return 1;
    }
    tp::exchange::ConvertOptions unzip;
    unzip.input = dir.path("practice.zip");
    unzip.output = dir.path("csv") + QLatin1Char('/');
    if (!tp::exchange::Converter::run(unzip).ok)
        return 1;

    // An empty practice database to copy for every run.
    const QString empty = dir.path("empty.db");
    {
        auto e = tp::test::openDatabase(empty);
    }

    int round = 0;
    const auto fresh = [&]() {
        const QString path = dir.path(QStringLiteral("target-%1.db").arg(++round));
        QFile::copy(empty, path);
        return path;
    };

    QProcess cli;
    const double peakMb = tp::bench::peakRssOfChildMb(
        cli, QStringLiteral(THEPROGRAM_CLI),
        { QStringLiteral("--db"), fresh(), QStringLiteral("import"), dir.path("practice.json") });
    if (cli.exitCode() != 0) {
        std::fprintf(stderr, "%s\n", cli.readAllStandardError().constData());
        return 1;
    }

    const auto timeImport = [&](const QString& input) {
        QList<double> seconds;
        for (int i = 0; i < runs; ++i) {
            auto db = tp::test::openDatabase(fresh()); // outside the timed part
            tp::exchange::ImportOptions o;
            o.inputs = { input };
            QElapsedTimer t;
            t.start();
            if (!tp::exchange::Importer::run(*db, o).ok)
                return -1.0;
            seconds << t.nsecsElapsed() / 1e9;
        }
        return tp::bench::median(seconds);
    };
    const double json = timeImport(dir.path("practice.json"));
    const double csv = timeImport(dir.path("practice.zip"));

    // sqlite3 loading the same CSV files into the same (empty) schema.
    QStringList script{ QStringLiteral(".mode csv") };
    for (const tp::db::Table& t : tp::db::TableRegistry::instance().tables()) {
        if (t.name == QLatin1String("app_config") || t.name == QLatin1String("user_preferences"))
            continue;
        script << QStringLiteral(".import --skip 1 '%1' %2")
                      .arg(dir.path(QStringLiteral("csv/") + t.name + QStringLiteral(".csv")), t.name);
    }
    QList<double> sqliteSeconds;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { fresh() });
        p.write((QStringLiteral("BEGIN;\n") + script.join(QLatin1Char('\n')) + QStringLiteral("\nCOMMIT;\n"))
                    .toUtf8());
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        p.waitForFinished(-1);
        sqliteSeconds << t.nsecsElapsed() / 1e9;
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3: %s\n", p.readAllStandardError().constData());
            return 1;
        }
    }
    const double sqlite = tp::bench::median(sqliteSeconds);
    std::printf("1,000-client demo practice, %d runs each, medians, into an empty database\n", runs);
    std::printf("check + import, JSON:           %.3f s\n", json);
    std::printf("check + import, CSV bundle:     %.3f s\n", csv);
    std::printf("sqlite3 .import, same CSVs:     %.3f s\n", sqlite);
    std::printf("ratio CSV bundle / sqlite3:     %.2f\n", csv / sqlite);
    std::printf("ratio JSON / sqlite3:           %.2f\n", json / sqlite);
    std::printf("peak RSS of theprogram-cli import (JSON): %.1f MB\n", peakMb);
    return 0;
}
