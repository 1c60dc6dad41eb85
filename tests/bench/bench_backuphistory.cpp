// The backups page with thousands of backups: how long reading the folder's
// manifests takes (on a worker), how long showing them takes on the
// window's thread (model, chart, health), and sorting by size. Prints
// medians of five.
//
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench_backuphistory [backups]

#include "backup/BackupEngine.h"
#include "backup/BackupHistoryModel.h"
#include "backup/BackupPage.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSizeChart.h"
#include "demo/DemoGenerator.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

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
    QApplication app(argc, argv);
    test::initTestEnvironment();
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 3000;
    test::TempDir dir;
    auto database = test::openDatabase(dir.path("practice.db"));
    demo::DemoGenerator::generate(database->connection(), { 5, 1, 3 });
    const QString folder = dir.path("backups");
    backup::BackupOptions o;
    o.databasePath = database->path();
    o.folder = folder;
    const backup::BackupResult made = backup::BackupEngine::create(o);
    if (!made.ok)
        return 1;
    // Copies of one backup under names of their own, a minute apart: a long history.
    QByteArray manifest;
    {
        QFile f(made.info.manifestPath);
        f.open(QIODevice::ReadOnly);
        manifest = f.readAll();
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60LL * count);
    for (int i = 1; i < count; ++i) {
        const QDateTime at = start.addSecs(60LL * i);
        const QString name = QStringLiteral("TheProgram_%1_%2.db.gz")
                                 .arg(at.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")))
                                 .arg(i, 8, 10, QLatin1Char('0'));
        QFile::copy(made.info.path, QDir(folder).filePath(name));
        QByteArray m = manifest;
        m.replace(made.info.manifest.json().value(QStringLiteral("created_at")).toString().toUtf8(),
                  at.toString(Qt::ISODateWithMs).toUtf8());
        QFile out(backup::BackupEngine::manifestPathFor(QDir(folder).filePath(name)));
        out.open(QIODevice::WriteOnly);
        out.write(m);
    }
    QSettings().clear();
    backup::BackupSettings s;
    s.folder = folder;
    s.schedule = QStringLiteral("daily 02:00");
    s.save();

    std::vector<double> reads, shows, sorts;
    ui::BackupService service;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const auto list = backup::BackupEngine::list(folder);
        reads.push_back(t.nsecsElapsed() / 1e6);

        ui::BackupPage page(service);
        QSignalSpy refreshed(&page, &ui::BackupPage::refreshed);
        refreshed.wait(60000);
        // What the window's thread does with a read folder: model, chart, health.
        t.restart();
        page.model()->setBackups(list, QDateTime::currentDateTimeUtc(), 7);
        page.chart()->setBackups(list);
        backup::BackupHealth::assess(s, list, QDateTime::currentDateTimeUtc(), false);
        shows.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        page.view()->sortByColumn(ui::BackupHistoryModel::SizeColumn, Qt::AscendingOrder);
        page.view()->sortByColumn(ui::BackupHistoryModel::WhenColumn, Qt::DescendingOrder);
        sorts.push_back(t.nsecsElapsed() / 1e6 / 2);
        if (page.model()->rowCount() != count)
            return 2;
    }
    std::printf("%d backups: reading the folder (worker) median %.1f ms; showing them (window) %.1f ms; "
                "sorting %.1f ms\n",
                count, median(reads), median(shows), median(sorts));
    return 0;
}
