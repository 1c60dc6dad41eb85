#include "ExportPreviewPage.h"

#include "common/BackgroundJob.h"
#include "common/Words.h"
#include "db/TableRegistry.h"
#include "exchange/Exporter.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Preview
{
    exchange::ExportPreview preview;
    QString error;
};

} // namespace

ExportPreviewPage::ExportPreviewPage(std::shared_ptr<ExportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("What the file will hold."));
    auto* layout = new QVBoxLayout(this);
    m_counts = new QTableWidget(0, 2, this);
    m_counts->setHorizontalHeaderLabels({ tr("What"), tr("Rows") });
    m_counts->verticalHeader()->setVisible(false);
    m_counts->horizontalHeader()->setStretchLastSection(true);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setTabKeyNavigation(false);
    m_counts->setMaximumHeight(180);
    m_size = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_counts);
    layout->addWidget(m_size);
    layout->addWidget(m_text, 1);
}

ExportPreviewPage::~ExportPreviewPage()
{
    cancelAndWait(m_job);
}

void ExportPreviewPage::cleanupPage()
{
    cancelAndWait(m_job);
    QWizardPage::cleanupPage();
}

void ExportPreviewPage::initializePage()
{
    cancelAndWait(m_job);
    m_text->setPlainText(tr("Counting…"));
    m_counts->setRowCount(0);
    m_size->clear();
    const exchange::ExportOptions o = m_state.options;
    m_job = startJob<Preview>(
        this, m_state.databasePath,
        [o](db::Database& database, Progress&) {
            Preview p;
            p.preview = exchange::Exporter::preview(database.connection(), o, &p.error);
            return p;
        },
        [this](const JobOutcome<Preview>& outcome) {
            const Preview p = outcome.resultOr(tr("The preview was cancelled."));
            if (!p.error.isEmpty()) {
                m_text->setPlainText(p.error);
                return;
            }
            const QLocale locale;
            const exchange::ExportPreview& preview = p.preview;
            m_counts->setRowCount(int(preview.tables.size()));
            for (int i = 0; i < preview.tables.size(); ++i) {
                const QString& table = preview.tables.at(i);
                m_counts->setItem(i, 0, new QTableWidgetItem(db::TableRegistry::displayName(table)));
                auto* count = new QTableWidgetItem(locale.toString(preview.counts.value(table)));
                count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_counts->setItem(i, 1, count);
            }
            m_counts->resizeColumnsToContents();
            m_size->setText(tr("Estimated size: about %1").arg(Words::size(preview.estimatedBytes)));
            m_text->setPlainText(preview.sample);
            emit ready();
        });
}

} // namespace tp::ui
