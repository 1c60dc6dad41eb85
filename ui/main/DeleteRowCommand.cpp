#include "DeleteRowCommand.h"

#include "common/MessageBox.h"
#include "MainWindow.h"

namespace tp::ui {

DeleteRowCommand::DeleteRowCommand(model::PracticeStore& store, QString table, QStringList ids,
                                   model::Subtree subtree, const QString& text, MainWindow* window)
    : QUndoCommand(text)
    , m_store(store)
    , m_table(std::move(table))
    , m_ids(std::move(ids))
    , m_subtree(std::move(subtree))
    , m_window(window)
{
}

void DeleteRowCommand::redo()
{
    QString error;
    if (!m_store.removeAll(m_table, m_ids, &error)) {
        MessageBox::warning(m_window, MainWindow::tr("Delete"),
                            MainWindow::tr("Nothing was deleted: %1").arg(error));
        setObsolete(true); // nothing to undo: the stack drops it
    }
    m_window->reload(m_window->currentClientId());
}

void DeleteRowCommand::undo()
{
    QString error;
    if (!m_store.restoreSubtree(m_subtree, &error))
        MessageBox::warning(m_window, MainWindow::tr("Undo"),
                            MainWindow::tr("The deleted records could not be put back: %1").arg(error));
    m_window->reload(m_table == QLatin1String("clients") ? m_ids.value(0) : m_window->currentClientId());
}

} // namespace tp::ui
