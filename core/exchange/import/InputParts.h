#pragma once

// What the readers of ImportReader share: the JSON path in ImportReader.cpp,
// the CSV files and CSV bundles in CsvInputs.cpp.

#include "db/TableRegistry.h"
#include "exchange/ImportReader.h"
#include "formats/TextDecoding.h"
#include "formats/ZipArchive.h"

#include <functional>
#include <QJsonObject>

class QIODevice;

namespace tp::exchange::reading {

const db::TableRegistry& registry();
QString notAnExport(const QString& name);
QString unknownColumn(const QString& name, const QString& column, const QString& table);
QString countMismatch(const QString& name, const QString& table, qint64 said, qint64 found);

// The charset of a text input: as the user states it, else detected (with a
// warning when it is not UTF-8 at all).
formats::Charset textCharset(QIODevice* raw, const QString& displayName, const QString& stated,
                             ReadResult* result);
// One CSV file of a table (named by `knownTable`, else found from the file's name and header).
bool readCsv(QIODevice* raw, const QString& displayName, const QString& knownTable, ReadResult* result,
             const std::function<bool(const SourceRow&)>& sink, qint64* rows = nullptr, bool guarded = false,
             const QString& stated = {});
// The tables of a CSV bundle, parents first whatever order the zip has;
// each file checked against the manifest's SHA-256 and row count.
bool readBundle(formats::ZipReader& zip, const QString& name, const QJsonObject& manifest, ReadResult* result,
                const std::function<bool(const SourceRow&)>& sink);

} // namespace tp::exchange::reading
