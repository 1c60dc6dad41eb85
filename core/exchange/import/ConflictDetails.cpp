#include "ImportRun.h"

#include <QSqlRecord>

namespace tp::exchange::importer {

namespace {

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

bool isTimestamp(const QString& column)
{
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

// One row of the database, by id; empty when it cannot be read.
QVariantMap databaseRow(Run& run, const Table& t, const QString& id)
{
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("SELECT * FROM main.%1 WHERE id = ?").arg(t.name));
    q.addBindValue(id);
    QVariantMap row;
    if (!q.exec() || !q.next())
        return row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return row;
}

QString clientName(Run& run, const QString& clientId)
{
    if (const auto known = run.clientNames.constFind(clientId); known != run.clientNames.constEnd())
        return *known;
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("SELECT TRIM(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')) FROM "
                             "main.clients WHERE id = ?"));
    q.addBindValue(clientId);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
    run.clientNames.insert(clientId, name);
    return name;
}

// The client a row of the database belongs to: itself, its client_id, or
// the client of its chart.
QString owningClient(Run& run, const Table& t, const QVariantMap& row)
{
    if (t.name == QLatin1String("clients"))
        return row.value(QStringLiteral("id")).toString();
    if (row.contains(QStringLiteral("client_id")))
        return row.value(QStringLiteral("client_id")).toString();
    if (!row.contains(QStringLiteral("chart_id")))
        return {};
    QSqlQuery q(run.db);
    q.prepare(QStringLiteral("SELECT client_id FROM main.charts WHERE id = ?"));
    q.addBindValue(row.value(QStringLiteral("chart_id")));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString rowLabel(const Table& t, const QVariantMap& row)
{
    const auto value = [&](const char* column) { return row.value(QLatin1String(column)).toString(); };
    if (t.name == QLatin1String("clients"))
        return QStringList{ value("first_name"), value("last_name") }.join(QLatin1Char(' ')).trimmed();
    if (t.name == QLatin1String("birth_data"))
        return tp::exchange::Importer::tr("birth data of %1").arg(value("birth_date"));
    if (t.name == QLatin1String("session_notes"))
        return tp::exchange::Importer::tr("session note of %1").arg(value("note_date"));
    if (t.name == QLatin1String("transit_events"))
        return tp::exchange::Importer::tr("transit of %1, %2")
            .arg(value("event_date").left(10), value("transiting_planet"));
    for (const char* column :
         { "chart_name", "city_name", "key_identifier", "element_key", "pattern_type" }) {
        if (!value(column).isEmpty())
            return value(column);
    }
    return value("id");
}

} // namespace

bool describeConflict(Run& run, const Table& t, const QString& existingId, ImportConflict* conflict)
{
    const QVariantMap existing = databaseRow(run, t, existingId);
    conflict->label = rowLabel(t, conflict->incoming);
    for (auto it = conflict->incoming.cbegin(); it != conflict->incoming.cend(); ++it) {
        if (it.key() == QLatin1String("id") || isTimestamp(it.key()) || !existing.contains(it.key()))
            continue;
        if (!sameValue(existing.value(it.key()), it.value()))
            conflict->changes << FieldChange{ it.key(), existing.value(it.key()), it.value() };
    }
    if (existing.isEmpty() || !conflict->changes.isEmpty()) {
        conflict->clientId = owningClient(run, t, existing.isEmpty() ? conflict->incoming : existing);
        if (!conflict->clientId.isEmpty())
            conflict->clientLabel = clientName(run, conflict->clientId);
    }
    return !existing.isEmpty() && conflict->changes.isEmpty();
}

} // namespace tp::exchange::importer
