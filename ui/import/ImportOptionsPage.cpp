#include "ImportOptionsPage.h"

#include "ConflictModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ConflictKey;
using exchange::ConflictStrategy;
using exchange::ImportMode;

ImportOptionsPage::ImportOptionsPage(std::shared_ptr<ImportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Options"));
    auto* layout = new QVBoxLayout(this);
    m_mode = new QButtonGroup(this);
    auto* merge = new QRadioButton(tr("&Merge into the current data (recommended)"), this);
    auto* restore
        = new QRadioButton(tr("Full &restore: replace all clients, charts and notes with the file's"), this);
    m_mode->addButton(merge, int(ImportMode::Merge));
    m_mode->addButton(restore, int(ImportMode::Restore));
    m_confirmRestore = new QCheckBox(
        tr("I understand that a full restore replaces everything (a safety snapshot is taken first)."), this);
    m_strategy = new QComboBox(this);
    ConflictModel::addStrategies(m_strategy);
    m_key = new QComboBox(this);
    m_key->addItem(tr("the same id"), int(ConflictKey::Id));
    m_key->addItem(tr("the same person or chart (name and birth date; birth data, type, houses and system)"),
                   int(ConflictKey::Natural));
    m_partial = new QCheckBox(
        tr("&Partial: import the valid rows, skip invalid ones and what depends on them"), this);
    auto* keyLabel = new QLabel(tr("Rows count as already &there when they have:"), this);
    keyLabel->setBuddy(m_key);
    auto* strategyLabel = new QLabel(tr("Rows already there, unless chosen &otherwise per row:"), this);
    strategyLabel->setBuddy(m_strategy);
    layout->addWidget(merge);
    layout->addWidget(restore);
    layout->addWidget(m_confirmRestore);
    layout->addSpacing(12);
    layout->addWidget(keyLabel);
    layout->addWidget(m_key);
    layout->addWidget(strategyLabel);
    layout->addWidget(m_strategy);
    layout->addWidget(m_partial);
    layout->addStretch();

    connect(m_mode, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_state.options.mode = ImportMode(id);
        m_confirmRestore->setEnabled(m_state.options.mode == ImportMode::Restore);
    });
    connect(m_confirmRestore, &QCheckBox::toggled, this,
            [this](bool on) { m_state.options.restoreConfirmed = on; });
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_state.options.strategy = ConflictStrategy(m_strategy->currentData().toInt());
        emit strategyChanged();
    });
    connect(m_key, &QComboBox::currentIndexChanged, this,
            [this] { m_state.options.key = ConflictKey(m_key->currentData().toInt()); });
    connect(m_partial, &QCheckBox::toggled, this, [this](bool on) { m_state.options.partial = on; });
    showOptions();
}

void ImportOptionsPage::showOptions()
{
    const exchange::ImportOptions o = m_state.options; // the setters below write back the same values
    m_mode->button(int(o.mode))->setChecked(true);
    m_confirmRestore->setEnabled(o.mode == ImportMode::Restore);
    m_confirmRestore->setChecked(o.restoreConfirmed);
    m_strategy->setCurrentIndex(m_strategy->findData(int(o.strategy)));
    m_key->setCurrentIndex(m_key->findData(int(o.key)));
    m_partial->setChecked(o.partial);
}

bool ImportOptionsPage::validatePage()
{
    if (m_state.options.mode != ImportMode::Restore || m_state.options.restoreConfirmed)
        return true;
    setSubTitle(tr("Tick the box to confirm the full restore, or choose Merge."));
    return false;
}

} // namespace tp::ui
