#include "ImportRun.h"
#include "util/Clock.h"

#include <QSqlRecord>

namespace tp::exchange::importer {

namespace {

// The id of the database row the incoming row matches, or empty.
QString findExisting(Run& run, const Table& t, const QVariantMap& row, QString* kind)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    QSqlQuery q(run.db);
    if (t.singleRow) {
        *kind = tp::exchange::Importer::tr("the single settings row");
        q.exec(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }
    if (run.options.key == ConflictKey::Natural) {
        if (t.name == QLatin1String("clients")) {
            QSqlQuery b(run.db);
            b.prepare(QStringLiteral("SELECT birth_date FROM ") + stage(QStringLiteral("birth_data"))
                      + QStringLiteral(" WHERE client_id = ? ORDER BY created_at, rowid LIMIT 1"));
            b.addBindValue(id);
            const QString birth = b.exec() && b.next() ? b.value(0).toString() : QString();
            q.prepare(QStringLiteral("SELECT c.id FROM main.clients c WHERE COALESCE(c.first_name, '') = ? "
                                     "AND COALESCE(c.last_name, '') = ? AND "
                                     "COALESCE((SELECT birth_date FROM main.birth_data b WHERE b.client_id = "
                                     "c.id ORDER BY created_at, id LIMIT 1), '') = ? LIMIT 1"));
            q.addBindValue(row.value(QStringLiteral("first_name")).toString());
            q.addBindValue(row.value(QStringLiteral("last_name")).toString());
            q.addBindValue(birth);
        } else if (t.name == QLatin1String("charts")) {
            q.prepare(QStringLiteral("SELECT id FROM main.charts WHERE birth_data_id = ? AND chart_type = ? "
                                     "AND COALESCE(house_system, '') = ? AND astro_system = ? LIMIT 1"));
            for (const char* c : { "birth_data_id", "chart_type", "house_system", "astro_system" })
                q.addBindValue(row.value(QLatin1String(c)).toString());
        } else if (t.name == QLatin1String("interpretations")) {
            q.prepare(QStringLiteral("SELECT id FROM main.interpretations WHERE interpretation_type = ? AND "
                                     "key_identifier = ? AND COALESCE(tradition, '') = ? LIMIT 1"));
            for (const char* c : { "interpretation_type", "key_identifier", "tradition" })
                q.addBindValue(row.value(QLatin1String(c)).toString());
        }
        *kind = t.name == QLatin1String("clients") ? tp::exchange::Importer::tr("same name and birth date")
            : t.name == QLatin1String("charts")
            ? tp::exchange::Importer::tr("same birth data, type, houses and system")
            : tp::exchange::Importer::tr("same type, key and tradition");
        if (!q.lastQuery().isEmpty() && q.exec() && q.next())
            return q.value(0).toString();
    } else if (run.options.key == ConflictKey::Custom) {
        QStringList where;
        QVariantList binds;
        for (const QString& c : run.options.customKeyColumns) {
            if (t.column(c)) {
                where << QStringLiteral("COALESCE(%1, '') = ?").arg(c);
                binds << row.value(c).toString();
            }
        }
        if (!where.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE ")
                      + where.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT 1"));
            for (const QVariant& b : binds)
                q.addBindValue(b);
            *kind = tp::exchange::Importer::tr("same %1").arg(
                run.options.customKeyColumns.join(QStringLiteral(", ")));
            if (q.exec() && q.next())
                return q.value(0).toString();
        }
    }
    // A value of a UNIQUE column (location_cache.geonames_id) already present is the same row.
    for (const Column& c : t.columns) {
        if (!c.unique || isEmptyValue(row.value(c.name)))
            continue;
        QSqlQuery u(run.db);
        u.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE ") + c.name
                  + QStringLiteral(" = ?"));
        u.addBindValue(row.value(c.name));
        *kind = tp::exchange::Importer::tr("same %1").arg(c.name);
        if (u.exec() && u.next())
            return u.value(0).toString();
    }
    // By id (and, with other keys, an id already taken is a conflict all the same).
    QSqlQuery byId(run.db);
    byId.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE id = ?"));
    byId.addBindValue(id);
    *kind = tp::exchange::Importer::tr("same id");
    return byId.exec() && byId.next() ? byId.value(0).toString() : QString();
}

bool writeRow(Run& run, const Table& t, const QVariantMap& row, const QString& existingId, bool mergeOnly)
{
    QSqlQuery q(run.db);
    QStringList cols;
    QVariantList values;
    for (const Column& c : t.columns) {
        if (!row.contains(c.name) || (existingId.size() && c.isPrimaryKey()))
            continue;
        if (mergeOnly && isEmptyValue(row.value(c.name)))
            continue;
        cols << c.name;
        values << row.value(c.name);
    }
    if (existingId.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO main.") + t.name + QStringLiteral(" (")
                  + cols.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                  + QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
    } else {
        if (cols.isEmpty())
            return true;
        QStringList sets;
        for (const QString& c : std::as_const(cols))
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE main.") + t.name + QStringLiteral(" SET ")
                  + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
        values << existingId;
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        run.result.error = q.lastError().databaseText();
        return false;
    }
    return true;
}

void remapId(Run& run, const QString& table, const QString& from, const QString& to)
{
    if (from == to)
        return;
    run.remap.insert(from, to);
    run.remappedTables.insert(table);
}

// Rows that match nothing in the database go in with one INSERT … SELECT;
// only the others are looked at one by one. Possible when rows are matched
// by id and no parent row was given another id.
bool canInsertInBulk(const Run& run, const Table& t)
{
    if (run.options.key != ConflictKey::Id || t.singleRow)
        return false;
    for (const Column* fk : t.foreignKeys()) {
        if (run.remappedTables.contains(fk->foreignKey->table))
            return false;
    }
    return true;
}

bool insertInBulk(Run& run, const Table& t, ImportCounts* counts)
{
    QString match = QStringLiteral("s.id IN (SELECT id FROM main.%1)").arg(t.name);
    for (const Column& c : t.columns) {
        if (c.unique)
            match += QStringLiteral(" OR (s.%1 IS NOT NULL AND s.%1 IN (SELECT %1 FROM main.%2))")
                         .arg(c.name, t.name);
    }
    if (!run.exec(QStringLiteral("UPDATE %1 AS s SET _conflict = 1 WHERE %2").arg(stage(t.name), match)))
        return false;
    const QString cols = t.columnNames().join(QStringLiteral(", "));
    QSqlQuery q(run.db);
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO main.%1 (%2) SELECT %2 FROM %3 WHERE _bad = 0 AND _conflict = 0 ORDER BY rowid")
                .arg(t.name, cols, stage(t.name)))) {
        run.result.error = q.lastError().databaseText();
        return false;
    }
    counts->inserted += q.numRowsAffected();
    return true;
}

// A staged row that matches the database row `existing`: identical (left
// as it is), or a conflict resolved by its strategy. False when the row
// could not be written.
bool resolveConflict(Run& run, const Table& t, QVariantMap row, const QString& existing, const QString& kind,
                     const QString& file, qint64 line, ImportCounts* counts)
{
    const bool restore = run.options.mode == ImportMode::Restore;
    const QString id = row.value(QStringLiteral("id")).toString();
    ConflictStrategy s = restore ? ConflictStrategy::Replace : run.strategyFor(t.name, id);
    // A single-row table, or a row that is the same as an existing one by a
    // UNIQUE value (the same GeoNames place), cannot be a second copy.
    bool uniqueValue = false;
    for (const Column& c : t.columns)
        uniqueValue = uniqueValue || (c.unique && !isEmptyValue(row.value(c.name)));
    if ((t.singleRow || uniqueValue) && s == ConflictStrategy::Rename)
        s = ConflictStrategy::Skip;
    ImportConflict conflict{ t.name, id, existing, file, line, s, kind, row, {}, {}, {}, {} };
    if (describeConflict(run, t, existing, &conflict)) {
        remapId(run, t.name, id, existing); // already there, identical: nothing to do
        ++counts->identical;
        return true;
    }
    if (run.result.conflicts.size() >= 5000)
        conflict.incoming.clear();
    run.result.conflicts << conflict;
    bool ok = true;
    switch (s) {
    case ConflictStrategy::Skip:
        remapId(run, t.name, id, existing);
        ++counts->skipped;
        break;
    case ConflictStrategy::Replace:
    case ConflictStrategy::Merge:
        ok = writeRow(run, t, row, existing, s == ConflictStrategy::Merge);
        remapId(run, t.name, id, existing);
        ++(ok ? counts->updated : counts->failed);
        break;
    case ConflictStrategy::Rename: {
        const QString fresh = newUuid();
        row.insert(QStringLiteral("id"), fresh);
        const char* nameColumn = t.name == QLatin1String("clients") ? "last_name"
            : t.name == QLatin1String("charts")                     ? "chart_name"
                                                                    : nullptr;
        if (nameColumn)
            row.insert(QString::fromLatin1(nameColumn),
                       QString(row.value(QLatin1String(nameColumn)).toString()
                               + tp::exchange::Importer::tr(" (imported)")));
        remapId(run, t.name, id, fresh);
        ok = writeRow(run, t, row, QString(), false);
        ++(ok ? counts->renamed : counts->failed);
        break;
    }
    }
    return ok;
}

} // namespace

bool applyStaged(Run& run)
{
    const TableRegistry& registry = TableRegistry::instance();
    const bool restore = run.options.mode == ImportMode::Restore;
    if (restore && !run.cleared) {
        run.cleared = true;
        const QList<Table>& tables = registry.tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (it->name == QLatin1String("app_config") || it->name == QLatin1String("user_preferences"))
                continue;
            if (!run.exec(QStringLiteral("DELETE FROM main.") + it->name))
                return false;
        }
    }
    qint64 done = 0;
    for (const Table& t : registry.tables()) {
        if (t.name == QLatin1String("app_config"))
            continue;
        ImportCounts counts;
        const bool bulk = canInsertInBulk(run, t);
        if (bulk && !insertInBulk(run, t, &counts)) {
            if (!run.options.partial)
                return false;
            run.result.error.clear(); // fall back to row by row, which reports each failing row
        }
        qint64 tableRows = 0;
        {
            QSqlQuery c(run.db);
            if (c.exec(QStringLiteral("SELECT COUNT(*) FROM ") + stage(t.name)
                       + QStringLiteral(" WHERE _bad = 0"))
                && c.next())
                tableRows = c.value(0).toLongLong();
        }
        qint64 tableDone = counts.inserted;
        done += counts.inserted;
        run.progress->report(
            done, run.result.rowsRead,
            tp::exchange::Importer::tr("Importing %1 %2/%3").arg(t.name).arg(tableDone).arg(tableRows));
        QSqlQuery q(run.db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + stage(t.name) + QStringLiteral(" WHERE _bad = 0")
                    + (bulk && counts.inserted > 0 ? QStringLiteral(" AND _conflict = 1") : QString())
                    + QStringLiteral(" ORDER BY rowid"))) {
            run.result.error = q.lastError().text();
            return false;
        }
        const QSqlRecord record = q.record();
        while (q.next()) {
            QVariantMap row;
            QString file;
            qint64 line = 0;
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == QLatin1String("_file"))
                    file = q.value(i).toString();
                else if (name == QLatin1String("_line"))
                    line = q.value(i).toLongLong();
                else if (!name.startsWith(QLatin1Char('_')))
                    row.insert(name, q.value(i));
            }
            for (const Column* fk : t.foreignKeys()) {
                const QString target = row.value(fk->name).toString();
                if (run.remap.contains(target))
                    row.insert(fk->name, run.remap.value(target));
            }
            const QString id = row.value(QStringLiteral("id")).toString();
            QString kind;
            const QString existing = findExisting(run, t, row, &kind);
            bool ok = true;
            if (existing.isEmpty()) {
                ok = writeRow(run, t, row, QString(), false);
                ++(ok ? counts.inserted : counts.failed);
            } else {
                ok = resolveConflict(run, t, std::move(row), existing, kind, file, line, &counts);
            }
            if (!ok) {
                run.problem(
                    Severity::Error, file, line, t.name, id, QString(),
                    tp::exchange::Importer::tr("The row could not be written: %1").arg(run.result.error));
                if (!run.options.partial)
                    return false;
                run.result.error.clear();
            }
            ++tableDone;
            if ((++done & 255) == 0) {
                run.progress->report(done, run.result.rowsRead,
                                     tp::exchange::Importer::tr("Importing %1 %2/%3")
                                         .arg(t.name)
                                         .arg(tableDone)
                                         .arg(tableRows));
                if (run.progress->isCanceled()) {
                    run.result.canceled = true;
                    return false;
                }
            }
        }
        QSqlQuery bad(run.db);
        if (bad.exec(QStringLiteral("SELECT COUNT(*) FROM ") + stage(t.name)
                     + QStringLiteral(" WHERE _bad = 1"))
            && bad.next())
            counts.failed += bad.value(0).toLongLong();
        if (counts.inserted + counts.updated + counts.skipped + counts.renamed + counts.failed
                + counts.identical
            > 0)
            run.result.counts.insert(t.name, counts);
    }
    return true;
}

} // namespace tp::exchange::importer
