// View → Statistics: the page opens from the menu's shortcut, shows the
// practice's numbers read on a worker, and each quality number leads to the
// clients behind it in the client list (and back to all of them).
#include "demo/DemoGenerator.h"
#include "main/ClientListModel.h"
#include "main/MainWindow.h"
#include "stats/ChartExport.h"
#include "stats/StatsPage.h"
#include "TestSupport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

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
        // The latest change (Ada, added last) opens her in the client list.
        window.showStatsPage();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->current().recent.first().clientId, lone);
        QPushButton* latest = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text().startsWith("Client — Ada Lovelace"))
                latest = b;
        QVERIFY(latest);
        latest->click();
        QCOMPARE(window.currentClientId(), lone);

        // Per week and per year draw the same days again; each chart saves as PNG and SVG.
        window.showStatsPage();
        QVERIFY(refreshed.wait(20000));
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
};

QTEST_MAIN(TestStatsPage)
#include "tst_statspage.moc"
