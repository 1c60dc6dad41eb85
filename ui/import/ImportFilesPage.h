#pragma once

#include "ImportState.h"

#include <memory>
#include <QWizardPage>

class QLabel;
class QListWidget;

namespace tp::ui {

// The files to import: added with Add Files… or dropped on the wizard.
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilesPage(std::shared_ptr<ImportState> state, QWidget* parent);

    void addFiles(const QStringList& files);
    bool validatePage() override;

private:
    void filesChanged();

    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QListWidget* m_list = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace tp::ui
