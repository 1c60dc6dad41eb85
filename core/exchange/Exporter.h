#pragma once

#include "ExportOptions.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tp::exchange {

inline constexpr const char* kExportFormatName = "theprogram-export";
inline constexpr const char* kExportFormatVersion = "1.0";

struct ExportPreview
{
    QMap<QString, qint64> counts; // table -> rows, in export order
    QStringList tables;
    qint64 estimatedBytes = 0;
    QString sample; // the first lines of the file (JSON) or rows of each CSV
};

// Writes a practice, or a part of it, to the open JSON or CSV-bundle format
// (docs/EXPORT_FORMAT.md). Rows are read and written one at a time inside
// one read transaction (a consistent snapshot); the file appears only when
// complete (QSaveFile / libzip's rename), so a cancel or an error leaves no
// file behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(tp::exchange::Exporter)

public:
    static ExportResult run(QSqlDatabase db, const ExportOptions& options, Progress* progress = nullptr);

    static ExportPreview preview(QSqlDatabase db, const ExportOptions& options, QString* error);

    // TheProgram_Export_2026-11-26.json, TheProgram_Client_Muller_Anna_2026-11-26.zip, …
    static QString suggestedFileName(QSqlDatabase db, const ExportOptions& options, const QDate& day);

    // Checks an export file against its own header/manifest: it parses
    // completely, every table has the announced number of rows and (CSV)
    // every file its SHA-256. Empty string when it does; the problem otherwise.
    static QString verify(const QString& path);
};

} // namespace tp::exchange
