// The window never freezes: while 10,000 clients of demo data are written,
// exported and imported in the background (through the app's own wizards
// and worker threads), a 5 ms timer on the window's event loop notes how
// late it fires. Prints the worst and the 99th-percentile delay per phase.
//
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench_responsiveness [clients]

#include "export/ExportWizard.h"
#include "import/ImportWizard.h"
#include "LoopWatch.h"
#include "main/MainWindow.h"
#include "TestSupport.h"

#include <cstdio>
#include <QApplication>
#include <QFutureWatcher>
#include <QLineEdit>

using namespace tp;

using bench::LoopWatch;
using bench::waitFor;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    test::initTestEnvironment();
    const int clients = argc > 1 ? std::atoi(argv[1]) : 10000;
    test::TempDir dir;
    LoopWatch watch;

    auto source = test::openDatabase(dir.path("source.db"));
    ui::MainWindow window(*source);
    window.resize(1024, 700);
    window.show();
    watch.start();
    QFuture<void> demo = window.loadDemoData(demo::DemoOptions{ clients, 1, 7 });
    QFutureWatcher<void> demoWatcher;
    demoWatcher.setFuture(demo);
    waitFor(&demoWatcher, &QFutureWatcherBase::finished);
    watch.report(qPrintable(QStringLiteral("demo data, %1 clients").arg(clients)));

    watch.start();
    ui::ExportWizard* exportWizard = window.openExportWizard(exchange::ExportScope::Full);
    if (!exportWizard->choicesLoaded()) // every client is read on a worker
        waitFor(exportWizard, &ui::ExportWizard::choicesReady);
    watch.report("opening the export wizard");
    for (int i = 0; i < 3; ++i)
        exportWizard->next();
    const QString exported = dir.path("practice.json");
    exportWizard->destinationField()->setText(exported);
    watch.start();
    exportWizard->next();
    waitFor(exportWizard, &ui::ExportWizard::exportFinished);
    watch.report("export (wizard, verified)");
    exportWizard->close();

    auto target = test::openDatabase(dir.path("target.db"));
    ui::MainWindow second(*target);
    second.resize(1024, 700);
    second.show();
    ui::ImportWizard* importWizard = second.openImportWizard({ exported });
    watch.start();
    importWizard->next();
    waitFor(importWizard, &ui::ImportWizard::checkFinished);
    while (importWizard->currentId() != int(ui::ImportWizard::OptionsPage))
        importWizard->next();
    importWizard->next();
    waitFor(importWizard, &ui::ImportWizard::previewFinished);
    importWizard->next();
    waitFor(importWizard, &ui::ImportWizard::importFinished);
    watch.report("import (wizard: check, preview, import)");
    std::printf("worst delay of the window's event loop: %.1f ms (target: under 100 ms)\n", watch.worst());
    importWizard->close();
    return watch.worst() < 100 ? 0 : 1;
}
