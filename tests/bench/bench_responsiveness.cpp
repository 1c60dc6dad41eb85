// The window never freezes: while 10,000 clients of demo data are written,
// exported and imported in the background (through the app's own wizards
// and worker threads), a 5 ms timer on the window's event loop notes how
// late it fires. Prints the worst and the 99th-percentile delay per phase.
//
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench_responsiveness [clients]

#include "export/ExportWizard.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QTimer>

using namespace tp;

namespace {

// Delays of the event loop while `run` is busy: every 5 ms tick notes how
// much later than due it came.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps.push_back((now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void report(const char* phase)
    {
        m_timer.stop();
        std::sort(m_gaps.begin(), m_gaps.end());
        const double worst = m_gaps.empty() ? 0 : m_gaps.back();
        const double p99 = m_gaps.empty() ? 0 : m_gaps.at(size_t(double(m_gaps.size() - 1) * 0.99));
        std::printf("%-34s %6.1f s  ticks %6zu  worst delay %6.1f ms  99th percentile %5.1f ms\n", phase,
                    m_clock.elapsed() / 1000.0, m_gaps.size(), worst, p99);
        std::fflush(stdout);
        m_worst = std::max(m_worst, worst);
    }
    double worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_gaps;
    double m_worst = 0;
};

template <typename Signal, typename Sender> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

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
