#include "ImportResultPage.h"

#include "exchange/Importer.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

ImportResultPage::ImportResultPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Done"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    auto* row = new QHBoxLayout;
    m_show = new QPushButton(tr("Show Imported &Clients"), this);
    m_undo = new QPushButton(tr("&Undo Import"), this);
    m_tryAgain = new QPushButton(tr("&Try Again…"), this);
    connect(m_tryAgain, &QPushButton::clicked, this, &ImportResultPage::tryAgainRequested);
    connect(m_show, &QPushButton::clicked, this, &ImportResultPage::showClientsRequested);
    connect(m_undo, &QPushButton::clicked, this, &ImportResultPage::undoRequested);
    row->addWidget(m_show);
    row->addWidget(m_undo);
    row->addWidget(m_tryAgain);
    row->addStretch();
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
}

void ImportResultPage::initializePage()
{
    const exchange::ImportResult& r = m_state.result;
    setTitle(r.ok ? tr("Imported") : r.canceled ? tr("Cancelled") : tr("Not imported"));
    m_show->setVisible(r.ok);
    m_undo->setVisible(r.ok && !r.snapshotPath.isEmpty());
    m_tryAgain->setVisible(!r.ok);
    m_text->setPlainText(exchange::Importer::textReport(r, m_state.options, m_state.databasePath,
                                                        exchange::Importer::Reader::App));
}

} // namespace tp::ui
