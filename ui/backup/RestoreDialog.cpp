#include "RestoreDialog.h"

#include "backup/ScheduledBackup.h"
#include "BackupService.h"
#include "common/BackgroundJob.h"
#include "common/Words.h"
#include "export/ChoiceModel.h"
#include "main/ClientListModel.h"
#include "RestoreSourcePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Clients
{
    QList<Choice> choices;
    QString error;
};

struct Restored
{
    bool ok = false;
    QString error;
    QString text;
    QString safetyBackup;
};

// The key to read the backup with: typed in the dialog, else the settings' one.
bool keyFor(const backup::BackupSettings& settings, const std::optional<crypto::KeySource>& typed,
            std::optional<crypto::KeySource>* key, QString* error)
{
    return backup::ScheduledBackup(settings).key(typed, key, error);
}

} // namespace

RestoreDialog::RestoreDialog(BackupService& service, QString practicePath, FileReplacer replacer,
                             const QString& chosenBackup, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_practicePath(std::move(practicePath))
    , m_replacer(std::move(replacer))
    , m_pages(new QStackedWidget(this))
    , m_source(new RestoreSourcePage(this))
{
    setWindowTitle(tr("Restore from a Backup"));
    m_pages->addWidget(m_source);
    m_pages->addWidget(makeWhat());
    m_pages->addWidget(makeConfirm());
    m_pages->addWidget(makeResult());
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setDefault(true);
    m_close = new QPushButton(tr("Cancel"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(page() - 1); });
    connect(m_next, &QPushButton::clicked, this, &RestoreDialog::next);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        else
            reject();
    });
    connect(m_source, &RestoreSourcePage::changed, this, &RestoreDialog::updateButtons);
    resize(QSize(620, 480));

    const QString folder = m_service.folder();
    m_source->setDownloadFolder(folder);
    m_job = startWork<QList<backup::BackupInfo>>(
        this, [folder](Progress&) { return backup::BackupEngine::list(folder); },
        [this, chosenBackup](const JobOutcome<QList<backup::BackupInfo>>& outcome) {
            m_job = nullptr;
            m_source->setHistory(outcome.result.value_or(QList<backup::BackupInfo>()), chosenBackup);
            updateButtons();
            emit ready();
        });
    showPage(SourcePage);
}

RestoreDialog::~RestoreDialog()
{
    cancelAndWait(m_job);
}

QWidget* RestoreDialog::makeWhat()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_everything
        = new QRadioButton(tr("&Everything: the whole practice as it was when the backup was made"), page);
    m_some = new QRadioButton(tr("&Only these clients, brought back into the practice as it is now:"), page);
    m_everything->setChecked(true);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search name or birth date"));
    m_search->setClearButtonEnabled(true);
    m_choices = new ChoiceModel(true, page);
    m_filter = new ClientFilterModel(page);
    m_filter->setSearchRole(ChoiceModel::SearchKeyRole);
    m_filter->setSourceModel(m_choices);
    m_clients = new QListView(page);
    m_clients->setModel(m_filter);
    m_clients->setAccessibleName(tr("Clients in the backup"));
    m_clientsState = new QLabel(page);
    m_strategy = new QComboBox(page);
    for (auto s : { exchange::ConflictStrategy::Skip, exchange::ConflictStrategy::Replace,
                    exchange::ConflictStrategy::Merge, exchange::ConflictStrategy::Rename })
        m_strategy->addItem(exchange::strategyWords(s), int(s));
    m_strategy->setCurrentIndex(1); // the backup's client replaces today's: what "restore" means
    auto* strategyRow = new QHBoxLayout;
    auto* strategyLabel = new QLabel(tr("When a client is here already: "), page);
    strategyLabel->setBuddy(m_strategy);
    strategyRow->addWidget(strategyLabel);
    strategyRow->addWidget(m_strategy, 1);
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(m_search);
    indented->addWidget(m_clients, 1);
    indented->addWidget(m_clientsState);
    indented->addLayout(strategyRow);
    layout->addWidget(m_everything);
    layout->addWidget(m_some);
    layout->addLayout(indented, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ClientFilterModel::setSearchText);
    connect(m_some, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            readClients();
        updateButtons();
    });
    connect(m_choices, &QAbstractItemModel::dataChanged, this, &RestoreDialog::updateButtons);
    return page;
}

QWidget* RestoreDialog::makeConfirm()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_statement = new QLabel(page);
    m_statement->setWordWrap(true);
    m_understand = new QCheckBox(tr("I &understand what will be replaced"), page);
    m_progressText = new QLabel(page);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_statement);
    layout->addWidget(m_understand);
    layout->addStretch();
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    connect(m_understand, &QCheckBox::toggled, this, &RestoreDialog::updateButtons);
    return page;
}

QWidget* RestoreDialog::makeResult()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo = new QPushButton(tr("&Undo This Restore"), page);
    m_undo->setToolTip(tr("Put the practice back as it was just before, from the safety backup"));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        restoreFull(m_safetyBackup, m_source->typedKey(), true);
    });
    layout->addWidget(m_result);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

int RestoreDialog::page() const
{
    return m_pages->currentIndex();
}

void RestoreDialog::showPage(int index)
{
    m_pages->setCurrentIndex(qBound(0, index, int(ResultPage)));
    if (index == ConfirmPage) {
        const backup::BackupManifest& m = m_source->manifest();
        const QString when = Words::moment(m.createdAt());
        QString text;
        if (m_everything->isChecked()) {
            const QJsonObject c = m.rowCounts();
            text = tr("Everything in the practice now is replaced by the backup made %1: %2 clients, %3 "
                      "charts "
                      "and %4 session notes. Whatever was added or changed since then is lost – unless you "
                      "undo the restore.")
                       .arg(when)
                       .arg(c.value(QStringLiteral("clients")).toInteger())
                       .arg(c.value(QStringLiteral("charts")).toInteger())
                       .arg(c.value(QStringLiteral("session_notes")).toInteger());
        } else {
            text = tr("%n chosen client(s), with their birth data, charts and session notes, come back from "
                      "the "
                      "backup made %1. A client who is here already: %2. Everyone else stays as they are.",
                      nullptr, int(m_choices->checkedIds().size()))
                       .arg(when, m_strategy->currentText().toLower());
        }
        m_statement->setText(
            text + QStringLiteral("\n\n")
            + tr("First, a safety backup of the practice as it is now is made, so that this restore can be "
                 "undone."));
        m_understand->setChecked(false);
    }
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const int p = page();
    const bool busy = m_job;
    m_back->setVisible(p != ResultPage);
    m_back->setEnabled(p > SourcePage && !busy);
    m_next->setVisible(p != ResultPage);
    m_next->setText(p == ConfirmPage ? tr("&Restore") : tr("&Next >"));
    bool ok = !busy;
    if (p == SourcePage)
        ok = ok && m_source->problem().isEmpty();
    else if (p == WhatPage)
        ok = ok && (m_everything->isChecked() ? bool(m_replacer) : !m_choices->checkedIds().isEmpty());
    else if (p == ConfirmPage)
        ok = ok && m_understand->isChecked();
    m_next->setEnabled(ok);
    m_everything->setEnabled(bool(m_replacer));
    m_everything->setToolTip(
        m_replacer ? QString() : tr("Open the practice in The Program's window to restore all of it"));
    m_close->setText(p == ResultPage                ? tr("Close")
                         : busy && p == ConfirmPage ? tr("Cancel Restore")
                                                    : tr("Cancel"));
    m_close->setEnabled(!(busy && p == ConfirmPage && m_everything->isChecked()));
    m_undo->setVisible(!m_safetyBackup.isEmpty() && m_worked);
}

void RestoreDialog::next()
{
    if (!m_next->isEnabled())
        return;
    if (page() == ConfirmPage)
        restore();
    else
        showPage(page() + 1);
}

void RestoreDialog::chooseClients(const QStringList& ids)
{
    m_some->setChecked(true);
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        const QModelIndex index = m_choices->index(row);
        m_choices->setData(
            index, ids.contains(index.data(ChoiceModel::IdRole).toString()) ? Qt::Checked : Qt::Unchecked,
            Qt::CheckStateRole);
    }
    updateButtons();
}

QString RestoreDialog::statementText() const
{
    return m_statement->text();
}

QString RestoreDialog::resultText() const
{
    return m_result->text();
}

void RestoreDialog::readClients()
{
    const QString path = m_source->backupPath();
    if (path == m_clientsOf || m_job)
        return;
    m_clientsOf = path;
    m_choices->setChoices({});
    m_clientsState->setText(tr("Reading the backup's clients…"));
    const backup::BackupSettings settings = m_service.settings();
    const auto typed = m_source->typedKey();
    const QString work = QFileInfo(m_practicePath).absolutePath();
    m_job = startWork<Clients>(
        this,
        [path, settings, typed, work](Progress&) {
            Clients c;
            std::optional<crypto::KeySource> key;
            if (!keyFor(settings, typed, &key, &c.error))
                return c;
            const auto clients = backup::BackupEngine::clientsOf(path, key, work, &c.error);
            for (const model::ClientSummary& s : clients.value_or(QList<model::ClientSummary>())) {
                const QString name = s.displayName();
                c.choices << Choice{ s.id,
                                     s.birthDate.isEmpty() ? name : tr("%1 (born %2)").arg(name, s.birthDate),
                                     ClientListModel::searchKey(name + QLatin1Char(' ') + s.birthDate) };
            }
            return c;
        },
        [this](const JobOutcome<Clients>& outcome) {
            m_job = nullptr;
            const Clients c = outcome.resultOr(tr("Cancelled."));
            m_choices->setChoices(c.choices);
            m_clientsState->setText(c.error.isEmpty()
                                        ? tr("%n client(s) in this backup; tick those to bring back.",
                                             nullptr, int(c.choices.size()))
                                        : tr("The backup's clients cannot be read: %1").arg(c.error));
            if (!c.error.isEmpty())
                m_clientsOf.clear(); // try again, e.g. with a password typed
            updateButtons();
            emit clientsRead();
        });
    updateButtons();
}

void RestoreDialog::restore()
{
    if (m_everything->isChecked())
        restoreFull(m_source->backupPath(), m_source->typedKey(), false);
    else
        restoreSome(m_source->backupPath(), m_source->typedKey());
}

void RestoreDialog::running(QFutureWatcherBase* job)
{
    m_job = job;
    m_progress->show();
    m_progressText->setText(tr("Restoring…"));
    if (job) {
        connect(job, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
        connect(job, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
        connect(job, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    }
    updateButtons();
}

void RestoreDialog::restoreFull(const QString& path, const std::optional<crypto::KeySource>& typed,
                                bool undoing)
{
    const backup::BackupSettings settings = m_service.settings();
    const backup::BackupOptions safetyOptions = backup::ScheduledBackup(settings).options(m_practicePath);
    auto made = std::make_shared<Restored>();
    if (undoing)
        showPage(ConfirmPage);
    BackgroundSwap swap = [path, typed, settings, safetyOptions, made](const QString& dbPath,
                                                                       Progress& progress, QString* error) {
        std::optional<crypto::KeySource> key;
        if (!keyFor(settings, typed, &key, error))
            return false;
        backup::BackupOptions safety = safetyOptions;
        if (!backup::ScheduledBackup(settings).key(std::nullopt, &safety.key, error))
            safety.key = key; // the settings' key is not at hand: the backup's own
        const backup::BackupResult r = backup::BackupEngine::restore(path, key, dbPath, &progress, safety);
        made->safetyBackup = r.safetyBackupPath;
        *error = r.error;
        return r.ok;
    };
    QFutureWatcherBase* job = m_replacer(swap, [this, made, undoing](bool ok, const QString& error) {
        m_job = nullptr;
        finished(ok,
                 ok ? (undoing ? tr("The practice is back as it was before the restore.")
                               : tr("The practice is restored: the window shows it as it was then."))
                    : tr("Nothing was restored: %1").arg(error),
                 undoing ? QString() : made->safetyBackup);
    });
    if (job)
        running(job);
}

void RestoreDialog::restoreSome(const QString& path, const std::optional<crypto::KeySource>& typed)
{
    const backup::BackupSettings settings = m_service.settings();
    backup::BackupOptions safety = backup::ScheduledBackup(settings).options(m_practicePath);
    safety.kind = QStringLiteral("pre-restore");
    safety.label = tr("before restoring some clients");
    const QStringList ids = m_choices->checkedIds();
    exchange::ImportOptions options;
    options.strategy = exchange::ConflictStrategy(m_strategy->currentData().toInt());
    auto* job = startJob<Restored>(
        this, m_practicePath,
        [path, typed, settings, safety, ids, options](db::Database& database, Progress& progress) mutable {
            Restored r;
            std::optional<crypto::KeySource> key;
            if (!keyFor(settings, typed, &key, &r.error)
                || !keyFor(settings, std::nullopt, &safety.key, &r.error))
                return r;
            const backup::BackupResult before = backup::BackupEngine::create(safety, &progress);
            if (!before.ok) {
                r.error = tr("The safety backup failed, so nothing was restored: %1").arg(before.error);
                return r;
            }
            r.safetyBackup = before.info.path;
            const exchange::ImportResult imported
                = backup::BackupEngine::restoreClients(path, key, database, ids, options, &progress);
            r.ok = imported.ok;
            r.error = imported.error;
            r.text = tr("%n client(s) brought back from the backup", nullptr, int(ids.size()));
            return r;
        },
        [this](const JobOutcome<Restored>& outcome) {
            m_job = nullptr;
            const Restored r = outcome.resultOr(tr("Cancelled; nothing was restored."));
            finished(r.ok, r.ok ? r.text + QLatin1Char('.') : tr("Nothing was restored: %1").arg(r.error),
                     r.ok ? r.safetyBackup : QString());
        });
    running(job);
}

void RestoreDialog::finished(bool ok, const QString& text, const QString& safetyBackup)
{
    m_worked = ok;
    m_progress->hide();
    m_progressText->clear();
    m_safetyBackup = safetyBackup;
    QString shown = text;
    if (ok && !safetyBackup.isEmpty())
        shown += QStringLiteral("\n\n")
            + tr("The practice as it was just before is kept as a safety backup (%1). Undo This Restore puts "
                 "it "
                 "back.")
                  .arg(QFileInfo(safetyBackup).fileName());
    m_result->setText(shown);
    showPage(ResultPage);
    emit restoreFinished(ok);
}

} // namespace tp::ui
