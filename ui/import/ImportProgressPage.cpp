#include "ImportProgressPage.h"

#include "common/BackgroundJob.h"
#include "exchange/Importer.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ImportResult;

ImportProgressPage::ImportProgressPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : WaitingPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Importing"));
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(tr("Taking a safety snapshot…"), this);
    m_label->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch();
}

ImportProgressPage::~ImportProgressPage()
{
    cancelAndWait(m_job);
}

void ImportProgressPage::initializePage()
{
    setComplete(false);
    const exchange::ImportOptions o = m_state.options;
    m_clock.start();
    auto* job = startJob<ImportResult>(
        this, m_state.databasePath,
        [o](db::Database& database, Progress& progress) {
            return exchange::Importer::run(database, o, &progress);
        },
        [this](const JobOutcome<ImportResult>& outcome) {
            m_state.result = outcome.resultOr(tr("Import cancelled; the database is as it was."));
            if (!outcome.result && outcome.canceled)
                m_state.result.canceled = true;
            setComplete(true);
            emit finished(m_state.result.ok);
        });
    connect(job, &QFutureWatcherBase::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(job, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(job, &QFutureWatcherBase::progressTextChanged, this, &ImportProgressPage::showProgress);
    m_job = job;
}

// The step in words, and the time left from the pace so far (once there is one).
void ImportProgressPage::showProgress(const QString& text)
{
    const int value = m_bar->value() - m_bar->minimum();
    const int range = m_bar->maximum() - m_bar->minimum();
    QString left;
    if (value > 0 && range > value && m_clock.elapsed() > 1000) {
        const qint64 seconds = m_clock.elapsed() * (range - value) / value / 1000;
        left = QStringLiteral(" – ") + tr("about %n second(s) left", nullptr, int(seconds));
    }
    m_label->setText(text + left);
}

bool ImportProgressPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportProgressPage::cancel()
{
    if (!isRunning())
        return;
    m_label->setText(tr("Cancelling…"));
    m_job->cancel();
}

} // namespace tp::ui
