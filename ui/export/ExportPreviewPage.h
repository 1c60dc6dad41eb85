#pragma once

#include "ExportState.h"

#include <memory>
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
    ExportPreviewPage(std::shared_ptr<ExportState> state, QWidget* parent);
    ~ExportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override; // Back: the work of this page stops
    QPlainTextEdit* text() const { return m_text; }

signals:
    void ready();

private:
    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    QTableWidget* m_counts = nullptr;
    QLabel* m_size = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
