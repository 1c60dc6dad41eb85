#pragma once

#include <QtGlobal>

namespace tp::exchange::limits {

// What an import (or a conversion) accepts from a file, whoever made it.
// Real exports stay far inside these; a file beyond one is refused with the
// limit named, file and line, within seconds and with bounded memory
// (docs/IMPORT.md, "Limits").

// One value: a string, or a JSON object or array such as chart_data (a
// real chart's is 10–15 KB).
inline constexpr qint64 kMaxValueBytes = 8 * 1024 * 1024;
// All values of one row together.
inline constexpr qint64 kMaxRowBytes = 32 * 1024 * 1024;
// JSON nesting, the document's own levels included.
inline constexpr int kMaxDepth = 64;
// Compressed input (gzip, zip entries): once more than kExpansionGrace bytes
// came out, no more than kMaxExpansion bytes out per byte in; and never
// more than kMaxExpanded bytes in all.
inline constexpr qint64 kExpansionGrace = 64 * 1024 * 1024;
inline constexpr qint64 kMaxExpansion = 100;
inline constexpr qint64 kMaxExpanded = qint64(256) * 1024 * 1024 * 1024;
// Entries of a CSV bundle (11 tables, the manifest and chart positions).
inline constexpr int kMaxBundleEntries = 64;

} // namespace tp::exchange::limits
