#pragma once

#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace tp::exchange {

// One row as it stands in an input file, with its place.
struct SourceRow
{
    QString table;
    QVariantMap values; // column -> value (JSON objects/arrays as compact JSON text)
    QStringList parsedJson; // columns whose values were such objects or arrays: valid JSON by construction
    QStringList invalidText; // columns whose bytes were not valid UTF-8 (bad bytes read as U+FFFD)
    QString file; // file name (inside a bundle: bundle.zip/table.csv)
    qint64 line = 0; // physical line the row starts on
};

struct ReadResult
{
    bool ok = false;
    QString error; // with file and line when the file itself is broken
    QStringList warnings;
    QString kind; // what the file was found to be
};

// Streams the rows of an import input to `sink`, whatever it is (detected by
// content): an export JSON document (.json or .json.gz, any 1.x version), a
// JSON object mapping table names to arrays of rows (The Program's earlier
// edition), a CSV bundle (.zip with manifest.json), or a loose CSV file
// (.csv or .csv.gz; the table from the file name, else from its header).
// The sink returns false to stop (cancel).
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(tp::exchange::ImportReader)

public:
    // `charset`: the input's encoding as the user states it; empty: detected.
    static ReadResult read(const QString& path, const std::function<bool(const SourceRow&)>& sink,
                           const QString& charset = {});
};

} // namespace tp::exchange
