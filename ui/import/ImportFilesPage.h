#pragma once

#include "ImportState.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace tp::ui {

// The files to import: added with Add Files… or dropped on the wizard.
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilesPage(ImportState& state, QWidget* parent);

    void addFiles(const QStringList& files);
    bool validatePage() override;

private:
    void filesChanged();

    ImportState& m_state;
    QListWidget* m_list = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace tp::ui
