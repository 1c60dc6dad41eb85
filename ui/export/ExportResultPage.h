#pragma once

#include "ExportState.h"

#include <memory>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace tp::ui {

// What was written (file, size, time, the check, rows per table), or why
// nothing was, with Try Again back to where the file is chosen.
class ExportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportResultPage(std::shared_ptr<ExportState> state, QWidget* parent);

    void initializePage() override;
    QLabel* label() const { return m_label; }
    QPushButton* tryAgainButton() const { return m_tryAgain; }

signals:
    void tryAgainRequested();

private:
    void showInFolder();

    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    QLabel* m_label = nullptr;
    QPushButton* m_showInFolder = nullptr;
    QPushButton* m_tryAgain = nullptr;
};

} // namespace tp::ui
