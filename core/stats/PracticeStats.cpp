#include "PracticeStats.h"

#include "backup/BackupEngine.h"
#include "db/Snapshot.h"
#include "db/TableRegistry.h"
#include "exchange/Importer.h"
#include "util/Clock.h"

#include <algorithm>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace tp::stats {

namespace {

// Month keys ("2026-11") of now and the month before, in `zone`.
struct Months
{
    QString thisMonth, lastMonth;
};

Months monthsAround(const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDate first(today.year(), today.month(), 1);
    return { first.toString(QStringLiteral("yyyy-MM")),
             first.addMonths(-1).toString(QStringLiteral("yyyy-MM")) };
}

// Counts the rows of `table` and, by their created_at in `zone`, those of each month.
// SQLite groups them by the minute they were made (the first 16 characters
// in each of the schema's spellings); only those minutes are turned into
// local months here — every zone's offset is whole minutes, so this is exact,
// and 300,000 rows become a few thousand conversions.
bool countByMonth(const QSqlDatabase& db, const QString& table, const QTimeZone& zone, qint64* total,
                  QMap<QString, qint64>* months, QString* error, QMap<QDate, qint64>* days = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT substr(created_at, 1, 16), COUNT(*) FROM ") + table
                + QStringLiteral(" GROUP BY 1"))) {
        *error = q.lastError().text();
        return false;
    }
    *total = 0;
    while (q.next()) {
        const qint64 rows = q.value(1).toLongLong();
        *total += rows;
        QString minute = q.value(0).toString();
        if (minute.size() == 16 && minute.at(10) == QLatin1Char(' '))
            minute[10] = QLatin1Char('T');
        const QDateTime made = QDateTime::fromString(minute + QStringLiteral(":00Z"), Qt::ISODate);
        if (!made.isValid())
            continue;
        const QDateTime local = made.toTimeZone(zone);
        (*months)[local.toString(QStringLiteral("yyyy-MM"))] += rows;
        if (days)
            (*days)[local.date()] += rows;
    }
    return true;
}

// Adds to `activity` the rows of `table` by the weekday and hour (in `zone`) of `column`,
// grouped by minute as countByMonth does; `where` narrows the rows.
void addActivity(const QSqlDatabase& db, const QString& table, const QString& column, const QString& where,
                 const QTimeZone& zone, std::array<std::array<qint64, 24>, 7>* activity)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT substr(%1, 1, 16), COUNT(*) FROM %2 %3 GROUP BY 1").arg(column, table, where));
    while (q.next()) {
        QString minute = q.value(0).toString();
        if (minute.size() == 16 && minute.at(10) == QLatin1Char(' '))
            minute[10] = QLatin1Char('T');
        const QDateTime at
            = QDateTime::fromString(minute + QStringLiteral(":00Z"), Qt::ISODate).toTimeZone(zone);
        if (at.isValid())
            (*activity)[at.date().dayOfWeek() - 1][at.time().hour()] += q.value(1).toLongLong();
    }
}

DiskSpace diskOf(const QString& folder)
{
    DiskSpace d;
    d.folder = folder;
    QString existing = folder; // the nearest folder that exists (the backup folder may not yet)
    while (!existing.isEmpty() && !QFileInfo::exists(existing))
        existing
            = QFileInfo(existing).absolutePath() == existing ? QString() : QFileInfo(existing).absolutePath();
    const QStorageInfo disk(existing.isEmpty() ? QDir::rootPath() : existing);
    if (disk.isValid()) {
        d.total = disk.bytesTotal();
        d.available = disk.bytesAvailable();
    }
    return d;
}

// The backups' size on each day a backup was made: what the folder held then, as far as the
// manifests tell (each backup counted from its day until the last day listed).
QList<BackupSize> sizesOverTime(const QString& folder, const QTimeZone& zone)
{
    QMap<QDate, qint64> added;
    for (const backup::BackupInfo& b : backup::BackupEngine::list(folder)) {
        if (!b.manifest.isEmpty() && b.createdAt.isValid())
            added[b.createdAt.toTimeZone(zone).date()] += b.manifest.storedSize();
    }
    QList<BackupSize> out;
    qint64 running = 0;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        running += it.value();
        out.append({ it.key(), running });
    }
    return out;
}

QList<RecentChange> recentChanges(const QSqlDatabase& db)
{
    // The stored spellings sort alike once ' ' reads 'T'.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT r.kind, r.id, r.client_id, COALESCE(c.first_name, ''), COALESCE(c.last_name, ''), r.stamp "
        "FROM ("
        " SELECT 'client' AS kind, id, id AS client_id, replace(updated_at, ' ', 'T') AS stamp FROM clients"
        " UNION ALL SELECT 'birth_data', id, client_id, replace(updated_at, ' ', 'T') FROM birth_data"
        " UNION ALL SELECT 'chart', id, client_id, replace(updated_at, ' ', 'T') FROM charts"
        " UNION ALL SELECT 'session_note', id, client_id, replace(updated_at, ' ', 'T') FROM session_notes"
        " ORDER BY stamp DESC LIMIT 10) r LEFT JOIN clients c ON c.id = r.client_id ORDER BY r.stamp DESC"));
    QList<RecentChange> out;
    while (q.next()) {
        RecentChange c;
        c.kind = q.value(0).toString();
        c.id = q.value(1).toString();
        c.clientId = q.value(2).toString();
        c.clientName = QString(q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString()).trimmed();
        c.when = PracticeStats::parseStamp(q.value(5).toString());
        out << c;
    }
    return out;
}

// Space per table (its indexes counted with it) from SQLite's dbstat, where the library has it.
bool measuredStorage(const QSqlDatabase& db, QList<StorageShare>* shares)
{
    QSqlQuery q(db);
    // aggregate = 1: one row per table or index (SQLite 3.31+), not one per page.
    if (!q.exec(
            QStringLiteral("SELECT COALESCE(m.tbl_name, s.name), SUM(s.pgsize) FROM dbstat s "
                           "LEFT JOIN sqlite_schema m ON m.name = s.name WHERE s.aggregate = 1 GROUP BY 1"))
        && !q.exec(QStringLiteral("SELECT COALESCE(m.tbl_name, s.name), SUM(s.pgsize) FROM dbstat s "
                                  "LEFT JOIN sqlite_schema m ON m.name = s.name GROUP BY 1")))
        return false;
    while (q.next())
        shares->append({ q.value(0).toString(), q.value(1).toLongLong() });
    return !shares->isEmpty();
}

// Without dbstat: the file's size shared out by each table's share of the stored text.
void estimatedStorage(const QSqlDatabase& db, qint64 fileBytes, QList<StorageShare>* shares)
{
    qint64 all = 0;
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        QString sum;
        for (const db::Column& c : t.columns)
            sum += (sum.isEmpty() ? QString() : QStringLiteral(" + ")) + QStringLiteral("COALESCE(LENGTH(")
                + c.name + QStringLiteral("), 8)");
        QSqlQuery q(db);
        const qint64 bytes
            = q.exec(QStringLiteral("SELECT SUM(") + sum + QStringLiteral(") FROM ") + t.name) && q.next()
            ? q.value(0).toLongLong()
            : 0;
        shares->append({ t.name, bytes });
        all += bytes;
    }
    for (StorageShare& s : *shares)
        s.bytes = all > 0 ? qint64(double(s.bytes) / double(all) * double(fileBytes)) : 0;
}

QStringList ids(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<DuplicatePair> duplicates(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT c.id, COALESCE(c.first_name, ''), COALESCE(c.last_name, ''), b.birth_date "
                       "FROM clients c JOIN birth_data b ON b.client_id = c.id ORDER BY c.created_at, c.id"));
    QHash<QString, QPair<QString, QString>> first; // name key + date → the first such client (id, name)
    QList<DuplicatePair> pairs;
    QSet<QString> paired;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString name
            = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
        const QString date = q.value(3).toString();
        if (name.isEmpty())
            continue;
        const QString key = PracticeStats::nameKey(name) + QLatin1Char('|') + date;
        const auto it = first.constFind(key);
        if (it == first.constEnd()) {
            first.insert(key, { id, name });
        } else if (it->first != id && !paired.contains(it->first + id)) {
            paired.insert(it->first + id);
            pairs.append({ it->first, id, it->second, date });
        }
    }
    return pairs;
}

} // namespace

QString PracticeStats::nameKey(const QString& name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accents NFKD split off
        key += c.isSpace() ? QChar(QLatin1Char(' ')) : c;
    }
    return key.toCaseFolded().simplified();
}

QDateTime PracticeStats::parseStamp(const QString& text)
{
    return timestamp::parse(text).value_or(QDateTime());
}

bool PracticeStats::compute(const QSqlDatabase& db, const Options& o, PracticeStats* out, QString* error)
{
    *out = {};
    const QDateTime now = o.now.isValid() ? o.now : Clock::nowUtc();
    const Months around = monthsAround(now, o.zone);
    QSqlQuery begin(db);
    begin.exec(QStringLiteral("BEGIN")); // one snapshot for every number (WAL: writers go on)
    QMap<QString, qint64> clientMonths, chartMonths, interpretationMonths, noteMonths;
    QMap<QDate, qint64> clientDays, chartDays;
    const bool ok = countByMonth(db, QStringLiteral("clients"), o.zone, &out->clients.total, &clientMonths,
                                 error, &clientDays)
        && countByMonth(db, QStringLiteral("charts"), o.zone, &out->charts.total, &chartMonths, error,
                        &chartDays)
        && countByMonth(db, QStringLiteral("chart_interpretations"), o.zone, &out->interpretations.total,
                        &interpretationMonths, error)
        && countByMonth(db, QStringLiteral("session_notes"), o.zone, &out->sessionNotes.total, &noteMonths,
                        error);
    if (!ok) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = tr("The practice cannot be read: %1").arg(*error);
        return false;
    }
    auto grow = [&](Growth* g, const QMap<QString, qint64>& months) {
        g->thisMonth = months.value(around.thisMonth);
        g->lastMonth = months.value(around.lastMonth);
    };
    grow(&out->clients, clientMonths);
    grow(&out->charts, chartMonths);
    grow(&out->sessionNotes, noteMonths);
    grow(&out->interpretations, interpretationMonths);
    QStringList months = clientMonths.keys() + chartMonths.keys();
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    for (const QString& m : std::as_const(months))
        out->perMonth.append({ m, clientMonths.value(m), chartMonths.value(m) });
    QList<QDate> days = clientDays.keys() + chartDays.keys();
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const QDate& d : std::as_const(days))
        out->perDay.append({ d, clientDays.value(d), chartDays.value(d) });

    // Quality, with the rows behind each number.
    Quality& q = out->quality;
    q.charts = out->charts.total;
    q.chartsWithoutInterpretations
        = ids(db,
              QStringLiteral("SELECT id FROM charts c WHERE NOT EXISTS (SELECT 1 FROM "
                             "chart_interpretations i WHERE i.chart_id = c.id) ORDER BY id"),
              error);
    q.clients = out->clients.total;
    q.clientsWithoutBirthData = ids(db,
                                    QStringLiteral("SELECT id FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                                   "birth_data b WHERE b.client_id = c.id) ORDER BY id"),
                                    error);
    q.birthData = scalar(db, QStringLiteral("SELECT COUNT(*) FROM birth_data"));
    q.birthDataWithoutTime = ids(
        db,
        QStringLiteral("SELECT id FROM birth_data WHERE time_unknown = 1 OR birth_time IS NULL ORDER BY id"),
        error);
    q.birthDataWithoutRodden
        = ids(db,
              QStringLiteral(
                  "SELECT id FROM birth_data WHERE rodden_rating IS NULL OR rodden_rating = '' ORDER BY id"),
              error);
    q.duplicates = duplicates(db);
    q.clientsOfChartsWithoutInterpretations = ids(
        db,
        QStringLiteral("SELECT DISTINCT client_id FROM charts c WHERE client_id IS NOT NULL AND NOT EXISTS "
                       "(SELECT 1 FROM chart_interpretations i WHERE i.chart_id = c.id) ORDER BY 1"),
        error);
    q.clientsOfBirthDataWithoutTime
        = ids(db,
              QStringLiteral(
                  "SELECT DISTINCT client_id FROM birth_data WHERE time_unknown = 1 OR birth_time IS NULL "
                  "ORDER BY 1"),
              error);
    q.clientsOfBirthDataWithoutRodden = ids(
        db,
        QStringLiteral(
            "SELECT DISTINCT client_id FROM birth_data WHERE rodden_rating IS NULL OR rodden_rating = '' "
            "ORDER BY 1"),
        error);

    // Activity and the latest changes.
    for (const char* table : { "clients", "charts", "session_notes" }) {
        addActivity(db, QString::fromLatin1(table), QStringLiteral("created_at"), QString(), o.zone,
                    &out->activity);
        addActivity(db, QString::fromLatin1(table), QStringLiteral("updated_at"),
                    QStringLiteral("WHERE updated_at <> created_at"), o.zone, &out->activity);
    }
    out->recent = recentChanges(db);

    // Storage.
    const qint64 pageSize = scalar(db, QStringLiteral("PRAGMA page_size"));
    out->databaseBytes = pageSize * scalar(db, QStringLiteral("PRAGMA page_count"));
    out->storageMeasured = measuredStorage(db, &out->storage);
    if (!out->storageMeasured)
        estimatedStorage(db, out->databaseBytes, &out->storage);
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    if (!o.databasePath.isEmpty()) {
        out->databaseDisk = diskOf(QFileInfo(o.databasePath).absolutePath());
        for (const QString& snapshot : exchange::Importer::snapshots(o.databasePath))
            out->importSnapshotsBytes
                += QFileInfo(snapshot).size() + QFileInfo(db::Snapshot::recordPath(snapshot)).size();
        if (out->importSnapshotsBytes > 0)
            out->storage.append({ QStringLiteral("import_snapshots"), out->importSnapshotsBytes });
    }
    if (!o.backupFolder.isEmpty()) {
        out->backupDisk = diskOf(o.backupFolder);
        out->backupsOverTime = sizesOverTime(o.backupFolder, o.zone);
        QDirIterator it(o.backupFolder, QDir::Files);
        while (it.hasNext())
            out->backupsBytes += QFileInfo(it.next()).size();
        out->storage.append({ QStringLiteral("backups"), out->backupsBytes });
    }
    std::sort(out->storage.begin(), out->storage.end(),
              [](const StorageShare& a, const StorageShare& b) { return a.bytes > b.bytes; });
    error->clear();
    return true;
}

} // namespace tp::stats
