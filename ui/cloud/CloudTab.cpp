#include "CloudTab.h"

#include "AppIdsDialog.h"
#include "cloud/CloudCopies.h"
#include "cloud/Destination.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Words.h"
#include "ConnectDialog.h"
#include "DestinationDialog.h"
#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Checked
{
    bool ok = false;
    QString error;
    QString message;
    std::optional<cloud::Quota> quota;
};

QIcon light(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

CloudTab::CloudTab(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_change(new QPushButton(tr("Chan&ge…"), this))
    , m_test(new QPushButton(tr("Test Connect&ion"), this))
    , m_copy(new QPushButton(tr("Copy No&w"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_connect(new QPushButton(tr("Conne&ct…"), this))
    , m_appIds(new QPushButton(tr("App I&ds…"), this))
    , m_quota(new QProgressBar(this))
{
    auto* intro
        = new QLabel(tr("Copies of each backup can go to places besides the backup folder — another disk, "
                        "Dropbox, Google Drive, your own S3 storage or Nextcloud. A backup on the same disk "
                        "dies with the disk."),
                     this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Where"), tr("Last copy"), tr("Waiting") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_add, m_change, m_connect, m_test, m_copy, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_appIds);
    m_quota->setVisible(false);
    m_quota->setTextVisible(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_quota);
    layout->addWidget(m_status);
    connect(m_connect, &QPushButton::clicked, this, &CloudTab::connectAccount);
    connect(m_appIds, &QPushButton::clicked, this, &CloudTab::editAppIds);
    connect(m_add, &QPushButton::clicked, this, &CloudTab::add);
    connect(m_change, &QPushButton::clicked, this, &CloudTab::change);
    connect(m_test, &QPushButton::clicked, this, &CloudTab::test);
    connect(m_copy, &QPushButton::clicked, this, &CloudTab::copyNow);
    connect(m_remove, &QPushButton::clicked, this, &CloudTab::remove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (!m_job)
            describeSelected();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &CloudTab::change);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &CloudTab::showMenu);
    reload();
}

CloudTab::~CloudTab()
{
    cancelAndWait(m_job);
}

void CloudTab::reload()
{
    const QString chosen = selectedName();
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const cloud::Destination& d : cloud::Destinations::load()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, d.name);
        item->setData(0, Qt::UserRole, d.name);
        item->setText(1, d.account.isEmpty() ? d.describe() : tr("%1 — %2").arg(d.describe(), d.account));
        item->setText(2, d.lastUpload.isValid() ? Words::ago(d.lastUpload, now) : tr("not yet"));
        item->setText(3, d.queue.isEmpty() ? QString() : tr("%n backup(s)", nullptr, int(d.queue.size())));
        const QColor color = !d.enabled ? QColor(Qt::gray)
            : d.reconnect               ? QColor(0xef, 0x8f, 0x00)
            : !d.lastError.isEmpty()    ? QColor(0xd3, 0x2f, 0x2f)
            : d.lastUpload.isValid()    ? QColor(0x2e, 0x9d, 0x46)
                                        : QColor(0x9e, 0x9e, 0x9e);
        item->setIcon(0, light(color));
        if (d.reconnect)
            item->setText(2, tr("reconnect needed"));
        item->setToolTip(0,
                         d.reconnect                  ? tr("Reconnect needed: %1").arg(d.lastError)
                             : !d.lastError.isEmpty() ? tr("The last copy failed: %1").arg(d.lastError)
                             : d.lastUpload.isValid() ? tr("Copies arrive there")
                                                      : tr("Nothing copied there yet"));
        if (d.name == chosen)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

QString CloudTab::selectedName() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CloudTab::describeSelected()
{
    const auto d = cloud::Destinations::find(selectedName());
    if (!d)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_quota->setVisible(false);
    if (d->reconnect)
        m_status->setText(tr("“%1” needs to be connected again: %2 Click Reconnect… and allow The Program in "
                             "the browser; what waits is copied then.")
                              .arg(d->name, d->lastError));
    else if (d->usesOAuth() && d->account.isEmpty())
        m_status->setText(tr("“%1” is not connected to an account yet: click Connect…").arg(d->name));
    else if (!d->lastError.isEmpty())
        m_status->setText(
            tr("The last copy to “%1” failed: %2 Copy Now tries again; Test Connection checks the "
               "account.")
                .arg(d->name,
                     d->lastError.endsWith(QLatin1Char('.')) ? d->lastError
                                                             : d->lastError + QLatin1Char('.')));
    else if (d->lastUpload.isValid())
        m_status->setText(tr("“%1” got its last copy %2 (%3).")
                              .arg(d->name, Words::ago(d->lastUpload, now), Words::size(d->lastBytes)));
    else
        m_status->setText(
            tr("Nothing has been copied to “%1” yet: the next backup will be, or Copy Now.").arg(d->name));
}

QString CloudTab::statusText() const
{
    return m_status->text();
}

void CloudTab::updateButtons()
{
    const bool chosen = !selectedName().isEmpty();
    const bool idle = !m_job;
    m_add->setEnabled(idle);
    for (QPushButton* b : { m_change, m_test, m_copy, m_remove })
        b->setEnabled(idle && chosen);
    const auto d = chosen ? cloud::Destinations::find(selectedName()) : std::nullopt;
    m_connect->setEnabled(idle && d && d->usesOAuth());
    m_connect->setText(d && d->reconnect ? tr("Reconne&ct…") : tr("Conne&ct…"));
    if (m_list->topLevelItemCount() == 0 && idle)
        m_status->setText(tr("No places for copies yet: Add… one."));
}

void CloudTab::add()
{
    DestinationDialog dialog(std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const cloud::Destination added = dialog.destination();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == added.name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    if (added.usesOAuth())
        connectAccount();
    else
        m_status->setText(tr("Added “%1”. Test Connection checks that it answers.").arg(added.name));
}

void CloudTab::connectAccount()
{
    const auto found = cloud::Destinations::find(selectedName());
    if (!found || !found->usesOAuth() || m_job)
        return;
    ConnectDialog dialog(*found, this);
    dialog.exec();
    reload();
    m_status->setText(dialog.connected()
                          ? dialog.message()
                          : tr("“%1” is not connected: %2").arg(found->name, dialog.message()));
}

void CloudTab::showMenu(const QPoint& at)
{
    const auto d = cloud::Destinations::find(selectedName());
    if (!d || m_job)
        return;
    QMenu menu(this);
    menu.addAction(tr("Change…"), this, &CloudTab::change);
    if (d->usesOAuth()) {
        menu.addAction(d->reconnect ? tr("Reconnect…") : tr("Connect…"), this, &CloudTab::connectAccount);
        menu.addAction(tr("Disconnect"), this, &CloudTab::disconnectAccount)
            ->setEnabled(!d->account.isEmpty());
    }
    menu.addAction(tr("Test Connection"), this, &CloudTab::test);
    menu.addAction(tr("Copy Now"), this, &CloudTab::copyNow);
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, &CloudTab::remove);
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

void CloudTab::disconnectAccount()
{
    auto found = cloud::Destinations::find(selectedName());
    if (!found || !found->usesOAuth())
        return;
    const QString provider = cloud::oauthAppOf(*found).provider;
    if (MessageBox::question(
            this, tr("Disconnect “%1”").arg(found->name),
            tr("Forget the access to %1 on this computer? Copies there stop until it is "
               "connected again; the copies already there stay. To withdraw the access at %1 "
               "too, remove The Program from the connected apps in your account's settings.")
                .arg(provider),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!secrets::SecretStore::removeNow(found->secretKey(), &error)) {
        m_status->setText(tr("The access could not be removed from the keychain: %1").arg(error));
        return;
    }
    found->account.clear();
    found->reconnect = false;
    cloud::Destinations::saveAccount(*found);
    reload();
    m_status->setText(
        tr("“%1” is disconnected: nothing is copied there until you connect it again.").arg(found->name));
}

void CloudTab::editAppIds()
{
    AppIdsDialog dialog(this);
    dialog.exec();
}

void CloudTab::change()
{
    const auto found = cloud::Destinations::find(selectedName());
    if (!found)
        return;
    DestinationDialog dialog(found, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CloudTab::test()
{
    runOnWorker(tr("Testing the connection to “%1”…"), selectedName(), false);
}

void CloudTab::copyNow()
{
    runOnWorker(tr("Copying what waits for “%1”…"), selectedName(), true);
}

void CloudTab::runOnWorker(const QString& doing, const QString& name, bool copy)
{
    if (name.isEmpty() || m_job)
        return;
    m_status->setText(doing.arg(name));
    m_job = startWork<Checked>(
        this,
        [name, copy](Progress& progress) {
            Checked c;
            auto d = cloud::Destinations::find(name);
            if (!d) {
                c.error = tr("“%1” is no longer there.").arg(name);
                return c;
            }
            const auto repository = cloud::openRepository(*d, &c.error);
            if (!repository)
                return c;
            if (!copy) {
                c.ok = repository->test(&c.error);
                if (c.ok) {
                    QString ignored;
                    c.quota = repository->quota(&ignored);
                    if (!repository->accountName().isEmpty() && repository->accountName() != d->account) {
                        d->account = repository->accountName();
                        cloud::Destinations::saveAccount(*d);
                    }
                    const QString who = repository->accountName().isEmpty()
                        ? tr("“%1” answers and accepts the account").arg(name)
                        : tr("“%1” answers: the account of %2").arg(name, repository->accountName());
                    c.message = c.quota && c.quota->total > 0
                        ? tr("%1; %2 of %3 free.")
                              .arg(who, Words::size(c.quota->available()), Words::size(c.quota->total))
                        : who + QLatin1Char('.');
                } else if (repository->needsReconnect()) {
                    d->reconnect = true;
                    d->lastError = c.error;
                    cloud::Destinations::saveAccount(*d);
                }
                return c;
            }
            c.ok = cloud::CloudCopies::processQueue(*d, *repository, true, &progress, &c.error);
            if (c.ok)
                c.message = tr("Everything waiting was copied to “%1”.").arg(name);
            return c;
        },
        [this](const JobOutcome<Checked>& outcome) {
            m_job = nullptr;
            const Checked c = outcome.resultOr(tr("Cancelled."));
            reload();
            m_status->setText(c.ok ? c.message : c.error);
            if (c.quota && c.quota->total > 0 && c.quota->used >= 0) {
                // Percent of the space used; in whole MiB so that large stores fit an int.
                m_quota->setRange(0, int(c.quota->total / (1024 * 1024)) + 1);
                m_quota->setValue(int(c.quota->used / (1024 * 1024)));
                m_quota->setFormat(
                    tr("%1 of %2 used").arg(Words::size(c.quota->used), Words::size(c.quota->total)));
                m_quota->setVisible(true);
            }
            emit busyChanged(false);
        });
    updateButtons();
    emit busyChanged(true);
}

void CloudTab::remove()
{
    const auto found = cloud::Destinations::find(selectedName());
    if (!found)
        return;
    if (MessageBox::question(this, tr("Remove “%1”").arg(found->name),
                             tr("Stop copying backups to %1? The copies already there stay where they are.")
                                 .arg(found->describe()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (found->needsSecret())
        secrets::SecretStore::removeNow(found->secretKey(), &error);
    cloud::Destinations::remove(found->name);
    reload();
    m_status->setText(error.isEmpty()
                          ? tr("Removed “%1”.").arg(found->name)
                          : tr("Removed “%1”; its secret could not be removed from the keychain: %2")
                                .arg(found->name, error));
}

} // namespace tp::ui
