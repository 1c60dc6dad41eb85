#pragma once

#include "model/Validation.h"

#include <QMap>
#include <QStringList>
#include <QVariant>

namespace tp::exchange {

enum class ConflictStrategy { Skip, Replace, Merge, Rename };
enum class ConflictKey { Id, Natural, Custom };
enum class ImportMode { Merge, Restore };

struct ImportOptions
{
    QStringList inputs;
    bool validateOnly = false; // read and check, write nothing
    bool dryRun = false; // run everything in a transaction that is rolled back
    bool partial = false; // valid rows go in; invalid rows and their dependents are skipped
    ConflictStrategy strategy = ConflictStrategy::Skip;
    QMap<QString, ConflictStrategy> tableStrategies; // table -> strategy
    QMap<QString, ConflictStrategy> rowStrategies; // "table/id" -> strategy
    ConflictKey key = ConflictKey::Id;
    QStringList customKeyColumns; // ConflictKey::Custom: columns compared (per table where present)
    ImportMode mode = ImportMode::Merge;
    bool restoreConfirmed = false;
    QString reportPath; // also write the report here (.json → JSON, else text)
    QString encoding; // the inputs' charset as stated (--encoding); empty: detected
};

struct ImportProblem
{
    model::Severity severity = model::Severity::Error;
    QString file;
    qint64 line = 0;
    QString table;
    QString rowId;
    QString field;
    QString message;

    QString place() const; // "file, line 12, clients 6f1c…, email"
    QString placeInWords() const; // "file, line 12, Clients, E-mail" (the app's words)
};

// A field whose incoming value differs from the one in the database.
struct FieldChange
{
    QString column;
    QVariant existing;
    QVariant incoming;
};

// An incoming row that matches a row of the database with different values.
// (One whose values are all the same is no conflict: it is counted as
// identical and left as it is.)
struct ImportConflict
{
    QString table;
    QString incomingId;
    QString existingId;
    QString file;
    qint64 line = 0;
    ConflictStrategy resolution = ConflictStrategy::Skip;
    QString kind; // what matched: "same id", "same person", "same GeoNames id", …
    QVariantMap incoming; // the incoming row's values (for showing the two side by side)
    QList<FieldChange> changes; // the fields that differ (timestamps aside), existing → incoming
    QString label; // the row in words: a client's name, a chart's name, a note's date, …
    QString clientId; // the client it belongs to (itself for a client), when there is one
    QString clientLabel; // that client's name
};

struct ImportCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 renamed = 0;
    qint64 failed = 0;
    qint64 identical = 0; // already there with the same values: left as they are
};

struct ImportResult
{
    bool ok = false;
    bool canceled = false;
    bool dryRun = false;
    QString error; // the reason in one sentence when !ok
    QList<ImportProblem> problems;
    QList<ImportConflict> conflicts;
    QStringList unreadableFiles; // inputs that cannot be read or parsed at all: never imported in part
    QMap<QString, ImportCounts> counts; // table -> counts, parents first
    QString snapshotPath;
    QString reportJsonPath;
    QString reportTextPath;
    qint64 rowsRead = 0;
    qint64 elapsedMs = 0;

    int errorCount() const;
    int warningCount() const;
};

QString strategyName(ConflictStrategy strategy); // "skip", as the command line spells it
QString strategyWords(ConflictStrategy strategy); // "Keep existing", as the app says it
bool parseStrategy(const QString& text, ConflictStrategy* out);

} // namespace tp::exchange
