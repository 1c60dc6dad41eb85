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

QString ImportTables::placeInWords(const exchange::ImportProblem& p)
{
    QStringList parts;
    if (!p.file.isEmpty())
        parts << (p.line > 0 ? tr("%1, line %2").arg(p.file).arg(p.line) : p.file);
    if (!p.table.isEmpty())
        parts << db::TableRegistry::displayName(p.table);
    if (!p.field.isEmpty())
        parts << (p.table.isEmpty() ? p.field : db::TableRegistry::displayName(p.table, p.field));
    return parts.join(QStringLiteral(", "));
}

QTableWidget* ImportTables::makeCounts(QWidget* parent)
{
    return make(parent, { tr("What"), tr("New"), tr("Updated"), tr("Kept"), tr("Copied"),
                                     tr("Failed"), tr("Already there") });
}

void ImportTables::fillCounts(QTableWidget* table, const exchange::ImportResult& result)
{
    const QLocale locale;
    table->setRowCount(int(result.counts.size()));
    int r = 0;
    for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it, ++r) {
        auto* what = new QTableWidgetItem(db::TableRegistry::displayName(it.key()));
        what->setData(Qt::UserRole, it.key());
        table->setItem(r, 0, what);
        const qint64 values[] = { it->inserted, it->updated, it->skipped, it->renamed, it->failed, it->identical };
        for (int c = 0; c < 6; ++c) {
            auto* cell = new QTableWidgetItem(locale.toString(values[c]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c + 1, cell);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace tp::ui
