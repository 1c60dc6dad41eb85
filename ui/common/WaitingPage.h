#pragma once

#include <QWizardPage>

namespace tp::ui {

// A wizard page whose Next/Finish button waits until its work is done.
class WaitingPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete)
    {
        m_complete = complete;
        emit completeChanged();
    }

private:
    bool m_complete = true;
};

} // namespace tp::ui
