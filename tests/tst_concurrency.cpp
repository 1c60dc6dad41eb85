// Work that runs side by side on one practice: two exports at once, an
// export during a backup, an export while another connection writes, and
// an import by the command line while the app has the practice open. Each
// finishes whole and consistent; none waits forever or fails with "locked".
#include "backup/BackupEngine.h"
#include "CliSupport.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "main/ClientListModel.h"
#include "main/MainWindow.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <QFuture>
#include <QtConcurrent>
#include <QtTest>

using namespace tp;

namespace {

exchange::ExportResult exportTo(const QString& practice, const QString& file)
{
    db::OpenFailure failure;
    auto database = db::Database::openExisting(practice, &failure);
    if (!database) {
        exchange::ExportResult r;
        r.error = failure.message;
        return r;
    }
    exchange::ExportOptions o;
    o.outputPath = file;
    return exchange::Exporter::run(database->connection(), o);
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_practice;

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_practice = m_dir.path("practice.db");
        auto database = test::openDatabase(m_practice);
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 60, 1, 4 }).ok);
    }

    void twoExportsAtOnce()
    {
        QFuture<exchange::ExportResult> a = QtConcurrent::run(exportTo, m_practice, m_dir.path("a.json"));
        QFuture<exchange::ExportResult> b = QtConcurrent::run(exportTo, m_practice, m_dir.path("b.json"));
        const exchange::ExportResult ra = a.result(), rb = b.result();
        QVERIFY2(ra.ok && ra.verified, qPrintable(ra.error));
        QVERIFY2(rb.ok && rb.verified, qPrintable(rb.error));
        QCOMPARE(ra.counts, rb.counts);
        QCOMPARE(ra.counts.value("clients"), 60);
    }

    void anExportDuringABackup()
    {
        backup::BackupOptions o;
        o.databasePath = m_practice;
        o.folder = m_dir.path("backups");
        QFuture<backup::BackupResult> made
            = QtConcurrent::run([o] { return backup::BackupEngine::create(o); });
        QFuture<exchange::ExportResult> exported
            = QtConcurrent::run(exportTo, m_practice, m_dir.path("during-backup.json"));
        const backup::BackupResult rb = made.result();
        const exchange::ExportResult re = exported.result();
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QVERIFY2(re.ok && re.verified, qPrintable(re.error));
        QCOMPARE(rb.info.manifest.rowCounts().value("clients").toInteger(), re.counts.value("clients"));
    }

    // An export reads one moment of the practice, while another connection keeps adding clients.
    void anExportWhileAnotherConnectionWrites()
    {
        std::atomic<bool> done = false;
        QFuture<int> writer = QtConcurrent::run([this, &done] {
            db::OpenFailure failure;
            auto database = db::Database::openExisting(m_practice, &failure);
            model::PracticeStore store(database->connection());
            int added = 0;
            while ((!done || added == 0) && added < 400) {
                model::Row client{ { "first_name", "Writer" }, { "last_name", QString::number(added) } };
                if (store.save("clients", client).ok)
                    ++added;
            }
            return added;
        });
        QTest::qWait(20); // the writer is under way
        const exchange::ExportResult r = exportTo(m_practice, m_dir.path("while-writing.json"));
        done = true;
        const int added = writer.result();
        QVERIFY2(r.ok && r.verified, qPrintable(r.error));
        QVERIFY(added > 0);
        // Whole clients of one moment: at least the 60 from before, at most all that were added.
        QVERIFY(r.counts.value("clients") >= 60 && r.counts.value("clients") <= 60 + added);
        auto database = test::openDatabase(m_practice);
        QVERIFY(test::exec(database->connection(), "DELETE FROM clients WHERE first_name = 'Writer'"));
    }

    // The app has the practice open; theprogram-cli imports into it meanwhile. The window shows the
    // new clients when it reads again, and the app's own edits still work.
    void anImportWhileTheAppIsOpen()
    {
        const QString other = m_dir.path("other.db");
        {
            auto database = test::openDatabase(other);
            QVERIFY(demo::DemoGenerator::generate(database->connection(), { 7, 1, 99 }).ok);
            exchange::ExportOptions o;
            o.outputPath = m_dir.path("other.json");
            QVERIFY(exchange::Exporter::run(database->connection(), o).ok);
        }
        auto database = test::openDatabase(m_practice);
        ui::MainWindow window(*database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int before = window.clientModel()->rowCount();
        const test::CliRun r
            = test::runCli(THEPROGRAM_CLI, { "--db", m_practice, "import", m_dir.path("other.json") });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        window.reload();
        QCOMPARE(window.clientModel()->rowCount(), before + 7);
        model::PracticeStore store(database->connection());
        const model::SaveResult saved
            = store.save("clients", { { "first_name", "After" }, { "last_name", "Import" } });
        QVERIFY2(saved.ok, qPrintable(saved.summary()));
    }
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
