#include "RowInserter.h"

#include <QSqlError>
#include <QStringBuilder>

namespace tp::db {

RowInserter::RowInserter(QSqlDatabase db, const QString& table)
    : m_table(TableRegistry::instance().table(table))
    , m_query(db)
{
    if (!m_table) {
        m_error = QStringLiteral("unknown table ") + table;
        return;
    }
    const QStringList columns = m_table->columnNames();
    m_prepared = m_query.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                                 + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                                 + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                                 + QLatin1Char(')'));
    if (!m_prepared)
        m_error = m_query.lastError().text();
}

bool RowInserter::insert(const QVariantMap& row)
{
    if (!isValid())
        return false;
    int i = 0;
    for (const Column& c : m_table->columns)
        m_query.bindValue(i++, row.value(c.name));
    if (!m_query.exec()) {
        m_error = m_query.lastError().text();
        return false;
    }
    return true;
}

} // namespace tp::db
