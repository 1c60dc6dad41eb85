#include "MainWindow.h"

#include "backup/BackupEngine.h"
#include "backup/BackupPage.h"
#include "backup/BackupService.h"
#include "backup/RestoreDialog.h"
#include "ClientEditing.h"
#include "ClientListModel.h"
#include "ClientPage.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "export/ExportWizard.h"
#include "import/ImportWizard.h"
#include "LanguageMenu.h"
#include "PracticeMenu.h"
#include "stats/StatsPage.h"
#include "util/AppInfo.h"

#include <optional>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tp::ui {

MainWindow::MainWindow(db::Database& database, BackupService* backups, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(database.connection())
{
    if (!backups) {
        m_ownBackups = std::make_unique<BackupService>();
        m_ownBackups->setPracticePath(database.path());
        backups = m_ownBackups.get();
    }
    m_backups = backups;
    setWindowTitle(tr("The Program – %1").arg(QFileInfo(database.path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/theprogram.svg")));
    m_undo = new QUndoStack(this);
    m_editing = new ClientEditing(this, m_store, m_undo);

    m_model = new ClientListModel(this);
    m_filter = new ClientFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("search"));
    m_searchHint = tr("Search name, e-mail or city (Ctrl+F)");
    m_search->setPlaceholderText(m_searchHint);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.isEmpty())
            showAllClients();
        m_filter->setSearchText(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("clientList"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the list (arrows move within it)
    m_view->sortByColumn(ClientListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->horizontalHeader()->resizeSection(ClientListModel::NameColumn, 190);
    m_view->horizontalHeader()->resizeSection(ClientListModel::BirthDateColumn, 95);
    m_view->horizontalHeader()->resizeSection(ClientListModel::CityColumn, 190);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentClient);
    connect(m_view, &QTableView::activated, this, &MainWindow::editClient);

    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(
        tr("Select a client on the left, or create one with File → New Client (Ctrl+N)."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_page = new ClientPage(m_stack);
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    connect(m_page, &ClientPage::editClientRequested, this, &MainWindow::editClient);
    connect(m_page, &ClientPage::deleteClientRequested, this, &MainWindow::deleteClient);
    connect(m_page, &ClientPage::addBirthDataRequested, this, [this] { editBirthData({}); });
    connect(m_page, &ClientPage::editBirthDataRequested, this, &MainWindow::editBirthData);
    connect(m_page, &ClientPage::deleteBirthDataRequested, this, [this](const QString& id) {
        deleteRow(QStringLiteral("birth_data"), id,
                  tr("Delete this birth data and the charts calculated from it?"), true);
    });
    connect(m_page, &ClientPage::deleteChartRequested, this, [this](const QString& id) {
        deleteRow(QStringLiteral("charts"), id, tr("Delete this chart with its interpretations?"), true);
    });
    connect(m_page, &ClientPage::exportChartRequested, this,
            [this](const QString& id) { openExportWizard(exchange::ExportScope::Chart, id); });
    connect(m_page, &ClientPage::addNoteRequested, this, [this] { editSessionNote({}); });
    connect(m_page, &ClientPage::editNoteRequested, this, &MainWindow::editSessionNote);
    connect(m_page, &ClientPage::deleteNoteRequested, this,
            [this](const QString& id) { deleteRow(QStringLiteral("session_notes"), id, QString(), false); });

    m_pathLabel = new QLabel(QDir::toNativeSeparators(database.path()), this);
    m_pathLabel->setToolTip(tr("The practice database"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    setAcceptDrops(true);
    createActions();
    restoreSettings();
    reload();
}

MainWindow::~MainWindow()
{
    delete m_pages; // the pages go before the services they show
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* a = new QAction(text, this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    addPracticeActions(this, file);
    QAction* newClient = action(tr("&New Client…"), QKeySequence::New, &MainWindow::newClient);
    file->addAction(newClient);
    file->addAction(action(tr("Load &Demo Data…"), {}, [this] {
        if (MessageBox::question(
                this, tr("Load Demo Data"),
                tr("Add 200 fictional clients with birth data, charts and session notes to this "
                   "database? You can delete them again one by one."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            loadDemoData(demo::DemoOptions{ 200, 1, quint64(QDateTime::currentMSecsSinceEpoch()) });
    }));
    file->addSeparator();
    QAction* exportAll = action(tr("&Export All Data…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                [this] { openExportWizard(exchange::ExportScope::Full); });
    file->addAction(exportAll);
    file->addAction(action(tr("Export a &Selection…"), {},
                           [this] { openExportWizard(exchange::ExportScope::Selective); }));
    file->addSeparator();
    file->addAction(action(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                           [this] { openImportWizard(); }));
    file->addSeparator();
    QAction* quit = action(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(action(tr("Undo Last &Import…"), {}, [this] { emit undoLastImportRequested(true); }));
    edit->addSeparator();
    QAction* editClientAction
        = action(tr("&Edit Client…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editClient);
    QAction* deleteClientAction
        = action(tr("&Delete Client"), QKeySequence::Delete, &MainWindow::deleteClient);
    deleteClientAction->setShortcutContext(Qt::WidgetShortcut);
    QAction* newBirth = action(tr("New &Birth Data…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                               [this] { editBirthData({}); });
    QAction* newNote = action(tr("New Session &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                              [this] { editSessionNote({}); });
    edit->addAction(editClientAction);
    edit->addAction(deleteClientAction);
    edit->addSeparator();
    edit->addAction(newBirth);
    edit->addAction(newNote);

    QAction* exportClient = action(tr("E&xport Client Data…"), {}, [this] {
        if (!currentClientId().isEmpty())
            openExportWizard(exchange::ExportScope::Client, currentClientId());
    });
    edit->addSeparator();
    edit->addAction(exportClient);

    // The client list's context menu and Delete key.
    m_view->addAction(newClient);
    m_view->addAction(editClientAction);
    m_view->addAction(exportClient);
    m_view->addAction(deleteClientAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(tr("&Clients"), QKeySequence(Qt::CTRL | Qt::Key_1), &MainWindow::showClientsPage));
    view->addAction(
        action(tr("&Backups"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { showBackupsPage(); }));
    view->addAction(
        action(tr("&Statistics"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { showStatsPage(); }));
    view->addSeparator();
    view->addAction(action(tr("&Find Client"), QKeySequence::Find, [this] {
        showClientsPage();
        m_search->setFocus();
        m_search->selectAll();
    }));
    view->addAction(action(tr("&Refresh"), QKeySequence::Refresh, [this] { reload(currentClientId()); }));
    view->addSeparator();
    auto* languages = new LanguageMenu(view);
    connect(languages, &LanguageMenu::chosen, this, &MainWindow::showStatus);
    view->addMenu(languages);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = action(tr("&About The Program"), {}, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

RestoreDialog* MainWindow::openRestoreDialog(const QString& backupPath)
{
    auto* dialog = new RestoreDialog(*m_backups, m_database.path(), m_replacer, backupPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: roomy, but never larger than the screen (a 1024×700 one included).
        const QSize roomy(1200, 760);
        resize(screen() ? roomy.boundedTo(screen()->availableGeometry().size()) : roomy);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("clientList/header")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("clientList/header"), m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_demoRunning) {
        MessageBox::warning(this, tr("Demo Data"),
                            tr("Please wait until the demo data is written, or cancel it."));
        event->ignore();
        return;
    }
    saveSettings();
    if (m_hideOnClose && m_hideOnClose()) {
        hide(); // into the tray: scheduled backups go on
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::reload(const QString& selectClientId)
{
    showClients(m_store.clientSummaries(), selectClientId);
}

void MainWindow::reloadInBackground(const QString& selectClientId, std::function<void()> done)
{
    // The list of a large practice takes a tenth of a second to read: not on the window's thread.
    m_reloadJob = startJob<QList<model::ClientSummary>>(
        this, m_database.path(),
        [](db::Database& database, Progress&) {
            return model::PracticeStore(database.connection()).clientSummaries();
        },
        [this, selectClientId, done](const JobOutcome<QList<model::ClientSummary>>& outcome) {
            if (outcome.result)
                showClients(*outcome.result, selectClientId);
            else
                reload(selectClientId);
            if (done)
                done();
        });
}

void MainWindow::showClients(QList<model::ClientSummary> clients, const QString& selectClientId)
{
    if (m_statsPage)
        m_statsPage->setStale(); // the list is shown again after every change
    m_model->setClients(std::move(clients));
    if (!selectClientId.isEmpty())
        selectClient(selectClientId);
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    showCurrentClient();
    updateStatus();
}

void MainWindow::selectClient(const QString& id)
{
    const int row = m_model->rowOfClient(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString MainWindow::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ClientListModel::IdRole).toString() : QString();
}

void MainWindow::showCurrentClient()
{
    const QString id = currentClientId();
    const auto client = id.isEmpty() ? std::nullopt : m_store.row(QStringLiteral("clients"), id);
    if (!client) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_page->showClient(*client,
                       m_store.rowsWhere(QStringLiteral("birth_data"), QStringLiteral("client_id"), id),
                       m_store.chartSummaries(id),
                       m_store.rowsWhere(QStringLiteral("session_notes"), QStringLiteral("client_id"), id,
                                         QStringLiteral("note_date")));
    m_stack->setCurrentIndex(1);
}

QString MainWindow::statusCounts() const
{
    const QLocale locale;
    return tr("%1 clients · %2 charts · %3 session notes")
        .arg(locale.toString(m_store.count(QStringLiteral("clients"))),
             locale.toString(m_store.count(QStringLiteral("charts"))),
             locale.toString(m_store.count(QStringLiteral("session_notes"))));
}

void MainWindow::updateStatus()
{
    m_countsLabel->setText(statusCounts());
}

void MainWindow::newClient()
{
    m_editing->newClient();
}

void MainWindow::editClient()
{
    m_editing->editClient(currentClientId());
}

void MainWindow::deleteClient()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        m_editing->deleteClient(currentClientId(),
                                m_model->clientAt(m_filter->mapToSource(index).row()).displayName());
}

void MainWindow::editBirthData(const QString& id)
{
    m_editing->editBirthData(currentClientId(), id);
}

void MainWindow::editSessionNote(const QString& id)
{
    m_editing->editSessionNote(currentClientId(), id);
}

void MainWindow::deleteRow(const QString& table, const QString& id, const QString& question, bool confirm)
{
    m_editing->deleteRow(table, id, question, confirm);
}

void MainWindow::offerDemoDataIfEmpty()
{
    if (m_store.count(QStringLiteral("clients")) != 0)
        return;
    if (MessageBox::question(
            this, tr("Welcome to The Program"),
            tr("This practice database is empty.\n\nWould you like to load demo data – 200 fictional "
               "clients with birth data, charts, interpretations and session notes – to explore The "
               "Program? You can delete them later."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes)
        loadDemoData(demo::DemoOptions{});
}

QFuture<void> MainWindow::loadDemoData(const demo::DemoOptions& options)
{
    m_demoRunning = true;
    auto* dialog
        = new QProgressDialog(tr("Creating the demo practice…"), tr("Cancel"), 0, options.clients, this);
    dialog->setWindowTitle(tr("Demo Data"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    auto* job = startJob<demo::DemoResult>(
        this, m_database.path(),
        [options](db::Database& database, Progress& progress) {
            return demo::DemoGenerator::generate(database.connection(), options, &progress);
        },
        [this, dialog](const JobOutcome<demo::DemoResult>& outcome) {
            m_demoRunning = false;
            dialog->deleteLater();
            const demo::DemoResult result = outcome.resultOr(QString());
            if (outcome.canceled || result.canceled)
                statusBar()->showMessage(tr("Demo data cancelled; nothing was added."), 6000);
            else if (!result.ok)
                MessageBox::critical(this, tr("Demo Data"), result.error);
            else
                statusBar()->showMessage(tr("Demo data loaded: %n client(s).", nullptr,
                                            int(result.inserted.value(QStringLiteral("clients")))),
                                         6000);
            const bool ok = !outcome.canceled && result.ok;
            reloadInBackground(currentClientId(), [this, ok] {
                if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
                    m_view->selectRow(0);
                emit demoDataFinished(ok);
            });
        });
    connect(job, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(dialog, &QProgressDialog::canceled, job, &QFutureWatcherBase::cancel);
    return job->future();
}

ExportWizard* MainWindow::openExportWizard(exchange::ExportScope scope, const QString& id)
{
    auto* wizard = new ExportWizard(m_database.path(), scope, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ExportWizard::exportFinished, this, [this, wizard](bool ok) {
        if (ok)
            statusBar()->showMessage(
                tr("Exported to %1.").arg(QDir::toNativeSeparators(wizard->result().outputPath)), 8000);
    });
    wizard->open();
    return wizard;
}

ImportWizard* MainWindow::openImportWizard(const QStringList& files)
{
    auto* wizard = new ImportWizard(m_database.path(), files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](bool ok) {
        reloadInBackground(currentClientId());
        if (ok)
            statusBar()->showMessage(
                tr("Import finished. Edit → Undo Last Import puts the database back as it was."), 8000);
    });
    connect(wizard, &ImportWizard::showClientsRequested, this, [this] {
        m_search->clear();
        reload();
        m_view->setFocus();
    });
    connect(wizard, &ImportWizard::undoRequested, this, [this] { emit undoLastImportRequested(false); });
    wizard->open();
    return wizard;
}

void MainWindow::practiceAboutToBeReplaced()
{
    cancelAndWait(m_reloadJob); // a list read from the old file is not shown after
}

void MainWindow::practiceReplaced(bool changed)
{
    if (changed)
        m_undo->clear(); // the undo stack refers to rows of the file that was replaced
    reload();
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        openFiles(files);
        event->acceptProposedAction();
    }
}

void MainWindow::openFiles(const QStringList& files)
{
    QStringList exports;
    QString backup;
    for (const QString& file : files) {
        if (backup::BackupEngine::isBackupFile(file))
            backup = backup.isEmpty() ? file : backup; // one restore at a time: the first
        else
            exports << file;
    }
    if (!backup.isEmpty())
        openRestoreDialog(backup);
    if (!exports.isEmpty())
        openImportWizard(exports);
}

void MainWindow::about()
{
    const QLocale locale;
    QMessageBox::about(
        this, tr("About The Program"),
        tr("<h3>The Program %1</h3>"
           "<p>An astrologer's practice – clients, birth data, charts, interpretations and session notes – "
           "in one "
           "database on your own computer. Your data stays yours: it is an open SQLite file.</p>"
           "<p>Database: %2<br>Schema version %3 · SQLite %4 · Qt %5<br>%6</p>")
            .arg(applicationVersion(), QDir::toNativeSeparators(m_database.path()).toHtmlEscaped())
            .arg(m_database.schemaVersion())
            .arg(m_database.sqliteVersion(), QString::fromLatin1(qVersion()), statusCounts()));
}

} // namespace tp::ui
