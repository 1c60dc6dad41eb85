#include "ExportSelection.h"

#include "db/TableRegistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>

namespace tp::exchange {

namespace {

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

ExportSelection::ExportSelection(QSqlDatabase db, const ExportOptions& options)
    : m_db(std::move(db))
    , m_options(options)
{
}

ExportSelection::~ExportSelection()
{
    if (m_prepared) {
        QSqlQuery q(m_db);
        for (const char* t : { "export_clients", "export_birth_data", "export_charts" })
            q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + QLatin1String(t));
    }
}

bool ExportSelection::fillSet(const QString& set, const QString& sql, const QStringList& binds,
                              QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.") + set + QStringLiteral(" (id) ") + sql);
    for (const QString& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ExportSelection::prepare(QString* error)
{
    if (m_options.scope == ExportScope::Full)
        return true;
    QSqlQuery q(m_db);
    for (const char* t : { "export_clients", "export_birth_data", "export_charts" }) {
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ") + QLatin1String(t)
                    + QStringLiteral(" (id TEXT PRIMARY KEY)"))
            || !q.exec(QStringLiteral("DELETE FROM temp.") + QLatin1String(t))) {
            *error = q.lastError().text();
            return false;
        }
    }
    m_prepared = true;
    const QStringList& ids = m_options.ids;
    const QString cl = QStringLiteral("export_clients"), bd = QStringLiteral("export_birth_data"),
                  ch = QStringLiteral("export_charts");

    switch (m_options.scope) {
    case ExportScope::Full:
        break;
    case ExportScope::Client:
        if (!fillSet(cl,
                     QStringLiteral("SELECT id FROM clients WHERE id IN (") + placeholders(ids.size())
                         + QLatin1Char(')'),
                     ids, error))
            return false;
        break;
    case ExportScope::Chart:
        if (!fillSet(ch,
                     QStringLiteral("SELECT id FROM charts WHERE id IN (") + placeholders(ids.size())
                         + QLatin1Char(')'),
                     ids, error)
            || !fillSet(
                bd,
                QStringLiteral(
                    "SELECT birth_data_id FROM charts WHERE id IN (SELECT id FROM temp.export_charts)"),
                {}, error)
            || !fillSet(
                cl,
                QStringLiteral("SELECT client_id FROM charts WHERE client_id IS NOT NULL AND id IN "
                               "(SELECT id FROM temp.export_charts) UNION SELECT client_id FROM birth_data "
                               "WHERE id IN (SELECT id FROM temp.export_birth_data)"),
                {}, error))
            return false;
        return true;
    case ExportScope::Selective: {
        QStringList where;
        QStringList binds;
        if (!ids.isEmpty()) {
            where << QStringLiteral("c.id IN (") + placeholders(ids.size()) + QLatin1Char(')');
            binds << ids;
        }
        if (m_options.from.isValid() || m_options.to.isValid()) {
            const QString from = m_options.from.isValid() ? m_options.from.toString(Qt::ISODate)
                                                          : QStringLiteral("0000-01-01");
            const QString to
                = m_options.to.isValid() ? m_options.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
            if (m_options.dateField == DateField::CreatedAt) {
                // Timestamps in any of the three spellings start with the date.
                where << QStringLiteral("substr(c.created_at, 1, 10) BETWEEN ? AND ?");
            } else {
                where << QStringLiteral("EXISTS (SELECT 1 FROM birth_data b WHERE b.client_id = c.id AND "
                                        "b.birth_date BETWEEN ? AND ?)");
            }
            binds << from << to;
        }
        QStringList chartWhere;
        QStringList chartBinds;
        if (!m_options.chartType.isEmpty()) {
            chartWhere << QStringLiteral("chart_type = ?");
            chartBinds << m_options.chartType;
        }
        if (!m_options.astroSystem.isEmpty()) {
            chartWhere << QStringLiteral("astro_system = ?");
            chartBinds << m_options.astroSystem;
        }
        if (!chartWhere.isEmpty()) {
            // Only clients that have a matching chart.
            where << QStringLiteral("EXISTS (SELECT 1 FROM charts x WHERE x.client_id = c.id AND ")
                    + chartWhere.join(QStringLiteral(" AND "))
                          .replace(QStringLiteral("chart_type"), QStringLiteral("x.chart_type"))
                          .replace(QStringLiteral("astro_system"), QStringLiteral("x.astro_system"))
                    + QLatin1Char(')');
            binds << chartBinds;
        }
        if (!fillSet(cl,
                     QStringLiteral("SELECT c.id FROM clients c")
                         + (where.isEmpty()
                                ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                     binds, error))
            return false;
        if (!fillSet(ch,
                     QStringLiteral(
                         "SELECT id FROM charts WHERE client_id IN (SELECT id FROM temp.export_clients)")
                         + (chartWhere.isEmpty()
                                ? QString()
                                : QStringLiteral(" AND ") + chartWhere.join(QStringLiteral(" AND "))),
                     chartBinds, error))
            return false;
        break;
    }
    }
    // Client and Selective: all birth data of the clients, charts of the clients (or of their birth data).
    if (!fillSet(bd,
                 QStringLiteral(
                     "SELECT id FROM birth_data WHERE client_id IN (SELECT id FROM temp.export_clients)"),
                 {}, error))
        return false;
    if (m_options.scope == ExportScope::Client
        && !fillSet(
            ch,
            QStringLiteral("SELECT id FROM charts WHERE client_id IN (SELECT id FROM temp.export_clients) "
                           "OR birth_data_id IN (SELECT id FROM temp.export_birth_data)"),
            {}, error))
        return false;
    // Birth data that selected charts are calculated from.
    return fillSet(
        bd,
        QStringLiteral("SELECT birth_data_id FROM charts WHERE id IN (SELECT id FROM temp.export_charts)"),
        {}, error);
}

QStringList ExportSelection::tables() const
{
    QStringList out;
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        if (t.name == QLatin1String("chart_interpretations") && !m_options.includeInterpretations)
            continue;
        if (m_options.scope != ExportScope::Full) {
            static const QStringList partial
                = { QStringLiteral("clients"),         QStringLiteral("birth_data"),
                    QStringLiteral("charts"),          QStringLiteral("chart_interpretations"),
                    QStringLiteral("aspect_patterns"), QStringLiteral("transit_events"),
                    QStringLiteral("session_notes") };
            if (!partial.contains(t.name))
                continue;
            if (m_options.scope == ExportScope::Chart && t.name == QLatin1String("session_notes"))
                continue;
        }
        out << t.name;
    }
    return out;
}

QString ExportSelection::whereClause(const QString& table) const
{
    if (m_options.scope == ExportScope::Full)
        return {};
    if (table == QLatin1String("clients"))
        return QStringLiteral("id IN (SELECT id FROM temp.export_clients)");
    if (table == QLatin1String("birth_data"))
        return QStringLiteral("id IN (SELECT id FROM temp.export_birth_data)");
    if (table == QLatin1String("charts"))
        return QStringLiteral("id IN (SELECT id FROM temp.export_charts)");
    if (table == QLatin1String("session_notes"))
        return QStringLiteral("client_id IN (SELECT id FROM temp.export_clients)");
    return QStringLiteral("chart_id IN (SELECT id FROM temp.export_charts)");
}

qint64 ExportSelection::count(const QString& table) const
{
    QSqlQuery q(m_db);
    const QString where = whereClause(table);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table
               + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace tp::exchange
