#include "BackupPage.h"

#include "backup/ScheduledBackup.h"
#include "BackupHistoryModel.h"
#include "BackupRowActions.h"
#include "BackupService.h"
#include "BackupSettingsDialog.h"
#include "BackupSizeChart.h"
#include "cloud/Destination.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Words.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Reading
{
    QList<backup::BackupInfo> backups;
    bool passwordMissing = false;
    QString error;
    bool anyDestination = false;
    QHash<QString, QStringList> copies, waiting; // by backup file name: the destinations
    QStringList copyProblems; // a sentence for each destination whose last copy failed
};

} // namespace

BackupPage::BackupPage(BackupService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("backupPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHealth());

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("backupBanner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerButton = new QPushButton(tr("Back Up Now"), m_banner);
    connect(m_bannerButton, &QPushButton::clicked, this, &BackupPage::backUpNow);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton, 0, Qt::AlignTop);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    m_progressLabel->setWordWrap(true); // a long outcome (a failed copy, a failed command) wraps
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), this);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    showIdle({});

    layout->addWidget(makeHistory(), 1);

    m_watcher = new QFileSystemWatcher(this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(&m_settle, &QTimer::timeout, this, &BackupPage::refresh);
    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, &BackupPage::showHealth);
    m_clockTick.start();

    connect(&m_service, &BackupService::runStarted, this, &BackupPage::runStarted);
    connect(&m_service, &BackupService::progressChanged, this, [this](int percent, const QString& text) {
        m_progress->setValue(percent);
        if (!text.isEmpty())
            m_progressLabel->setText(text);
    });
    connect(&m_service, &BackupService::runFinished, this, &BackupPage::runFinished);
    connect(&m_service, &BackupService::settingsChanged, this, &BackupPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_actions->isBusy())
            m_actions->cancel();
        else
            m_service.cancel();
    });
    if (m_service.isRunning())
        runStarted(m_service.isRunningScheduled());
    refresh();
}

BackupPage::~BackupPage()
{
    cancelAndWait(m_reading);
}

QWidget* BackupPage::makeHealth()
{
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(box);
    auto* words = new QVBoxLayout;
    m_lastLabel = new QLabel(box);
    QFont big = m_lastLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_lastLabel->setFont(big);
    m_nextLabel = new QLabel(box);
    m_sizeLabel = new QLabel(box);
    m_sizeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : { m_lastLabel, m_nextLabel, m_sizeLabel }) {
        l->setWordWrap(true);
        words->addWidget(l);
    }
    layout->addLayout(words, 1);

    m_backUpButton = new QPushButton(tr("&Back Up Now"), box);
    m_backUpButton->setObjectName(QStringLiteral("backUpNow"));
    m_backUpButton->setToolTip(tr("Make a verified backup of this practice now"));
    connect(m_backUpButton, &QPushButton::clicked, this, &BackupPage::backUpNow);
    auto* more = new QToolButton(box);
    more->setArrowType(Qt::DownArrow);
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAccessibleName(tr("More ways to back up"));
    auto* menu = new QMenu(more);
    menu->addAction(tr("Back Up with a &Label…"), this, &BackupPage::backUpWithLabel);
    more->setMenu(menu);
    auto* backUpRow = new QHBoxLayout;
    backUpRow->setSpacing(2);
    backUpRow->addWidget(m_backUpButton, 1);
    backUpRow->addWidget(more);
    auto* restore = new QPushButton(tr("&Restore…"), box);
    connect(restore, &QPushButton::clicked, this, [this] { emit restoreRequested({}); });
    auto* settings = new QPushButton(tr("&Settings…"), box);
    settings->setObjectName(QStringLiteral("backupSettings"));
    connect(settings, &QPushButton::clicked, this, &BackupPage::openSettings);
    auto* buttons = new QVBoxLayout;
    buttons->addLayout(backUpRow);
    buttons->addWidget(restore);
    buttons->addWidget(settings);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

QWidget* BackupPage::makeHistory()
{
    auto* history = new QWidget(this);
    auto* layout = new QVBoxLayout(history);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    auto* heading = new QLabel(tr("<b>History</b>"), history);
    m_kindFilter = new QComboBox(history);
    m_kindFilter->setAccessibleName(tr("Show backups of kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const char* kind : { "manual", "scheduled", "pre-import", "pre-restore" })
        m_kindFilter->addItem(Words::backupKind(QLatin1String(kind)), QLatin1String(kind));
    m_stateFilter = new QComboBox(history);
    m_stateFilter->setAccessibleName(tr("Show backups in state"));
    m_stateFilter->addItem(tr("Any state"), int(BackupFilterModel::State::Any));
    m_stateFilter->addItem(tr("Verified"), int(BackupFilterModel::State::Verified));
    m_stateFilter->addItem(tr("Not yet verified"), int(BackupFilterModel::State::NotVerified));
    m_stateFilter->addItem(tr("Failed or unreadable"), int(BackupFilterModel::State::Failed));
    m_stateFilter->addItem(tr("Pinned"), int(BackupFilterModel::State::Pinned));
    filters->addWidget(heading);
    filters->addStretch();
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_stateFilter);
    layout->addLayout(filters);

    m_model = new BackupHistoryModel(this);
    m_filter = new BackupFilterModel(this);
    m_filter->setSourceModel(m_model);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kindFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(BackupFilterModel::State(m_stateFilter->currentData().toInt())); });

    m_view = new QTableView(history);
    m_view->setObjectName(QStringLiteral("backupHistory"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupHistoryModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAlternatingRowColors(true);
    // Wide enough for a date and time, and for "✔ 23 hours ago", in this font.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QString sample
        = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_view->horizontalHeader()->resizeSection(BackupHistoryModel::WhenColumn,
                                              metrics.horizontalAdvance(sample) + 40);
    m_view->horizontalHeader()->resizeSection(BackupHistoryModel::VerifiedColumn,
                                              metrics.horizontalAdvance(tr("✔ %1").arg(tr("23 hours ago")))
                                                  + 24);
    m_view->horizontalHeader()->resizeSection(BackupHistoryModel::LabelColumn,
                                              metrics.horizontalAdvance(QLatin1Char('x')) * 28);

    m_actions = new BackupRowActions(m_service, m_view, this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_actions,
            &BackupRowActions::update);
    connect(m_actions, &BackupRowActions::restoreRequested, this, &BackupPage::restoreRequested);
    connect(m_actions, &BackupRowActions::jobStarted, this, &BackupPage::showBusy);
    connect(m_actions, &BackupRowActions::jobProgress, this, [this](int percent, const QString& text) {
        m_progress->setValue(percent);
        if (!text.isEmpty())
            m_progressLabel->setText(text);
    });
    connect(m_actions, &BackupRowActions::jobFinished, this,
            [this](bool ok, const QString& message, bool changed) {
                showIdle(message, !ok);
                if (changed)
                    refresh();
            });

    m_chart = new BackupSizeChart(history);
    auto* split = new QSplitter(Qt::Vertical, history);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(true);
    layout->addWidget(split, 1);

    auto* rowButtons = new QHBoxLayout;
    for (QAction* a : m_actions->actions()) {
        auto* b = new QToolButton(history);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        rowButtons->addWidget(b);
    }
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    return history;
}

void BackupPage::refresh()
{
    if (m_reading) {
        m_readAgain = true; // a change during the read: read once more after it
        return;
    }
    m_settings = m_service.settings();
    const QString folder = m_settings.effectiveFolder();
    const backup::BackupSettings settings = m_settings;
    m_reading
        = startWork<Reading>(
            this,
            [folder, settings](Progress&) {
                Reading r;
                r.backups = backup::BackupEngine::list(folder);
                for (const cloud::Destination& d : cloud::Destinations::load()) {
                    r.anyDestination = true;
                    for (const QString& name : d.copies)
                        r.copies[name] << d.name;
                    for (const QString& path : d.queue)
                        r.waiting[QFileInfo(path).fileName()] << d.name;
                    if (d.enabled && !d.lastError.isEmpty())
                        r.copyProblems
                            << tr("The last copy to “%1” failed: %2 — Settings… → Cloud shows what to do.")
                                   .arg(d.name, d.lastError);
                }
                if (settings.passwordInKeychain && settings.keyFile.isEmpty()) {
                    QString error;
                    r.passwordMissing
                        = !secrets::SecretStore::readNow(backup::ScheduledBackup::kKeychainKey, &error);
                }
                return r;
            },
            [this, folder](const JobOutcome<Reading>& outcome) {
                const Reading r = outcome.resultOr(QString());
                watch(folder);
                const QString chosen = m_view->currentIndex().data(BackupHistoryModel::PathRole).toString();
                m_model->setBackups(r.backups, m_service.now(), m_settings.warnAfterDays);
                m_model->setCopies(r.copies, r.waiting);
                m_view->setColumnHidden(BackupHistoryModel::CopiesColumn, !r.anyDestination);
                m_chart->setBackups(r.backups);
                m_chart->setVisible(!r.backups.isEmpty()); // an empty chart says nothing
                m_passwordMissing = r.passwordMissing;
                m_copyProblems = r.copyProblems;
                const int row = m_model->rowOfPath(chosen);
                const QModelIndex index = m_filter->mapFromSource(m_model->index(qMax(0, row), 0));
                if (index.isValid())
                    m_view->setCurrentIndex(index);
                m_actions->update();
                showHealth();
                if (std::exchange(m_readAgain, false))
                    refresh();
                else
                    emit refreshed();
            });
}

void BackupPage::watch(const QString& folder)
{
    if (folder == m_folder && !m_watcher->directories().isEmpty())
        return;
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_folder = folder;
    if (QDir(folder).exists())
        m_watcher->addPath(folder);
}

void BackupPage::showHealth()
{
    const QDateTime now = m_service.now();
    // The clock moved on since the folder was read: re-assess (ages, due times) without reading again.
    m_health = backup::BackupHealth::assess(m_settings, m_model->backups(), now, m_passwordMissing);
    m_lastLabel->setText(m_health.lastVerifiedAt.isValid()
                             ? tr("Last verified backup: %1 ✔").arg(Words::ago(m_health.lastVerifiedAt, now))
                             : tr("No verified backup yet"));
    if (!m_health.nextRun.isValid())
        m_nextLabel->setText(tr("Scheduled backups: off"));
    else if (m_settings.isPaused(now))
        m_nextLabel->setText(tr("Scheduled backups: paused"));
    else
        m_nextLabel->setText(tr("Next scheduled backup: %1").arg(Words::upcoming(m_health.nextRun, now)));
    const QLocale locale;
    QString sizes = m_health.count == 0
        ? tr("No backups yet")
        : tr("%n backup(s), %1 in all", nullptr, m_health.count).arg(Words::size(m_health.totalBytes));
    if (m_health.freeBytes >= 0)
        sizes = tr("%1 · %2 free").arg(sizes, Words::size(m_health.freeBytes));
    m_sizeLabel->setText(tr("%1 · in %2").arg(sizes, QDir::toNativeSeparators(m_settings.effectiveFolder())));

    const bool trouble = m_health.level() == backup::BackupHealth::Level::Trouble;
    QStringList lines;
    bool offer = false;
    QStringList texts;
    for (const auto& p : m_health.problems) {
        texts << p.text;
        offer = offer || p.offerBackupNow;
    }
    texts << m_copyProblems; // after the backups' own: a copy matters less than the backup
    for (const QString& text : std::as_const(texts))
        lines << (texts.size() > 1 ? QStringLiteral("• ") + text : text);
    m_bannerText->setText(lines.join(QLatin1Char('\n')));
    m_bannerButton->setVisible(offer);
    m_bannerButton->setEnabled(!m_service.isRunning());
    const QString colour = trouble ? QStringLiteral("208,59,47") : QStringLiteral("217,164,14");
    m_banner->setStyleSheet(QStringLiteral("#backupBanner { background: rgba(%1,40); border: 1px solid "
                                           "rgba(%1,170); border-radius: 4px; }")
                                .arg(colour));
    m_banner->setVisible(!lines.isEmpty());
}

BackupSettingsDialog* BackupPage::openSettings()
{
    auto* dialog = new BackupSettingsDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool BackupPage::isBannerShown() const
{
    return !m_banner->isHidden();
}

QString BackupPage::bannerText() const
{
    return m_bannerText->text();
}

QString BackupPage::messageText() const
{
    return m_progressLabel->text();
}

QString BackupPage::summaryText() const
{
    return QStringList{ m_lastLabel->text(), m_nextLabel->text(), m_sizeLabel->text() }.join(
        QLatin1Char('\n'));
}

void BackupPage::backUpNow()
{
    if (!m_service.backUpNow())
        emit statusMessage(tr("A backup is being made already."));
}

void BackupPage::backUpWithLabel()
{
    const auto label = MessageBox::askText(this, tr("Back Up with a Label"),
                                           tr("A few words to find this backup by (\"before the move\"):"),
                                           false, m_settings.label);
    if (!label)
        return;
    backup::BackupSettings settings = m_service.settings();
    settings.label = label->trimmed(); // offered again next time
    m_service.saveSettings(settings);
    if (!m_service.backUpNow(label->trimmed()))
        emit statusMessage(tr("A backup is being made already."));
}

void BackupPage::runStarted(bool scheduled)
{
    showBusy(scheduled ? tr("Making the scheduled backup…") : tr("Making a backup…"));
    m_actions->update();
}

void BackupPage::runFinished(const BackupOutcome& outcome)
{
    QString message;
    if (outcome.ok && !outcome.copyFailures.isEmpty())
        message = tr("Backup made and verified: %1; but copying it failed — %2. It will be copied with the "
                     "next backup.")
                      .arg(Words::size(outcome.backup.manifest.storedSize()),
                           outcome.copyFailures.join(QStringLiteral("; ")));
    else if (outcome.ok && !outcome.copiedTo.isEmpty())
        message = tr("Backup made and verified: %1, and copied to %2.")
                      .arg(Words::size(outcome.backup.manifest.storedSize()),
                           outcome.copiedTo.join(QStringLiteral(", ")));
    else if (outcome.ok)
        message = tr("Backup made and verified: %1.").arg(Words::size(outcome.backup.manifest.storedSize()));
    else if (outcome.canceled)
        message = outcome.scheduled ? QString() : tr("The backup was cancelled; nothing was written.");
    else
        message = tr("The backup failed: %1").arg(outcome.error);
    // The backup stands; what went wrong around it (the after-backup command) is said with it.
    const bool warned = outcome.ok && !outcome.warnings.isEmpty();
    if (warned)
        message += QLatin1Char(' ') + outcome.warnings.join(QLatin1Char(' '));
    showIdle(message, (!outcome.ok && !outcome.canceled) || !outcome.copyFailures.isEmpty() || warned);
    if (!outcome.ok && !outcome.canceled && !outcome.scheduled)
        MessageBox::warning(this, tr("Back Up Now"), message);
    if (!message.isEmpty())
        emit statusMessage(message);
    refresh();
}

void BackupPage::showBusy(const QString& text)
{
    m_progressLabel->setText(text);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_backUpButton->setEnabled(false);
    m_bannerButton->setEnabled(false);
}

void BackupPage::showIdle(const QString& message, bool failed)
{
    m_progressLabel->setText(message);
    // A failure stands out (in either palette) until the next message.
    m_progressLabel->setStyleSheet(failed ? QStringLiteral("color: rgb(208,59,47); font-weight: bold;")
                                          : QString());
    m_progressLabel->setVisible(!message.isEmpty());
    m_progress->hide();
    m_cancel->hide();
    if (m_backUpButton) {
        m_backUpButton->setEnabled(!m_service.isRunning());
        m_bannerButton->setEnabled(!m_service.isRunning());
    }
}

} // namespace tp::ui
