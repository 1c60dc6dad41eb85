#pragma once

#include "demo/DemoGenerator.h"
#include "exchange/ExportOptions.h"
#include "FileReplacer.h"
#include "model/PracticeStore.h"

#include <functional>
#include <memory>
#include <QFuture>
#include <QMainWindow>
#include <QPointer>

class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace tp::db {
class Database;
}

namespace tp::ui {

class BackupPage;
class StatsPage;
class BackupService;
class RestoreDialog;
class ClientEditing;
class ClientFilterModel;
class ClientListModel;
class ClientPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `backups` runs the practice's backups; without one (tests) the window has a service of its own.
    explicit MainWindow(db::Database& database, BackupService* backups = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Asks whether to load demo data when the practice has no clients yet.
    void offerDemoDataIfEmpty();
    // Generates demo data on a worker thread with a progress dialog.
    QFuture<void> loadDemoData(const demo::DemoOptions& options);

    void reload(const QString& selectClientId = {});
    // The same with the list read on a worker (after long work: a large
    // practice's list takes a while); `done` runs once it is shown.
    void reloadInBackground(const QString& selectClientId = {}, std::function<void()> done = {});
    // Opens the export wizard preset to a scope (and the client or chart id).
    class ExportWizard* openExportWizard(exchange::ExportScope scope, const QString& id = {});
    // Opens the import wizard with these files (dropped or chosen).
    class ImportWizard* openImportWizard(const QStringList& files = {});
    // Files handed to the app (double-clicked, dropped, given at start): a backup opens
    // the restore dialog, exports open the import wizard.
    void openFiles(const QStringList& files);
    // The practice's file is about to be swapped underneath, and has been
    // (see PracticeSession::replaceFile): stop reading it; show it again, and
    // let go of the undo stack's rows when it `changed`.
    void practiceAboutToBeReplaced();
    void practiceReplaced(bool changed);
    void showStatus(const QString& text);
    void selectClient(const QString& id);
    // The client shown on the right; empty when none is.
    QString currentClientId() const;
    // View → Clients and View → Backups (Ctrl+B).
    void showClientsPage();
    BackupPage* showBackupsPage();
    // View → Statistics (Ctrl+I).
    StatsPage* showStatsPage();
    // The client list limited to these clients (those behind a statistic), saying what they are.
    void showClientsOnly(const QStringList& ids, const QString& what);
    // The whole list again (after showClientsOnly).
    void showAllClients();
    // Deletes these saved places (the statistics page's tidying), undoably.
    void removePlaces(const QStringList& ids);
    bool isBackupsPageShown() const;
    // Restore…: from `backupPath`, or one the practitioner chooses (empty).
    RestoreDialog* openRestoreDialog(const QString& backupPath = {});

    // How a full restore swaps the practice's file (PracticeSession gives it);
    // without one, only selected clients can be restored.
    void setFileReplacer(FileReplacer replacer) { m_replacer = std::move(replacer); }
    const FileReplacer& fileReplacer() const { return m_replacer; }

    // Asked when the window is closed: true hides it (into the tray) instead.
    void setHideOnClose(std::function<bool()> hide) { m_hideOnClose = std::move(hide); }

    // For tests.
    ClientListModel* clientModel() const { return m_model; }
    ClientFilterModel* filterModel() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* clientView() const { return m_view; }
    ClientPage* clientPage() const { return m_page; }
    QUndoStack* undoStack() const { return m_undo; }
    BackupService& backups() const { return *m_backups; }
    QString statusCounts() const;

signals:
    void demoDataFinished(bool ok);
    // File → New Practice…, Open Practice…, Open Recent (see PracticeSession).
    void newPracticeRequested();
    void openPracticeRequested();
    void openRecentRequested(const QString& path);
    // Edit → Undo Last Import (asking first), or the import wizard's Undo Import.
    void undoLastImportRequested(bool confirm);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings() const;
    void updateStatus();
    void showClients(QList<model::ClientSummary> clients, const QString& selectClientId);
    void showCurrentClient();

    void newClient();
    void editClient();
    void deleteClient();
    void editBirthData(const QString& id);
    void editSessionNote(const QString& id);
    void deleteRow(const QString& table, const QString& id, const QString& description, bool confirm);
    void about();

    db::Database& m_database;
    std::unique_ptr<BackupService> m_ownBackups;
    BackupService* m_backups = nullptr;
    QStackedWidget* m_pages = nullptr; // the clients, the backups
    BackupPage* m_backupPage = nullptr; // made when first shown
    StatsPage* m_statsPage = nullptr; // made when first shown
    model::PracticeStore m_store;
    ClientListModel* m_model = nullptr;
    ClientFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QString m_searchHint; // the search field's own placeholder
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_stack = nullptr;
    ClientPage* m_page = nullptr;
    QUndoStack* m_undo = nullptr;
    ClientEditing* m_editing = nullptr;
    QPointer<QFutureWatcherBase> m_reloadJob;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    bool m_demoRunning = false;
    FileReplacer m_replacer;
    std::function<bool()> m_hideOnClose;
};

} // namespace tp::ui
