// The statistics of a large practice: how long PracticeStats::compute takes
// (what the statistics page and `stats` wait for), against `sqlite3`
// counting the same tables' rows on the same file in the same run (medians
// of five); then the tidying suggestions, the check of every record (time
// and how much memory it adds: it streams), and the page itself in a window
// — time to its numbers and to its record check, and how late the window's
// event loop ran meanwhile (it must never stall: everything is on workers).
//
//   build/ci/tests/bench_stats [clients] [charts per client]   (a demo practice; defaults: 10000 1)
//   build/ci/tests/bench_stats --db PATH                       (an existing practice, e.g. 100,000
//                                                              charts from `theprogram-cli demo-data`)

#include "BenchSupport.h"
#include "demo/DemoGenerator.h"
#include "LoopWatch.h"
#include "main/MainWindow.h"
#include "stats/Cleanup.h"
#include "stats/PracticeStats.h"
#include "stats/RecordCheck.h"
#include "stats/RecordCheckBox.h"
#include "stats/StatsPage.h"
#include "TestSupport.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <sys/resource.h>

using namespace tp;

namespace {

double peakRssMb()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString makeDemo(const test::TempDir& dir, int clients, int charts)
{
    const QString path = dir.path("practice.db");
    auto db = test::openDatabase(path);
    demo::DemoOptions o;
    o.clients = clients;
    o.chartsPerClient = charts;
    o.seed = 7;
    return db && demo::DemoGenerator::generate(db->connection(), o).ok ? path : QString();
}

// The page in a window: time to its numbers, to its record check, and to the numbers again after a change.
bool measurePage(db::Database& database)
{
    ui::MainWindow window(database);
    window.resize(1024, 700);
    window.show();
    bench::LoopWatch watch;
    watch.start();
    ui::StatsPage* page = window.showStatsPage();
    bench::waitFor(page, &ui::StatsPage::refreshed);
    watch.report("statistics page: the numbers");
    watch.start();
    if (page->recordCheck()->isChecking())
        bench::waitFor(page->recordCheck(), &ui::RecordCheckBox::finished);
    watch.report("statistics page: every record checked");
    watch.start();
    window.reload(); // what every change does: the page, shown, reads again
    bench::waitFor(page, &ui::StatsPage::refreshed);
    watch.report("statistics page: read again after a change");
    page->recordCheck()->stop();
    std::printf("worst delay of the window's event loop: %.1f ms (target: under 100 ms)\n", watch.worst());
    return watch.worst() < 100;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    test::initTestEnvironment();
    test::TempDir dir;
    const QStringList args = app.arguments().mid(1);
    QString path;
    if (args.value(0) == QLatin1String("--db")) {
        path = args.value(1);
    } else {
        path = makeDemo(dir, args.value(0, QStringLiteral("10000")).toInt(),
                        args.value(1, QStringLiteral("1")).toInt());
    }
    db::OpenFailure failure;
    auto db = path.isEmpty() ? nullptr : db::Database::openExisting(path, &failure);
    if (!db) {
        std::fprintf(stderr, "no practice to measure\n");
        return 1;
    }
    QList<double> ours, peer;
    stats::PracticeStats s;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QString error;
        stats::PracticeStats::Options options;
        options.databasePath = path;
        if (!stats::PracticeStats::compute(db->connection(), options, &s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ours << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        QProcess sqlite;
        sqlite.start("sqlite3",
                     { path,
                       "SELECT COUNT(*) FROM clients; SELECT COUNT(*) FROM charts; SELECT COUNT(*) "
                       "FROM chart_interpretations; SELECT COUNT(*) FROM session_notes;" });
        sqlite.waitForFinished(-1);
        peer << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("practice: %lld clients, %lld charts, %lld interpretations, %.1f MB\n",
                static_cast<long long>(s.clients.total), static_cast<long long>(s.charts.total),
                static_cast<long long>(s.interpretations.total), double(s.databaseBytes) / 1e6);
    std::printf("PracticeStats::compute median of 5: %.1f ms (sqlite3 counting the four tables: %.1f ms)\n",
                bench::median(ours), bench::median(peer));

    QElapsedTimer t;
    t.start();
    const QList<stats::CleanupSuggestion> tidy = stats::Cleanup::find(db->connection(), path);
    std::printf("Cleanup::find: %.1f ms (%lld suggestions)\n", double(t.nsecsElapsed()) / 1e6,
                static_cast<long long>(tidy.size()));

    const double before = peakRssMb();
    t.restart();
    stats::RecordCheckResult checked;
    QString error;
    if (!stats::RecordCheck::run(db->connection(), nullptr, &checked, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("RecordCheck::run: %.1f s for %lld records (%lld problems), peak RSS %.0f MB -> %.0f MB\n",
                double(t.nsecsElapsed()) / 1e9, static_cast<long long>(checked.rowsChecked),
                static_cast<long long>(checked.errors + checked.warnings), before, peakRssMb());
    return measurePage(*db) ? 0 : 1;
}
