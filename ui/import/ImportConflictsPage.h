#pragma once

#include "ImportState.h"

#include <memory>
#include <QWizardPage>

class QComboBox;
class QTreeView;

namespace tp::ui {

class ConflictModel;

// The rows already in the practice with other values, grouped under their
// client, each with its action (a list in the Action column; choosing one
// for a client sets all its rows), or one action for all.
class ImportConflictsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportConflictsPage(std::shared_ptr<ImportState> state, QWidget* parent);

    // After each check: its conflicts, every row following the action for all.
    void showConflicts();
    // The action for all changed elsewhere (the options page).
    void defaultChanged();
    // Columns sized to the page as it is shown: names and actions whole.
    void initializePage() override;

    QTreeView* view() const { return m_view; }
    ConflictModel* model() const { return m_model; }

private:
    void ownChosen();

    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QComboBox* m_bulk = nullptr;
    QTreeView* m_view = nullptr;
    ConflictModel* m_model = nullptr;
};

} // namespace tp::ui
