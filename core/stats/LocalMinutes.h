#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace tp::stats {

// Rows made (or changed) in one minute, UTC, as minutes since 1970.
struct MinuteCount
{
    qint64 minute = 0;
    qint64 rows = 0;
};

// A moment in the practitioner's zone, to the minute.
struct LocalMinute
{
    QDate date;
    int hour = 0;
};

// Timestamps by the minute, for counting by local month, day and hour.
// SQLite groups a table's rows by the first 16 characters of a timestamp
// column (the minute, in each of the schema's spellings); only those minutes
// are turned into local time here — exact, as every zone's offset is whole
// minutes — and the zone's offset is looked up once per UTC hour when it
// does not change within it, so millions of rows cost a few thousand lookups.
class LocalMinutes
{
public:
    explicit LocalMinutes(QTimeZone zone);

    // The minutes of `column` in `table` (rows narrowed by `where`, SQL or empty),
    // and how many rows there are in all (unreadable timestamps counted, not listed).
    static bool group(const QSqlDatabase& db, const QString& table, const QString& column,
                      const QString& where, QList<MinuteCount>* minutes, qint64* total, QString* error);
    // "2026-11-02T10:00" or "2026-11-02 10:00" as minutes since 1970; false when it is neither.
    static bool parseMinute(QStringView text, qint64* minute);

    LocalMinute toLocal(qint64 utcMinute);

private:
    int offsetMinutes(qint64 utcMinute);

    QTimeZone m_zone;
    QHash<qint64, int> m_hourOffsets; // UTC hour -> offset in minutes, where constant within the hour
};

} // namespace tp::stats
