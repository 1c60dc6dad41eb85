#pragma once

#include "ImportState.h"

#include <memory>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QTableWidget;
class QTreeView;

namespace tp::ui {

class ConflictModel;
class ImportCheckPage;
class ImportConflictsPage;
class ImportFilesPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportResultPage;

// Import, step by step: files (dropped or browsed) → what the check found →
// conflicts, grouped by client, with an action per row → options → the dry
// run's numbers → progress with cancel → results with undo. Each step is a
// page of its own (ui/import/Import*Page); they share one ImportState.
// Every step that reads the files runs on a worker with its own connection.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilesPage, CheckPage, ConflictsPage, OptionsPage, PreviewPage, ProgressPage, ResultPage };

    ImportWizard(const QString& databasePath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void addFiles(const QStringList& files);
    QStringList files() const { return m_state.options.inputs; }
    // The options as the pages chose them, with the conflicts' own actions.
    exchange::ImportOptions options() const;
    const exchange::ImportResult& result() const { return m_state.result; }

    // For tests.
    QTableWidget* problemTable() const;
    QTreeView* conflictView() const;
    ConflictModel* conflictModel() const;
    QComboBox* strategyBox() const;
    QCheckBox* partialBox() const;
    QTableWidget* previewTable() const;
    QPlainTextEdit* resultText() const;

signals:
    void checkFinished();
    void previewFinished();
    void importFinished(bool ok);
    void showClientsRequested();
    void undoRequested();

public slots:
    // Asks before cancelling a running import; the wizard closes once it has stopped.
    void reject() override;
    void done(int result) override;

    int nextId() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Shared with the pages: they may outlive the wizard's members while it goes.
    std::shared_ptr<ImportState> m_shared = std::make_shared<ImportState>();
    ImportState& m_state = *m_shared;
    ImportFilesPage* m_files = nullptr;
    ImportCheckPage* m_check = nullptr;
    ImportConflictsPage* m_conflicts = nullptr;
    ImportOptionsPage* m_optionsPage = nullptr;
    ImportPreviewPage* m_preview = nullptr;
    ImportProgressPage* m_progress = nullptr;
    ImportResultPage* m_result = nullptr;
};

} // namespace tp::ui
