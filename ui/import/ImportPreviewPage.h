#pragma once

#include "common/WaitingPage.h"
#include "ImportState.h"

#include <memory>
#include <QPointer>

class QFutureWatcherBase;
class QLabel;
class QTableWidget;

namespace tp::ui {

// The dry run with the chosen options: what the import will do, table by
// table, before anything is changed. Import is the commit button.
class ImportPreviewPage : public WaitingPage
{
    Q_OBJECT

public:
    ImportPreviewPage(std::shared_ptr<ImportState> state, QWidget* parent);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override; // Back: the work of this page stops
    QTableWidget* table() const { return m_table; }

signals:
    void previewed();

private:
    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
