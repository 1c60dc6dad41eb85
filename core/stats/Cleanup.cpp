#include "Cleanup.h"

#include "db/Snapshot.h"
#include "exchange/Importer.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace tp::stats {

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// The space the location cache takes in the file, with its index: its pages
// as dbstat counts them where the library has it, else its rows' stored size.
qint64 placesBytes(const QSqlDatabase& db)
{
    QSqlQuery names(db);
    names.setForwardOnly(true);
    qint64 pages = 0;
    bool measured
        = names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = 'location_cache'"));
    while (measured && names.next()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND aggregate = 1"));
        q.addBindValue(names.value(0));
        measured = q.exec();
        if (measured && q.next())
            pages += q.value(0).toLongLong();
    }
    if (measured)
        return pages * scalar(db, QStringLiteral("PRAGMA page_size"));
    return scalar(
        db,
        QStringLiteral("SELECT SUM(LENGTH(id) + LENGTH(city_name) + COALESCE(LENGTH(state_province), "
                       "0) + LENGTH(country) + LENGTH(timezone) + 40) FROM location_cache"));
}

} // namespace

QStringList Cleanup::unusedPlaces(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList out;
    // Names compared without case, as the birth-data dialog offers them.
    if (!q.exec(
            QStringLiteral("SELECT l.id FROM location_cache l WHERE NOT EXISTS (SELECT 1 FROM birth_data b "
                           "WHERE b.city = l.city_name COLLATE NOCASE AND COALESCE(b.country, '') = "
                           "l.country COLLATE NOCASE) "
                           "ORDER BY l.city_name, l.id")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<CleanupSuggestion> Cleanup::find(const QSqlDatabase& db, const QString& databasePath,
                                       const QDateTime& now)
{
    QList<CleanupSuggestion> out;
    const QDateTime cutoff = (now.isValid() ? now : Clock::nowUtc()).addDays(-kSnapshotAgeDays);
    CleanupSuggestion snapshots;
    snapshots.kind = CleanupSuggestion::Kind::OldImportSnapshots;
    snapshots.targets = exchange::Importer::snapshotsTakenBefore(databasePath, cutoff);
    for (const QString& path : std::as_const(snapshots.targets))
        snapshots.bytes += QFileInfo(path).size() + QFileInfo(db::Snapshot::recordPath(path)).size();
    snapshots.items = snapshots.targets.size();
    if (snapshots.items > 0)
        out << snapshots;

    CleanupSuggestion places;
    places.kind = CleanupSuggestion::Kind::UnusedPlaces;
    places.targets = unusedPlaces(db);
    places.items = places.targets.size();
    const qint64 all = scalar(db, QStringLiteral("SELECT COUNT(*) FROM location_cache"));
    if (places.items > 0 && all > 0) {
        places.bytes = qint64(double(placesBytes(db)) * double(places.items) / double(all));
        out << places;
    }
    return out;
}

} // namespace tp::stats
