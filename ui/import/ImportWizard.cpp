#include "ImportWizard.h"

#include "common/MessageBox.h"
#include "ConflictModel.h"
#include "ImportCheckPage.h"
#include "ImportConflictsPage.h"
#include "ImportFilesPage.h"
#include "ImportOptionsPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>

namespace tp::ui {

namespace {

const QString kGeometryKey = QStringLiteral("importWizard/geometry");

} // namespace

ImportWizard::ImportWizard(const QString& databasePath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
{
    m_state.databasePath = databasePath;
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setSizeGripEnabled(true);
    setAcceptDrops(true);
    m_files = new ImportFilesPage(m_shared, this);
    m_check = new ImportCheckPage(m_shared, this);
    m_conflicts = new ImportConflictsPage(m_shared, this);
    m_optionsPage = new ImportOptionsPage(m_shared, this);
    m_preview = new ImportPreviewPage(m_shared, this);
    m_progress = new ImportProgressPage(m_shared, this);
    m_result = new ImportResultPage(m_shared, this);
    setPage(FilesPage, m_files);
    setPage(CheckPage, m_check);
    setPage(ConflictsPage, m_conflicts);
    setPage(OptionsPage, m_optionsPage);
    setPage(PreviewPage, m_preview);
    setPage(ProgressPage, m_progress);
    setPage(ResultPage, m_result);

    connect(m_check, &ImportCheckPage::checked, this, [this] {
        m_conflicts->showConflicts();
        emit checkFinished();
    });
    connect(m_check, &ImportCheckPage::partialChosen, m_optionsPage, &ImportOptionsPage::showOptions);
    connect(m_optionsPage, &ImportOptionsPage::strategyChanged, m_conflicts,
            &ImportConflictsPage::defaultChanged);
    connect(m_preview, &ImportPreviewPage::previewed, this, &ImportWizard::previewFinished);
    connect(m_progress, &ImportProgressPage::finished, this, [this](bool ok) {
        emit importFinished(ok);
        if (property("closeWhenDone").toBool())
            QWizard::reject();
        else
            next();
    });
    connect(m_result, &ImportResultPage::showClientsRequested, this, [this] {
        accept(); // the window behind shows them: the wizard closes first
        emit showClientsRequested();
    });
    connect(m_result, &ImportResultPage::undoRequested, this, [this] {
        accept();
        emit undoRequested();
    });
    connect(m_result, &ImportResultPage::tryAgainRequested, this, [this] {
        while (currentId() != OptionsPage && currentId() != -1 && visitedIds().size() > 1)
            back();
    });
    m_files->addFiles(files);
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(860, 600);
}

ImportWizard::~ImportWizard()
{
    // The pages go after the wizard's own parts (they share the state, not
    // the wizard): nothing they signal while they go reaches the wizard.
    for (int id : pageIds())
        page(id)->disconnect(this);
}

void ImportWizard::addFiles(const QStringList& files)
{
    m_files->addFiles(files);
}

exchange::ImportOptions ImportWizard::options() const
{
    return m_state.options;
}

QTableWidget* ImportWizard::problemTable() const
{
    return m_check->problemTable();
}

QTreeView* ImportWizard::conflictView() const
{
    return m_conflicts->view();
}

ConflictModel* ImportWizard::conflictModel() const
{
    return m_conflicts->model();
}

QComboBox* ImportWizard::strategyBox() const
{
    return m_optionsPage->strategyBox();
}

QCheckBox* ImportWizard::partialBox() const
{
    return m_optionsPage->partialBox();
}

QTableWidget* ImportWizard::previewTable() const
{
    return m_preview->table();
}

QPlainTextEdit* ImportWizard::resultText() const
{
    return m_result->text();
}

int ImportWizard::nextId() const
{
    if (currentId() == CheckPage && m_state.check.conflicts.isEmpty())
        return OptionsPage; // nothing to decide row by row
    return QWizard::nextId();
}

void ImportWizard::reject()
{
    if (m_progress->isRunning()) {
        if (MessageBox::question(this, tr("Import"), tr("Cancel the import? Nothing will have been changed."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        setProperty("closeWhenDone", true);
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && currentId() == FilesPage)
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace tp::ui
