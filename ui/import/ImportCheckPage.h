#pragma once

#include "common/WaitingPage.h"
#include "ImportState.h"

#include <memory>
#include <QPointer>

class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tp::ui {

// Reads and checks every row of the files (a dry run on a worker) and lists
// what it found; a file that cannot be read at all is a dead end for Next,
// with the way out (Back) in words.
class ImportCheckPage : public WaitingPage
{
    Q_OBJECT

public:
    ImportCheckPage(std::shared_ptr<ImportState> state, QWidget* parent);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override; // Back: the work of this page stops
    bool validatePage() override;

    QTableWidget* problemTable() const { return m_problems; }

signals:
    void checked();
    // The practitioner chose a partial import when asked.
    void partialChosen();

private:
    void showCheck();
    void filter(const QString& text);
    void saveReport();

    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_problems = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
