#include "backup/BackupPage.h"
#include "backup/BackupService.h"
#include "ClientListModel.h"
#include "db/Database.h"
#include "DeleteRowCommand.h"
#include "MainWindow.h"
#include "stats/StatsPage.h"

#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

// The window's pages — the clients (all, or only those behind a statistic),
// the backups, the statistics — and switching between them.
namespace tp::ui {

void MainWindow::showClientsPage()
{
    showAllClients();
    m_pages->setCurrentWidget(m_splitter);
    m_view->setFocus();
}

void MainWindow::showAllClients()
{
    if (!m_filter->isLimitedToIds())
        return;
    m_filter->setOnlyIds({});
    m_search->setPlaceholderText(m_searchHint);
}

BackupPage* MainWindow::showBackupsPage()
{
    if (!m_backupPage) {
        m_backupPage = new BackupPage(*m_backups, m_pages);
        m_pages->addWidget(m_backupPage);
        connect(m_backupPage, &BackupPage::statusMessage, this, &MainWindow::showStatus);
        connect(m_backupPage, &BackupPage::restoreRequested, this, &MainWindow::openRestoreDialog);
    }
    m_pages->setCurrentWidget(m_backupPage);
    m_backupPage->setFocus();
    return m_backupPage;
}

StatsPage* MainWindow::showStatsPage()
{
    if (!m_statsPage) {
        const QString folder = m_backups ? m_backups->folder() : QString();
        m_statsPage = new StatsPage(m_database.path(), folder, m_pages);
        m_pages->addWidget(m_statsPage);
        connect(m_statsPage, &StatsPage::showClients, this, &MainWindow::showClientsOnly);
        connect(m_statsPage, &StatsPage::openClient, this, [this](const QString& id) {
            showClientsPage();
            selectClient(id);
        });
        connect(m_statsPage, &StatsPage::exportAllRequested, this,
                [this] { openExportWizard(exchange::ExportScope::Full); });
        connect(m_statsPage, &StatsPage::backUpNowRequested, this,
                [this] { showBackupsPage()->backUpNow(); });
        connect(m_statsPage, &StatsPage::statusMessage, this, &MainWindow::showStatus);
        connect(m_statsPage, &StatsPage::removePlacesRequested, this, &MainWindow::removePlaces);
        // Kept until something changes (edits, imports and undo reload the list: showClients).
        connect(m_backups, &BackupService::runFinished, m_statsPage, &StatsPage::setStale);
        connect(m_backups, &BackupService::settingsChanged, m_statsPage,
                [this] { m_statsPage->setBackupFolder(m_backups->folder()); });
    }
    m_pages->setCurrentWidget(m_statsPage);
    m_statsPage->setFocus();
    return m_statsPage;
}

void MainWindow::removePlaces(const QStringList& ids)
{
    model::Subtree places;
    for (const QString& id : ids)
        places.rows += m_store.captureSubtree(QStringLiteral("location_cache"), id).rows;
    const int before = m_undo->index();
    m_undo->push(new DeleteRowCommand(m_store, QStringLiteral("location_cache"), ids, std::move(places),
                                      tr("Remove %n Unused Place(s)", nullptr, int(ids.size())), this));
    if (m_undo->index() > before) // else the command said why nothing was removed
        showStatus(tr("Removed %n saved place(s). Press Ctrl+Z to undo.", nullptr, int(ids.size())));
}

void MainWindow::showClientsOnly(const QStringList& ids, const QString& what)
{
    showClientsPage();
    m_search->clear();
    m_filter->setOnlyIds(ids);
    m_search->setPlaceholderText(
        tr("Only %1 (%n) — type to search all clients", nullptr, int(ids.size())).arg(what));
    showStatus(
        tr("Showing %n client(s): %1. Typing a search shows every client again.", nullptr, int(ids.size()))
            .arg(what));
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
}

bool MainWindow::isBackupsPageShown() const
{
    return m_backupPage && m_pages->currentWidget() == m_backupPage;
}

} // namespace tp::ui
