#include "RecordCheck.h"

#include "db/TableRegistry.h"
#include "model/Validation.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tp::stats {

namespace {

// How the row of `table` names its client: the client itself, its client_id,
// or the client of its chart.
QString clientExpression(const db::Table& table)
{
    if (table.name == QLatin1String("clients"))
        return QStringLiteral("t.id");
    if (table.column(QStringLiteral("client_id")))
        return QStringLiteral("t.client_id");
    if (table.column(QStringLiteral("chart_id")))
        return QStringLiteral("(SELECT c.client_id FROM charts c WHERE c.id = t.chart_id)");
    return QStringLiteral("NULL");
}

qint64 rowsIn(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool RecordCheck::run(const QSqlDatabase& db, Progress* progress, RecordCheckResult* out, QString* error)
{
    NoProgress quiet;
    Progress& p = progress ? *progress : quiet;
    *out = {};
    const QList<db::Table>& tables = db::TableRegistry::instance().tables();
    QSqlQuery(db).exec(QStringLiteral("BEGIN")); // one snapshot of the whole practice
    qint64 total = 0;
    for (const db::Table& t : tables)
        total += rowsIn(db, t.name);
    QSet<QString> clients;
    for (const db::Table& t : tables) {
        p.report(out->rowsChecked, total, tr("Checking %1…").arg(db::TableRegistry::displayName(t.name)));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT t.*, %1 FROM %2 t").arg(clientExpression(t), t.name))) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            *error = tr("The practice cannot be read: %1").arg(q.lastError().text());
            return false;
        }
        const QSqlRecord record = q.record();
        const int clientColumn = record.count() - 1;
        while (q.next()) {
            model::Row row;
            for (int i = 0; i < clientColumn; ++i)
                row.insert(record.fieldName(i), q.value(i));
            const QList<model::Problem> problems = model::Validator::validateRow(t, row);
            ++out->rowsChecked;
            if (!problems.isEmpty()) {
                const QString clientId = q.value(clientColumn).toString();
                if (!clientId.isEmpty())
                    clients.insert(clientId);
                for (const model::Problem& problem : problems) {
                    (problem.isError() ? out->errors : out->warnings) += 1;
                    if (out->problems.size() < RecordCheckResult::kMaxListed)
                        out->problems.append({ t.name, row.value(QStringLiteral("id")).toString(), clientId,
                                               problem.field, problem.message, problem.isError() });
                }
            }
            if (out->rowsChecked % 2048 == 0) {
                if (p.isCanceled()) {
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    out->clientIds = clients.values();
                    out->clientIds.sort();
                    return true;
                }
                p.report(out->rowsChecked, total,
                         tr("Checking %1…").arg(db::TableRegistry::displayName(t.name)));
            }
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    out->clientIds = clients.values();
    out->clientIds.sort();
    out->complete = true;
    p.report(total, total, tr("Every record checked."));
    return true;
}

} // namespace tp::stats
