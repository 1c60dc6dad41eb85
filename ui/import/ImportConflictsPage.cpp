#include "ImportConflictsPage.h"

#include "ConflictModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ConflictStrategy;

ImportConflictsPage::ImportConflictsPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Conflicts"));
    setSubTitle(tr("These rows are already in the practice with other values; only the fields that differ "
                   "are shown. Choose what happens to each, to a client's rows, or to all at once."));
    auto* layout = new QVBoxLayout(this);
    auto* bulkRow = new QHBoxLayout;
    m_bulk = new QComboBox(this);
    ConflictModel::addStrategies(m_bulk);
    auto* apply = new QPushButton(tr("Set for &All"), this);
    auto* forAll = new QLabel(tr("For a&ll:"), this);
    forAll->setBuddy(m_bulk);
    bulkRow->addWidget(forAll);
    bulkRow->addWidget(m_bulk);
    bulkRow->addWidget(apply);
    bulkRow->addStretch();
    m_model = new ConflictModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("importConflicts"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ConflictModel::ActionColumn, new ActionDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true); // fast with thousands of rows
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 8);
    m_view->header()->setStretchLastSection(true);
    connect(apply, &QPushButton::clicked, this, [this] {
        m_state.options.strategy = ConflictStrategy(m_bulk->currentData().toInt());
        m_model->setDefaultStrategy(m_state.options.strategy);
        m_model->clearOwnStrategies();
        ownChosen();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportConflictsPage::ownChosen);
    layout->addLayout(bulkRow);
    layout->addWidget(m_view, 1);
}

void ImportConflictsPage::showConflicts()
{
    m_model->setConflicts(m_state.check.conflicts);
    m_model->setDefaultStrategy(m_state.options.strategy);
    m_bulk->setCurrentIndex(m_bulk->findData(int(m_state.options.strategy)));
    m_view->expandAll();
    ownChosen();
}

void ImportConflictsPage::initializePage()
{
    // Names and actions whole; the values share the rest (their tooltips hold them whole).
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int action = 0;
    for (ConflictStrategy s : { ConflictStrategy::Skip, ConflictStrategy::Replace, ConflictStrategy::Merge,
                                ConflictStrategy::Rename })
        action = qMax(action,
                      metrics.horizontalAdvance(
                          ConflictModel::tr("%1 (as for all)").arg(ConflictModel::strategyText(s))));
    int item = 0;
    for (int g = 0; g < m_model->groupCount(); ++g)
        item = qMax(item, metrics.horizontalAdvance(m_model->index(g, 0).data().toString()));
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ConflictModel::ExistingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictModel::IncomingColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ConflictModel::ItemColumn,
                           qMin(item + m_view->indentation() * 2 + 8, metrics.averageCharWidth() * 36));
    m_view->setColumnWidth(ConflictModel::ActionColumn, action + 16);
    m_view->setColumnWidth(ConflictModel::MatchColumn, metrics.averageCharWidth() * 16);
}

void ImportConflictsPage::defaultChanged()
{
    m_model->setDefaultStrategy(m_state.options.strategy);
    m_bulk->setCurrentIndex(m_bulk->findData(int(m_state.options.strategy)));
}

void ImportConflictsPage::ownChosen()
{
    m_state.options.rowStrategies = m_model->ownStrategies();
}

} // namespace tp::ui
