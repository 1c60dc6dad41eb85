#pragma once

#include <QJsonObject>

namespace tp::exchange {

// JSON Schemas (draft 2020-12) of the export document and the CSV bundle's
// manifest, derived from the table registry. The copies shipped in
// resources/schema/ are checked against these by tst_exportschema.
QJsonObject exportDocumentSchema();
QJsonObject bundleManifestSchema();

} // namespace tp::exchange
