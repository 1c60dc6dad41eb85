#include "backup/BackupEngine.h"
#include "backup/BackupHistoryModel.h"
#include "backup/BackupPage.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/RestoreDialog.h"
#include "backup/RestoreSourcePage.h"
#include "cloud/CloudCopies.h"
#include "cloud/CloudSourceBox.h"
#include "cloud/ConnectDialog.h"
#include "cloud/DestinationDialog.h"
#include "cloud/LocalRepository.h"
#include "cloud/ProviderApps.h"
#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "export/ExportWizard.h"
#include "FakeBrowser.h"
#include "GuiSupport.h"
#include "import/ConflictModel.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "stats/RecordCheckBox.h"
#include "stats/StatsPage.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableView>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using namespace tp;

// The main window, both wizards and the backup pages at 1024×700 in a light and a dark
// palette: each page is drawn, is the size asked for and shows more than one
// colour. With THEPROGRAM_SCREENSHOTS set (scripts/screenshots.sh) the
// pictures are saved there — the user guide's docs/images/.
class TestScreenshots : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_export;
    QString m_theme;
    QStringList m_saved;

    static QPalette darkPalette()
    {
        QPalette p;
        const QColor text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        return p;
    }

    // Draws `widget` and checks the picture — and that no text is cut off, in
    // German as in English; saves it when asked to.
    void shoot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QStringList clipped = test::clippedTexts(widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(name + "-" + m_theme + ": " + clipped.join("; ")));
        // Alt+letter reaches one thing, in German as in English.
        QStringList clashes = test::duplicateAccelerators(widget);
        if (const auto* main = qobject_cast<const QMainWindow*>(widget))
            clashes += test::duplicateMenuAccelerators(main->menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(name + "-" + m_theme + ": " + clashes.join("; ")));
        const QImage image = widget->grab().toImage();
        QCOMPARE(image.size(), widget->size());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height() && colours.size() < 3; y += 7)
            for (int x = 0; x < image.width() && colours.size() < 3; x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() >= 3, qPrintable(name + " looks blank"));
        const QString folder = qEnvironmentVariable(
            m_theme == QLatin1String("de") ? "THEPROGRAM_SCREENSHOTS_DE" : "THEPROGRAM_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, m_theme));
        QVERIFY(image.save(path));
        m_saved << path;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        auto source = test::openDatabase(m_dir.path("source.db"));
        QVERIFY(source);
        QVERIFY(demo::DemoGenerator::generate(source->connection(), { 40, 1, 11 }).ok);
        exchange::ExportOptions o;
        o.outputPath = m_dir.path("practice.json");
        QVERIFY(exchange::Exporter::run(source->connection(), o).ok);
        m_export = o.outputPath;
    }

    void cleanupTestCase()
    {
        for (const QString& p : std::as_const(m_saved))
            qInfo("saved %s", qPrintable(p));
    }

    // The check every picture passes can fail: a button too narrow for its text is seen.
    void clippedTextIsSeen()
    {
        QWidget box;
        auto* layout = new QHBoxLayout(&box);
        auto* button = new QPushButton("Eine recht lange Beschriftung", &box);
        layout->addWidget(button);
        box.show();
        button->setFixedWidth(60);
        QCoreApplication::processEvents();
        QCOMPARE(test::clippedTexts(&box).size(), 1);
        button->setFixedWidth(button->sizeHint().width());
        QCoreApplication::processEvents();
        QVERIFY(test::clippedTexts(&box).isEmpty());
    }

    void windowsInBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("german");
        QTest::newRow("light") << false << false;
        QTest::newRow("dark") << true << false;
        QTest::newRow("german") << false << true;
    }

    // The German of View → Language (and Qt's own), or English again.
    static void speak(bool german)
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (german)
            QCOMPARE(Translations::install("de"), QString("de"));
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c());
    }

    void windowsInBothPalettes()
    {
        QFETCH(bool, dark);
        QFETCH(bool, german);
        m_theme = german ? "de" : dark ? "dark" : "light";
        speak(german);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const QSize size(1024, 700);

        auto practice = test::openDatabase(m_dir.path(m_theme + ".db"));
        QVERIFY(practice);
        {
            // A practice that has most of the file's clients, three of them changed: conflicts.
            exchange::ImportOptions first;
            first.inputs = { m_export };
            QVERIFY(exchange::Importer::run(*practice, first).ok);
            QSqlQuery q(practice->connection());
            QVERIFY(q.exec("UPDATE clients SET email = 'new@example.org' WHERE rowid <= 3"));
            QVERIFY(q.exec("DELETE FROM clients WHERE rowid > 35"));
        }
        ui::MainWindow window(*practice);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.clientView()->selectRow(2);
        shoot(&window, "main-window");

        ui::ExportWizard* exportWizard = window.openExportWizard(exchange::ExportScope::Selective);
        exportWizard->resize(size);
        QTRY_VERIFY(exportWizard->choicesLoaded());
        QAbstractItemModel* picker = exportWizard->clientPicker()->model();
        picker->setData(picker->index(1, 0), Qt::Checked, Qt::CheckStateRole);
        shoot(exportWizard, "export-scope");
        exportWizard->next();
        shoot(exportWizard, "export-format");
        QSignalSpy preview(exportWizard, &ui::ExportWizard::previewReady);
        exportWizard->next();
        QVERIFY(preview.wait(20000));
        shoot(exportWizard, "export-preview");
        exportWizard->next();
        exportWizard->destinationField()->setText(m_dir.path(m_theme + "-selection.json"));
        QSignalSpy exported(exportWizard, &ui::ExportWizard::exportFinished);
        exportWizard->next();
        QVERIFY(exported.wait(60000));
        QTRY_COMPARE(exportWizard->currentId(), int(ui::ExportWizard::ResultPage));
        shoot(exportWizard, "export-result");
        exportWizard->close();

        ui::ImportWizard* importWizard = window.openImportWizard({ m_export });
        importWizard->resize(size);
        shoot(importWizard, "import-files");
        QSignalSpy checked(importWizard, &ui::ImportWizard::checkFinished);
        importWizard->next();
        QVERIFY(checked.wait(60000));
        shoot(importWizard, "import-check");
        importWizard->next();
        QCOMPARE(importWizard->currentId(), int(ui::ImportWizard::ConflictsPage));
        QCOMPARE(importWizard->conflictModel()->conflictCount(), 3);
        importWizard->conflictModel()->setData(
            importWizard->conflictModel()->conflictIndex(1, ui::ConflictModel::ActionColumn),
            int(exchange::ConflictStrategy::Replace));
        shoot(importWizard, "import-conflicts");
        importWizard->next();
        shoot(importWizard, "import-options");
        QSignalSpy previewed(importWizard, &ui::ImportWizard::previewFinished);
        importWizard->next();
        QVERIFY(previewed.wait(60000));
        shoot(importWizard, "import-preview");
        QSignalSpy imported(importWizard, &ui::ImportWizard::importFinished);
        importWizard->next();
        QVERIFY(imported.wait(60000));
        QTRY_COMPARE(importWizard->currentId(), int(ui::ImportWizard::ResultPage));
        shoot(importWizard, "import-result");
        importWizard->close();
        QApplication::setPalette(original);
        speak(false);
    }

    // The backup dashboard, its settings and the restore dialog.
    void backupsInBothPalettes_data() { windowsInBothPalettes_data(); }
    void backupsInBothPalettes()
    {
        QFETCH(bool, dark);
        QFETCH(bool, german);
        m_theme = german ? "de" : dark ? "dark" : "light";
        speak(german);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        if (!german)
            QLocale::setDefault(
                QLocale(QLocale::English, QLocale::UnitedKingdom)); // dates and times as a reader's
        const QSize size(1024, 700);
        auto practice = test::openDatabase(m_dir.path(m_theme + "-backups.db"));
        QVERIFY(practice);
        QVERIFY(demo::DemoGenerator::generate(practice->connection(), { 60, 1, 5 }).ok);

        // Ten days of backups: scheduled each night, one by hand with a label, one pinned.
        backup::BackupSettings settings;
        settings.folder = m_dir.path(m_theme + "-backups");
        settings.schedule = "daily 02:00";
        settings.retention.keepDaily = 14;
        settings.retention.keepMonthly = 12;
        const QDateTime today(QDate::currentDate(), QTime(2, 0));
        for (int day = 9; day >= 0; --day) {
            backup::BackupOptions o;
            o.databasePath = practice->path();
            o.folder = settings.folder;
            o.kind = "scheduled";
            o.pinned = day == 7;
            if (day == 4) {
                o.kind = "manual";
                o.label = "before the move to the new office";
            }
            Clock::setFixed(today.addDays(-day).toUTC().addSecs(day * 97));
            QVERIFY(backup::BackupEngine::create(o).ok);
            QVERIFY(demo::DemoGenerator::generate(practice->connection(), { 4, 1, quint64(day) }).ok);
        }
        Clock::setFixed({});
        settings.lastRun = today.toUTC();
        QSettings().clear();
        settings.save();

        // Copies on a second disk, and an S3 bucket that could not be reached last time.
        cloud::Destination nas;
        nas.name = "Office NAS";
        nas.folder = m_dir.path(m_theme + "-nas");
        QVERIFY(QDir().mkpath(nas.folder));
        cloud::LocalRepository nasStore(nas.folder);
        for (const backup::BackupInfo& b : backup::BackupEngine::list(settings.folder)) {
            qint64 bytes = 0;
            QString error;
            QVERIFY2(cloud::CloudCopies::upload(nasStore, b.path, nullptr, &bytes, &error),
                     qPrintable(error));
            nas.copies << QFileInfo(b.path).fileName();
        }
        nas.lastUpload = today.toUTC().addSecs(40);
        nas.lastBytes = 5 * 1024 * 1024;
        cloud::Destinations::save(nas);
        cloud::Destination offsite;
        offsite.name = "Offsite";
        offsite.provider = cloud::Provider::S3;
        offsite.endpoint = QUrl("https://s3.eu-central-1.amazonaws.com");
        offsite.region = "eu-central-1";
        offsite.bucket = "my-practice-backups";
        offsite.user = "AKIAIOSFODNN7EXAMPLE";
        offsite.when = cloud::UploadWhen::Daily;
        offsite.lastError = "s3.eu-central-1.amazonaws.com could not be reached while uploading: Could not "
                            "resolve host";
        offsite.queue << backup::BackupEngine::list(settings.folder).last().path;
        cloud::Destinations::save(offsite);
        cloud::Destination dropbox;
        dropbox.name = "Dropbox";
        dropbox.provider = cloud::Provider::Dropbox;
        dropbox.account = "Maria Rossi (maria@example.org)";
        dropbox.copies = nas.copies;
        dropbox.lastUpload = nas.lastUpload.addSecs(20);
        dropbox.lastBytes = nas.lastBytes;
        cloud::Destinations::save(dropbox);
        cloud::Destination drive;
        drive.name = "Google Drive";
        drive.provider = cloud::Provider::GoogleDrive;
        drive.account = "Maria Rossi (maria@example.org)";
        drive.when = cloud::UploadWhen::Weekly;
        drive.reconnect = true;
        drive.lastError = "Google Drive no longer accepts this app's access (it was revoked, expired or the "
                          "password changed). Reconnect to copy backups there again.";
        drive.lastUpload = today.toUTC().addDays(-6);
        drive.lastBytes = nas.lastBytes;
        cloud::Destinations::save(drive);
        cloud::ProviderApps::Ids apps;
        apps.dropboxAppKey = "example-app-key";
        apps.googleClientId = "example.apps.googleusercontent.com";
        cloud::ProviderApps::save(apps);

        ui::BackupService service;
        service.setPracticePath(practice->path());
        ui::MainWindow window(*practice, &service);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::BackupPage* page = window.showBackupsPage();
        QSignalSpy refreshed(page, &ui::BackupPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        page->view()->selectRow(0);
        shoot(&window, "backups");

        ui::StatsPage* statistics = window.showStatsPage();
        QSignalSpy counted(statistics, &ui::StatsPage::refreshed);
        QVERIFY(counted.wait(20000));
        if (statistics->recordCheck()->isChecking()) {
            QSignalSpy checked(statistics->recordCheck(), &ui::RecordCheckBox::finished);
            QVERIFY(checked.wait(20000));
        }
        shoot(&window, "statistics");
        auto* scroll = statistics->findChild<QScrollArea*>();
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shoot(&window, "statistics-activity");
        window.showBackupsPage();

        ui::BackupSettingsDialog* dialog = page->openSettings();
        dialog->resize(640, 520);
        shoot(dialog, "backup-settings-schedule");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->retentionPreview().contains("Reading"), 20000);
        dialog->tabs()->setCurrentIndex(1);
        shoot(dialog, "backup-settings-keeping");
        dialog->tabs()->setCurrentIndex(2);
        shoot(dialog, "backup-settings-encryption");
        dialog->tabs()->setCurrentIndex(5);
        shoot(dialog, "backup-settings-cloud");
        dialog->close();
        ui::DestinationDialog add(std::nullopt);
        add.resize(640, 460);
        add.setType(cloud::Provider::WebDav);
        add.field("name")->setText("Nextcloud");
        add.field("davUrl")->setText("https://cloud.example.org/remote.php/dav/files/maria/TheProgram/");
        add.field("davUser")->setText("maria");
        add.show();
        shoot(&add, "cloud-add-webdav");
        add.setType(cloud::Provider::Dropbox);
        add.field("name")->setText("My Dropbox");
        add.field("dropboxFolder")->setText("Practice");
        shoot(&add, "cloud-add-dropbox");
        add.close();
        // Waiting for the practitioner in the browser (a browser that never answers).
        test::FakeBrowser browser;
        browser.doNothing = true;
        QDesktopServices::setUrlHandler("https", &browser, "open");
        ui::ConnectDialog connect(dropbox);
        connect.show();
        QTRY_VERIFY(browser.opened.size() == 1);
        shoot(&connect, "cloud-connect");
        connect.close();
        QDesktopServices::unsetUrlHandler("https");

        ui::RestoreDialog* restore = window.openRestoreDialog(page->model()->backupAt(3).path);
        QSignalSpy ready(restore, &ui::RestoreDialog::ready);
        QVERIFY(ready.wait(20000)); // no events were processed since it opened
        shoot(restore, "restore-choose");
        restore->next();
        QSignalSpy clients(restore, &ui::RestoreDialog::clientsRead);
        restore->chooseClients({});
        QVERIFY(clients.wait(20000));
        shoot(restore, "restore-clients");
        restore->chooseClients({});
        restore->close();
        restore = window.openRestoreDialog(QString());
        QSignalSpy readyAgain(restore, &ui::RestoreDialog::ready);
        QVERIFY(readyAgain.wait(20000));
        restore->sourcePage()->findChildren<QRadioButton*>().at(2)->setChecked(
            true); // a copy in a place for copies
        restore->sourcePage()->cloudBox()->places()->setCurrentIndex(0);
        shoot(restore, "restore-cloud");
        restore->close();
        speak(false);
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
