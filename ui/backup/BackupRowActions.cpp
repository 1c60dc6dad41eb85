#include "BackupRowActions.h"

#include "backup/BackupFolder.h"
#include "backup/ScheduledBackup.h"
#include "BackupHistoryModel.h"
#include "BackupService.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Words.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>

namespace tp::ui {

namespace {

struct JobResult
{
    bool ok = false;
    QString message; // what was done, or why not
    QString error; // for JobOutcome::resultOr
};

} // namespace

BackupRowActions::BackupRowActions(BackupService& service, QTableView* view, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    const auto make = [this](const QString& text, const QKeySequence& key, void (BackupRowActions::*slot)()) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_verify = make(tr("&Verify"), {}, &BackupRowActions::verify);
    m_verify->setToolTip(tr("Check that this backup is whole and can be restored"));
    m_restore = new QAction(tr("Res&tore…"), this); // Alt+R is the page's own Restore…
    connect(m_restore, &QAction::triggered, this, [this] {
        if (!currentPath().isEmpty())
            emit restoreRequested(currentPath());
    });
    m_copy = make(tr("Save a &Copy As…"), {}, &BackupRowActions::saveCopy);
    m_pin = make(tr("&Pin"), {}, &BackupRowActions::togglePin);
    m_pin->setToolTip(tr("A pinned backup is never deleted by the retention rules"));
    m_delete = make(tr("&Delete…"), QKeySequence::Delete, &BackupRowActions::remove);
    m_show = make(tr("Show in &Folder"), {}, &BackupRowActions::showInFolder);
    for (QAction* a : actions())
        m_view->addAction(a);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(&m_service, &BackupService::runStarted, this, &BackupRowActions::update);
    connect(&m_service, &BackupService::runFinished, this, &BackupRowActions::update);
    update();
}

BackupRowActions::~BackupRowActions()
{
    cancelAndWait(m_job);
}

QList<QAction*> BackupRowActions::actions() const
{
    return { m_verify, m_restore, m_copy, m_pin, m_delete, m_show };
}

QString BackupRowActions::currentPath() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(BackupHistoryModel::PathRole).toString() : QString();
}

void BackupRowActions::update()
{
    const QModelIndex index = m_view->currentIndex();
    const bool chosen = index.isValid();
    const int state = chosen ? index.data(BackupHistoryModel::StateRole).toInt() : 0;
    const bool pinned = state & 8;
    const bool free = !m_job && !m_service.isRunning();
    const bool readable
        = chosen && !index.sibling(index.row(), BackupHistoryModel::KindColumn).data().toString().isEmpty();
    m_verify->setEnabled(free && readable);
    m_restore->setEnabled(free && readable);
    m_copy->setEnabled(!m_job && readable);
    m_pin->setEnabled(free && readable);
    m_pin->setText(pinned ? tr("Un&pin") : tr("&Pin"));
    m_delete->setEnabled(free && chosen);
    m_show->setEnabled(chosen);
}

void BackupRowActions::cancel()
{
    if (m_job)
        m_job->cancel();
}

void BackupRowActions::run(const QString& text, std::function<bool(QString*, Progress&)> work, bool changes)
{
    auto* job = startWork<JobResult>(
        this,
        [work](Progress& progress) {
            JobResult r;
            r.ok = work(&r.message, progress);
            return r;
        },
        [this, changes](const JobOutcome<JobResult>& outcome) {
            m_job = nullptr;
            const JobResult r = outcome.resultOr(tr("Cancelled."));
            update();
            emit jobFinished(r.ok, r.ok ? r.message : (r.message.isEmpty() ? r.error : r.message), changes);
        });
    connect(job, &QFutureWatcherBase::progressValueChanged, this, [this, job] {
        const int min = job->progressMinimum(), max = job->progressMaximum();
        emit jobProgress(max > min ? int(qint64(job->progressValue() - min) * 100 / (max - min)) : 0,
                         job->progressText());
    });
    m_job = job;
    update();
    emit jobStarted(text);
}

void BackupRowActions::verify()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const backup::BackupSettings settings = m_service.settings();
    const QModelIndex index = m_view->currentIndex();
    const bool encrypted
        = index.sibling(index.row(), BackupHistoryModel::EncryptedColumn).data().toString() == tr("Yes");
    std::optional<crypto::KeySource> asked;
    if (encrypted && settings.keyFile.isEmpty() && !settings.passwordInKeychain) {
        const auto password = MessageBox::askText(m_dialogParent, tr("Verify Backup"),
                                                  tr("This backup is encrypted. Its password:"), true);
        if (!password)
            return;
        asked = crypto::KeySource{};
        asked->secret = password->toUtf8();
    }
    run(
        tr("Verifying the backup…"),
        [settings, path, asked](QString* message, Progress& progress) {
            std::optional<crypto::KeySource> key = asked;
            if (!key && !backup::ScheduledBackup(settings).key(std::nullopt, &key, message))
                return false;
            const backup::BackupResult r = backup::BackupEngine::verify(path, key, &progress);
            *message = r.ok ? tr("The backup is whole and can be restored.") : r.error;
            return r.ok;
        },
        true);
}

void BackupRowActions::saveCopy()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QFileInfo(path).fileName());
    const QString target = MessageBox::askSaveFile(m_dialogParent, tr("Save a Copy of the Backup"), suggested,
                                                   tr("Backups (*.db *.gz *.encrypted);;All files (*)"));
    if (target.isEmpty())
        return;
    run(
        tr("Copying the backup…"),
        [path, target](QString* message, Progress& progress) {
            if (!backup::BackupFolder::saveCopy(path, target, &progress, message))
                return false;
            *message = tr("A copy of the backup, with its description, is in %1.")
                           .arg(QDir::toNativeSeparators(target));
            return true;
        },
        false);
}

void BackupRowActions::togglePin()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const bool pin = !(m_view->currentIndex().data(BackupHistoryModel::StateRole).toInt() & 8);
    run(
        pin ? tr("Pinning the backup…") : tr("Unpinning the backup…"),
        [path, pin](QString* message, Progress& progress) {
            if (!backup::BackupFolder::setPinned(path, pin, message, &progress))
                return false;
            *message = pin ? tr("Pinned: the retention rules will keep this backup.")
                           : tr("Unpinned: the retention rules decide about this backup again.");
            return true;
        },
        true);
}

void BackupRowActions::remove()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_delete->isEnabled())
        return;
    const QModelIndex index = m_view->currentIndex();
    const QString when = index.sibling(index.row(), BackupHistoryModel::WhenColumn).data().toString();
    if (MessageBox::question(m_dialogParent, tr("Delete Backup"),
                             tr("Delete the backup made %1? It cannot be brought back.").arg(when),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    run(
        tr("Deleting the backup…"),
        [path](QString* message, Progress& progress) {
            if (!backup::BackupFolder::remove(path, message, &progress))
                return false;
            *message = tr("The backup was deleted.");
            return true;
        },
        true);
}

void BackupRowActions::showInFolder()
{
    const QString path = currentPath();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace tp::ui
