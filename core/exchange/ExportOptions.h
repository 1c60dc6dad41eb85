#pragma once

#include "formats/GzipDevice.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tp::exchange {

enum class ExportScope { Full, Client, Chart, Selective };
enum class ExportFormat { Json, CsvBundle };
enum class DateField { CreatedAt, BirthDate };

struct ExportOptions
{
    ExportScope scope = ExportScope::Full;
    QStringList ids; // client ids (Client, Selective) or chart ids (Chart)
    QDate from; // Selective: inclusive range on dateField
    QDate to;
    DateField dateField = DateField::CreatedAt;
    QString chartType; // Selective: only charts of this type
    QString astroSystem; // Selective: only charts of this system

    ExportFormat format = ExportFormat::Json;
    bool pretty = false;
    bool gzip = false;
    formats::CompressionLevel level = formats::CompressionLevel::Default;
    bool anonymize = false;
    bool coarsenPlaces = false; // with anonymize: city dropped, coordinates to 1°
    QMap<QString, QSet<QString>> excludedFields; // table -> columns
    bool includeInterpretations = true;
    bool verify = true;

    QString outputPath;
};

struct ExportResult
{
    bool ok = false;
    bool canceled = false;
    QString error;
    QString outputPath;
    QMap<QString, qint64> counts; // table -> rows written
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool verified = false;
    QStringList warnings;
};

QString scopeName(ExportScope scope);
QString formatName(ExportFormat format);

// "clients.email,clients.phone" -> {clients: {email, phone}}; false and a
// message naming the bad entry when a table or column is unknown or may not
// be left out (ids and foreign keys keep the file re-importable).
bool parseExcludedFields(const QString& list, QMap<QString, QSet<QString>>* out, QString* error);

} // namespace tp::exchange
