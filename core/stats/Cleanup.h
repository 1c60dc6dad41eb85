#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tp::stats {

// Something the practice keeps that can go, and what going would free.
struct CleanupSuggestion
{
    enum class Kind {
        OldImportSnapshots, // safety snapshots of imports older than kSnapshotAgeDays
        UnusedPlaces, // saved places (the location cache) no birth data uses
    };
    Kind kind = Kind::OldImportSnapshots;
    qint64 items = 0;
    qint64 bytes = 0; // on disk for snapshots; inside the practice file for places (reused by new data)
    QStringList targets; // the snapshot files, or the ids of the places
};

// Finds what can be tidied away. Removing is done by the engines that own
// the things: Importer::removeSnapshots for snapshots, PracticeStore for
// places (undoable in the app).
class Cleanup
{
    Q_DECLARE_TR_FUNCTIONS(tp::stats::Cleanup)

public:
    static constexpr int kSnapshotAgeDays = 30;

    // Only suggestions with something to remove. `now` invalid: the clock's.
    static QList<CleanupSuggestion> find(const QSqlDatabase& db, const QString& databasePath,
                                         const QDateTime& now = {});

    // The ids of saved places whose city and country no birth data names.
    static QStringList unusedPlaces(const QSqlDatabase& db);
};

} // namespace tp::stats
