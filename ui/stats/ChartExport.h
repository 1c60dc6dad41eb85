#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tp::ui {

// A chart of the statistics page into a file, for a report or a letter: PNG
// (as drawn on the screen) or SVG (drawn again as vectors) by the name's
// ending; written whole or not at all (QSaveFile).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(tp::ui::ChartExport)

public:
    static bool save(QWidget* chart, const QString& path, QString* error);
    // The context menu that offers it ("Save as PNG…", "Save as SVG…").
    static void addMenu(QWidget* chart);
};

} // namespace tp::ui
