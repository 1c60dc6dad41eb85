#include "ClientEditing.h"

#include "common/MessageBox.h"
#include "DeleteRowCommand.h"
#include "MainWindow.h"
#include "RecordDialog.h"

#include <QUndoStack>

namespace tp::ui {

using model::Row;

ClientEditing::ClientEditing(MainWindow* window, model::PracticeStore& store, QUndoStack* undo)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_undo(undo)
{
}

void ClientEditing::newClient()
{
    auto* dialog = RecordDialog::clientDialog(
        {}, [this](const Row& r) { return m_store.save(QStringLiteral("clients"), r); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->reload(dialog->savedId());
        m_window->showStatus(tr("Client created."));
    });
    dialog->open();
}

void ClientEditing::editClient(const QString& id)
{
    const auto client = id.isEmpty() ? std::nullopt : m_store.row(QStringLiteral("clients"), id);
    if (!client)
        return;
    auto* dialog = RecordDialog::clientDialog(
        *client, [this](const Row& r) { return m_store.save(QStringLiteral("clients"), r); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { m_window->reload(id); });
    dialog->open();
}

void ClientEditing::deleteClient(const QString& id, const QString& name)
{
    if (id.isEmpty())
        return;
    deleteRow(QStringLiteral("clients"), id,
              tr("Delete %1 with all birth data, charts and session notes?")
                  .arg(name.isEmpty() ? tr("this client") : name),
              true);
}

void ClientEditing::deleteRow(const QString& table, const QString& id, const QString& question, bool confirm)
{
    if (confirm
        && MessageBox::question(m_window, tr("Delete"),
                                question + QStringLiteral("\n\n") + tr("You can undo this with Ctrl+Z."),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    model::Subtree subtree = m_store.captureSubtree(table, id);
    const QString text = table == QLatin1String("clients") ? tr("Delete Client")
        : table == QLatin1String("birth_data")             ? tr("Delete Birth Data")
        : table == QLatin1String("charts")                 ? tr("Delete Chart")
                                                           : tr("Delete Session Note");
    const int before = m_undo->index();
    m_undo->push(new DeleteRowCommand(m_store, table, { id }, std::move(subtree), text, m_window));
    if (m_undo->index() > before) // else the command said why nothing was deleted, and went
        m_window->showStatus(tr("Deleted. Press Ctrl+Z to undo."));
}

void ClientEditing::editBirthData(const QString& clientId, const QString& id)
{
    if (clientId.isEmpty())
        return;
    Row row;
    if (!id.isEmpty()) {
        const auto existing = m_store.row(QStringLiteral("birth_data"), id);
        if (!existing)
            return;
        row = *existing;
    } else {
        row.insert(QStringLiteral("client_id"), clientId);
    }
    const QList<Row> places = m_store.allRows(QStringLiteral("location_cache"), QStringLiteral("city_name"));
    auto* dialog = RecordDialog::birthDataDialog(
        row, places, [this](const Row& r) { return m_store.save(QStringLiteral("birth_data"), r); },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, clientId] { m_window->reload(clientId); });
    dialog->open();
}

void ClientEditing::editSessionNote(const QString& clientId, const QString& id)
{
    if (clientId.isEmpty())
        return;
    Row row;
    if (!id.isEmpty()) {
        const auto existing = m_store.row(QStringLiteral("session_notes"), id);
        if (!existing)
            return;
        row = *existing;
    } else {
        row.insert(QStringLiteral("client_id"), clientId);
    }
    auto* dialog = RecordDialog::sessionNoteDialog(
        row, [this](const Row& r) { return m_store.save(QStringLiteral("session_notes"), r); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, clientId] { m_window->reload(clientId); });
    dialog->open();
}

} // namespace tp::ui
