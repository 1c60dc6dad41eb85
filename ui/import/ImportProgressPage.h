#pragma once

#include "common/WaitingPage.h"
#include "ImportState.h"

#include <memory>
#include <QElapsedTimer>
#include <QPointer>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;

namespace tp::ui {

// The import itself, on a worker: progress, time left, cancel.
class ImportProgressPage : public WaitingPage
{
    Q_OBJECT

public:
    ImportProgressPage(std::shared_ptr<ImportState> state, QWidget* parent);
    ~ImportProgressPage() override;

    void initializePage() override;
    bool isRunning() const;
    // Stops the import; `finished` follows once the worker has rolled back.
    void cancel();

signals:
    void finished(bool ok);

private:
    void showProgress(const QString& text);

    std::shared_ptr<ImportState> m_keep; // the state lives as long as its last page or wizard
    ImportState& m_state;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QElapsedTimer m_clock;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
