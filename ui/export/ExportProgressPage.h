#pragma once

#include "common/WaitingPage.h"
#include "ExportState.h"

#include <memory>
#include <QPointer>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;

namespace tp::ui {

// The export itself, on a worker with its own connection: progress and cancel.
class ExportProgressPage : public WaitingPage
{
    Q_OBJECT

public:
    ExportProgressPage(std::shared_ptr<ExportState> state, QWidget* parent);
    ~ExportProgressPage() override;

    void initializePage() override;
    bool isRunning() const;
    // Stops the export; `finished` follows once nothing is left of the file.
    void cancel();

signals:
    void finished(bool ok);

private:
    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
