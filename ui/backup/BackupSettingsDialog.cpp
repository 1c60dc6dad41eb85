#include "BackupSettingsDialog.h"

#include "backup/BackupFolder.h"
#include "backup/Retention.h"
#include "BackupService.h"
#include "cloud/CloudTab.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "EmailBox.h"
#include "EncryptionTab.h"
#include "ScheduleEditor.h"
#include "tray/Autostart.h"
#include "tray/TrayIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

int backup::RetentionPolicy::*const kRules[6] = {
    &backup::RetentionPolicy::keepLast,   &backup::RetentionPolicy::keepDaily,
    &backup::RetentionPolicy::keepWeekly, &backup::RetentionPolicy::keepMonthly,
    &backup::RetentionPolicy::keepYearly, &backup::RetentionPolicy::keepWithinDays,
};
const char* const kCompressions[] = { "none", "fast", "default", "best" };

struct Moved
{
    bool ok = false;
    int count = 0;
    QString error;
};

} // namespace

BackupSettingsDialog::BackupSettingsDialog(BackupService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Backup Settings"));
    m_tabs->addTab(makeSchedule(), tr("Sc&hedule"));
    m_tabs->addTab(makeKeeping(), tr("&Keeping"));
    m_encryption = new EncryptionTab(m_tabs);
    m_tabs->addTab(m_encryption, tr("&Encryption"));
    m_tabs->addTab(makeStorage(), tr("S&torage"));
    m_tabs->addTab(makeNotifications(), tr("&Notifications"));
    m_tabs->addTab(new CloudTab(this), tr("Clo&ud"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("Changes take effect at once."), this);
    note->setEnabled(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(bottom);
    connect(m_encryption, &EncryptionTab::changed, this, &BackupSettingsDialog::save);
    load();
    readHistory();
    resize(sizeHint().expandedTo(QSize(560, 420)));
}

BackupSettingsDialog::~BackupSettingsDialog()
{
    cancelAndWait(m_job);
}

QWidget* BackupSettingsDialog::makeSchedule()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_schedule = new ScheduleEditor(page);
    m_catchUp
        = new QCheckBox(tr("&Catch up when a backup was missed (the computer was off or asleep)"), page);
    auto* explain = new QLabel(tr("Scheduled backups run while The Program runs (in the tray when its window "
                                  "is closed). A backup missed meanwhile is made once, soon after."),
                               page);
    explain->setWordWrap(true);
    m_keepRunning
        = new QCheckBox(tr("Keep The Program running in the t&ray when its window is closed"), page);
    m_atLogin = new QCheckBox(tr("Start The Program in the tray when I &log in"), page);
    m_keepRunning->setChecked(TrayIcon::keepsRunning());
    m_atLogin->setChecked(Autostart::isEnabled());
    layout->addWidget(m_schedule);
    layout->addWidget(m_catchUp);
    layout->addWidget(explain);
    layout->addWidget(m_keepRunning);
    layout->addWidget(m_atLogin);
    layout->addStretch();
    connect(m_keepRunning, &QCheckBox::toggled, this, [](bool on) { TrayIcon::setKeepsRunning(on); });
    connect(m_atLogin, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (!Autostart::setEnabled(on, &error)) {
            MessageBox::warning(this, tr("Start at Login"), error);
            const QSignalBlocker block(m_atLogin);
            m_atLogin->setChecked(Autostart::isEnabled());
        }
    });
    connect(m_schedule, &ScheduleEditor::changed, this, &BackupSettingsDialog::save);
    connect(m_catchUp, &QCheckBox::toggled, this, &BackupSettingsDialog::save);
    return page;
}

QWidget* BackupSettingsDialog::makeKeeping()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    const QString labels[6] = { tr("Keep the &last:"),       tr("Keep one a &day for:"),
                                tr("Keep one a &week for:"), tr("Keep one a &month for:"),
                                tr("Keep one a &year for:"), tr("Keep e&verything from the last:") };
    const QString suffixes[6]
        = { tr(" backups"), tr(" days"), tr(" weeks"), tr(" months"), tr(" years"), tr(" days") };
    for (int i = 0; i < 6; ++i) {
        m_keep[i] = new QSpinBox(page);
        m_keep[i]->setRange(0, 9999);
        m_keep[i]->setSuffix(suffixes[i]);
        m_keep[i]->setSpecialValueText(tr("–"));
        form->addRow(labels[i], m_keep[i]);
        connect(m_keep[i], &QSpinBox::valueChanged, this, [this] {
            save();
            updatePreview();
        });
    }
    m_preview = new QLabel(page);
    m_preview->setWordWrap(true);
    form->addRow(QString(), m_preview);
    auto* note = new QLabel(tr("Pinned backups and the newest verified one are always kept."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

QWidget* BackupSettingsDialog::makeStorage()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    m_folder = new QLineEdit(page);
    m_folder->setReadOnly(true);
    auto* choose = new QPushButton(tr("&Move To…"), page);
    choose->setToolTip(tr("Choose another backup folder; the backups there now move with you"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(choose);
    form->addRow(tr("Backup &folder:"), row);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(row)))
        label->setBuddy(choose);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
        if (folder.isEmpty())
            return;
        const auto answer = MessageBox::question(
            this, tr("Backup Folder"),
            tr("Move the existing backups to %1 too?").arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Cancel)
            setFolder(folder, answer == QMessageBox::Yes);
    });
    m_compression = new QComboBox(page);
    m_compression->addItems({ tr("None (largest, quickest)"), tr("Fast"), tr("Balanced (recommended)"),
                              tr("Best (smallest, slowest)") });
    form->addRow(tr("&Compression:"), m_compression);
    m_preHook = new QLineEdit(page);
    m_preHook->setPlaceholderText(tr("a command run before each backup; if it fails, no backup is made"));
    m_postHook = new QLineEdit(page);
    m_postHook->setPlaceholderText(tr("a command run after; it gets THEPROGRAM_BACKUP_FILE"));
    form->addRow(tr("&Before a backup:"), m_preHook);
    form->addRow(tr("&After a backup:"), m_postHook);
    connect(m_compression, &QComboBox::currentIndexChanged, this, &BackupSettingsDialog::save);
    connect(m_preHook, &QLineEdit::editingFinished, this, &BackupSettingsDialog::save);
    connect(m_postHook, &QLineEdit::editingFinished, this, &BackupSettingsDialog::save);
    return page;
}

QWidget* BackupSettingsDialog::makeNotifications()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    m_notifySuccess = new QCheckBox(tr("Tell &me when a scheduled backup worked"), page);
    auto* failures
        = new QLabel(tr("A failed backup is always shown – once per problem, again at most daily."), page);
    failures->setWordWrap(true);
    m_warnAfter = new QSpinBox(page);
    m_warnAfter->setRange(0, 365);
    m_warnAfter->setSuffix(tr(" days"));
    m_warnAfter->setSpecialValueText(tr("never"));
    form->addRow(m_notifySuccess);
    form->addRow(failures);
    form->addRow(tr("Wa&rn when the newest backup is older than:"), m_warnAfter);
    m_email = new EmailBox(page);
    form->addRow(m_email);
    connect(m_notifySuccess, &QCheckBox::toggled, this, &BackupSettingsDialog::save);
    connect(m_warnAfter, &QSpinBox::valueChanged, this, &BackupSettingsDialog::save);
    return page;
}

void BackupSettingsDialog::load()
{
    m_loading = true;
    const backup::BackupSettings s = m_service.settings();
    m_schedule->setText(s.schedule);
    m_catchUp->setChecked(s.catchUp);
    for (int i = 0; i < 6; ++i)
        m_keep[i]->setValue(s.retention.*kRules[i]);
    m_encryption->load(s);
    m_folder->setText(QDir::toNativeSeparators(s.effectiveFolder()));
    for (int i = 0; i < 4; ++i) {
        if (s.compression == QLatin1String(kCompressions[i]))
            m_compression->setCurrentIndex(i);
    }
    m_preHook->setText(s.preHook);
    m_postHook->setText(s.postHook);
    m_notifySuccess->setChecked(s.notifyOnSuccess);
    m_warnAfter->setValue(s.warnAfterDays);
    m_loading = false;
}

void BackupSettingsDialog::save()
{
    if (m_loading)
        return;
    backup::BackupSettings s = m_service.settings(); // the last run and what else is not shown here
    if (m_schedule->isValid())
        s.setSchedule(m_schedule->text(), m_service.now());
    if (!s.schedule.isEmpty() && s.databasePath.isEmpty())
        s.databasePath = m_service.practicePath();
    s.catchUp = m_catchUp->isChecked();
    for (int i = 0; i < 6; ++i)
        s.retention.*kRules[i] = m_keep[i]->value();
    m_encryption->store(&s);
    s.compression = QLatin1String(kCompressions[qMax(0, m_compression->currentIndex())]);
    s.preHook = m_preHook->text().trimmed();
    s.postHook = m_postHook->text().trimmed();
    s.notifyOnSuccess = m_notifySuccess->isChecked();
    s.warnAfterDays = m_warnAfter->value();
    m_service.saveSettings(s);
}

void BackupSettingsDialog::readHistory()
{
    const QString folder = m_service.folder();
    cancelAndWait(m_job);
    m_job = startWork<QList<backup::BackupInfo>>(
        this, [folder](Progress&) { return backup::BackupEngine::list(folder); },
        [this](const JobOutcome<QList<backup::BackupInfo>>& outcome) {
            m_history = outcome.result.value_or(QList<backup::BackupInfo>());
            updatePreview();
            emit historyRead();
        });
    m_preview->setText(tr("Reading the backups…"));
}

void BackupSettingsDialog::updatePreview()
{
    backup::RetentionPolicy policy;
    for (int i = 0; i < 6; ++i)
        policy.*kRules[i] = m_keep[i]->value();
    if (policy.isEmpty()) {
        m_preview->setText(
            tr("No rule is set: every backup is kept (%n now).", nullptr, int(m_history.size())));
        return;
    }
    int keep = 0;
    for (const backup::RetentionDecision& d : backup::decideRetention(m_history, policy))
        keep += d.keep ? 1 : 0;
    m_preview->setText(
        tr("With these rules, of the %1 backups there are now, %2 would be kept and %3 deleted "
           "after the next scheduled backup.")
            .arg(m_history.size())
            .arg(keep)
            .arg(m_history.size() - keep));
}

QString BackupSettingsDialog::retentionPreview() const
{
    return m_preview->text();
}

void BackupSettingsDialog::setFolder(const QString& folder, bool moveBackups)
{
    const QString from = m_service.folder();
    const QString to = QFileInfo(folder).absoluteFilePath();
    auto* dialog = new QProgressDialog(tr("Moving the backups…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    cancelAndWait(m_job);
    m_job = startWork<Moved>(
        this,
        [from, to, moveBackups](Progress& progress) {
            Moved m;
            m.ok = !moveBackups || backup::BackupFolder::moveAll(from, to, &progress, &m.count, &m.error);
            return m;
        },
        [this, dialog, to, moveBackups](const JobOutcome<Moved>& outcome) {
            dialog->deleteLater();
            const Moved m = outcome.resultOr(tr("Cancelled."));
            if (m.ok || m.count > 0) {
                backup::BackupSettings s = m_service.settings();
                s.folder = to; // where the backups are now (some, when a move stopped half-way)
                m_service.saveSettings(s);
                m_folder->setText(QDir::toNativeSeparators(to));
            }
            const QString message = m.ok
                ? (moveBackups ? tr("%n backup(s) moved; new backups go to %1.", nullptr, m.count)
                               : tr("New backups go to %1."))
                      .arg(QDir::toNativeSeparators(to))
                : m.error;
            if (!m.ok)
                MessageBox::warning(this, tr("Backup Folder"), message);
            readHistory();
            emit folderMoved(m.ok, message);
        });
    connect(m_job, &QFutureWatcherBase::progressRangeChanged, dialog, &QProgressDialog::setRange);
    connect(m_job, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(dialog, &QProgressDialog::canceled, m_job, &QFutureWatcherBase::cancel);
}

} // namespace tp::ui
