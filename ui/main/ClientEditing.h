#pragma once

#include "model/PracticeStore.h"

#include <QObject>

class QUndoStack;

namespace tp::ui {

class MainWindow;

// The forms that create and change a client's records — the client, birth
// data, session notes — and their undoable deletes, for the main window;
// the window shows the saved record afterwards.
class ClientEditing : public QObject
{
    Q_OBJECT

public:
    ClientEditing(MainWindow* window, model::PracticeStore& store, QUndoStack* undo);

    void newClient();
    void editClient(const QString& id);
    void deleteClient(const QString& id, const QString& name);
    // An empty `id`: a new one for the client.
    void editBirthData(const QString& clientId, const QString& id);
    void editSessionNote(const QString& clientId, const QString& id);
    // Asks first when `confirm`; undoable with Ctrl+Z.
    void deleteRow(const QString& table, const QString& id, const QString& question, bool confirm);

private:
    MainWindow* m_window;
    model::PracticeStore& m_store;
    QUndoStack* m_undo;
};

} // namespace tp::ui
