#pragma once

#include "ImportOptions.h"
#include "util/Progress.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace tp::db {
class Database;
}

namespace tp::exchange {

// Brings exported data (or the earlier edition's) into the practice
// database: every row is read into TEMP staging tables and checked (types,
// ranges, choices, duplicates, links) before anything is written; then one
// transaction applies it with the chosen conflict handling, or is rolled
// back (dry run, error). A consistent VACUUM INTO snapshot is taken before
// every import that writes, so the last imports can be undone.
struct PastImport
{
    QString snapshotPath;
    QDateTime takenAt; // invalid when unknown
    QStringList files; // file names, without folders
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(tp::exchange::Importer)

public:
    static ImportResult run(db::Database& database, const ImportOptions& options,
                            Progress* progress = nullptr);

    // Safety snapshots of a database, newest first (the last 5 are kept).
    static QString snapshotFolder(const QString& databasePath);
    static QStringList snapshots(const QString& databasePath);
    // The last import that can be undone: when it ran and which files it read
    // (none named for snapshots taken by earlier versions).
    static std::optional<PastImport> lastImport(const QString& databasePath);
    // Puts the newest snapshot in place of the database (which no connection
    // may hold open) and removes it from the list.
    static bool undoLastImport(const QString& databasePath, QString* restoredFrom, QString* error);
    // Snapshots taken before `cutoff`, newest first (old ones the statistics page offers to remove).
    static QStringList snapshotsTakenBefore(const QString& databasePath, const QDateTime& cutoff);
    // Removes these snapshots — only those of this practice's snapshot folder —; how many went.
    // The imports they belong to can no longer be undone.
    static int removeSnapshots(const QString& databasePath, const QStringList& paths);

    // Where import reports are kept (JSON and text, one pair per import).
    static QString historyFolder();
    // Who reads the text report: its advice on undoing names what they use.
    enum class Reader { CommandLine, App };
    static QString textReport(const ImportResult& result, const ImportOptions& options,
                              const QString& databasePath, Reader reader = Reader::CommandLine);
    static QJsonObject jsonReport(const ImportResult& result, const ImportOptions& options,
                                  const QString& databasePath);

    static constexpr int kSnapshotsKept = 5;
};

} // namespace tp::exchange
