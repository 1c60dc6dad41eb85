#pragma once

#include "TableRegistry.h"
#include "WriteStatement.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace tp::db {

// A prepared INSERT of every registry column of one table, reused row after
// row. Missing keys insert NULL. The caller owns the transaction.
class RowInserter
{
public:
    RowInserter(QSqlDatabase db, const QString& table);

    bool isValid() const { return m_statement != nullptr && m_statement->isValid(); }
    bool insert(const QVariantMap& row);
    QString errorString() const { return m_error; }
    const Table* table() const { return m_table; }

private:
    const Table* m_table = nullptr;
    std::unique_ptr<WriteStatement> m_statement;
    QString m_error;
};

} // namespace tp::db
