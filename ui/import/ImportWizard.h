#pragma once

#include "exchange/ImportOptions.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;

namespace tp::ui {

// Import, step by step: files (dropped or browsed) → what the check found →
// conflicts, with an action per row → options → the dry run's numbers →
// progress with cancel → results with undo. Every step that reads the files
// runs on a worker thread with its own database connection.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilesPage, CheckPage, ConflictsPage, OptionsPage, PreviewPage, ProgressPage, ResultPage };

    ImportWizard(const QString& databasePath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void addFiles(const QStringList& files);
    QStringList files() const;
    exchange::ImportOptions options() const;
    const exchange::ImportResult& result() const { return m_result; }

    // For tests.
    QTableWidget* problemTable() const { return m_problems; }
    QTableWidget* conflictTable() const { return m_conflicts; }
    QComboBox* strategyBox() const { return m_strategy; }
    QCheckBox* partialBox() const { return m_partial; }
    QTableWidget* previewTable() const { return m_preview; }
    QPlainTextEdit* resultText() const { return m_resultText; }

signals:
    void checkFinished();
    void previewFinished();
    void importFinished(bool ok);
    void showClientsRequested();
    void undoRequested();

public slots:
    void reject() override;

    int nextId() const override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWizardPage* createFilesPage();
    QWizardPage* createCheckPage();
    QWizardPage* createConflictsPage();
    QWizardPage* createOptionsPage();
    QWizardPage* createPreviewPage();
    QWizardPage* createProgressPage();
    QWizardPage* createResultPage();
    void runDry(int page);
    void startImport();
    void fillProblems();
    void fillConflicts();
    void fillCounts(QTableWidget* table, const exchange::ImportResult& result);
    void filterProblems(const QString& text);

    QString m_databasePath;
    QListWidget* m_fileList = nullptr;
    QLabel* m_fileWarning = nullptr;
    QTableWidget* m_problems = nullptr;
    QLineEdit* m_problemFilter = nullptr;
    QLabel* m_checkSummary = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QComboBox* m_bulk = nullptr;
    QComboBox* m_strategy = nullptr;
    QComboBox* m_key = nullptr;
    QButtonGroup* m_mode = nullptr;
    QCheckBox* m_confirmRestore = nullptr;
    QCheckBox* m_partial = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewSummary = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPlainTextEdit* m_resultText = nullptr;

    exchange::ImportResult m_check; // the first dry run: problems and conflicts
    exchange::ImportResult m_dry; // the dry run with the chosen options
    exchange::ImportResult m_result; // the import
    QFutureWatcher<exchange::ImportResult>* m_watcher = nullptr;
    QElapsedTimer m_importClock;
    bool m_closeWhenDone = false;
};

} // namespace tp::ui
