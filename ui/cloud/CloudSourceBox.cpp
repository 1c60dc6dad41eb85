#include "CloudSourceBox.h"

#include "common/BackgroundJob.h"
#include "common/Words.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace tp::ui {

namespace {

struct Listing
{
    QList<cloud::RemoteBackup> backups;
    QString error;
};

struct Fetched
{
    QString path;
    QString error;
};

} // namespace

CloudSourceBox::CloudSourceBox(QWidget* parent)
    : QWidget(parent)
    , m_places(new QComboBox(this))
    , m_list(new QPushButton(tr("&List Backups There"), this))
    , m_backups(new QComboBox(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_places->setAccessibleName(tr("Places with copies"));
    m_backups->setAccessibleName(tr("Backups there"));
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(24, 0, 0, 0);
    grid->addWidget(m_places, 0, 0);
    grid->addWidget(m_list, 0, 1);
    grid->addWidget(m_backups, 1, 0);
    grid->addWidget(m_download, 1, 1);
    grid->addWidget(m_progress, 2, 0);
    grid->addWidget(m_cancel, 2, 1);
    grid->addWidget(m_status, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    connect(m_list, &QPushButton::clicked, this, &CloudSourceBox::listBackups);
    connect(m_download, &QPushButton::clicked, this, &CloudSourceBox::download);
    connect(m_cancel, &QPushButton::clicked, this, &CloudSourceBox::cancel);
    connect(m_places, &QComboBox::currentIndexChanged, this, [this] {
        m_backups->clear();
        updateButtons();
    });
    connect(m_backups, &QComboBox::currentIndexChanged, this, &CloudSourceBox::updateButtons);
    reloadPlaces();
}

CloudSourceBox::~CloudSourceBox()
{
    cancelAndWait(m_job);
}

void CloudSourceBox::reloadPlaces()
{
    m_places->clear();
    for (const cloud::Destination& d : cloud::Destinations::load())
        m_places->addItem(d.name == d.describe() ? d.name : tr("%1 — %2").arg(d.name, d.describe()), d.name);
    m_status->setText(m_places->count() == 0
                          ? tr("No places for copies are set up on this computer. On a new "
                               "computer, add the place in Backups → Settings… → Cloud "
                               "first (and connect it); its backups are listed here then.")
                          : QString());
    updateButtons();
}

bool CloudSourceBox::hasPlaces() const
{
    return m_places->count() > 0;
}

QString CloudSourceBox::statusText() const
{
    return m_status->text();
}

void CloudSourceBox::updateButtons()
{
    const bool idle = !m_job;
    m_places->setEnabled(idle);
    m_list->setEnabled(idle && m_places->count() > 0);
    m_backups->setEnabled(idle && m_backups->count() > 0);
    m_download->setEnabled(idle && m_backups->currentData().isValid());
    m_cancel->setVisible(!idle);
    m_progress->setVisible(!idle);
}

void CloudSourceBox::setBusy(QFutureWatcher<void>* job, const QString& doing)
{
    m_job = job;
    m_status->setText(doing);
    m_progress->setRange(0, 0);
    if (job) {
        connect(job, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
        connect(job, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    }
    updateButtons();
    emit busyChanged(job != nullptr);
}

void CloudSourceBox::listBackups()
{
    const QString name = m_places->currentData().toString();
    if (name.isEmpty() || m_job)
        return;
    m_backups->clear();
    auto* job = startWork<Listing>(
        this,
        [name](Progress& progress) {
            Listing l;
            const auto d = cloud::Destinations::find(name);
            const auto repository = d ? cloud::openRepository(*d, &l.error) : nullptr;
            if (!repository) {
                if (!d)
                    l.error = tr("“%1” is no longer there.").arg(name);
                return l;
            }
            const auto found = cloud::CloudCopies::list(*repository, &progress, &l.error);
            if (found)
                l.backups = *found;
            return l;
        },
        [this, name](const JobOutcome<Listing>& outcome) {
            const Listing l = outcome.resultOr(tr("Stopped."));
            int usable = 0;
            for (auto it = l.backups.crbegin(); it != l.backups.crend(); ++it) {
                if (!it->complete || it->manifest.isEmpty())
                    continue; // half there, or unreadable: nothing to restore from
                QString text = tr("%1 · %2 · %3")
                                   .arg(Words::moment(it->manifest.createdAt()),
                                        Words::backupKind(it->manifest.kind()), Words::size(it->size));
                if (!it->manifest.label().isEmpty())
                    text += QStringLiteral(" · “%1”").arg(it->manifest.label());
                m_backups->addItem(text, it->name);
                ++usable;
            }
            setBusy(nullptr,
                    l.error.isEmpty()
                        ? (usable > 0 ? tr("%n backup(s) in “%1”, newest first.", nullptr, usable).arg(name)
                                      : tr("There are no backups in “%1” yet.").arg(name))
                        : l.error);
        });
    setBusy(job, tr("Reading the backups in “%1”…").arg(name));
}

void CloudSourceBox::download()
{
    const QString name = m_places->currentData().toString();
    const QString file = m_backups->currentData().toString();
    if (name.isEmpty() || file.isEmpty() || m_job)
        return;
    const QString folder = m_folder;
    auto* job = startWork<Fetched>(
        this,
        [name, file, folder](Progress& progress) {
            Fetched f;
            const auto d = cloud::Destinations::find(name);
            const auto repository = d ? cloud::openRepository(*d, &f.error) : nullptr;
            if (repository)
                f.path = cloud::CloudCopies::download(*repository, file, folder, &progress, &f.error);
            return f;
        },
        [this, file](const JobOutcome<Fetched>& outcome) {
            const Fetched f = outcome.resultOr(tr("Stopped; nothing was kept."));
            if (f.path.isEmpty()) {
                setBusy(nullptr, f.error);
                return;
            }
            setBusy(nullptr, tr("Downloaded and checked: %1.").arg(QDir::toNativeSeparators(f.path)));
            emit downloaded(f.path);
        });
    setBusy(job, tr("Downloading %1…").arg(file));
}

void CloudSourceBox::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace tp::ui
