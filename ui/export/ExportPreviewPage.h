#pragma once

#include "ExportState.h"

#include <QPointer>
#include <QWizardPage>

class QFutureWatcherBase;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace tp::ui {

// What the file will hold: rows per table, the estimated size and the
// beginning of the file — counted on a worker.
class ExportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportPreviewPage(ExportState& state, QWidget* parent);
    ~ExportPreviewPage() override;

    void initializePage() override;
    QPlainTextEdit* text() const { return m_text; }

signals:
    void ready();

private:
    ExportState& m_state;
    QTableWidget* m_counts = nullptr;
    QLabel* m_size = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
