#include "ImportRun.h"

namespace tp::exchange::importer {

// A link of row `id` (at `file`:`line`) through `fk` to `target` that leads nowhere.
// A row that only fails because its parent does is a consequence, not a second error.
void reportDanglingLink(Run& run, bool parentBad, const QString& file, qint64 line, const QString& table,
                        const QString& id, const Column& fk, const QString& target)
{
    const QString& parent = fk.foreignKey->table;
    const QString message = parentBad
        ? tp::exchange::Importer::tr(
              "It belongs to %1 %2, which has errors itself, so it cannot be imported either.")
              .arg(parent, target)
        : tp::exchange::Importer::tr("It refers to %1 %2, which is neither in the input nor in the database.")
              .arg(parent, target);
    run.problem(parentBad ? Severity::Warning : Severity::Error, file, line, table, id, fk.name, message);
}

// Duplicates inside the input and links that resolve nowhere.
bool checkReferences(Run& run)
{
    const TableRegistry& registry = TableRegistry::instance();
    const bool restore = run.options.mode == ImportMode::Restore;
    for (const Table& t : registry.tables()) {
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT id, GROUP_CONCAT(_file || ', line ' || _line, '; '), MIN(_file), "
                                   "MIN(_line) FROM ")
                    + stage(t.name) + QStringLiteral(" GROUP BY id HAVING COUNT(*) > 1"))) {
            run.result.error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            run.problem(Severity::Error, q.value(2).toString(), q.value(3).toLongLong(), t.name,
                        q.value(0).toString(), QStringLiteral("id"),
                        tp::exchange::Importer::tr("The id appears more than once in the input (%1).")
                            .arg(q.value(1).toString()));
            QSqlQuery mark(run.db);
            mark.prepare(QStringLiteral("UPDATE ") + stage(t.name)
                         + QStringLiteral(" SET _bad = 1 WHERE id = ?"));
            mark.addBindValue(q.value(0));
            mark.exec();
        }
    }
    for (const Table& t : registry.tables()) {
        for (const Column* fk : t.foreignKeys()) {
            const QString parent = fk->foreignKey->table;
            // A link is fine when its target is a good row of the input or (merging) a row of the database.
            const QString resolves
                = QStringLiteral("s.%1 IN (SELECT id FROM %2 WHERE _bad = 0)").arg(fk->name, stage(parent))
                + (restore ? QString()
                           : QStringLiteral(" OR s.%1 IN (SELECT id FROM main.%2)").arg(fk->name, parent));
            QSqlQuery q(run.db);
            if (!q.exec(QStringLiteral("SELECT s._file, s._line, s.id, s.%1, s._bad, EXISTS (SELECT 1 FROM "
                                       "%2 p WHERE p.id = s.%1) FROM %3 s "
                                       "WHERE s.%1 IS NOT NULL AND NOT (%4)")
                            .arg(fk->name, stage(parent), stage(t.name), resolves))) {
                run.result.error = q.lastError().text();
                return false;
            }
            while (q.next()) {
                if (q.value(4).toInt() == 1)
                    continue; // already reported
                reportDanglingLink(run, q.value(5).toBool(), q.value(0).toString(), q.value(1).toLongLong(),
                                   t.name, q.value(2).toString(), *fk, q.value(3).toString());
            }
            QSqlQuery mark(run.db);
            if (!mark.exec(QStringLiteral("UPDATE %1 AS s SET _bad = 1 WHERE s.%2 IS NOT NULL AND NOT (%3)")
                               .arg(stage(t.name), fk->name, resolves))) {
                run.result.error = mark.lastError().text();
                return false;
            }
        }
    }
    return true;
}

// Whether the database itself declares every link the registry knows (as
// foreign keys it enforces), so that SQLite's count of unresolved deferred
// links covers all of them.
bool databaseEnforcesEveryLink(Run& run)
{
    QSqlQuery q(run.db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return false;
    for (const Table& t : TableRegistry::instance().tables()) {
        const QList<const Column*> links = t.foreignKeys();
        if (links.isEmpty())
            continue;
        QSet<QString> declared; // "column>parent", links to the parent's id (or its primary key)
        if (!q.exec(QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(t.name)))
            return false;
        while (q.next()) {
            const QString to = q.value(4).toString();
            if (to.isEmpty() || to == QLatin1String("id"))
                declared.insert(q.value(3).toString() + QLatin1Char('>') + q.value(2).toString());
        }
        for (const Column* fk : links) {
            if (!declared.contains(fk->name + QLatin1Char('>') + fk->foreignKey->table))
                return false;
        }
    }
    return true;
}

// Links of the directly written rows that resolve nowhere (the tables were
// empty, so a link must resolve within the input). Where SQLite, which
// enforces every link here, counts none unresolved, there is nothing to
// look for; else every link is looked at, to name the rows.
bool checkDirectReferences(Run& run)
{
    const bool linksAllResolve
        = db::pendingForeignKeyViolations(run.db) == false && databaseEnforcesEveryLink(run);
    struct Dangling
    {
        const Table* table;
        const Column* fk;
        QString id;
        QString target;
    };
    QList<Dangling> dangling;
    QHash<PlaceLog::Key, PlaceLog::Place> wanted;
    for (const Attempt::Duplicate& d : std::as_const(run.duplicates))
        wanted.insert({ tableIndex(*d.table), d.id }, {});
    const QList<Table>& tables = TableRegistry::instance().tables();
    for (const Table& t : tables) {
        if (linksAllResolve || !run.directInserted.value(t.name))
            continue;
        for (const Column* fk : t.foreignKeys()) {
            const QString parent = fk->foreignKey->table;
            QSqlQuery q(run.db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT c.id, c.%1 FROM main.%2 c WHERE c.%1 IS NOT NULL AND NOT "
                                       "EXISTS (SELECT 1 FROM main.%3 p WHERE p.id = c.%1)")
                            .arg(fk->name, t.name, parent))) {
                run.result.error = q.lastError().text();
                return false;
            }
            while (q.next() && dangling.size() < 10000) {
                dangling << Dangling{ &t, fk, q.value(0).toString(), q.value(1).toString() };
                wanted.insert({ tableIndex(t), dangling.last().id }, {});
                wanted.insert(
                    { tableIndex(*TableRegistry::instance().table(parent)), dangling.last().target }, {});
            }
        }
    }
    if (wanted.isEmpty())
        return true;
    run.places->lookup(&wanted);
    for (const Attempt::Duplicate& d : std::as_const(run.duplicates)) {
        const PlaceLog::Place first = wanted.value({ tableIndex(*d.table), d.id });
        const QString second = d.file + tp::exchange::Importer::tr(", line ") + QString::number(d.line);
        run.problem(Severity::Error, first.line >= 0 ? first.file : d.file,
                    first.line >= 0 ? first.line : d.line, d.table->name, d.id, QStringLiteral("id"),
                    tp::exchange::Importer::tr("The id appears more than once in the input (%1).")
                        .arg(first.line >= 0 ? first.file + tp::exchange::Importer::tr(", line ")
                                     + QString::number(first.line) + QStringLiteral("; ") + second
                                             : second));
    }
    for (const Dangling& d : std::as_const(dangling)) {
        const PlaceLog::Place at = wanted.value({ tableIndex(*d.table), d.id });
        const bool parentBad
            = wanted
                  .value({ tableIndex(*TableRegistry::instance().table(d.fk->foreignKey->table)), d.target })
                  .bad;
        reportDanglingLink(run, parentBad, at.file, qMax<qint64>(at.line, 0), d.table->name, d.id, *d.fk,
                           d.target);
    }
    return true;
}

} // namespace tp::exchange::importer
