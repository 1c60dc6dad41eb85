#pragma once

#include "model/PracticeStore.h"

#include <QUndoCommand>

namespace tp::ui {

class MainWindow;

// Deleting is undoable: the command keeps every row the cascade removes
// and puts them back on undo. One row (a client, a chart) or several of one
// table (the saved places the statistics page tidies away), in one transaction.
class DeleteRowCommand : public QUndoCommand
{
public:
    DeleteRowCommand(model::PracticeStore& store, QString table, QStringList ids, model::Subtree subtree,
                     const QString& text, MainWindow* window);

    void redo() override;
    void undo() override;

private:
    model::PracticeStore& m_store;
    QString m_table;
    QStringList m_ids;
    model::Subtree m_subtree;
    MainWindow* m_window;
};

} // namespace tp::ui
