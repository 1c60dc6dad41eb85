#pragma once

#include "ExportOptions.h"

#include <QSqlDatabase>

namespace tp::exchange {

// Which rows of each table an export takes. For the Client, Chart and
// Selective scopes the chosen client, birth-data and chart ids are put into
// TEMP tables of the exporting connection; every table's rows are then one
// SELECT with a WHERE on those sets, read one row at a time.
class ExportSelection
{
public:
    ExportSelection(QSqlDatabase db, const ExportOptions& options);
    ~ExportSelection();

    bool prepare(QString* error);

    // Tables this export writes, parents first.
    QStringList tables() const;
    // The WHERE clause (may be empty) selecting `table`'s rows.
    QString whereClause(const QString& table) const;
    qint64 count(const QString& table) const;

private:
    bool fillSet(const QString& set, const QString& sql, const QStringList& binds, QString* error);

    QSqlDatabase m_db;
    ExportOptions m_options;
    bool m_prepared = false;
};

} // namespace tp::exchange
