#include "CloudTab.h"

#include "cloud/CloudCopies.h"
#include "cloud/Destination.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Words.h"
#include "DestinationDialog.h"
#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
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
{
    auto* intro
        = new QLabel(tr("Copies of each backup can go to places besides the backup folder — another disk, "
                        "your own S3 storage or Nextcloud. A backup on the same disk dies with the disk."),
                     this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Where"), tr("Last copy"), tr("Waiting") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_add, m_change, m_test, m_copy, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
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
        item->setText(1, d.describe());
        item->setText(2, d.lastUpload.isValid() ? Words::ago(d.lastUpload, now) : tr("not yet"));
        item->setText(3, d.queue.isEmpty() ? QString() : tr("%n backup(s)", nullptr, int(d.queue.size())));
        const QColor color = !d.enabled ? QColor(Qt::gray)
            : !d.lastError.isEmpty()    ? QColor(0xd3, 0x2f, 0x2f)
            : d.lastUpload.isValid()    ? QColor(0x2e, 0x9d, 0x46)
                                        : QColor(0x9e, 0x9e, 0x9e);
        item->setIcon(0, light(color));
        item->setToolTip(0,
                         !d.lastError.isEmpty()       ? tr("The last copy failed: %1").arg(d.lastError)
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
    if (!d->lastError.isEmpty())
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
    if (m_list->topLevelItemCount() == 0 && idle)
        m_status->setText(tr("No places for copies yet: Add… one."));
}

void CloudTab::add()
{
    DestinationDialog dialog(std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_status->setText(
            tr("Added “%1”. Test Connection checks that it answers.").arg(dialog.destination().name));
    }
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
                    const auto quota = repository->quota(&ignored);
                    c.message = quota && quota->total > 0
                        ? tr("“%1” answers: %2 of %3 free.")
                              .arg(name, Words::size(quota->available()), Words::size(quota->total))
                        : tr("“%1” answers and accepts the account.").arg(name);
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
