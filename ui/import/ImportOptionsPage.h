#pragma once

#include "ImportState.h"

#include <memory>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;

namespace tp::ui {

// Merge or full restore, how rows are matched, the action for rows already
// there, partial import. Every choice goes into the shared options at once.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(std::shared_ptr<ImportState> state, QWidget* parent);

    // Shows what the options hold now (a partial import chosen on the check page).
    void showOptions();
    void initializePage() override { showOptions(); }
    bool validatePage() override;

    QComboBox* strategyBox() const { return m_strategy; }
    QCheckBox* partialBox() const { return m_partial; }

signals:
    // The action for rows already there changed.
    void strategyChanged();

private:
    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QButtonGroup* m_mode = nullptr;
    QCheckBox* m_confirmRestore = nullptr;
    QComboBox* m_strategy = nullptr;
    QComboBox* m_key = nullptr;
    QCheckBox* m_partial = nullptr;
};

} // namespace tp::ui
