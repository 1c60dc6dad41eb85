#pragma once

#include "db/TableRegistry.h"
#include "ExportOptions.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace tp::exchange {

// What anonymising does to each value (docs/EXPORT_FORMAT.md, "Anonymisation"):
// clients get stable pseudonyms (first_name "Client", last_name "0001", …,
// numbered by created_at over the whole database), e-mail, phone, notes and
// session-note content become null, chart names are rebuilt from the chart
// type and the pseudonym; with coarsening, city and state are dropped and
// latitude/longitude (also inside chart_data.calculation_info) are rounded
// to whole degrees.
class Anonymizer
{
public:
    Anonymizer(const ExportOptions& options);

    bool isActive() const { return m_active; }
    bool prepare(QSqlDatabase db, QString* error);

    // Rewrites one row's values (in the order of `columns`) in place.
    void apply(const db::Table& table, const QList<const db::Column*>& columns, QVariantList& values) const;

    QString pseudonym(const QString& clientId) const;

private:
    bool m_active = false;
    bool m_coarsen = false;
    QHash<QString, int> m_rank;
    int m_width = 4;
};

} // namespace tp::exchange
