#pragma once

#include "util/Progress.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tp::stats {

// One value of the live data the importer would refuse or warn about.
struct RecordProblem
{
    QString table;
    QString id;
    QString clientId; // the client the row belongs to; empty for rows of no client
    QString field; // column name; empty for the whole row
    QString message; // the validator's sentence
    bool error = true; // false: a warning (an unusual chart type, …)
};

// What checking every record found.
struct RecordCheckResult
{
    qint64 rowsChecked = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    QList<RecordProblem> problems; // the first kMaxListed, in table order
    QStringList clientIds; // every client with a problem, sorted
    bool complete = false; // false when stopped

    static constexpr int kMaxListed = 500;
};

// Runs the importer's validator (model::Validator, the same rules a file
// must pass to come in) over every row of the practice, table by table,
// streaming: memory does not grow with the data. For the statistics page's
// "records with problems" and `stats --check-records`.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(tp::stats::RecordCheck)

public:
    // False and why when the practice cannot be read; a stop leaves
    // `complete` false with what was found so far.
    static bool run(const QSqlDatabase& db, Progress* progress, RecordCheckResult* out, QString* error);
};

} // namespace tp::stats
