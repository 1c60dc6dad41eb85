#include "PracticeStore.h"

#include "db/Database.h"
#include "db/RowInserter.h"
#include "db/TableRegistry.h"
#include "util/Clock.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringBuilder>
#include <QTimeZone>

namespace tp::model {

using db::Column;
using db::ColumnKind;
using db::Table;
using db::TableRegistry;

namespace {

QString describeSqlError(const QSqlError& e)
{
    const QString text = e.databaseText();
    if (text.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
        return PracticeStore::tr("It refers to a client, birth record or chart that no longer exists.");
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return PracticeStore::tr("The database is busy (locked by another program); please try again.");
    return e.text();
}

int tableOrder(const QString& table)
{
    return int(TableRegistry::instance().tableNames().indexOf(table));
}

} // namespace

QString SaveResult::summary() const
{
    QStringList lines;
    for (const Problem& p : problems) {
        if (p.isError())
            lines << p.message;
    }
    if (!error.isEmpty())
        lines << error;
    return lines.join(QLatin1Char('\n'));
}

QString ClientSummary::displayName() const
{
    return QStringList{ firstName, lastName }.join(QLatin1Char(' ')).trimmed();
}

PracticeStore::PracticeStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Row PracticeStore::readRow(const QSqlQuery& q) const
{
    Row row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return row;
}

std::optional<Row> PracticeStore::row(const QString& table, const QString& id) const
{
    if (!TableRegistry::instance().table(table))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<Row> PracticeStore::rowsWhere(const QString& table, const QString& column, const QVariant& value,
                                    const QString& orderBy) const
{
    QList<Row> out;
    const Table* t = TableRegistry::instance().table(table);
    if (!t || !t->column(column) || !t->column(orderBy))
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + column
              + QStringLiteral(" = ? ORDER BY ") + orderBy + QStringLiteral(", id"));
    q.addBindValue(value);
    if (!q.exec())
        return out;
    while (q.next())
        out << readRow(q);
    return out;
}

QList<Row> PracticeStore::allRows(const QString& table, const QString& orderBy) const
{
    QList<Row> out;
    const Table* t = TableRegistry::instance().table(table);
    if (!t || !t->column(orderBy))
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + orderBy
                + QStringLiteral(", id")))
        return out;
    while (q.next())
        out << readRow(q);
    return out;
}

SaveResult PracticeStore::save(const QString& tableName, const Row& input)
{
    SaveResult result;
    const Table* table = TableRegistry::instance().table(tableName);
    if (!table) {
        result.error = tr("There is no table called %1.").arg(tableName);
        return result;
    }

    QString id = input.value(QStringLiteral("id")).toString();
    std::optional<Row> existing = id.isEmpty() ? std::nullopt : row(tableName, id);
    Row merged = existing.value_or(Row());
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (table->column(it.key()))
            merged.insert(it.key(), it.value());
    }
    const QString now = timestamp::now();
    if (!existing) {
        if (id.isEmpty())
            id = table->singleRow ? QStringLiteral("1") : newUuid();
        merged.insert(QStringLiteral("id"), id);
        if (Validator::isEmpty(merged.value(QStringLiteral("created_at"))))
            merged.insert(QStringLiteral("created_at"), now);
    }
    merged.insert(QStringLiteral("updated_at"), now);
    for (const Column& c : table->columns) {
        if (!merged.contains(c.name) && !c.defaultSql.isEmpty() && !existing) {
            QString def = c.defaultSql;
            if (def.startsWith(QLatin1Char('\'')))
                def = def.mid(1, def.size() - 2);
            merged.insert(c.name, def);
        }
    }
    if (tableName == QLatin1String("birth_data")
        && Validator::isEmpty(merged.value(QStringLiteral("utc_offset")))) {
        if (const auto offset = utcOffsetMinutes(merged.value(QStringLiteral("birth_date")).toString(),
                                                 merged.value(QStringLiteral("birth_time")).toString(),
                                                 merged.value(QStringLiteral("timezone")).toString()))
            merged.insert(QStringLiteral("utc_offset"), *offset);
    }

    result.id = id;
    result.problems = Validator::validateRow(*table, merged);
    if (Validator::hasErrors(result.problems))
        return result;

    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        result.error = tx.errorString();
        return result;
    }
    QSqlQuery q(m_db);
    QStringList columns;
    QVariantList values;
    for (const Column& c : table->columns) {
        if (existing && (c.name == QLatin1String("id") || c.name == QLatin1String("created_at")))
            continue;
        columns << c.name;
        values << Validator::storable(c, merged.value(c.name));
    }
    if (existing) {
        QStringList assignments;
        for (const QString& c : columns)
            assignments << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE ") + tableName + QStringLiteral(" SET ")
                  + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
        values << id;
    } else {
        q.prepare(QStringLiteral("INSERT INTO ") + tableName + QStringLiteral(" (")
                  + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                  + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                  + QLatin1Char(')'));
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        result.error = describeSqlError(q.lastError());
        return result;
    }
    if (!tx.commit()) {
        result.error = tx.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

bool PracticeStore::remove(const QString& table, const QString& id, QString* error)
{
    return removeAll(table, { id }, error);
}

bool PracticeStore::removeAll(const QString& table, const QStringList& ids, QString* error)
{
    if (!TableRegistry::instance().table(table)) {
        if (error)
            *error = tr("There is no table called %1.").arg(table);
        return false;
    }
    db::Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"));
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    for (const QString& id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = describeSqlError(q.lastError());
            return false;
        }
        if (q.numRowsAffected() != 1) {
            if (error)
                *error = tr("The record to delete no longer exists.");
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

Subtree PracticeStore::captureSubtree(const QString& table, const QString& id) const
{
    Subtree out;
    QSet<QString> seen;
    QList<QPair<QString, QString>> pending{ { table, id } };
    while (!pending.isEmpty()) {
        const auto [t, rowId] = pending.takeFirst();
        if (seen.contains(t + QLatin1Char('/') + rowId))
            continue;
        seen.insert(t + QLatin1Char('/') + rowId);
        if (const auto r = row(t, rowId))
            out.rows << qMakePair(t, *r);
        for (const Table* child : TableRegistry::instance().childrenOf(t)) {
            for (const Column* fk : child->foreignKeys()) {
                if (fk->foreignKey->table != t)
                    continue;
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("SELECT id FROM ") + child->name + QStringLiteral(" WHERE ")
                          + fk->name + QStringLiteral(" = ?"));
                q.addBindValue(rowId);
                if (q.exec()) {
                    while (q.next())
                        pending << qMakePair(child->name, q.value(0).toString());
                }
            }
        }
    }
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const auto& a, const auto& b) { return tableOrder(a.first) < tableOrder(b.first); });
    return out;
}

bool PracticeStore::restoreSubtree(const Subtree& subtree, QString* error)
{
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    for (const auto& [table, r] : subtree.rows) {
        db::RowInserter inserter(m_db, table);
        if (!inserter.insert(r)) {
            if (error)
                *error = inserter.errorString();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

QList<ClientSummary> PracticeStore::clientSummaries() const
{
    QList<ClientSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, b.city, b.country, b.birth_date "
            "FROM clients c LEFT JOIN birth_data b ON b.id = "
            "(SELECT id FROM birth_data WHERE client_id = c.id ORDER BY created_at, id LIMIT 1) "
            "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE")))
        return out;
    while (q.next()) {
        out << ClientSummary{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString(), q.value(7).toString() };
    }
    return out;
}

QList<ChartSummary> PracticeStore::chartSummaries(const QString& clientId) const
{
    QList<ChartSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, chart_name, chart_type, astro_system, house_system, created_at, chart_data "
        "FROM charts WHERE client_id = ? ORDER BY created_at, id"));
    q.addBindValue(clientId);
    if (!q.exec())
        return out;
    while (q.next()) {
        const ChartSigns signs = chartSigns(q.value(6).toByteArray());
        out << ChartSummary{ q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toString(),
                             signs.sun,
                             signs.moon,
                             signs.ascendant };
    }
    return out;
}

qint64 PracticeStore::count(const QString& table) const
{
    if (!TableRegistry::instance().table(table))
        return -1;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

ChartSigns chartSigns(const QByteArray& chartDataJson)
{
    static const QStringList signs
        = { QStringLiteral("Aries"),     QStringLiteral("Taurus"),   QStringLiteral("Gemini"),
            QStringLiteral("Cancer"),    QStringLiteral("Leo"),      QStringLiteral("Virgo"),
            QStringLiteral("Libra"),     QStringLiteral("Scorpio"),  QStringLiteral("Sagittarius"),
            QStringLiteral("Capricorn"), QStringLiteral("Aquarius"), QStringLiteral("Pisces") };
    const auto signOf = [](const QJsonValue& v) -> QString {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("sign")).isString()) {
                QString s = o.value(QLatin1String("sign")).toString();
                if (!s.isEmpty())
                    s[0] = s[0].toUpper();
                return s;
            }
            if (o.value(QLatin1String("longitude")).isDouble())
                return signs.at(
                    int(std::fmod(std::fmod(o.value(QLatin1String("longitude")).toDouble(), 360) + 360, 360)
                        / 30)
                    % 12);
            return {};
        }
        if (v.isDouble())
            return signs.at(int(std::fmod(std::fmod(v.toDouble(), 360) + 360, 360) / 30) % 12);
        return {};
    };
    ChartSigns out;
    const QJsonObject root = QJsonDocument::fromJson(chartDataJson).object();
    const QJsonObject planets = root.value(QLatin1String("planets")).toObject();
    out.sun = signOf(planets.value(QLatin1String("sun")));
    out.moon = signOf(planets.value(QLatin1String("moon")));
    out.ascendant
        = signOf(root.value(QLatin1String("houses_metadata")).toObject().value(QLatin1String("ascendant")));
    if (out.ascendant.isEmpty())
        out.ascendant = signOf(planets.value(QLatin1String("ascendant")));
    if (out.ascendant.isEmpty())
        out.ascendant = signOf(root.value(QLatin1String("houses")).toArray().at(0));
    return out;
}

std::optional<int> utcOffsetMinutes(const QString& date, const QString& time, const QString& timezone)
{
    const QByteArray zoneId = timezone.trimmed().toUtf8();
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId))
        return std::nullopt;
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    QTime t = QTime::fromString(time.trimmed(), Qt::ISODate);
    if (!t.isValid())
        t = QTime(12, 0);
    const QTimeZone zone(zoneId);
    return zone.offsetFromUtc(QDateTime(d, t, zone)) / 60;
}

} // namespace tp::model
