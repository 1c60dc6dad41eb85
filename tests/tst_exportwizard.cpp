#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "export/ExportWizard.h"
#include "main/ClientPage.h"
#include "main/MainWindow.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace tp;

// The export wizard driven page by page on the offscreen platform.
class TestExportWizard : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 80, 2, 4 }).ok);
    }

    void cleanupTestCase() { m_db.reset(); }

    void menusOpenThePresetWizard()
    {
        ui::MainWindow window(*m_db);
        QAction* exportAll = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))
                exportAll = a;
        }
        QVERIFY(exportAll);
        QCOMPARE(exportAll->text(), QStringLiteral("&Export All Data…"));
        exportAll->trigger();
        auto* wizard = window.findChild<ui::ExportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->choicesLoaded());
        QCOMPARE(wizard->options().scope, exchange::ExportScope::Full);
        wizard->close();
        delete wizard;

        // Right-click a chart → Export Chart…
        const QString chartId = window.clientPage()->chartTable()->item(0, 0)->data(Qt::UserRole).toString();
        emit window.clientPage()->exportChartRequested(chartId);
        wizard = window.findChild<ui::ExportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->choicesLoaded());
        QCOMPARE(wizard->options().scope, exchange::ExportScope::Chart);
        QCOMPARE(wizard->options().ids, QStringList{ chartId });
        delete wizard;

        // Client list context menu → Export Client Data…
        bool found = false;
        for (QAction* a : window.clientView()->actions()) {
            if (a->text() == QStringLiteral("E&xport Client Data…")) {
                found = true;
                a->trigger();
            }
        }
        QVERIFY(found);
        wizard = window.findChild<ui::ExportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->choicesLoaded());
        QCOMPARE(wizard->options().scope, exchange::ExportScope::Client);
        QCOMPARE(wizard->options().ids, QStringList{ window.clientPage()->clientId() });
        delete wizard;
    }

    void clientToCsvBundleThroughEveryPage()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("SELECT id FROM clients LIMIT 1") && q.next());
        const QString client = q.value(0).toString();
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Client, client);
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::ScopePage));
        if (!qEnvironmentVariable("THEPROGRAM_SCREENSHOTS").isEmpty())
            wizard.grab().save(qEnvironmentVariable("THEPROGRAM_SCREENSHOTS") + "/export-scope.png");
        wizard.next();
        wizard.setFormat(exchange::ExportFormat::CsvBundle);
        QSignalSpy preview(&wizard, &ui::ExportWizard::previewReady);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::PreviewPage));
        QVERIFY(preview.wait(20000));
        QVERIFY(wizard.previewText()->toPlainText().contains("clients.csv"));
        const QString shots = qEnvironmentVariable("THEPROGRAM_SCREENSHOTS");
        if (!shots.isEmpty())
            wizard.grab().save(shots + "/export-preview.png");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::DestinationPage));
        QVERIFY(wizard.destinationField()->text().endsWith(".zip"));
        QVERIFY(wizard.destinationField()->text().contains("TheProgram_Client_"));
        const QString target = m_dir.path("wizard.zip");
        wizard.destinationField()->setText(target);
        QSignalSpy finished(&wizard, &ui::ExportWizard::exportFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE(wizard.currentId(), int(ui::ExportWizard::ResultPage));
        QVERIFY(wizard.resultLabel()->text().contains("checked"));
        if (!shots.isEmpty())
            wizard.grab().save(shots + "/export-result.png");
        QVERIFY(QFile::exists(target));
        QCOMPARE(exchange::Exporter::verify(target), QString());
        QCOMPARE(wizard.result().counts.value("clients"), 1);
    }

    void selectionOfTickedClients()
    {
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Selective, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        auto* list = wizard.findChild<QListView*>("exportSelectedClients");
        QVERIFY(list);
        QAbstractItemModel* clients = list->model();
        QCOMPARE(clients->rowCount(), 80);
        QVERIFY(clients->flags(clients->index(3, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(clients->setData(clients->index(3, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(clients->setData(clients->index(7, 0), Qt::Checked, Qt::CheckStateRole));
        const exchange::ExportOptions o = wizard.options();
        QCOMPARE(o.scope, exchange::ExportScope::Selective);
        QCOMPARE(o.ids.size(), 2);
        exchange::ExportOptions run = o;
        run.outputPath = m_dir.path("ticked.json");
        const auto r = exchange::Exporter::run(m_db->connection(), run);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.value("clients"), 2);
    }

    // The "Only these clients" picker: sorted by the language's rules, each
    // name with its birth date, searchable without accents; chart types and
    // systems in words.
    void clientPickerSearchesAndSortsByLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // Å sorts with A
        auto database = test::openDatabase(m_dir.path("picker.db"));
        QVERIFY(database);
        model::PracticeStore store(database->connection());
        const auto client = [&](const char* first, const char* last, const char* born) {
            const QString id = store
                                   .save("clients",
                                         { { "first_name", QString::fromUtf8(first) },
                                           { "last_name", QString::fromUtf8(last) } })
                                   .id;
            QVERIFY(store
                        .save("birth_data",
                              { { "client_id", id },
                                { "birth_date", born },
                                { "birth_time", "10:00:00" },
                                { "time_unknown", 0 },
                                { "latitude", 1 },
                                { "longitude", 2 },
                                { "timezone", "UTC" } })
                        .ok);
        };
        client("Zoë", "Zetterberg", "1970-01-01");
        client("Åke", "Åberg", "1971-01-01"); // with A, not after Z (byte order)
        client("Anna", "Berg", "1980-02-02");
        client("Anna", "Berg", "1992-03-03"); // the same name: told apart by the birth date
        ui::ExportWizard wizard(database->path(), exchange::ExportScope::Selective, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        QLocale::setDefault(QLocale::c());
        QAbstractItemModel* list = wizard.clientPicker()->model();
        const auto shownNames = [list] {
            QStringList names;
            for (int i = 0; i < list->rowCount(); ++i)
                names << list->index(i, 0).data().toString();
            return names;
        };
        const QStringList names = shownNames();
        QCOMPARE(names.size(), 4);
        QVERIFY2(names.at(0).startsWith(QString::fromUtf8("Åberg")), qPrintable(names.join(" | ")));
        QVERIFY2(names.at(1).startsWith("Berg, Anna (") && names.at(2).startsWith("Berg, Anna (")
                     && names.at(1) != names.at(2),
                 qPrintable(names.join(" | ")));
        QVERIFY2(names.at(3).startsWith(QString::fromUtf8("Zetterberg")), qPrintable(names.join(" | ")));
        // A client ticked stays ticked while the search hides it.
        QVERIFY(list->setData(list->index(3, 0), Qt::Checked, Qt::CheckStateRole));
        wizard.clientSearchField()->setText("aberg");
        QStringList shown = shownNames();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().startsWith(QString::fromUtf8("Åberg")));
        QCOMPARE(wizard.options().ids.size(), 1);
        wizard.clientSearchField()->setText("berg 1992");
        shown = shownNames();
        QCOMPARE(shown.size(), 1);
        wizard.clientSearchField()->clear();
        QCOMPARE(shownNames().size(), 4);
        bool words = false;
        for (QComboBox* box : wizard.findChildren<QComboBox*>())
            words = words || box->findText("Human Design") >= 0;
        QVERIFY(words);
    }

    void destinationMustBeInAnExistingFolder()
    {
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Full, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::DestinationPage));
        wizard.destinationField()->setText(m_dir.path("no/such/folder/x.json"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::DestinationPage));
    }

    // Exporting to a file that is there already asks: Replace, Keep Both
    // (under a free name) or Cancel — never a silent overwrite.
    void existingFileIsNeverSilentlyReplaced()
    {
        const QString target = m_dir.path("again.json");
        QFile earlier(target);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier export");
        earlier.close();
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Full, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        wizard.destinationField()->setText(target);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::DestinationPage));
        QVERIFY(ui::MessageBox::lastText().contains("exists already"));
        QVERIFY(ui::MessageBox::lastText().contains("again (2).json"));
        QSignalSpy finished(&wizard, &ui::ExportWizard::exportFinished);
        ui::MessageBox::setNextAnswer(QMessageBox::Save); // Keep Both
        wizard.next();
        QVERIFY(finished.wait(60000));
        QVERIFY(wizard.exportSucceeded());
        QCOMPARE(wizard.result().outputPath, m_dir.path("again (2).json"));
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier export"));
        QCOMPARE(ui::ExportWizard::freeFileName(m_dir.path("a.json.gz")), m_dir.path("a.json.gz"));
        QCOMPARE(QFileInfo(ui::ExportWizard::freeFileName(target)).fileName(), QString("again (3).json"));
    }

    // A failed export ends on a page that says why and offers Try Again,
    // which goes back to where the file is chosen.
    void failedExportOffersTryAgain()
    {
        // A folder nobody can write a file into, not even root.
        const QString readOnly = QStringLiteral("/proc");
        if (!QFileInfo(readOnly).isDir())
            QSKIP("needs /proc (Linux)");
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Full, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        wizard.destinationField()->setText(readOnly + "/x.json");
        QSignalSpy finished(&wizard, &ui::ExportWizard::exportFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(wizard.currentId(), int(ui::ExportWizard::ResultPage));
        QVERIFY(wizard.tryAgainButton()->isVisible());
        wizard.tryAgainButton()->click();
        QCOMPARE(wizard.currentId(), int(ui::ExportWizard::DestinationPage));
    }

    void cancellingLeavesNoFile()
    {
        ui::ExportWizard wizard(m_db->path(), exchange::ExportScope::Full, {});
        QTRY_VERIFY(wizard.choicesLoaded()); // read on a worker
        wizard.show();
        wizard.next();
        wizard.setAnonymize(true);
        wizard.next();
        wizard.next();
        const QString target = m_dir.path("cancelled.json");
        wizard.destinationField()->setText(target);
        QSignalSpy finished(&wizard, &ui::ExportWizard::exportFinished);
        QSignalSpy rejected(&wizard, &QDialog::rejected);
        wizard.next();
        wizard.reject(); // Cancel while the worker runs
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(wizard.result().canceled);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"
