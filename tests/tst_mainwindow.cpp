#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "export/ExportWizard.h"
#include "GuiSupport.h"
#include "import/ImportWizard.h"
#include "main/ClientListModel.h"
#include "main/ClientPage.h"
#include "main/MainWindow.h"
#include "main/RecordDialog.h"
#include "main/StartupErrors.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>
#include <QUndoStack>

using namespace tp;

// The main window on the offscreen platform, driven as a practitioner would.
class TestMainWindow : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void listsSearchesAndShowsClients()
    {
        auto database = test::openDatabase(m_dir.path("list.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 150, 2, 7 }).ok);

        ui::MainWindow window(*database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.clientModel()->rowCount(), 150);
        QCOMPARE(window.filterModel()->rowCount(), 150);
        QVERIFY(window.statusCounts().startsWith("150 clients · 300 charts"));

        // Instant search by name, accent-insensitive, and by city.
        const model::ClientSummary first = window.clientModel()->clientAt(0);
        window.searchField()->setText(first.lastName);
        QVERIFY(window.filterModel()->rowCount() >= 1);
        QVERIFY(window.filterModel()->rowCount() < 150);
        for (int r = 0; r < window.filterModel()->rowCount(); ++r) {
            const QString id = window.filterModel()->index(r, 0).data(ui::ClientListModel::IdRole).toString();
            const auto& c = window.clientModel()->clientAt(window.clientModel()->rowOfClient(id));
            const QString hay = ui::ClientListModel::searchKey(c.firstName + ' ' + c.lastName + ' ' + c.email
                                                               + ' ' + c.city);
            QVERIFY(hay.contains(ui::ClientListModel::searchKey(first.lastName)));
        }
        window.searchField()->clear();
        QCOMPARE(window.filterModel()->rowCount(), 150);
        window.searchField()->setText("muller");
        for (int r = 0; r < window.filterModel()->rowCount(); ++r)
            QVERIFY(window.filterModel()->index(r, 0).data().toString().contains(QString::fromUtf8("Müller"))
                    || window.filterModel()->index(r, 3).data().toString().contains("muller"));
        window.searchField()->setText("zzzz-nobody");
        QCOMPARE(window.filterModel()->rowCount(), 0);
        window.searchField()->clear();

        // Sorting by birth date.
        window.clientView()->sortByColumn(ui::ClientListModel::BirthDateColumn, Qt::AscendingOrder);
        QVERIFY(window.filterModel()->index(0, 1).data().toString()
                <= window.filterModel()->index(1, 1).data().toString());

        // The client page shows birth data, charts with signs, and notes.
        window.selectClient(first.id);
        ui::ClientPage* page = window.clientPage();
        QCOMPARE(page->clientId(), first.id);
        QCOMPARE(page->birthDataTable()->rowCount(), 1);
        QCOMPARE(page->chartTable()->rowCount(), 2);
        QVERIFY(!page->chartTable()->item(0, 5)->text().isEmpty()); // Sun sign
        QVERIFY(!page->chartTable()->item(0, 7)->text().isEmpty()); // Ascendant sign

        QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(m_dir.path("mainwindow.png"));
    }

    void birthDataDialogRejectsBadLatitudeInline()
    {
        auto database = test::openDatabase(m_dir.path("dialog.db"));
        QVERIFY(database);
        model::PracticeStore store(database->connection());
        const QString client = store.save("clients", { { "first_name", "Zoë" } }).id;
        int saves = 0;
        std::unique_ptr<ui::RecordDialog> dialog(ui::RecordDialog::birthDataDialog(
            { { "client_id", client } }, {},
            [&](const model::Row& r) {
                ++saves;
                return store.save("birth_data", r);
            },
            nullptr));
        dialog->setFieldText("birth_date", "1990-04-01");
        dialog->setFieldText("birth_time", "06:15:00");
        dialog->setFieldText("latitude", "123");
        dialog->setFieldText("longitude", "2.35");
        dialog->setFieldText("timezone", "Europe/Paris");
        dialog->show();
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText("latitude").contains("between -90 and 90"),
                 qPrintable(dialog->problemText("latitude")));
        QVERIFY(dialog->problemText("longitude").isEmpty());
        QCOMPARE(saves, 0);
        QCOMPARE(database->rowCount("birth_data"), 0);

        // A missing time without "unknown" is refused too; then a valid form saves.
        dialog->setFieldText("latitude", "48,8566"); // a decimal comma is accepted
        dialog->setFieldText("birth_time", "");
        dialog->accept();
        QVERIFY(dialog->problemText("birth_time").contains("required unless"));
        dialog->setFieldText("time_unknown", "1");
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saves, 1);
        const auto saved = store.row("birth_data", dialog->savedId());
        QVERIFY(saved);
        QCOMPARE(saved->value("latitude").toDouble(), 48.8566);
        QCOMPARE(saved->value("time_unknown").toInt(), 1);
        QVERIFY(saved->value("birth_time").isNull());
        QCOMPARE(saved->value("utc_offset").toInt(), 120);
    }

    void clientDialogCreatesAndDeleteCanBeUndone()
    {
        auto database = test::openDatabase(m_dir.path("undo.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 5, 1, 3 }).ok);
        ui::MainWindow window(*database);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QByteArray before = test::dumpRows(database->connection());

        window.clientView()->setFocus();
        window.clientView()->selectRow(0);
        const QString id = window.clientPage()->clientId();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(window.clientView(), Qt::Key_Delete);
        QVERIFY(ui::MessageBox::lastText().contains("You can undo this"));
        QCOMPARE(window.clientModel()->rowCount(), 4);
        QCOMPARE(database->rowCount("charts"), 4);
        window.undoStack()->undo();
        QCOMPARE(window.clientModel()->rowCount(), 5);
        QCOMPARE(test::dumpRows(database->connection()), before);
        QCOMPARE(window.clientPage()->clientId(), id);

        // Saying "Cancel" deletes nothing.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(window.clientView(), Qt::Key_Delete);
        QCOMPARE(window.clientModel()->rowCount(), 5);

        // A client already gone (deleted elsewhere): the window says nothing was deleted,
        // not "Deleted", and leaves nothing on the undo stack.
        const int steps = window.undoStack()->index();
        window.clientView()->selectRow(0);
        const QString gone = window.clientPage()->clientId();
        QVERIFY(test::exec(database->connection(), "DELETE FROM clients WHERE id = '" + gone + "'"));
        window.statusBar()->clearMessage();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes); // the question; the warning after it is closed
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        closer.start(50);
        QTest::keyClick(window.clientView(), Qt::Key_Delete);
        closer.stop();
        QVERIFY2(ui::MessageBox::lastText().contains("Nothing was deleted"),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(!window.statusBar()->currentMessage().startsWith("Deleted"));
        QCOMPARE(window.undoStack()->index(), steps); // nothing new to undo
        window.reload();

        // A new client through the dialog.
        model::PracticeStore store(database->connection());
        std::unique_ptr<ui::RecordDialog> dialog(ui::RecordDialog::clientDialog(
            {}, [&](const model::Row& r) { return store.save("clients", r); }, nullptr));
        dialog->setFieldText("first_name", QString::fromUtf8("José"));
        dialog->setFieldText("last_name", QString::fromUtf8("Núñez"));
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        window.reload(dialog->savedId());
        QCOMPARE(window.clientModel()->rowCount(), 5);
        QCOMPARE(window.clientPage()->clientId(), dialog->savedId());
    }

    void offersDemoDataOnEmptyDatabase()
    {
        auto database = test::openDatabase(m_dir.path("empty.db"));
        QVERIFY(database);
        ui::MainWindow window(*database);
        window.show();
        QSignalSpy finished(&window, &ui::MainWindow::demoDataFinished);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerDemoDataIfEmpty();
        QVERIFY(ui::MessageBox::lastText().contains("empty"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(window.clientModel()->rowCount(), 200);

        // Not offered again once there are clients.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerDemoDataIfEmpty();
        QCOMPARE(finished.size(), 1);
        ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void demoDataCanBeCancelled()
    {
        auto database = test::openDatabase(m_dir.path("cancel.db"));
        QVERIFY(database);
        ui::MainWindow window(*database);
        QSignalSpy finished(&window, &ui::MainWindow::demoDataFinished);
        QFuture<void> future = window.loadDemoData({ 5000, 1, 1 });
        future.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(database->rowCount("clients"), 0);
    }

    // The first window fits the screen it opens on (offscreen: 800×600).
    void firstWindowFitsTheScreen()
    {
        QSettings().remove("mainWindow");
        auto database = test::openDatabase(m_dir.path("first-size.db"));
        QVERIFY(database);
        ui::MainWindow window(*database);
        QVERIFY(window.screen());
        const QSize screen = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                 qPrintable(QString("%1×%2 on %3×%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }

    void geometryIsRemembered()
    {
        auto database = test::openDatabase(m_dir.path("geometry.db"));
        QVERIFY(database);
        {
            ui::MainWindow window(*database);
            window.show();
            window.resize(1013, 677);
            window.close();
        }
        QVERIFY(QSettings().contains("mainWindow/geometry"));
        ui::MainWindow again(*database);
        QCOMPARE(again.size(), QSize(1013, 677));
    }

    // Inline problems stay readable on light and dark palettes. With
    // THEPROGRAM_SCREENSHOTS=DIR the window and dialog are saved there as PNGs.
    void problemsReadableInLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void problemsReadableInLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
            QApplication::setPalette(p);
        }
        auto database = test::openDatabase(m_dir.path(dark ? "dark.db" : "light.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 40, 2, 5 }).ok);
        ui::MainWindow window(*database);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        model::PracticeStore store(database->connection());
        std::unique_ptr<ui::RecordDialog> dialog(ui::RecordDialog::birthDataDialog(
            { { "client_id", window.clientPage()->clientId() } },
            store.allRows("location_cache", "city_name"),
            [&](const model::Row& r) { return store.save("birth_data", r); }, &window));
        dialog->setFieldText("birth_date", "1990-02-30");
        dialog->setFieldText("latitude", "123");
        dialog->setFieldText("timezone", "Europe/Atlantis");
        dialog->show();
        dialog->accept();
        QVERIFY(!dialog->problemText("birth_date").isEmpty());
        auto* label = dialog->findChild<QLabel*>("latitude_problem");
        QVERIFY(label && label->isVisible());
        const QColor background = dialog->palette().color(QPalette::Window);
        const QImage labelImage = label->grab().toImage();
        int darkest = 255, lightest = 0;
        for (int y = 0; y < labelImage.height(); ++y) {
            for (int x = 0; x < labelImage.width(); ++x) {
                const int l = QColor(labelImage.pixel(x, y)).lightness();
                darkest = std::min(darkest, l);
                lightest = std::max(lightest, l);
            }
        }
        // The text stands out from the background: far darker on light, far lighter on dark.
        if (dark)
            QVERIFY2(lightest - background.lightness() > 90, qPrintable(QString::number(lightest)));
        else
            QVERIFY2(background.lightness() - darkest > 90, qPrintable(QString::number(darkest)));

        const QString dir = qEnvironmentVariable("THEPROGRAM_SCREENSHOTS");
        if (!dir.isEmpty()) {
            const QString suffix = dark ? "-dark.png" : "-light.png";
            window.grab().save(dir + "/mainwindow" + suffix);
            dialog->grab().save(dir + "/birthdata-dialog" + suffix);
        }
        QApplication::setPalette(original);
    }

    // Alt+letter reaches exactly one thing in every window: the menus, the
    // main window, each page of both wizards (with the wizard's buttons)
    // and the record dialogs — in English and in German.
    void acceleratorsAreUniquePerWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString("en");
        QTest::newRow("German") << QString("de");
    }

    void acceleratorsAreUniquePerWindow()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        const auto english = qScopeGuard([] {
            for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QLocale::setDefault(QLocale::c());
        });
        auto database = test::openDatabase(m_dir.path("accelerators-" + language + ".db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 3, 1, 5 }).ok);
        ui::MainWindow window(*database);
        window.show();
        QStringList clashes = test::duplicateMenuAccelerators(window.menuBar());
        QStringList menuTitles;
        for (const QAction* menu : window.menuBar()->actions())
            menuTitles << menu->text();
        clashes += test::duplicateAccelerators(&window, menuTitles);
        ui::ExportWizard exportWizard(database->path(), exchange::ExportScope::Full, {});
        ui::ImportWizard importWizard(database->path(), {});
        for (QWizard* wizard : std::initializer_list<QWizard*>{ &exportWizard, &importWizard }) {
            wizard->show();
            for (int id : wizard->pageIds()) {
                for (const QString& c :
                     test::duplicateAccelerators(wizard->page(id), test::wizardButtonTexts(wizard)))
                    clashes << QStringLiteral("%1, page %2: %3")
                                   .arg(wizard->metaObject()->className())
                                   .arg(id)
                                   .arg(c);
            }
        }
        const auto save = [](const model::Row&) { return model::SaveResult{}; };
        for (ui::RecordDialog* dialog : { ui::RecordDialog::clientDialog({}, save, nullptr),
                                          ui::RecordDialog::birthDataDialog({}, {}, save, nullptr),
                                          ui::RecordDialog::sessionNoteDialog({}, save, nullptr) }) {
            std::unique_ptr<ui::RecordDialog> owned(dialog);
            dialog->show();
            for (const QString& c : test::duplicateAccelerators(dialog))
                clashes << dialog->windowTitle() + QStringLiteral(": ") + c;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Every window fits a 1024×700 screen (title bar and panel aside):
    // what its layout needs at least is no more than that.
    void everyWindowFitsASmallScreen()
    {
        auto database = test::openDatabase(m_dir.path("small.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 3, 2, 5 }).ok);
        const QSize screen(1024, 700 - 60);
        QStringList tooLarge;
        const auto check = [&](QWidget* w, const QString& name) {
            w->show();
            const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
            if (need.width() > screen.width() || need.height() > screen.height())
                tooLarge << QStringLiteral("%1 needs %2×%3").arg(name).arg(need.width()).arg(need.height());
        };
        ui::MainWindow window(*database);
        window.selectClient(
            window.clientModel()->data(window.clientModel()->index(0, 0), Qt::UserRole).toString());
        check(&window, "main window");
        ui::ExportWizard exportWizard(database->path(), exchange::ExportScope::Full, {});
        ui::ImportWizard importWizard(database->path(), {});
        for (QWizard* wizard : std::initializer_list<QWizard*>{ &exportWizard, &importWizard }) {
            for (int id : wizard->pageIds()) {
                const QSize need = wizard->page(id)->minimumSizeHint();
                if (need.width() > screen.width() - 40 || need.height() > screen.height() - 150)
                    tooLarge << QStringLiteral("%1 page %2 needs %3×%4")
                                    .arg(wizard->metaObject()->className())
                                    .arg(id)
                                    .arg(need.width())
                                    .arg(need.height());
            }
            check(wizard, wizard->metaObject()->className());
        }
        const auto save = [](const model::Row&) { return model::SaveResult{}; };
        for (ui::RecordDialog* dialog : { ui::RecordDialog::clientDialog({}, save, nullptr),
                                          ui::RecordDialog::birthDataDialog({}, {}, save, nullptr),
                                          ui::RecordDialog::sessionNoteDialog({}, save, nullptr) }) {
            std::unique_ptr<ui::RecordDialog> owned(dialog);
            check(dialog, dialog->windowTitle());
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QLatin1Char('\n'))));
        // At 1024×700 the client page keeps room for every section.
        window.resize(1024, 640);
        QTest::qWait(10);
        int tables = 0;
        for (const QWidget* table : window.clientPage()->findChildren<QTableView*>()) {
            if (!table->isVisible())
                continue;
            ++tables;
            QVERIFY2(table->height() >= 3 * table->fontMetrics().height(),
                     qPrintable(table->objectName() + QString(" is %1 px high").arg(table->height())));
        }
        QVERIFY(tables >= 3); // birth data, charts, session notes
    }

    // Tab leaves the client list for the client page instead of walking its
    // cells (which changed the selected client).
    void tabLeavesTheClientList()
    {
        auto database = test::openDatabase(m_dir.path("tab.db"));
        QVERIFY(database);
        QVERIFY(demo::DemoGenerator::generate(database->connection(), { 5, 1, 5 }).ok);
        ui::MainWindow window(*database);
        window.show();
        window.clientView()->setFocus();
        window.clientView()->selectRow(0);
        const QModelIndex before = window.clientView()->currentIndex();
        QTest::keyClick(window.clientView(), Qt::Key_Tab);
        QCOMPARE(window.clientView()->currentIndex().row(), before.row());
        QVERIFY(!window.clientView()->hasFocus());
    }

    void openFailureIsShownInPlainWords()
    {
        db::OpenFailure failure{ db::OpenError::NewerSchema,
                                 "x.db was written by a newer version of The Program." };
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        ui::showOpenFailure(nullptr, failure);
        QVERIFY(ui::MessageBox::lastText().contains("newer version"));
        QVERIFY(ui::MessageBox::lastText().contains("Install the newest version"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
