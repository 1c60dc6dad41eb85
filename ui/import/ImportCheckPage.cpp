#include "ImportCheckPage.h"

#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "exchange/Importer.h"
#include "ImportTables.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ImportOptions;
using exchange::ImportResult;

ImportCheckPage::ImportCheckPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : WaitingPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked before anything is written."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter problems (file, table, field or words)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ImportCheckPage::filter);
    m_problems = ImportTables::make(this, { tr("Kind"), tr("Where"), tr("Problem") });
    auto* save = new QPushButton(tr("&Save Report…"), this);
    connect(save, &QPushButton::clicked, this, &ImportCheckPage::saveReport);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_problems, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
}

ImportCheckPage::~ImportCheckPage()
{
    cancelAndWait(m_job);
}

void ImportCheckPage::cleanupPage()
{
    cancelAndWait(m_job);
    QWizardPage::cleanupPage();
}

void ImportCheckPage::initializePage()
{
    setComplete(false);
    cancelAndWait(m_job);
    m_summary->setText(tr("Reading and checking…"));
    m_problems->setRowCount(0);
    ImportOptions o;
    o.inputs = m_state.options.inputs;
    o.partial = true; // see every problem and every conflict
    o.dryRun = true;
    m_job = startJob<ImportResult>(
        this, m_state.databasePath,
        [o](db::Database& database, Progress& progress) {
            return exchange::Importer::run(database, o, &progress);
        },
        [this](const JobOutcome<ImportResult>& outcome) {
            m_state.check = outcome.resultOr(tr("The check was cancelled."));
            showCheck();
            // A file that cannot be read yields no rows to import in part.
            setComplete(m_state.check.unreadableFiles.isEmpty());
            emit checked();
        });
}

void ImportCheckPage::showCheck()
{
    const ImportResult& check = m_state.check;
    const QLocale locale;
    const int errors = check.errorCount();
    QString summary = tr("%1 rows read from %n file(s).", nullptr, int(m_state.options.inputs.size()))
                          .arg(locale.toString(check.rowsRead));
    if (!check.unreadableFiles.isEmpty())
        summary = tr("%n file(s) cannot be read, so nothing can be imported from them: %1. The problems "
                     "below say where each one breaks off. Go Back to remove or replace them.",
                     nullptr, int(check.unreadableFiles.size()))
                      .arg(check.unreadableFiles.join(QStringLiteral(", ")));
    else if (!check.ok && check.rowsRead == 0)
        summary = check.error;
    else if (errors == 0)
        summary += QLatin1Char(' ') + tr("No errors.");
    else
        summary
            += QLatin1Char(' ') + tr("%n error(s): rows with errors cannot be imported.", nullptr, errors);
    m_summary->setText(summary);
    m_problems->setRowCount(int(check.problems.size()));
    for (int i = 0; i < check.problems.size(); ++i) {
        const auto& p = check.problems.at(i);
        m_problems->setItem(
            i, 0, new QTableWidgetItem(p.severity == model::Severity::Error ? tr("Error") : tr("Warning")));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.placeInWords()));
        auto* message = new QTableWidgetItem(p.message);
        message->setToolTip(p.message);
        m_problems->setItem(i, 2, message);
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    filter(m_filter->text());
}

void ImportCheckPage::filter(const QString& text)
{
    for (int r = 0; r < m_problems->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < m_problems->columnCount() && !match; ++c)
            match = m_problems->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_problems->setRowHidden(r, !match);
    }
}

bool ImportCheckPage::validatePage()
{
    if (!m_state.check.unreadableFiles.isEmpty())
        return false; // nothing of a file that cannot be read is imported, not even in part
    const int errors = m_state.check.errorCount();
    if (errors == 0 || m_state.options.partial)
        return true;
    if (MessageBox::question(
            this, tr("Import"),
            tr("%n row(s) have errors. Import the valid rows only (partial import)?", nullptr, errors),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    m_state.options.partial = true;
    emit partialChosen();
    return true;
}

void ImportCheckPage::saveReport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Report"), QStringLiteral("import-check.txt"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray text
        = exchange::Importer::textReport(m_state.check, m_state.options, m_state.databasePath,
                                         exchange::Importer::Reader::App)
              .toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        MessageBox::warning(
            this, tr("Save Report"),
            tr("The report could not be saved: %1. Choose another folder.").arg(f.errorString()));
}

} // namespace tp::ui
