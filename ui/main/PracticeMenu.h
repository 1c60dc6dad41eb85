#pragma once

class QMenu;

namespace tp::ui {

class MainWindow;

// The practice entries at the top of the File menu: New Practice…, Open
// Practice…, Open Recent, Show Data Folder. They ask the window's
// PracticeSession (through the window's signals) to do the work.
void addPracticeActions(MainWindow* window, QMenu* file);

} // namespace tp::ui
