#pragma once

#include "exchange/ExportOptions.h"

#include <QFutureWatcher>
#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;
class QTreeWidget;

namespace tp::ui {

// Export, step by step: what, how, a preview, where to, progress with
// cancel, and the result. The export itself runs on a worker thread with
// its own database connection.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ScopePage, FormatPage, PreviewPage, DestinationPage, ProgressPage, ResultPage };

    ExportWizard(const QString& databasePath, exchange::ExportScope scope, const QString& id,
                 QWidget* parent = nullptr);
    ~ExportWizard() override;

    // The options as the pages describe them now.
    exchange::ExportOptions options() const;

    // For tests.
    QLineEdit* destinationField() const { return m_destination; }
    QPlainTextEdit* previewText() const { return m_previewText; }
    QLabel* resultLabel() const { return m_resultLabel; }
    QPushButton* tryAgainButton() const { return m_tryAgain; }
    QListWidget* clientPicker() const { return m_selectedClients; }
    QLineEdit* clientSearchField() const { return m_clientSearch; }
    bool exportSucceeded() const { return m_result.ok; }
    const exchange::ExportResult& result() const { return m_result; }
    void setFormat(exchange::ExportFormat format);
    void setAnonymize(bool on);

signals:
    void exportFinished(bool ok);
    void previewReady();

public slots:
    // Cancels a running export first; the wizard closes once it has stopped.
    void reject() override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* createScopePage();
    QWizardPage* createFormatPage();
    QWizardPage* createPreviewPage();
    QWizardPage* createDestinationPage();
    QWizardPage* createProgressPage();
    QWizardPage* createResultPage();
    void loadChoices();
    void startPreview();
    void startExport();
    void showResult();
    void browse();
    bool confirmOverwrite(const QString& path);

public:
    // `path`, or "name (2).json" and so on when that is taken.
    static QString freeFileName(const QString& path);

private:
    QString m_databasePath;
    exchange::ExportScope m_initialScope;
    QString m_initialId;

    QButtonGroup* m_scopeGroup = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_chart = nullptr;
    QComboBox* m_dateField = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_chartType = nullptr;
    QComboBox* m_system = nullptr;
    QListWidget* m_selectedClients = nullptr;
    QLineEdit* m_clientSearch = nullptr;

    QButtonGroup* m_formatGroup = nullptr;
    QCheckBox* m_pretty = nullptr;
    QCheckBox* m_gzip = nullptr;
    QComboBox* m_level = nullptr;
    QCheckBox* m_interpretations = nullptr;
    QCheckBox* m_anonymize = nullptr;
    QCheckBox* m_coarsen = nullptr;
    QTreeWidget* m_fields = nullptr;

    QTableWidget* m_previewCounts = nullptr;
    QLabel* m_previewSize = nullptr;
    QPlainTextEdit* m_previewText = nullptr;

    QLineEdit* m_destination = nullptr;
    QCheckBox* m_verify = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_showInFolder = nullptr;
    QPushButton* m_tryAgain = nullptr;

    QFutureWatcher<exchange::ExportResult>* m_exportWatcher = nullptr;
    bool m_exportDone = false;
    exchange::ExportResult m_result;
};

} // namespace tp::ui
