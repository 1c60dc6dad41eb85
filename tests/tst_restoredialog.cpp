#include "backup/BackupEngine.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/RestoreDialog.h"
#include "backup/RestoreSourcePage.h"
#include "cloud/AccessTokens.h"
#include "cloud/CloudCopies.h"
#include "cloud/CloudSourceBox.h"
#include "cloud/ProviderApps.h"
#include "demo/DemoGenerator.h"
#include "DropboxFake.h"
#include "exchange/Exporter.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"
#include "secrets/SecretStore.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QtTest>

using namespace tp;
using ui::RestoreDialog;

// The restore dialog on a practice open in the app: the whole practice
// (the window shows it at once, and Undo This Restore puts it back), or
// one client, always after "I understand".
class TestRestoreDialog : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    int m_round = 0;

    static qint64 count(db::Database& database, const QString& table)
    {
        QSqlQuery q(database.connection());
        q.exec("SELECT COUNT(*) FROM " + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // A practice open in the app, and a backup of it in the settings' folder.
    bool prepare(ui::PracticeSession& session, backup::BackupResult* made)
    {
        ++m_round;
        const QString path = m_dir.path(QString("practice%1.db").arg(m_round));
        {
            auto database = test::openDatabase(path);
            if (!database || !demo::DemoGenerator::generate(database->connection(), { 6, 1, 3 }).ok)
                return false;
        }
        backup::BackupSettings s;
        s.folder = m_dir.path(QString("backups%1").arg(m_round));
        s.save();
        db::OpenFailure failure;
        if (!session.open(path, ui::PracticeSession::Mode::Open, &failure))
            return false;
        backup::BackupOptions o;
        o.databasePath = path;
        o.folder = s.folder;
        *made = backup::BackupEngine::create(o);
        return made->ok;
    }

    static RestoreDialog* openDialog(ui::PracticeSession& session, const QString& backup)
    {
        RestoreDialog* dialog = session.window()->openRestoreDialog(backup);
        QSignalSpy ready(dialog, &RestoreDialog::ready);
        return ready.wait(10000) ? dialog : nullptr;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void restoreEverythingAndUndo()
    {
        ui::PracticeSession session;
        backup::BackupResult made;
        QVERIFY(prepare(session, &made));
        db::Database& database = *session.database();
        const QByteArray backedUp = test::dumpRows(database.connection());
        QVERIFY(test::exec(database.connection(), "DELETE FROM session_notes"));
        const QByteArray changed = test::dumpRows(database.connection());
        session.window()->reload();

        RestoreDialog* dialog = openDialog(session, made.info.path);
        QVERIFY(dialog);
        QCOMPARE(dialog->sourcePage()->backupPath(), made.info.path);
        QVERIFY2(dialog->sourcePage()->manifestText().contains("Clients"),
                 qPrintable(dialog->sourcePage()->manifestText()));
        QVERIFY(dialog->nextButton()->isEnabled());
        dialog->next(); // what: everything (the default)
        QCOMPARE(dialog->page(), int(RestoreDialog::WhatPage));
        dialog->next();
        QCOMPARE(dialog->page(), int(RestoreDialog::ConfirmPage));
        QVERIFY(dialog->statementText().contains("Everything in the practice now is replaced"));
        QVERIFY(dialog->statementText().contains("safety backup"));
        QVERIFY(!dialog->nextButton()->isEnabled()); // not before "I understand"
        dialog->next();
        QCOMPARE(dialog->page(), int(RestoreDialog::ConfirmPage));
        dialog->understandBox()->setChecked(true);
        QSignalSpy finished(dialog, &RestoreDialog::restoreFinished);
        dialog->next();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->page(), int(RestoreDialog::ResultPage));
        QCOMPARE(test::dumpRows(session.database()->connection()), backedUp);
        QVERIFY(count(*session.database(), "session_notes") > 0);
        QVERIFY2(session.window()->statusCounts().contains(
                     QString("%1 session notes").arg(count(*session.database(), "session_notes"))),
                 qPrintable(session.window()->statusCounts())); // shown without a restart
        QVERIFY(!dialog->undoButton()->isHidden());

        finished.clear();
        dialog->undoButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(test::dumpRows(session.database()->connection()), changed);
        QVERIFY(dialog->resultText().contains("back as it was before the restore"));
        dialog->close();
    }

    // Double-clicked files reach the running app (PracticeSession::activate, as the single
    // instance hands them on): a backup opens the restore dialog on it, an export the import
    // wizard; a backup without its manifest is still known by its first bytes.
    void doubleClickedFilesOpenWhatFitsThem()
    {
        ui::PracticeSession session;
        backup::BackupResult made;
        QVERIFY(prepare(session, &made));
        exchange::ExportOptions o;
        o.outputPath = m_dir.path("double-clicked.json");
        QVERIFY(exchange::Exporter::run(session.database()->connection(), o).ok);
        const QString loose = m_dir.path("loose-backup.db.gz");
        QVERIFY(QFile::copy(made.info.path, loose)); // without its manifest
        QVERIFY(backup::BackupEngine::isBackupFile(made.info.path));
        QVERIFY(backup::BackupEngine::isBackupFile(loose));
        QVERIFY(!backup::BackupEngine::isBackupFile(o.outputPath));
        QVERIFY(!backup::BackupEngine::isBackupFile(session.database()->path()));

        session.activate({ o.outputPath, made.info.path });
        auto* dialog = session.window()->findChild<RestoreDialog*>();
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &RestoreDialog::ready);
        QVERIFY(ready.wait(10000) || dialog->sourcePage()->backupPath() == made.info.path);
        QCOMPARE(dialog->sourcePage()->backupPath(), made.info.path);
        auto* wizard = session.window()->findChild<ui::ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->files(), QStringList{ o.outputPath });
        dialog->close();
        wizard->close();
    }

    // A new computer: no backups here, only the copy in Dropbox. The dialog
    // offers the place, lists its backups, downloads one (checked against its
    // manifest) and restores it.
    void restoreFromACloudCopyOnANewComputer()
    {
        test::DropboxFake dropbox;
        cloud::ProviderApps::Ids ids;
        ids.dropboxAppKey = test::DropboxFake::kAppKey;
        cloud::ProviderApps::save(ids);
        cloud::Destination box;
        box.name = "Dropbox";
        box.provider = cloud::Provider::Dropbox;
        box.endpoint = dropbox.url();
        cloud::Destinations::save(box);
        QString error;
        QVERIFY2(secrets::SecretStore::writeNow(box.secretKey(), dropbox.addRefreshToken(), &error),
                 qPrintable(error));

        ui::PracticeSession session;
        backup::BackupResult made;
        QVERIFY(prepare(session, &made));
        const QByteArray backedUp = test::dumpRows(session.database()->connection());
        {
            auto repository = cloud::openRepository(box, &error);
            QVERIFY2(repository, qPrintable(error));
            qint64 sent = 0;
            QVERIFY2(cloud::CloudCopies::upload(*repository, made.info.path, nullptr, &sent, &error),
                     qPrintable(error));
        }
        // The local backups are gone (the old computer's disk), the practice changed.
        QVERIFY(QDir(QFileInfo(made.info.path).absolutePath()).removeRecursively());
        QVERIFY(test::exec(session.database()->connection(), "DELETE FROM session_notes"));

        RestoreDialog* dialog = openDialog(session, QString());
        QVERIFY(dialog);
        ui::CloudSourceBox* cloud = dialog->sourcePage()->cloudBox();
        QVERIFY(cloud->isEnabled()); // chosen by itself: nothing in the history
        QCOMPARE(cloud->places()->count(), 1);
        QVERIFY(!dialog->nextButton()->isEnabled());
        cloud->listBackups();
        QTRY_VERIFY2(!cloud->isBusy() && cloud->backups()->count() == 1, qPrintable(cloud->statusText()));
        QVERIFY2(cloud->statusText().contains("1 backup"), qPrintable(cloud->statusText()));
        cloud->download();
        QTRY_VERIFY2_WITH_TIMEOUT(!cloud->isBusy() && dialog->sourcePage()->backupPath() == made.info.path,
                                  qPrintable(cloud->statusText()), 20000);
        QVERIFY(cloud->statusText().contains("Downloaded and checked"));
        QVERIFY2(dialog->sourcePage()->manifestText().contains("Clients"),
                 qPrintable(dialog->sourcePage()->manifestText()));
        QVERIFY(dialog->nextButton()->isEnabled());
        dialog->next();
        dialog->next();
        dialog->understandBox()->setChecked(true);
        QSignalSpy finished(dialog, &RestoreDialog::restoreFinished);
        dialog->next();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(test::dumpRows(session.database()->connection()), backedUp);
        dialog->close();
        secrets::SecretStore::removeNow(box.secretKey(), &error);
    }

    void restoreOneClient()
    {
        ui::PracticeSession session;
        backup::BackupResult made;
        QVERIFY(prepare(session, &made));
        db::Database& database = *session.database();
        QSqlQuery q(database.connection());
        QVERIFY(q.exec("SELECT id FROM clients ORDER BY last_name LIMIT 2"));
        QVERIFY(q.next());
        const QString gone = q.value(0).toString();
        QVERIFY(q.next());
        const QString other = q.value(0).toString();
        q.finish(); // no read transaction left open on the app's connection
        QVERIFY(test::exec(database.connection(), "PRAGMA foreign_keys = ON"));
        QVERIFY(test::exec(database.connection(),
                           "DELETE FROM clients WHERE id IN ('" + gone + "', '" + other + "')"));
        const qint64 clientsBefore = count(database, "clients");

        RestoreDialog* dialog = openDialog(session, made.info.path);
        QVERIFY(dialog);
        dialog->next();
        QSignalSpy read(dialog, &RestoreDialog::clientsRead);
        dialog->chooseClients({}); // "only these clients": the backup's clients are read
        QVERIFY(read.wait(20000));
        QVERIFY(!dialog->nextButton()->isEnabled()); // none ticked yet
        dialog->chooseClients({ gone });
        QVERIFY(dialog->nextButton()->isEnabled());
        dialog->next();
        QVERIFY2(dialog->statementText().contains("1 chosen client"), qPrintable(dialog->statementText()));
        dialog->understandBox()->setChecked(true);
        QSignalSpy finished(dialog, &RestoreDialog::restoreFinished);
        dialog->next();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->resultText()));
        QCOMPARE(count(database, "clients"), clientsBefore + 1);
        QSqlQuery back(database.connection());
        QVERIFY(back.exec("SELECT COUNT(*) FROM clients WHERE id = '" + gone + "'") && back.next());
        QCOMPARE(back.value(0).toInt(), 1);
        QVERIFY(back.exec("SELECT COUNT(*) FROM birth_data WHERE client_id = '" + gone + "'") && back.next());
        QVERIFY(back.value(0).toInt() > 0); // with everything under the client
        QVERIFY(back.exec("SELECT COUNT(*) FROM clients WHERE id = '" + other + "'") && back.next());
        QCOMPARE(back.value(0).toInt(), 0); // not chosen: not brought back
        // The safety backup made first is in the history.
        bool safety = false;
        for (const auto& b : backup::BackupEngine::list(backup::BackupSettings::load().folder))
            safety |= b.manifest.kind() == "pre-restore";
        QVERIFY(safety);
        dialog->close();
    }

    // A backup file from elsewhere without its description cannot be chosen, and says why.
    void aFileWithoutItsManifest()
    {
        ui::PracticeSession session;
        backup::BackupResult made;
        QVERIFY(prepare(session, &made));
        const QString lone = m_dir.path("lone-backup.db.gz");
        QVERIFY(QFile::copy(made.info.path, lone));
        RestoreDialog* dialog = openDialog(session, {});
        QVERIFY(dialog);
        dialog->sourcePage()->setFile(lone);
        QVERIFY(!dialog->nextButton()->isEnabled());
        QVERIFY2(dialog->sourcePage()->problem().contains("cannot be read"),
                 qPrintable(dialog->sourcePage()->problem()));
        QVERIFY(QFile::copy(made.info.manifestPath, backup::BackupEngine::manifestPathFor(lone)));
        dialog->sourcePage()->setFile(lone);
        QVERIFY(dialog->nextButton()->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
