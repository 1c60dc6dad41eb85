#pragma once

#include "ExportState.h"

#include <memory>
#include <QWizard>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tp::ui {

class ExportDestinationPage;
class ExportFormatPage;
class ExportPreviewPage;
class ExportProgressPage;
class ExportResultPage;
class ExportScopePage;

// Export, step by step: what, how, a preview, where to, progress with
// cancel, and the result. Each step is a page of its own
// (ui/export/Export*Page); they share one ExportState. Whatever reads the
// practice runs on a worker with its own connection.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ScopePage, FormatPage, PreviewPage, DestinationPage, ProgressPage, ResultPage };

    ExportWizard(const QString& databasePath, exchange::ExportScope scope, const QString& id,
                 QWidget* parent = nullptr);
    ~ExportWizard() override;

    // The options as the pages chose them.
    exchange::ExportOptions options() const { return m_state.options; }
    const exchange::ExportResult& result() const { return m_state.result; }
    bool exportSucceeded() const { return m_state.result.ok; }
    // Whether the clients and charts to choose from have been read.
    bool choicesLoaded() const;

    // `path`, or "name (2).json" and so on when that is taken.
    static QString freeFileName(const QString& path);

    // For tests.
    QLineEdit* destinationField() const;
    QPlainTextEdit* previewText() const;
    QLabel* resultLabel() const;
    QPushButton* tryAgainButton() const;
    QListView* clientPicker() const;
    QLineEdit* clientSearchField() const;
    QTreeWidget* fieldTree() const;
    void setFormat(exchange::ExportFormat format);
    void setAnonymize(bool on);

signals:
    void choicesReady();
    void exportFinished(bool ok);
    void previewReady();

public slots:
    // Cancels a running export first; the wizard closes once it has stopped.
    void reject() override;
    void done(int result) override;

private:
    // Shared with the pages: they may outlive the wizard's members while it goes.
    std::shared_ptr<ExportState> m_shared = std::make_shared<ExportState>();
    ExportState& m_state = *m_shared;
    ExportScopePage* m_scope = nullptr;
    ExportFormatPage* m_format = nullptr;
    ExportPreviewPage* m_preview = nullptr;
    ExportDestinationPage* m_destination = nullptr;
    ExportProgressPage* m_progress = nullptr;
    ExportResultPage* m_result = nullptr;
};

} // namespace tp::ui
