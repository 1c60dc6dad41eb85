#pragma once

#include "common/WaitingPage.h"
#include "ImportState.h"

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
    ImportPreviewPage(ImportState& state, QWidget* parent);
    ~ImportPreviewPage() override;

    void initializePage() override;
    QTableWidget* table() const { return m_table; }

signals:
    void previewed();

private:
    ImportState& m_state;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
