#pragma once

#include "ImportState.h"

#include <memory>
#include <QWizardPage>

class QPlainTextEdit;
class QPushButton;

namespace tp::ui {

// What the import did, in the wizard's words, with the way back (Undo
// Import) and to the imported clients.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportResultPage(std::shared_ptr<ImportState> state, QWidget* parent);

    void initializePage() override;
    QPlainTextEdit* text() const { return m_text; }

signals:
    void showClientsRequested();
    void undoRequested();
    // After a failure: back to the options, with everything as it was.
    void tryAgainRequested();

private:
    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_tryAgain = nullptr;
};

} // namespace tp::ui
