// Copies of backups to cloud destinations: the per-destination queue and
// its rules (core), and what the app does after each backup — copies on the
// worker, says so, and shows where each backup is (the dashboard's "Also
// in" column). Folder destinations stand in for any store: the stores
// themselves are tested in tst_s3repository and tst_webdavrepository.
#include "backup/BackupEngine.h"
#include "backup/BackupHistoryModel.h"
#include "backup/BackupPage.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupSettingsDialog.h"
#include "cloud/AccessTokens.h"
#include "cloud/CloudCopies.h"
#include "cloud/CloudTab.h"
#include "cloud/ConnectDialog.h"
#include "cloud/DestinationDialog.h"
#include "cloud/KeepRulesBox.h"
#include "cloud/LocalRepository.h"
#include "cloud/ProviderApps.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "DropboxFake.h"
#include "FakeBrowser.h"
#include "GuiSupport.h"
#include "main/MainWindow.h"
#include "NextcloudFake.h"
#include "secrets/SecretStore.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace tp;
using cloud::CloudCopies;
using cloud::Destination;
using cloud::Destinations;
using ui::BackupHistoryModel;
using ui::BackupOutcome;
using ui::BackupPage;
using ui::BackupService;

class TestCloudCopies : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_n = 0;

    QString newFolder(const char* what) { return m_dir.path(QString("%1%2").arg(what).arg(++m_n)); }

    Destination folderDestination(const QString& name, const QString& folder)
    {
        Destination d;
        d.name = name;
        d.provider = cloud::Provider::Folder;
        d.folder = folder;
        Destinations::save(d);
        return d;
    }

    QString backUp(const QString& folder)
    {
        backup::BackupOptions o;
        o.databasePath = m_db->path();
        o.folder = folder;
        const backup::BackupResult r = backup::BackupEngine::create(o);
        return r.ok ? r.info.path : QString();
    }

    static int backupsIn(const QString& folder)
    {
        return int(QDir(folder).entryList({ "TheProgram_*.manifest.json" }, QDir::Files).size());
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_db = test::openDatabase(m_dir.path("practice.db"));
        QVERIFY(m_db);
        QVERIFY(demo::DemoGenerator::generate(m_db->connection(), { 4, 1, 2 }).ok);
    }

    void cleanup() { QSettings().clear(); }

    void queueSurvivesAFailureAndEmptiesWhenTheStoreIsBack()
    {
        const QString target = newFolder("nas");
        // The disk is "unplugged": a file stands where its folder should be.
        QFile blocker(target);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        folderDestination("nas", target);
        Destination off = folderDestination("off", newFolder("off"));
        off.enabled = false;
        Destinations::save(off);

        const QString local = newFolder("local");
        const QString first = backUp(local);
        QVERIFY(!first.isEmpty());
        CloudCopies::enqueue(first);
        QCOMPARE(Destinations::find("nas")->queue.size(), 1);
        QVERIFY(Destinations::find("off")->queue.isEmpty()); // disabled: nothing queued

        QList<cloud::CopyResult> results = CloudCopies::copyQueued(nullptr);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].ok);
        Destination nas = *Destinations::find("nas");
        QCOMPARE(nas.queue.size(), 1); // still waiting
        QVERIFY2(!nas.lastError.isEmpty(), "the failure is remembered");

        // Plugged back in; a second backup joins the queue; both go, oldest first.
        QVERIFY(QFile::remove(target));
        const QString second = backUp(local);
        CloudCopies::enqueue(second);
        results = CloudCopies::copyQueued(nullptr);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        nas = *Destinations::find("nas");
        QVERIFY(nas.queue.isEmpty());
        QVERIFY(nas.lastError.isEmpty());
        QCOMPARE(nas.copies.size(), 2);
        QCOMPARE(backupsIn(target), 2);
    }

    void dailyDestinationWaitsADayAndKeepsItsRules()
    {
        const QString target = newFolder("weekly");
        Destination d = folderDestination("daily", target);
        d.when = cloud::UploadWhen::Daily;
        d.keep.keepLast = 1;
        Destinations::save(d);
        const QString local = newFolder("local");
        CloudCopies::enqueue(backUp(local));
        QCOMPARE(CloudCopies::copyQueued(nullptr).size(), 1); // never copied: due
        CloudCopies::enqueue(backUp(local));
        QCOMPARE(CloudCopies::copyQueued(nullptr).size(), 0); // copied today: waits
        QCOMPARE(Destinations::find("daily")->queue.size(), 1);
        // A day later it is due: the waiting one goes, and only the newest stays there.
        d = *Destinations::find("daily");
        d.lastUpload = d.lastUpload.addDays(-1);
        Destinations::saveState(d);
        const auto results = CloudCopies::copyQueued(nullptr);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        QCOMPARE(backupsIn(target), 1);
        QCOMPARE(Destinations::find("daily")->copies.size(), 1);
    }

    void remoteListAndDownloadGoThroughTheManifest()
    {
        const QString target = newFolder("store");
        cloud::LocalRepository store(target);
        const QString path = backUp(newFolder("local"));
        qint64 bytes = 0;
        QString error;
        QVERIFY2(CloudCopies::upload(store, path, nullptr, &bytes, &error), qPrintable(error));
        QVERIFY(bytes > 0);
        QVERIFY(CloudCopies::upload(store, path, nullptr, &bytes, &error));
        QCOMPARE(bytes, 0); // there already: not sent again
        const auto listed = CloudCopies::list(store, nullptr, &error);
        QVERIFY(listed && listed->size() == 1 && listed->first().complete);
        const QString id = listed->first().manifest.id();
        // A damaged copy is refused on the way down, and nothing is kept.
        QFile damaged(QDir(target).filePath(QFileInfo(path).fileName()));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(100);
        damaged.write("X");
        damaged.close();
        const QString into = newFolder("fetched");
        QVERIFY(CloudCopies::download(store, id, into, nullptr, &error).isEmpty());
        QVERIFY2(error.contains("does not match its manifest"), qPrintable(error));
        QCOMPARE(QDir(into).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // What cannot be copied or had back says so: a backup without its
    // description, an upload broken off before its manifest, an unknown name.
    void incompleteCopiesAreNamedNotUsed()
    {
        const QString target = newFolder("store");
        cloud::LocalRepository store(target);
        const QString local = newFolder("local");
        const QString path = backUp(local);
        QString error;
        qint64 bytes = 0;
        QFile::rename(path + ".manifest.json", path + ".manifest.away");
        QVERIFY(!CloudCopies::upload(store, path, nullptr, &bytes, &error));
        QVERIFY2(error.contains("its manifest cannot be read"), qPrintable(error));
        QFile::rename(path + ".manifest.away", path + ".manifest.json");

        // An upload that stopped after the backup file, before its manifest.
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QFile::copy(path, QDir(target).filePath(QFileInfo(path).fileName())));
        const auto listed = CloudCopies::list(store, nullptr, &error);
        QVERIFY2(listed && listed->size() == 1, qPrintable(error));
        QVERIFY(!listed->first().complete);
        QCOMPARE(listed->first().problem, QString("its upload did not finish (no manifest)"));
        const QString into = newFolder("fetched");
        QVERIFY(CloudCopies::download(store, QFileInfo(path).fileName(), into, nullptr, &error).isEmpty());
        QVERIFY2(error.contains("cannot be restored: its upload did not finish"), qPrintable(error));
        QVERIFY(CloudCopies::download(store, "TheProgram_nothing.db.gz", into, nullptr, &error).isEmpty());
        QVERIFY2(error.startsWith("There is no backup \u201cTheProgram_nothing.db.gz\u201d in"),
                 qPrintable(error));
        QVERIFY(!CloudCopies::remove(store, "TheProgram_nothing.db.gz", &error));

        // Copying it now completes it; a backup deleted here before its turn leaves the queue.
        Destination d = folderDestination("nas", target);
        const QString gone = backUp(local);
        d.queue = { path, gone };
        Destinations::saveState(d);
        QVERIFY(QFile::remove(gone) && QFile::remove(gone + ".manifest.json"));
        QVERIFY2(CloudCopies::processQueue(d, store, true, nullptr, &error), qPrintable(error));
        QVERIFY(d.queue.isEmpty());
        const auto after = CloudCopies::list(store, nullptr, &error);
        QVERIFY(after && after->size() == 1 && after->first().complete);
    }

    // Back Up Now with a destination: copied on the worker, said, and shown in "Also in".
    void dashboardCopiesAndShowsWhere()
    {
        backup::BackupSettings s;
        s.folder = newFolder("backups");
        s.databasePath = m_db->path();
        s.save();
        const QString target = newFolder("nas");
        folderDestination("nas", target);
        BackupService service;
        service.setPracticePath(m_db->path());
        ui::MainWindow window(*m_db, &service);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        auto* page = window.findChild<BackupPage*>();
        QVERIFY(page);
        QSignalSpy finished(&service, &BackupService::runFinished);
        page->findChild<QPushButton*>("backUpNow")->click();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.copiedTo.size(), 1);
        QVERIFY2(page->messageText().contains("copied to the folder"), qPrintable(page->messageText()));
        QCOMPARE(backupsIn(target), 1);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_COMPARE(page->view()->model()->index(0, BackupHistoryModel::CopiesColumn).data().toString(),
                     QString("nas"));
        QVERIFY(!page->view()->isColumnHidden(BackupHistoryModel::CopiesColumn));

        // The store goes away: the backup stands, the failure is said, the copy waits.
        QVERIFY(QDir(target).removeRecursively());
        QFile blocker(target);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        finished.clear();
        page->findChild<QPushButton*>("backUpNow")->click();
        QVERIFY(finished.wait(30000));
        const auto failed = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY(failed.ok);
        QCOMPARE(failed.copyFailures.size(), 1);
        QVERIFY2(page->messageText().contains("copying it failed"), qPrintable(page->messageText()));
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QTRY_VERIFY(page->view()
                        ->model()
                        ->index(0, BackupHistoryModel::CopiesColumn)
                        .data()
                        .toString()
                        .contains("waiting"));
    }

    // Each tab of the settings, with the tab titles and Close always shown:
    // no accelerator used twice (Alt+C once toggled "Catch up" instead of
    // opening the Cloud tab).
    void settingsAcceleratorsAreUnique()
    {
        BackupService service;
        ui::BackupSettingsDialog dialog(service);
        dialog.show();
        QStringList titles;
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            titles << dialog.tabs()->tabText(i);
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QVERIFY2(
                test::duplicateAccelerators(&dialog, titles).isEmpty(),
                qPrintable(titles.at(i) + ": " + test::duplicateAccelerators(&dialog, titles).join("; ")));
        }
    }

    // Settings → Cloud: add a place with the dialog, test it, remove it.
    void cloudTabAddTestRemove()
    {
        ui::CloudTab tab;
        QCOMPARE(tab.list()->topLevelItemCount(), 0);
        QVERIFY(tab.statusText().contains("No places for copies yet"));

        ui::DestinationDialog dialog(std::nullopt);
        QVERIFY(!dialog.canAccept());
        QVERIFY(dialog.problemText().contains("Give it a name"));
        dialog.field("name")->setText("a/b");
        QVERIFY(dialog.problemText().contains("cannot name"));
        dialog.field("name")->setText("Office NAS");
        QVERIFY2(dialog.problemText().contains("needs its folder"), qPrintable(dialog.problemText()));
        const QString target = newFolder("office");
        dialog.field("folder")->setText(target);
        QVERIFY2(dialog.canAccept(), qPrintable(dialog.problemText()));
        // S3 wants its endpoint, bucket, key and secret, and keeps the secret in the keychain only.
        dialog.setType(cloud::Provider::S3);
        QVERIFY(dialog.problemText().contains("endpoint"));
        dialog.field("endpoint")->setText("https://s3.example.org");
        dialog.field("bucket")->setText("practice");
        dialog.field("keyId")->setText("AKIAEXAMPLE");
        QVERIFY(dialog.problemText().contains("secret key is needed"));
        dialog.field("secret")->setText("a secret for the keychain");
        QVERIFY(dialog.canAccept());
        // Its own keeping rules, as `cloud add --keep-…` sets them.
        dialog.keepRules()->findChild<QCheckBox*>("keepSome")->setChecked(true);
        dialog.keepRules()->findChild<QSpinBox*>("keepLast")->setValue(3);
        dialog.keepRules()->findChild<QSpinBox*>("keepMonthly")->setValue(12);
        QString error;
        QVERIFY2(dialog.save(&error), qPrintable(error));
        QCOMPARE(Destinations::find("Office NAS")->keep.keepLast, 3);
        QCOMPARE(Destinations::find("Office NAS")->keep.keepMonthly, 12);
        QCOMPARE(Destinations::find("Office NAS")->keep.keepDaily, 0);
        ui::DestinationDialog change(Destinations::find("Office NAS"));
        QCOMPARE(change.keepRules()->policy().keepLast, 3);
        QCOMPARE(*secrets::SecretStore::readNow(dialog.destination().secretKey(), &error),
                 QByteArray("a secret for the keychain"));
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains("a secret for the keychain"));
        Destinations::remove("Office NAS");

        folderDestination("Office NAS", target);
        tab.reload();
        QCOMPARE(tab.list()->topLevelItemCount(), 1);
        QCOMPARE(tab.list()->topLevelItem(0)->text(2), QString("not yet"));
        tab.test();
        QTRY_VERIFY2(tab.statusText().contains("answers"), qPrintable(tab.statusText()));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        tab.remove();
        QCOMPARE(tab.list()->topLevelItemCount(), 0);
        QVERIFY(!Destinations::find("Office NAS"));
    }

    // Settings → Cloud with Dropbox: no app id, no Connect; connected in the
    // (fake) browser with one click; the account and its space shown; a
    // revoked grant turns the place amber with "Reconnect…".
    void cloudTabConnectsDropboxThroughTheBrowser()
    {
        QSettings().clear();
        test::DropboxFake dropbox;
        test::FakeBrowser browser;
        QDesktopServices::setUrlHandler("http", &browser, "open");
        ui::DestinationDialog dialog(std::nullopt);
        dialog.field("name")->setText("Dropbox");
        dialog.setType(cloud::Provider::Dropbox);
        if (cloud::ProviderApps::builtIn().dropboxAppKey.isEmpty()) {
            QVERIFY(!dialog.canAccept());
            QVERIFY2(dialog.problemText().contains("no app id for Dropbox"),
                     qPrintable(dialog.problemText()));
        }
        cloud::ProviderApps::Ids ids = cloud::ProviderApps::ids();
        ids.dropboxAppKey = test::DropboxFake::kAppKey;
        cloud::ProviderApps::save(ids);
        dialog.field("dropboxFolder")->setText("backups");
        QVERIFY2(dialog.canAccept(), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.destination().prefix, QString("backups"));

        Destination d = dialog.destination();
        d.endpoint = dropbox.url(); // the fake stands in for all of Dropbox's hosts
        Destinations::save(d);
        ui::CloudTab tab;
        QVERIFY2(tab.statusText().contains("not connected to an account yet"), qPrintable(tab.statusText()));

        ui::ConnectDialog connect(d);
        connect.show();
        QTRY_VERIFY_WITH_TIMEOUT(connect.connected() || connect.message().contains("refused"), 15000);
        QVERIFY2(connect.connected(), qPrintable(connect.message()));
        QVERIFY2(connect.message().contains("Connected as Ada Lovelace (ada@example.org)"),
                 qPrintable(connect.message()));
        QCOMPARE(browser.opened.size(), 1);
        QCOMPARE(dropbox.codeExchanges(), 1);
        QVERIFY(browser.lastPage.contains("close this tab"));

        tab.reload();
        QVERIFY(tab.list()->topLevelItem(0)->text(1).contains("Ada Lovelace"));
        tab.test();
        QTRY_VERIFY2(tab.statusText().contains("the account of Ada Lovelace"), qPrintable(tab.statusText()));
        QVERIFY(tab.quotaBar()->isVisible() || !tab.isVisible());
        QVERIFY(tab.quotaBar()->format().contains("used"));

        dropbox.revokeAll();
        cloud::AccessTokens::forgetAll();
        tab.test();
        QTRY_VERIFY2(tab.statusText().contains("connected again"), qPrintable(tab.statusText()));
        tab.reload();
        QCOMPARE(tab.list()->topLevelItem(0)->text(2), QString("reconnect needed"));
        QVERIFY(Destinations::find("Dropbox")->reconnect);
        QVERIFY2(tab.statusText().contains("Click Reconnect"), qPrintable(tab.statusText()));
        // Disconnect forgets the grant here; the place stays.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        tab.disconnectAccount();
        QVERIFY(Destinations::find("Dropbox"));
        QString gone;
        QVERIFY(!secrets::SecretStore::readNow(d.secretKey(), &gone));
        QVERIFY2(tab.statusText().contains("disconnected"), qPrintable(tab.statusText()));
        QDesktopServices::unsetUrlHandler("http");
        QString error;
        secrets::SecretStore::removeNow(d.secretKey(), &error);
    }

    // "Log In with Nextcloud…" fills the user and an app password from the
    // server's browser login, and the folder under that user's files.
    void nextcloudLoginFillsTheDialog()
    {
        test::NextcloudFake nextcloud;
        nextcloud.setGrant(QUrl(), "maria", "app-password-from-the-server");
        test::FakeBrowser browser;
        QDesktopServices::setUrlHandler("http", &browser, "open");
        ui::DestinationDialog dialog(std::nullopt);
        dialog.field("name")->setText("Nextcloud");
        dialog.setType(cloud::Provider::WebDav);
        dialog.field("davUrl")->setText(nextcloud.url().toString() + "/remote.php/dav/files/old/Practice/");
        dialog.logInWithNextcloud();
        QDesktopServices::unsetUrlHandler("http");
        QCOMPARE(dialog.field("davUser")->text(), QString("maria"));
        QCOMPARE(dialog.field("davPassword")->text(), QString("app-password-from-the-server"));
        QCOMPARE(dialog.field("davUrl")->text(),
                 nextcloud.url().toString() + "/remote.php/dav/files/maria/Practice/");
        QVERIFY2(dialog.canAccept(), qPrintable(dialog.problemText()));
        QCOMPARE(browser.opened.size(), 1);
    }
};

QTEST_MAIN(TestCloudCopies)
#include "tst_cloudcopies.moc"
