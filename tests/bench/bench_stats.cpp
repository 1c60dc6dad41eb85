// The statistics of a large practice: how long PracticeStats::compute
// takes (what the statistics page and `stats` wait for) on a demo practice
// of N clients with C charts each, against `sqlite3` counting the same
// tables' rows on the same file in the same run. Prints medians of five.
//
//   build/ci/tests/bench_stats [clients] [charts per client]   (defaults: 10000 1)

#include "demo/DemoGenerator.h"
#include "stats/PracticeStats.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace tp;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    const int clients = argc > 1 ? QString(argv[1]).toInt() : 10000;
    const int charts = argc > 2 ? QString(argv[2]).toInt() : 1;
    test::TempDir dir;
    const QString path = dir.path("practice.db");
    {
        auto db = test::openDatabase(path);
        demo::DemoOptions o;
        o.clients = clients;
        o.chartsPerClient = charts;
        o.seed = 7;
        if (!db || !demo::DemoGenerator::generate(db->connection(), o).ok) {
            std::fprintf(stderr, "demo data failed\n");
            return 1;
        }
    }
    auto db = test::openDatabase(path);
    std::vector<double> ours, peer;
    stats::PracticeStats s;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!stats::PracticeStats::compute(db->connection(), {}, &s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        QProcess sqlite;
        sqlite.start("sqlite3",
                     { path,
                       "SELECT COUNT(*) FROM clients; SELECT COUNT(*) FROM charts; SELECT COUNT(*) "
                       "FROM chart_interpretations; SELECT COUNT(*) FROM session_notes;" });
        sqlite.waitForFinished(-1);
        peer.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("practice: %d clients, %lld charts, %lld interpretations, %.1f MB\n", clients,
                static_cast<long long>(s.charts.total), static_cast<long long>(s.interpretations.total),
                double(s.databaseBytes) / 1e6);
    std::printf("PracticeStats::compute median of 5: %.1f ms (sqlite3 counting the four tables: %.1f ms)\n",
                median(ours), median(peer));
    return 0;
}
