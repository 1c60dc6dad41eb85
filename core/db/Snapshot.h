#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace tp::db {

// What a database file holds, read without changing it.
struct FileCheck
{
    QString integrity; // "ok", or SQLite's first complaint / why it cannot be opened
    QJsonObject counts; // table -> rows, for every table of the registry
    int schemaVersion = 0;
    bool ok() const { return integrity == QLatin1String("ok"); }
};

// A snapshot that undo may swap in: the database file and, beside it, its
// record (`<file>.json`: which database, when, its size, integrity and row
// counts at the time). A snapshot is written under a temporary name, synced,
// checked and recorded before it gets its final name, so a failed or killed
// snapshot leaves nothing that can be taken for one.
class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(tp::db::Snapshot)

public:
    // Opens `path` read-only: PRAGMA integrity_check and row counts.
    static FileCheck inspect(const QString& path);
    // Rows of every registry table on an open connection.
    static QJsonObject rowCounts(QSqlDatabase db);

    // VACUUM INTO a temporary file in the folder of `finalPath`, synced,
    // inspected (it must pass), recorded, then renamed to `finalPath`.
    // `note` is kept in the record as it is (what the snapshot was taken for).
    static bool take(const QString& databasePath, const QString& finalPath, QString* error,
                     const QJsonObject& note = {});
    // The record kept beside a snapshot; empty when there is none.
    static QJsonObject record(const QString& snapshotPath);

    // Whether `snapshotPath` may replace `databasePath`: its record exists
    // and names this database, and the file is the size, integrity and row
    // counts recorded. False with the sentence that says why not.
    static bool check(const QString& snapshotPath, const QString& databasePath, QString* error);

    // Puts a checked file in place of the database: copied beside it under
    // a temporary name, synced, renamed over it. The write-ahead log of the
    // old file is folded in and emptied first. A crash leaves the old
    // database or the new one.
    static bool swapIn(const QString& source, const QString& databasePath, QString* error);
    // The same for a checked file already in the database's folder, which
    // is moved (not copied) into place.
    static bool install(const QString& temp, const QString& databasePath, QString* error);

    static QString recordPath(const QString& snapshotPath);
    // Removes the snapshot and its record.
    static void remove(const QString& snapshotPath);
};

} // namespace tp::db
