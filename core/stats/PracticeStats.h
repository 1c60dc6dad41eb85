#pragma once

#include <array>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

namespace tp::stats {

class LocalMinutes;

// A count and how it grew: rows made this calendar month and the one
// before, in the practitioner's time zone.
struct Growth
{
    qint64 total = 0;
    qint64 thisMonth = 0;
    qint64 lastMonth = 0;
};

// Clients and charts made in one month ("2026-11", local time).
struct MonthCount
{
    QString month;
    qint64 clients = 0;
    qint64 charts = 0;
};

// Clients and charts made on one day (local time), for weekly and yearly views.
struct DayCount
{
    QDate day;
    qint64 clients = 0;
    qint64 charts = 0;
};

// The space backups took on one day (the newest backup of that day).
struct BackupSize
{
    QDate day;
    qint64 bytes = 0;
};

// Used and available space of the disk a folder is on; -1 where unknown.
struct DiskSpace
{
    QString folder;
    qint64 total = -1;
    qint64 available = -1;
};

// Space taken by one kind of data: a table (with its indexes), or files.
struct StorageShare
{
    QString kind; // a table's name, "backups" or "import_snapshots"
    qint64 bytes = 0;
};

// Two clients that are likely the same person: the same name, whatever the
// accents and case, and the same birth date.
struct DuplicatePair
{
    QString firstId, secondId;
    QString name; // as the first is spelled
    QString birthDate;
};

// One recent change: what, whose, when.
struct RecentChange
{
    QString kind; // client, birth_data, chart, session_note
    QString id;
    QString clientId;
    QString clientName;
    QDateTime when; // UTC
};

// What in the data needs care, each number with the rows behind it.
struct Quality
{
    qint64 charts = 0;
    QStringList chartsWithoutInterpretations;
    qint64 clients = 0;
    QStringList clientsWithoutBirthData;
    qint64 birthData = 0;
    QStringList birthDataWithoutTime; // time unknown, or none given
    QStringList birthDataWithoutRodden;
    QList<DuplicatePair> duplicates;
    // The clients behind the chart and birth-data numbers (the list the page opens).
    QStringList clientsOfChartsWithoutInterpretations, clientsOfBirthDataWithoutTime,
        clientsOfBirthDataWithoutRodden;
};

// One look at a practice: what it holds and how it grows, where the space
// goes, and how healthy its data is. Plain values for the CLI's `stats`
// and the statistics page; no SQL outside this class.
struct PracticeStats
{
    Q_DECLARE_TR_FUNCTIONS(tp::stats::PracticeStats)

public:
    struct Options
    {
        QDateTime now; // invalid: the clock's
        QTimeZone zone = QTimeZone::systemTimeZone(); // months and growth in this zone
        QString backupFolder; // empty: no backups counted
        QString databasePath; // for its disk's free space and its import snapshots; empty: not asked
    };

    Growth clients, charts, interpretations, sessionNotes;
    qint64 databaseBytes = 0;
    qint64 backupsBytes = 0;
    qint64 importSnapshotsBytes = 0; // the safety snapshots kept to undo imports
    qint64 backupsThisMonthBytes = 0; // what the backups made this month take
    qint64 databaseBytesBeforeMonth = -1; // the practice in the newest backup before this month; -1: none
    QList<MonthCount> perMonth; // oldest first, only months with something made
    QList<DayCount> perDay; // oldest first, only days with something made
    QList<StorageShare> storage; // largest first
    bool storageMeasured = false; // from SQLite's dbstat; false: estimated from row counts
    QList<BackupSize> backupsOverTime; // from the backup history's manifests, oldest first
    DiskSpace databaseDisk, backupDisk;
    Quality quality;
    // Work by weekday (Monday first) and hour, in the practitioner's zone: clients,
    // charts and session notes made, and changed later.
    std::array<std::array<qint64, 24>, 7> activity{};
    QList<RecentChange> recent; // the last ten changes, newest first

    // Reads everything from `db` in one read transaction; false and why when it cannot.
    static bool compute(const QSqlDatabase& db, const Options& options, PracticeStats* out, QString* error);

    // "Müller" and "MULLER" alike: accents dropped, case folded, spaces squeezed.
    static QString nameKey(const QString& name);
    // A stored timestamp (the three spellings of the schema) as UTC; invalid when none.
    static QDateTime parseStamp(const QString& text);

private:
    bool readCounts(const QSqlDatabase& db, const Options& o, LocalMinutes& clock, QString* error);
    bool readQuality(const QSqlDatabase& db, QString* error);
    void readStorage(const QSqlDatabase& db);
    void readFiles(const Options& o); // disks, import snapshots, backups: outside the database
    void readBackups(const Options& o);
};

} // namespace tp::stats
