#include "ImportTables.h"

#include "db/TableRegistry.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace tp::ui {

QTableWidget* ImportTables::make(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidget* ImportTables::makeCounts(QWidget* parent)
{
    return make(parent,
                { tr("What"), tr("New"), tr("Updated"), tr("Kept"), tr("Copied"), tr("Failed"),
                  tr("Already there") });
}

void ImportTables::fillCounts(QTableWidget* table, const exchange::ImportResult& result)
{
    const QLocale locale;
    table->setRowCount(int(result.counts.size()));
    int r = 0;
    for (const QString& name : db::TableRegistry::instance().tableNames()) { // parents first
        const auto it = result.counts.constFind(name);
        if (it == result.counts.cend())
            continue;
        auto* what = new QTableWidgetItem(db::TableRegistry::displayName(it.key()));
        what->setData(Qt::UserRole, it.key());
        table->setItem(r, 0, what);
        const qint64 values[]
            = { it->inserted, it->updated, it->skipped, it->renamed, it->failed, it->identical };
        for (int c = 0; c < 6; ++c) {
            auto* cell = new QTableWidgetItem(locale.toString(values[c]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c + 1, cell);
        }
        ++r;
    }
    table->resizeColumnsToContents();
}

} // namespace tp::ui
