// Measures `demo-data --clients N` (default 1,000 clients × 1 chart) into a
// fresh database, several times, and prints the median. Target: under 10 s.
//   build/release/tests/bench_demodata [clients] [runs]

#include "demo/DemoGenerator.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QList<double> seconds;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        tp::test::TempDir dir;
        auto database = tp::test::openDatabase(dir.path("bench.db"));
        if (!database)
            return 1;
        QElapsedTimer timer;
        timer.start();
        const auto result = tp::demo::DemoGenerator::generate(database->connection(), { clients, 1, 7 });
        seconds << timer.nsecsElapsed() / 1e9;
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        const QString path = database->path();
        database.reset(); // closing checkpoints the WAL into the file
        bytes = QFileInfo(path).size();
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf(
        "demo-data: %d clients x 1 chart, %d runs: median %.2f s (min %.2f, max %.2f), database %.1f MB\n",
        clients, runs, seconds.at(seconds.size() / 2), seconds.first(), seconds.last(), bytes / 1e6);
    return 0;
}
