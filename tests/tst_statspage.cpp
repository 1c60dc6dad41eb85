// View → Statistics: the page opens from the menu's shortcut, shows the
// practice's numbers read on a worker, and each quality number leads to the
// clients behind it in the client list (and back to all of them).
#include "common/MessageBox.h"
#include "db/Snapshot.h"
#include "demo/DemoGenerator.h"
#include "exchange/Importer.h"
#include "main/ClientListModel.h"
#include "main/MainWindow.h"
#include "stats/ChartExport.h"
#include "stats/RecordCheckBox.h"
#include "stats/StatsPage.h"
#include "stats/TidyUpBox.h"
#include "TestSupport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QtTest>
#include <QUndoStack>

using namespace tp;

class TestStatsPage : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void qualityNumbersLeadToTheirClients()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 12, 1, 5 }).ok);
        // One client without birth data, and two that are likely the same person.
        const QString lone = "aaaaaaaa-0000-4000-8000-000000000001";
        QVERIFY(test::exec(
            database->connection(),
            "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('" + lone
                + "', 'Ada', 'Lovelace', '2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z')"));
        ui::MainWindow window(*database);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto* page = window.findChild<ui::StatsPage*>();
        QVERIFY(page);
        QSignalSpy refreshed(page, &ui::StatsPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->current().clients.total, 13);
        QVERIFY(page->current().clients.thisMonth >= 0);

        QPushButton* link = page->qualityLink("clients-without-birth-data");
        QVERIFY(link);
        QVERIFY2(link->text().startsWith("1 of 13 clients"), qPrintable(link->text()));
        link->click();
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, 0).data(ui::ClientListModel::IdRole).toString(), lone);
        QVERIFY(window.searchField()->placeholderText().contains("clients without birth data"));
        // Typing a search shows every client again.
        QTest::keyClicks(window.searchField(), "a");
        QVERIFY(window.filterModel()->rowCount() > 1);
        window.searchField()->clear();
        QCOMPARE(window.filterModel()->rowCount(), 13);
        QVERIFY(page->qualityLink("birth-data-without-time"));
        // The latest change (Ada, added last) opens her in the client list. Nothing changed
        // since the page was read: it shows what it read, without reading again.
        window.showStatsPage();
        QVERIFY(!page->isReading());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(page->current().recent.first().clientId, lone);
        QPushButton* latest = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text().startsWith("Client — Ada Lovelace"))
                latest = b;
        QVERIFY(latest);
        latest->click();
        QCOMPARE(window.currentClientId(), lone);

        // A change (the list is shown again after every one) is read again when the page shows.
        window.reload();
        QVERIFY(page->isStale());
        window.showStatsPage();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.size(), 2);

        // Per week and per year draw the same days again; each chart saves as PNG and SVG.
        page->periodBox()->setCurrentIndex(2);
        const QList<QChartView*> views = page->findChildren<QChartView*>();
        QCOMPARE(views.size(), 2);
        bool yearly = false;
        for (QChartView* v : views)
            yearly = yearly || v->chart()->title().contains("per year");
        QVERIFY(yearly);
        QString error;
        const QString png = m_dir.path("chart.png"), svg = m_dir.path("chart.svg");
        QVERIFY2(ui::ChartExport::save(views.first(), png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
        QVERIFY2(ui::ChartExport::save(views.first(), svg, &error), qPrintable(error));
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        QVERIFY(drawing.readAll().contains("<svg"));
        QVERIFY(!ui::ChartExport::save(views.first(), m_dir.path("no/such/folder/chart.png"), &error));
        QVERIFY2(error.contains("cannot be written"), qPrintable(error));
    }

    // Numbers follow the practitioner's locale: German groups thousands with a dot.
    void numbersInTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto database = test::openDatabase(m_dir.path("german.db"));
        QVERIFY(database);
        QVERIFY(test::exec(database->connection(),
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
                           "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) "
                           "SELECT printf('aaaaaaaa-0000-4000-8000-%012d', i), 'Anna', 'Muster' || i, "
                           "'2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z' FROM n"));
        ui::MainWindow window(*database);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StatsPage* page = window.showStatsPage();
        QSignalSpy refreshed(page, &ui::StatsPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        QLocale::setDefault(before);
        const QString link = page->qualityLink("clients-without-birth-data")->text();
        QVERIFY2(link.startsWith("1.234 of 1.234"), qPrintable(link));
        bool card = false;
        for (QLabel* label : page->findChildren<QLabel*>())
            card = card || label->text().contains("<b>1.234</b>");
        QVERIFY(card);
    }

    // A record that would not pass an import leads to its client; an old import snapshot
    // and a saved place no birth data uses are removed after asking (the place undoably).
    void recordsNeedingCareAndSpaceToFree()
    {
        const QString path = m_dir.path("tidy.db");
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 6, 1, 9 }).ok);
        const QString place = "22222222-0000-4000-8000-0000000000aa";
        QVERIFY(
            test::exec(database->connection(),
                       "INSERT INTO location_cache (id, city_name, country, latitude, longitude, timezone, "
                       "created_at, updated_at) VALUES ('"
                           + place
                           + "', 'Nowhere', 'Atlantis', 1, 1, 'UTC', '2026-11-01T10:00:00.000Z', "
                             "'2026-11-01T10:00:00.000Z')"));
        QSqlQuery q(database->connection());
        QVERIFY(q.exec("SELECT client_id FROM birth_data ORDER BY id LIMIT 1") && q.next());
        const QString broken = q.value(0).toString();
        QVERIFY(
            test::exec(database->connection(),
                       "UPDATE birth_data SET timezone = 'Nowhere/Land' WHERE client_id = '" + broken + "'"));
        const QString folder = exchange::Importer::snapshotFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString old = folder + "/20200101T100000.000Z.db";
        QString error;
        QVERIFY2(db::Snapshot::take(path, old, &error), qPrintable(error));
        QFile record(db::Snapshot::recordPath(old));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
        record.close();
        json.insert("taken_at", "2020-01-01T10:00:00.000Z");
        QVERIFY(record.open(QIODevice::WriteOnly | QIODevice::Truncate));
        record.write(QJsonDocument(json).toJson());
        record.close();

        ui::MainWindow window(*database);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StatsPage* page = window.showStatsPage();
        QSignalSpy checked(page->recordCheck(), &ui::RecordCheckBox::finished);
        QVERIFY(checked.wait(20000));
        QCOMPARE(page->recordCheck()->result().clientIds, QStringList{ broken });
        QPushButton* records = page->recordCheck()->link();
        QVERIFY(records->isVisible());
        QVERIFY2(records->text().startsWith("1 client"), qPrintable(records->text()));
        records->click();
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, 0).data(ui::ClientListModel::IdRole).toString(), broken);

        page = window.showStatsPage();
        QPushButton* snapshots
            = page->tidyUp()->removeButton(stats::CleanupSuggestion::Kind::OldImportSnapshots);
        QPushButton* places = page->tidyUp()->removeButton(stats::CleanupSuggestion::Kind::UnusedPlaces);
        QVERIFY(snapshots && places);
        // Asked first: "Keep Them" keeps them.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        snapshots->click();
        QVERIFY(QFile::exists(old));
        QSignalSpy refreshed(page, &ui::StatsPage::refreshed);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        snapshots->click();
        QVERIFY(ui::MessageBox::lastText().contains("can then no longer be undone"));
        QVERIFY(!QFile::exists(old));
        QVERIFY(refreshed.wait(20000)); // read again: the suggestion is gone
        QVERIFY(!page->tidyUp()->removeButton(stats::CleanupSuggestion::Kind::OldImportSnapshots));

        auto placeKept = [&] {
            QSqlQuery p(database->connection());
            return p.exec("SELECT COUNT(*) FROM location_cache WHERE id = '" + place + "'") && p.next()
                && p.value(0).toInt() == 1;
        };
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->tidyUp()->removeButton(stats::CleanupSuggestion::Kind::UnusedPlaces)->click();
        QVERIFY(!placeKept());
        QVERIFY(window.statusBar()->currentMessage().contains("Ctrl+Z"));
        window.undoStack()->undo();
        QVERIFY(placeKept());
    }
};

QTEST_MAIN(TestStatsPage)
#include "tst_statspage.moc"
