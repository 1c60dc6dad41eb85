#include "PracticeStats.h"

#include "backup/BackupEngine.h"
#include "db/Snapshot.h"
#include "db/TableRegistry.h"
#include "exchange/Importer.h"
#include "LocalMinutes.h"
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

// Counts the rows of `table` and, by their created_at in the practitioner's zone, those of
// each month (and day); `made` gets the minutes they were made in, for the activity.
bool countByMonth(const QSqlDatabase& db, const QString& table, LocalMinutes& clock, qint64* total,
                  QMap<QString, qint64>* months, QString* error, QMap<QDate, qint64>* days = nullptr,
                  QList<MinuteCount>* made = nullptr)
{
    QList<MinuteCount> minutes;
    if (!LocalMinutes::group(db, table, QStringLiteral("created_at"), QString(), &minutes, total, error))
        return false;
    QHash<qint64, QString> monthOfDay; // local Julian day -> "yyyy-MM"
    for (const MinuteCount& m : std::as_const(minutes)) {
        const LocalMinute local = clock.toLocal(m.minute);
        auto it = monthOfDay.constFind(local.date.toJulianDay());
        if (it == monthOfDay.constEnd())
            it = monthOfDay.insert(local.date.toJulianDay(), local.date.toString(QStringLiteral("yyyy-MM")));
        (*months)[*it] += m.rows;
        if (days)
            (*days)[local.date] += m.rows;
    }
    if (made)
        *made = std::move(minutes);
    return true;
}

// Adds rows by the weekday and hour (in the practitioner's zone) of the minutes they were made or changed in.
void addActivity(const QList<MinuteCount>& minutes, LocalMinutes& clock,
                 std::array<std::array<qint64, 24>, 7>* activity)
{
    for (const MinuteCount& m : minutes) {
        const LocalMinute local = clock.toLocal(m.minute);
        (*activity)[local.date.dayOfWeek() - 1][local.hour] += m.rows;
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

QList<RecentChange> recentChanges(const QSqlDatabase& db, const QDateTime& now)
{
    // The stored spellings sort alike once ' ' reads 'T'. A stamp after now (a wrong clock,
    // made-up data) is no change that happened.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.kind, r.id, r.client_id, COALESCE(c.first_name, ''), COALESCE(c.last_name, ''), r.stamp "
        "FROM (SELECT * FROM ("
        " SELECT 'client' AS kind, id, id AS client_id, replace(updated_at, ' ', 'T') AS stamp FROM clients"
        " UNION ALL SELECT 'birth_data', id, client_id, replace(updated_at, ' ', 'T') FROM birth_data"
        " UNION ALL SELECT 'chart', id, client_id, replace(updated_at, ' ', 'T') FROM charts"
        " UNION ALL SELECT 'session_note', id, client_id, replace(updated_at, ' ', 'T') FROM session_notes"
        " ) WHERE stamp <= ? ORDER BY stamp DESC LIMIT 10) r LEFT JOIN clients c ON c.id = r.client_id "
        "ORDER BY r.stamp DESC"));
    q.addBindValue(timestamp::format(now));
    q.exec();
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
// Pages are counted, not their sizes summed: the aggregate rows' pgsize wraps
// at 4 GiB in SQLite 3.40 (a 5 GB table read as 0.99 GB), and every page of a
// file has the same size.
bool measuredStorage(const QSqlDatabase& db, qint64 pageSize, QList<StorageShare>* shares)
{
    QSqlQuery q(db);
    // aggregate = 1: one row per table or index (SQLite 3.31+), its page count in pageno.
    if (!q.exec(
            QStringLiteral("SELECT COALESCE(m.tbl_name, s.name), SUM(s.pageno) FROM dbstat s "
                           "LEFT JOIN sqlite_schema m ON m.name = s.name WHERE s.aggregate = 1 GROUP BY 1"))
        && !q.exec(QStringLiteral("SELECT COALESCE(m.tbl_name, s.name), COUNT(*) FROM dbstat s "
                                  "LEFT JOIN sqlite_schema m ON m.name = s.name GROUP BY 1")))
        return false;
    while (q.next())
        shares->append({ q.value(0).toString(), q.value(1).toLongLong() * pageSize });
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

// The ids of the first column, and the distinct, sorted ids of the second (the clients behind them).
bool idsWithClients(const QSqlDatabase& db, const QString& sql, QStringList* ids, QStringList* clients,
                    QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    QSet<QString> owners;
    while (q.next()) {
        *ids << q.value(0).toString();
        if (clients && !q.value(1).isNull())
            owners.insert(q.value(1).toString());
    }
    if (clients) {
        *clients = owners.values();
        clients->sort();
    }
    return true;
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

bool PracticeStats::readCounts(const QSqlDatabase& db, const Options& o, LocalMinutes& clock, QString* error)
{
    const Months around = monthsAround(o.now.isValid() ? o.now : Clock::nowUtc(), o.zone);
    QMap<QString, qint64> clientMonths, chartMonths, interpretationMonths, noteMonths;
    QMap<QDate, qint64> clientDays, chartDays;
    std::array<QList<MinuteCount>, 3> made; // clients, charts, session notes: for the activity
    if (!countByMonth(db, QStringLiteral("clients"), clock, &clients.total, &clientMonths, error, &clientDays,
                      &made[0])
        || !countByMonth(db, QStringLiteral("charts"), clock, &charts.total, &chartMonths, error, &chartDays,
                         &made[1])
        || !countByMonth(db, QStringLiteral("chart_interpretations"), clock, &interpretations.total,
                         &interpretationMonths, error)
        || !countByMonth(db, QStringLiteral("session_notes"), clock, &sessionNotes.total, &noteMonths, error,
                         nullptr, &made[2]))
        return false;
    auto grow = [&](Growth* g, const QMap<QString, qint64>& months) {
        g->thisMonth = months.value(around.thisMonth);
        g->lastMonth = months.value(around.lastMonth);
    };
    grow(&clients, clientMonths);
    grow(&charts, chartMonths);
    grow(&sessionNotes, noteMonths);
    grow(&interpretations, interpretationMonths);
    QStringList months = clientMonths.keys() + chartMonths.keys();
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    for (const QString& m : std::as_const(months))
        perMonth.append({ m, clientMonths.value(m), chartMonths.value(m) });
    QList<QDate> days = clientDays.keys() + chartDays.keys();
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const QDate& d : std::as_const(days))
        perDay.append({ d, clientDays.value(d), chartDays.value(d) });

    // Work by weekday and hour: what was made, and what was changed later.
    const QStringList tables
        = { QStringLiteral("clients"), QStringLiteral("charts"), QStringLiteral("session_notes") };
    for (int i = 0; i < 3; ++i) {
        addActivity(made[i], clock, &activity);
        QList<MinuteCount> changed;
        qint64 rows = 0;
        if (!LocalMinutes::group(db, tables[i], QStringLiteral("updated_at"),
                                 QStringLiteral("WHERE updated_at <> created_at"), &changed, &rows, error))
            return false;
        addActivity(changed, clock, &activity);
    }
    return true;
}

bool PracticeStats::readQuality(const QSqlDatabase& db, QString* error)
{
    Quality& q = quality;
    q.charts = charts.total;
    q.clients = clients.total;
    q.birthData = scalar(db, QStringLiteral("SELECT COUNT(*) FROM birth_data"));
    q.duplicates = duplicates(db);
    return idsWithClients(db,
                          QStringLiteral("SELECT id, client_id FROM charts c WHERE NOT EXISTS (SELECT 1 FROM "
                                         "chart_interpretations i WHERE i.chart_id = c.id) ORDER BY id"),
                          &q.chartsWithoutInterpretations, &q.clientsOfChartsWithoutInterpretations, error)
        && idsWithClients(db,
                          QStringLiteral("SELECT id, id FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                         "birth_data b WHERE b.client_id = c.id) ORDER BY id"),
                          &q.clientsWithoutBirthData, nullptr, error)
        && idsWithClients(db,
                          QStringLiteral("SELECT id, client_id FROM birth_data WHERE time_unknown = 1 OR "
                                         "birth_time IS NULL ORDER BY id"),
                          &q.birthDataWithoutTime, &q.clientsOfBirthDataWithoutTime, error)
        && idsWithClients(
               db,
               QStringLiteral("SELECT id, client_id FROM birth_data WHERE rodden_rating IS NULL OR "
                              "rodden_rating = '' ORDER BY id"),
               &q.birthDataWithoutRodden, &q.clientsOfBirthDataWithoutRodden, error);
}

void PracticeStats::readStorage(const QSqlDatabase& db)
{
    const qint64 pageSize = scalar(db, QStringLiteral("PRAGMA page_size"));
    databaseBytes = pageSize * scalar(db, QStringLiteral("PRAGMA page_count"));
    storageMeasured = measuredStorage(db, pageSize, &storage);
    if (!storageMeasured)
        estimatedStorage(db, databaseBytes, &storage);
}

void PracticeStats::readFiles(const Options& o)
{
    if (!o.databasePath.isEmpty()) {
        databaseDisk = diskOf(QFileInfo(o.databasePath).absolutePath());
        for (const QString& snapshot : exchange::Importer::snapshots(o.databasePath))
            importSnapshotsBytes
                += QFileInfo(snapshot).size() + QFileInfo(db::Snapshot::recordPath(snapshot)).size();
        if (importSnapshotsBytes > 0)
            storage.append({ QStringLiteral("import_snapshots"), importSnapshotsBytes });
    }
    if (!o.backupFolder.isEmpty()) {
        backupDisk = diskOf(o.backupFolder);
        readBackups(o);
        QDirIterator it(o.backupFolder, QDir::Files);
        while (it.hasNext())
            backupsBytes += QFileInfo(it.next()).size();
        storage.append({ QStringLiteral("backups"), backupsBytes });
    }
    std::sort(storage.begin(), storage.end(),
              [](const StorageShare& a, const StorageShare& b) { return a.bytes > b.bytes; });
}

// The backups' size on each day a backup was made — what the folder held then, as far as the
// manifests tell (each backup counted from its day on) —, what this month's backups added, and
// the practice's size in the newest backup made before this month.
void PracticeStats::readBackups(const Options& o)
{
    const QDate today = (o.now.isValid() ? o.now : Clock::nowUtc()).toTimeZone(o.zone).date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), o.zone);
    QMap<QDate, qint64> added;
    QDateTime newestBefore;
    for (const backup::BackupInfo& b : backup::BackupEngine::list(o.backupFolder)) {
        if (b.manifest.isEmpty() || !b.createdAt.isValid())
            continue;
        added[b.createdAt.toTimeZone(o.zone).date()] += b.manifest.storedSize();
        if (b.createdAt >= monthStart) {
            backupsThisMonthBytes += b.manifest.storedSize();
        } else if (!newestBefore.isValid() || b.createdAt > newestBefore) {
            newestBefore = b.createdAt;
            databaseBytesBeforeMonth = b.manifest.plainSize();
        }
    }
    qint64 running = 0;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        running += it.value();
        backupsOverTime.append({ it.key(), running });
    }
}

bool PracticeStats::compute(const QSqlDatabase& db, const Options& o, PracticeStats* out, QString* error)
{
    *out = {};
    LocalMinutes clock(o.zone);
    QSqlQuery(db).exec(QStringLiteral("BEGIN")); // one snapshot for every number (WAL: writers go on)
    if (!out->readCounts(db, o, clock, error) || !out->readQuality(db, error)) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = tr("The practice cannot be read: %1").arg(*error);
        return false;
    }
    out->recent = recentChanges(db, o.now.isValid() ? o.now : Clock::nowUtc());
    out->readStorage(db);
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    out->readFiles(o);
    error->clear();
    return true;
}

} // namespace tp::stats
