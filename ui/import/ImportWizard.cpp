#include "ImportWizard.h"

#include "common/MessageBox.h"
#include "common/WaitingPage.h"
#include "db/Database.h"
#include "exchange/Importer.h"
#include "model/PracticeStore.h"
#include "util/PromiseProgress.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ConflictStrategy;
using exchange::ImportOptions;
using exchange::ImportResult;

namespace {

constexpr qint64 kLargeFile = 10 * 1024 * 1024;

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

QComboBox* strategyCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(ImportWizard::tr("Keep existing (skip)"), int(ConflictStrategy::Skip));
    combo->addItem(ImportWizard::tr("Replace with incoming"), int(ConflictStrategy::Replace));
    combo->addItem(ImportWizard::tr("Merge (incoming fills in)"), int(ConflictStrategy::Merge));
    combo->addItem(ImportWizard::tr("Import as a new copy (rename)"), int(ConflictStrategy::Rename));
    return combo;
}

ImportResult runImport(const QString& path, const ImportOptions& options, QPromise<ImportResult>& promise)
{
    db::OpenFailure failure;
    auto database = db::Database::openExisting(path, &failure);
    if (!database) {
        ImportResult r;
        r.error = failure.message;
        return r;
    }
    PromiseProgress<ImportResult> progress(promise);
    return exchange::Importer::run(*database, options, &progress);
}

} // namespace

ImportWizard::ImportWizard(const QString& databasePath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    setPage(FilesPage, createFilesPage());
    setPage(CheckPage, createCheckPage());
    setPage(ConflictsPage, createConflictsPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ProgressPage, createProgressPage());
    setPage(ResultPage, createResultPage());
    addFiles(files);
    resize(820, 600);
}

ImportWizard::~ImportWizard()
{
    if (m_watcher && m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

QWizardPage* ImportWizard::createFilesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("Drop files here or add them: exports of The Program (.json, .json.gz, .zip), CSV "
                         "files (one per table), "
                         "or the earlier edition's JSON."));
    auto* layout = new QVBoxLayout(page);
    m_fileList = new QListWidget(page);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    layout->addWidget(m_fileList, 1);
    m_fileWarning = new QLabel(page);
    m_fileWarning->setWordWrap(true);
    layout->addWidget(m_fileWarning);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Files…"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(
            QFileDialog::getOpenFileNames(this, tr("Import"), QString(),
                                          tr("Exports and tables (*.json *.gz *.zip *.csv);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_fileList->selectedItems()); });
    return page;
}

void ImportWizard::addFiles(const QStringList& files)
{
    for (const QString& f : files) {
        if (f.isEmpty() || !m_fileList->findItems(f, Qt::MatchExactly).isEmpty())
            continue;
        m_fileList->addItem(f);
    }
    QStringList large;
    for (const QString& f : this->files()) {
        if (QFileInfo(f).size() > kLargeFile)
            large << QFileInfo(f).fileName();
    }
    m_fileWarning->setText(large.isEmpty()
                               ? QString()
                               : tr("Large files (%1): checking and importing them may take a while.")
                                     .arg(large.join(QStringLiteral(", "))));
}

QStringList ImportWizard::files() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i)
        out << m_fileList->item(i)->text();
    return out;
}

QWizardPage* ImportWizard::createCheckPage()
{
    auto* page = new WaitingPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row is checked before anything is written."));
    auto* layout = new QVBoxLayout(page);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    m_problemFilter = new QLineEdit(page);
    m_problemFilter->setPlaceholderText(tr("Filter problems (file, table, field or words)"));
    m_problemFilter->setClearButtonEnabled(true);
    connect(m_problemFilter, &QLineEdit::textChanged, this, &ImportWizard::filterProblems);
    m_problems = makeTable(page, { tr("Kind"), tr("Where"), tr("Problem") });
    auto* save = new QPushButton(tr("&Save Report…"), page);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save Report"), QStringLiteral("import-check.txt"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(exchange::Importer::textReport(m_check, options(), m_databasePath,
                                                   exchange::Importer::Reader::App)
                        .toUtf8());
            f.commit();
        }
    });
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_problemFilter);
    layout->addWidget(m_problems, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    return page;
}

QWizardPage* ImportWizard::createConflictsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Conflicts"));
    page->setSubTitle(
        tr("These rows are already in the practice. Choose what happens to each, or to all at once."));
    auto* layout = new QVBoxLayout(page);
    auto* bulkRow = new QHBoxLayout;
    m_bulk = strategyCombo(page);
    auto* apply = new QPushButton(tr("Set for &All"), page);
    bulkRow->addWidget(new QLabel(tr("For all:"), page));
    bulkRow->addWidget(m_bulk);
    bulkRow->addWidget(apply);
    bulkRow->addStretch();
    m_conflicts
        = makeTable(page, { tr("Item"), tr("Existing"), tr("Incoming"), tr("Action"), tr("Matched by") });
    connect(apply, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_conflicts->rowCount(); ++r) {
            if (auto* combo = qobject_cast<QComboBox*>(m_conflicts->cellWidget(r, 3)))
                combo->setCurrentIndex(m_bulk->currentIndex());
        }
        m_strategy->setCurrentIndex(m_bulk->currentIndex());
    });
    layout->addLayout(bulkRow);
    layout->addWidget(m_conflicts, 1);
    return page;
}

QWizardPage* ImportWizard::createOptionsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Options"));
    auto* layout = new QVBoxLayout(page);
    m_mode = new QButtonGroup(page);
    auto* merge = new QRadioButton(tr("&Merge into the current data (recommended)"), page);
    auto* restore
        = new QRadioButton(tr("Full &restore: replace all clients, charts and notes with the file's"), page);
    m_mode->addButton(merge, int(exchange::ImportMode::Merge));
    m_mode->addButton(restore, int(exchange::ImportMode::Restore));
    merge->setChecked(true);
    m_confirmRestore = new QCheckBox(
        tr("I understand that a full restore replaces everything (a safety snapshot is taken first)."), page);
    m_confirmRestore->setEnabled(false);
    connect(restore, &QRadioButton::toggled, m_confirmRestore, &QWidget::setEnabled);
    m_strategy = strategyCombo(page);
    m_key = new QComboBox(page);
    m_key->addItem(tr("the same id"), int(exchange::ConflictKey::Id));
    m_key->addItem(tr("the same person or chart (name and birth date; birth data, type, houses and system)"),
                   int(exchange::ConflictKey::Natural));
    m_partial = new QCheckBox(
        tr("&Partial: import the valid rows, skip invalid ones and what depends on them"), page);
    layout->addWidget(merge);
    layout->addWidget(restore);
    layout->addWidget(m_confirmRestore);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Rows count as already there when they have:"), page));
    layout->addWidget(m_key);
    layout->addWidget(new QLabel(tr("Rows already there, unless chosen otherwise per row:"), page));
    layout->addWidget(m_strategy);
    layout->addWidget(m_partial);
    layout->addStretch();
    return page;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new WaitingPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("What the import will do (a dry run: nothing has been changed yet)."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(page);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setWordWrap(true);
    m_preview = makeTable(page,
                          { tr("Table"), tr("New"), tr("Updated"), tr("Kept"), tr("Copied"), tr("Failed"),
                            tr("Already there") });
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage* ImportWizard::createProgressPage()
{
    auto* page = new WaitingPage(this);
    page->setTitle(tr("Importing"));
    auto* layout = new QVBoxLayout(page);
    m_progressLabel = new QLabel(tr("Taking a safety snapshot…"), page);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch();
    return page;
}

QWizardPage* ImportWizard::createResultPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    auto* layout = new QVBoxLayout(page);
    m_resultText = new QPlainTextEdit(page);
    m_resultText->setReadOnly(true);
    m_resultText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* row = new QHBoxLayout;
    auto* show = new QPushButton(tr("Show Imported &Clients"), page);
    auto* undo = new QPushButton(tr("&Undo Import"), page);
    connect(show, &QPushButton::clicked, this, [this] {
        QWizard::accept(); // the window behind shows them: the wizard closes first
        emit showClientsRequested();
    });
    connect(undo, &QPushButton::clicked, this, [this] {
        emit undoRequested();
        QWizard::accept();
    });
    row->addWidget(show);
    row->addWidget(undo);
    row->addStretch();
    layout->addWidget(m_resultText, 1);
    layout->addLayout(row);
    return page;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.inputs = files();
    o.strategy = ConflictStrategy(m_strategy->currentData().toInt());
    o.key = exchange::ConflictKey(m_key->currentData().toInt());
    o.mode = exchange::ImportMode(m_mode->checkedId());
    o.restoreConfirmed = m_confirmRestore->isChecked();
    o.partial = m_partial->isChecked();
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(m_conflicts->cellWidget(r, 3));
        const QString key = m_conflicts->item(r, 0)->data(Qt::UserRole).toString();
        if (combo && !key.isEmpty() && ConflictStrategy(combo->currentData().toInt()) != o.strategy)
            o.rowStrategies.insert(key, ConflictStrategy(combo->currentData().toInt()));
    }
    return o;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage && files().isEmpty()) {
        currentPage()->setSubTitle(tr("Add at least one file first."));
        return false;
    }
    if (currentId() == CheckPage && !m_check.unreadableFiles.isEmpty())
        return false; // nothing of a file that cannot be read is imported, not even in part
    if (currentId() == CheckPage && m_check.errorCount() > 0 && !m_partial->isChecked()) {
        if (MessageBox::question(this, tr("Import"),
                                 tr("%n row(s) have errors. Import the valid rows only (partial import)?",
                                    nullptr, m_check.errorCount()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return false;
        m_partial->setChecked(true);
    }
    if (currentId() == OptionsPage && m_mode->checkedId() == int(exchange::ImportMode::Restore)
        && !m_confirmRestore->isChecked()) {
        currentPage()->setSubTitle(tr("Tick the box to confirm the full restore, or choose Merge."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

int ImportWizard::nextId() const
{
    if (currentId() == CheckPage && m_check.conflicts.isEmpty())
        return OptionsPage; // nothing to decide row by row
    return QWizard::nextId();
}

void ImportWizard::initializePage(int id)
{
    if (id == CheckPage)
        runDry(CheckPage);
    else if (id == PreviewPage)
        runDry(PreviewPage);
    else if (id == ProgressPage)
        startImport();
    else if (id == ResultPage) {
        page(ResultPage)
            ->setTitle(m_result.ok             ? tr("Imported")
                           : m_result.canceled ? tr("Cancelled")
                                               : tr("Not imported"));
        m_resultText->setPlainText(exchange::Importer::textReport(m_result, options(), m_databasePath,
                                                                  exchange::Importer::Reader::App));
    }
    QWizard::initializePage(id);
}

void ImportWizard::runDry(int pageId)
{
    auto* page = static_cast<WaitingPage*>(this->page(pageId));
    page->setComplete(false);
    ImportOptions o = options();
    if (pageId == CheckPage) {
        o = ImportOptions{};
        o.inputs = files();
        o.partial = true; // see every problem and every conflict
    }
    o.dryRun = true;
    (pageId == CheckPage ? m_checkSummary : m_previewSummary)->setText(tr("Reading and checking…"));
    auto* watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, page, pageId] {
        watcher->deleteLater();
        const ImportResult r = watcher->future().resultCount() ? watcher->result() : ImportResult{};
        if (pageId == CheckPage) {
            m_check = r;
            fillProblems();
            fillConflicts();
            // A file that cannot be read yields no rows to import in part: a dead end for Next,
            // with the way out (Back) in words.
            if (!r.unreadableFiles.isEmpty()) {
                m_checkSummary->setText(
                    tr("%n file(s) cannot be read, so nothing can be imported from them: %1. The problems "
                       "below say where each one breaks off. Go Back to remove or replace them.",
                       nullptr, int(r.unreadableFiles.size()))
                        .arg(r.unreadableFiles.join(QStringLiteral(", "))));
                emit checkFinished();
                return;
            }
            emit checkFinished();
        } else {
            m_dry = r;
            fillCounts(m_preview, r);
            m_previewSummary->setText(
                r.ok ? tr("%n row(s) read. Nothing has been changed yet; press Import to apply.", nullptr,
                          int(r.rowsRead))
                     : tr("The import would fail: %1").arg(r.error));
            page->setComplete(r.ok);
            emit previewFinished();
            return;
        }
        page->setComplete(true);
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run(
        [path, o](QPromise<ImportResult>& promise) { promise.addResult(runImport(path, o, promise)); }));
}

void ImportWizard::fillProblems()
{
    const QLocale locale;
    const int errors = m_check.errorCount();
    QString summary = tr("%1 rows read from %n file(s).", nullptr, int(files().size()))
                          .arg(locale.toString(m_check.rowsRead));
    if (!m_check.ok && m_check.rowsRead == 0)
        summary = m_check.error;
    else if (errors == 0)
        summary += QLatin1Char(' ') + tr("No errors.");
    else
        summary
            += QLatin1Char(' ') + tr("%n error(s): rows with errors cannot be imported.", nullptr, errors);
    m_checkSummary->setText(summary);
    m_problems->setRowCount(int(m_check.problems.size()));
    for (int i = 0; i < m_check.problems.size(); ++i) {
        const auto& p = m_check.problems.at(i);
        m_problems->setItem(
            i, 0, new QTableWidgetItem(p.severity == model::Severity::Error ? tr("Error") : tr("Warning")));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.place()));
        auto* message = new QTableWidgetItem(p.message);
        message->setToolTip(p.message);
        m_problems->setItem(i, 2, message);
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setStretchLastSection(true);
}

void ImportWizard::filterProblems(const QString& text)
{
    for (int r = 0; r < m_problems->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < m_problems->columnCount() && !match; ++c)
            match = m_problems->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_problems->setRowHidden(r, !match);
    }
}

void ImportWizard::fillConflicts()
{
    // Grouped under their client; each shows only the fields that differ
    // (worked out by the import, not read here on the window's thread).
    QList<const exchange::ImportConflict*> conflicts;
    for (const auto& c : std::as_const(m_check.conflicts))
        conflicts << &c;
    std::stable_sort(conflicts.begin(), conflicts.end(), [](const auto* a, const auto* b) {
        return QString::localeAwareCompare(a->clientLabel, b->clientLabel) < 0;
    });
    const auto shown = [](const QVariant& v) {
        const QString text = v.toString();
        return v.isNull() ? QStringLiteral("—") : text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    };
    const int rows = int(qMin<qsizetype>(conflicts.size(), 2000));
    m_conflicts->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const exchange::ImportConflict& c = *conflicts.at(i);
        QStringList existingValues, incomingValues;
        for (const exchange::FieldChange& change : c.changes) {
            existingValues << change.column + QStringLiteral(": ") + shown(change.existing);
            incomingValues << change.column + QStringLiteral(": ") + shown(change.incoming);
        }
        const QString item = c.clientLabel.isEmpty() || c.table == QLatin1String("clients")
            ? c.label
            : tr("%1 — %2").arg(c.clientLabel, c.label);
        auto* first = new QTableWidgetItem(item);
        first->setData(Qt::UserRole, QString(c.table + QLatin1Char('/') + c.incomingId));
        first->setToolTip(tr("%1, line %2").arg(c.file).arg(c.line));
        m_conflicts->setItem(i, 0, first);
        auto* existingItem = new QTableWidgetItem(existingValues.join(QStringLiteral("; ")));
        existingItem->setToolTip(existingValues.join(QLatin1Char('\n')));
        m_conflicts->setItem(i, 1, existingItem);
        auto* incoming = new QTableWidgetItem(incomingValues.join(QStringLiteral("; ")));
        incoming->setToolTip(incomingValues.join(QLatin1Char('\n')));
        m_conflicts->setItem(i, 2, incoming);
        m_conflicts->setCellWidget(i, 3, strategyCombo(m_conflicts));
        m_conflicts->setItem(i, 4, new QTableWidgetItem(c.kind));
    }
    m_conflicts->resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        m_conflicts->setColumnWidth(c, qMin(m_conflicts->columnWidth(c), 200)); // keep the actions in view
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
}

void ImportWizard::fillCounts(QTableWidget* table, const ImportResult& result)
{
    const QLocale locale;
    table->setRowCount(int(result.counts.size()));
    int r = 0;
    for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it, ++r) {
        table->setItem(r, 0, new QTableWidgetItem(it.key()));
        const qint64 values[]
            = { it->inserted, it->updated, it->skipped, it->renamed, it->failed, it->identical };
        for (int c = 0; c < 6; ++c) {
            auto* cell = new QTableWidgetItem(locale.toString(values[c]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c + 1, cell);
        }
    }
    table->resizeColumnsToContents();
}

void ImportWizard::startImport()
{
    auto* page = static_cast<WaitingPage*>(this->page(ProgressPage));
    page->setComplete(false);
    const ImportOptions o = options();
    const QString path = m_databasePath;
    m_watcher = new QFutureWatcher<ImportResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    m_importClock.start();
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progressLabel,
            [this](const QString& text) {
                // Time left, from the pace so far (once there is one).
                const int value = m_progress->value() - m_progress->minimum();
                const int range = m_progress->maximum() - m_progress->minimum();
                QString left;
                if (value > 0 && range > value && m_importClock.elapsed() > 1000) {
                    const qint64 seconds = m_importClock.elapsed() * (range - value) / value / 1000;
                    left = QStringLiteral(" – ") + tr("about %n second(s) left", nullptr, int(seconds));
                }
                m_progressLabel->setText(text + left);
            });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, page] {
        const QFuture<ImportResult> f = m_watcher->future();
        m_result = f.resultCount() > 0 ? f.result() : ImportResult{};
        if (f.isCanceled() && f.resultCount() == 0) {
            m_result.canceled = true;
            m_result.error = tr("Import cancelled; the database is as it was.");
        }
        page->setComplete(true);
        emit importFinished(m_result.ok);
        if (m_closeWhenDone) {
            QWizard::reject();
            return;
        }
        next();
    });
    m_watcher->setFuture(QtConcurrent::run(
        [path, o](QPromise<ImportResult>& promise) { promise.addResult(runImport(path, o, promise)); }));
}

void ImportWizard::reject()
{
    if (m_watcher && m_watcher->isRunning()) {
        if (MessageBox::question(this, tr("Import"), tr("Cancel the import? Nothing will have been changed."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        m_closeWhenDone = true;
        m_progressLabel->setText(tr("Cancelling…"));
        m_watcher->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && currentId() == FilesPage)
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace tp::ui
