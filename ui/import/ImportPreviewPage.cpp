#include "ImportPreviewPage.h"

#include "common/BackgroundJob.h"
#include "exchange/Importer.h"
#include "ImportTables.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ImportResult;

ImportPreviewPage::ImportPreviewPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : WaitingPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("What the import will do (a dry run: nothing has been changed yet)."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = ImportTables::makeCounts(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

ImportPreviewPage::~ImportPreviewPage()
{
    cancelAndWait(m_job);
}

void ImportPreviewPage::cleanupPage()
{
    cancelAndWait(m_job);
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::initializePage()
{
    setComplete(false);
    cancelAndWait(m_job);
    m_summary->setText(tr("Reading and checking…"));
    m_table->setRowCount(0);
    exchange::ImportOptions o = m_state.options;
    o.dryRun = true;
    m_job = startJob<ImportResult>(
        this, m_state.databasePath,
        [o](db::Database& database, Progress& progress) {
            return exchange::Importer::run(database, o, &progress);
        },
        [this](const JobOutcome<ImportResult>& outcome) {
            m_state.dry = outcome.resultOr(tr("The preview was cancelled."));
            const ImportResult& r = m_state.dry;
            ImportTables::fillCounts(m_table, r);
            m_summary->setText(
                r.ok ? tr("%n row(s) read. Nothing has been changed yet; press Import to apply.", nullptr,
                          int(r.rowsRead))
                     : tr("The import would fail: %1 Go Back to change the files or the options.")
                           .arg(r.error));
            setComplete(r.ok);
            emit previewed();
        });
}

} // namespace tp::ui
