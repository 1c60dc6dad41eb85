#include "ImportFilesPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

constexpr qint64 kLargeFile = 10 * 1024 * 1024;

} // namespace

ImportFilesPage::ImportFilesPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Files to import"));
    setSubTitle(tr("Drop files here or add them: exports of The Program (.json, .json.gz, .zip), CSV files "
                   "(one per table), or the earlier edition's JSON."));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importFiles"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list, 1);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Files…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setShortcut(QKeySequence::Delete);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(
            QFileDialog::getOpenFileNames(this, tr("Import"), QString(),
                                          tr("Exports and tables (*.json *.gz *.zip *.csv);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        filesChanged();
    });
}

void ImportFilesPage::addFiles(const QStringList& files)
{
    for (const QString& f : files) {
        if (!f.isEmpty() && m_list->findItems(f, Qt::MatchExactly).isEmpty())
            m_list->addItem(f);
    }
    filesChanged();
}

void ImportFilesPage::filesChanged()
{
    m_state.options.inputs.clear();
    QStringList large;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString f = m_list->item(i)->text();
        m_state.options.inputs << f;
        if (QFileInfo(f).size() > kLargeFile)
            large << QFileInfo(f).fileName();
    }
    m_warning->setText(large.isEmpty() ? QString()
                                       : tr("Large files (%1): checking and importing them may take a while.")
                                             .arg(large.join(QStringLiteral(", "))));
}

bool ImportFilesPage::validatePage()
{
    if (!m_state.options.inputs.isEmpty())
        return true;
    setSubTitle(tr("Add at least one file first: press Add Files…, or drop files here."));
    return false;
}

} // namespace tp::ui
