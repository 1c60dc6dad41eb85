#pragma once

#include "formats/GzipDevice.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QStringList>

namespace tp::exchange {

struct ConvertOptions
{
    QString input;
    QString output;
    bool pretty = false;
    formats::CompressionLevel level = formats::CompressionLevel::Default;
    QString schemaTable; // single CSV → JSON: take the column types from this table
};

struct ConvertResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
    QString inputKind; // what the input was found to be (by content)
    QString outputKind;
    qint64 rows = 0;
};

// Converts between the export formats without a database, streaming:
// export JSON ↔ CSV bundle (zip or folder), a single CSV → JSON (types
// inferred, or from --schema TABLE), pretty ↔ compact JSON, gzip compress
// and decompress, zip ↔ folder of CSVs. The input is recognised by its
// content, the output kind by its name (.json, .json.gz, .gz, .zip, .csv,
// or a folder). Text input may be UTF-8 (with or without BOM), UTF-16 with
// BOM, or else Windows-1252 (with a warning).
class Converter
{
    Q_DECLARE_TR_FUNCTIONS(tp::exchange::Converter)

public:
    static ConvertResult run(const ConvertOptions& options, Progress* progress = nullptr);
};

} // namespace tp::exchange
