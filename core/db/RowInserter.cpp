#include "RowInserter.h"

namespace tp::db {

RowInserter::RowInserter(QSqlDatabase db, const QString& table)
    : m_table(TableRegistry::instance().table(table))
{
    if (!m_table) {
        m_error = QStringLiteral("unknown table ") + table;
        return;
    }
    m_statement
        = std::make_unique<WriteStatement>(db, m_table->insertSql(QStringLiteral("main.") + m_table->name));
    if (!m_statement->isValid())
        m_error = m_statement->errorText();
}

bool RowInserter::insert(const QVariantMap& row)
{
    if (!isValid())
        return false;
    int i = 0;
    for (const Column& c : m_table->columns)
        m_statement->bind(i++, row.value(c.name));
    if (!m_statement->exec()) {
        m_error = m_statement->errorText();
        return false;
    }
    return true;
}

} // namespace tp::db
