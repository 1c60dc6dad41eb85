#pragma once

#include "ExportState.h"

#include <memory>
#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace tp::ui {

// Where to save: a suggested name in the last folder used (Documents at
// first), the read-back check; never replaces a file without asking.
class ExportDestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportDestinationPage(std::shared_ptr<ExportState> state, QWidget* parent);

    void initializePage() override;
    bool validatePage() override;
    QLineEdit* field() const { return m_path; }

    // `path`, or "name (2).json" and so on when that is taken.
    static QString freeFileName(const QString& path);

private:
    bool confirmOverwrite(const QString& path);
    void browse();

    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_verify = nullptr;
};

} // namespace tp::ui
