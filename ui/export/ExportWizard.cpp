#include "ExportWizard.h"

#include "ExportDestinationPage.h"
#include "ExportFormatPage.h"
#include "ExportPreviewPage.h"
#include "ExportProgressPage.h"
#include "ExportResultPage.h"
#include "ExportScopePage.h"

#include <QSettings>

namespace tp::ui {

namespace {

const QString kGeometryKey = QStringLiteral("exportWizard/geometry");

} // namespace

ExportWizard::ExportWizard(const QString& databasePath, exchange::ExportScope scope, const QString& id,
                           QWidget* parent)
    : QWizard(parent)
{
    m_state.databasePath = databasePath;
    m_state.options.scope = scope;
    setWindowTitle(tr("Export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setSizeGripEnabled(true);
    m_scope = new ExportScopePage(m_shared, id, this);
    m_format = new ExportFormatPage(m_shared, this);
    m_preview = new ExportPreviewPage(m_shared, this);
    m_destination = new ExportDestinationPage(m_shared, this);
    m_progress = new ExportProgressPage(m_shared, this);
    m_result = new ExportResultPage(m_shared, this);
    setPage(ScopePage, m_scope);
    setPage(FormatPage, m_format);
    setPage(PreviewPage, m_preview);
    setPage(DestinationPage, m_destination);
    setPage(ProgressPage, m_progress);
    setPage(ResultPage, m_result);
    connect(m_scope, &ExportScopePage::loaded, this, &ExportWizard::choicesReady);
    connect(m_preview, &ExportPreviewPage::ready, this, &ExportWizard::previewReady);
    connect(m_progress, &ExportProgressPage::finished, this, [this](bool ok) {
        emit exportFinished(ok);
        if (property("closeWhenDone").toBool())
            QWizard::reject();
        else
            next();
    });
    // After a failure: back to where the file is chosen, with everything as it was.
    connect(m_result, &ExportResultPage::tryAgainRequested, this, [this] {
        while (currentId() != DestinationPage && currentId() != -1 && visitedIds().size() > 1)
            back();
    });
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(760, 580);
}

ExportWizard::~ExportWizard()
{
    // The pages go after the wizard's own parts (they share the state, not
    // the wizard): nothing they signal while they go reaches the wizard.
    for (int id : pageIds())
        page(id)->disconnect(this);
}

bool ExportWizard::choicesLoaded() const
{
    return m_scope->choicesLoaded();
}

QString ExportWizard::freeFileName(const QString& path)
{
    return ExportDestinationPage::freeFileName(path);
}

QLineEdit* ExportWizard::destinationField() const
{
    return m_destination->field();
}

QPlainTextEdit* ExportWizard::previewText() const
{
    return m_preview->text();
}

QLabel* ExportWizard::resultLabel() const
{
    return m_result->label();
}

QPushButton* ExportWizard::tryAgainButton() const
{
    return m_result->tryAgainButton();
}

QListView* ExportWizard::clientPicker() const
{
    return m_scope->clientPicker();
}

QLineEdit* ExportWizard::clientSearchField() const
{
    return m_scope->searchField();
}

QTreeWidget* ExportWizard::fieldTree() const
{
    return m_format->fieldTree();
}

void ExportWizard::setFormat(exchange::ExportFormat format)
{
    m_format->setFormat(format);
}

void ExportWizard::setAnonymize(bool on)
{
    m_format->setAnonymize(on);
}

void ExportWizard::reject()
{
    if (m_progress->isRunning()) {
        // Cancel first; the wizard closes once the worker has rolled back.
        setProperty("closeWhenDone", true);
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}

void ExportWizard::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWizard::done(result);
}

} // namespace tp::ui
