#pragma once

#include "exchange/ImportOptions.h"

#include <QCoreApplication>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace tp::ui {

// The import wizard's tables and the words in them.
class ImportTables
{
    Q_DECLARE_TR_FUNCTIONS(tp::ui::ImportTables)

public:
    // Read-only, whole rows selected, Tab leaves the table.
    static QTableWidget* make(QWidget* parent, const QStringList& headers);
    // One row per table (in words) with what the import does to its rows:
    // new, updated, kept, copied, failed, already there.
    static QTableWidget* makeCounts(QWidget* parent);
    static void fillCounts(QTableWidget* table, const exchange::ImportResult& result);
};

} // namespace tp::ui
