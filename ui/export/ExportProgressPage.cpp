#include "ExportProgressPage.h"

#include "common/BackgroundJob.h"
#include "exchange/Exporter.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ExportResult;

ExportProgressPage::ExportProgressPage(std::shared_ptr<ExportState> state, QWidget* parent)
    : WaitingPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Exporting"));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(tr("Starting…"), this);
    m_label->setWordWrap(true);
    m_bar = new QProgressBar(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch();
}

ExportProgressPage::~ExportProgressPage()
{
    cancelAndWait(m_job);
}

void ExportProgressPage::initializePage()
{
    setComplete(false);
    m_label->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_state.options.outputPath)));
    const exchange::ExportOptions o = m_state.options;
    auto* job = startJob<ExportResult>(
        this, m_state.databasePath,
        [o](db::Database& database, Progress& progress) {
            return exchange::Exporter::run(database.connection(), o, &progress);
        },
        [this](const JobOutcome<ExportResult>& outcome) {
            m_state.result = outcome.canceled ? ExportResult{} : outcome.resultOr(QString());
            if (outcome.canceled) {
                m_state.result.canceled = true;
                m_state.result.error = tr("Export cancelled; no file was written.");
            }
            m_bar->setValue(m_bar->maximum());
            setComplete(true);
            emit finished(m_state.result.ok);
        });
    connect(job, &QFutureWatcherBase::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(job, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    m_job = job;
}

bool ExportProgressPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ExportProgressPage::cancel()
{
    if (!isRunning())
        return;
    m_label->setText(tr("Cancelling…"));
    m_job->cancel();
}

} // namespace tp::ui
