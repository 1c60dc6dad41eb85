#include "crypto/Sha256.h"
#include "ExportRun.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "formats/ZipArchive.h"
#include "util/AppInfo.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <cmath>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/writer.h>

namespace tp::exchange::exporter {

namespace {

template <typename W> void writeString(W& w, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    w.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

template <typename W> void writeValue(W& w, const Column& c, const QVariant& v, Context& ctx)
{
    if (v.isNull()) {
        w.Null();
        return;
    }
    bool ok = false;
    switch (c.kind) {
    case ColumnKind::Integer:
    case ColumnKind::SingletonId: {
        const qlonglong n = v.toLongLong(&ok);
        ok ? w.Int64(n) : (writeString(w, v.toString()), true);
        return;
    }
    case ColumnKind::Boolean: {
        const QString s = v.toString().toLower();
        w.Bool(s == QLatin1String("1") || s == QLatin1String("true"));
        return;
    }
    case ColumnKind::Real: {
        const double d = v.toDouble(&ok);
        if (ok && std::isfinite(d))
            w.Double(d);
        else
            writeString(w, v.toString());
        return;
    }
    case ColumnKind::Json: {
        // Numbers as stored: the export holds the very digits in the database,
        // so an import gives back the same bytes.
        const QByteArray utf8 = v.toString().toUtf8();
        if (!formats::writeJsonText(w, utf8.constData(), std::size_t(utf8.size()))) {
            if (ctx.warnings.size() < 100)
                ctx.warnings
                    << Exporter::tr("A %1 value is not valid JSON and was exported as text.").arg(c.name);
            writeString(w, v.toString());
        }
        return;
    }
    default:
        writeString(w, v.toString());
        return;
    }
}

QJsonObject scopeObject(const ExportOptions& o)
{
    QJsonObject scope{ { QStringLiteral("type"), scopeName(o.scope) } };
    if (!o.ids.isEmpty())
        scope.insert(o.scope == ExportScope::Chart ? QStringLiteral("chart_ids")
                                                   : QStringLiteral("client_ids"),
                     QJsonArray::fromStringList(o.ids));
    if (o.scope == ExportScope::Selective) {
        if (o.from.isValid() || o.to.isValid()) {
            scope.insert(QStringLiteral("date_field"),
                         o.dateField == DateField::CreatedAt ? QStringLiteral("created_at")
                                                             : QStringLiteral("birth_date"));
            if (o.from.isValid())
                scope.insert(QStringLiteral("from"), o.from.toString(Qt::ISODate));
            if (o.to.isValid())
                scope.insert(QStringLiteral("to"), o.to.toString(Qt::ISODate));
        }
        if (!o.chartType.isEmpty())
            scope.insert(QStringLiteral("chart_type"), o.chartType);
        if (!o.astroSystem.isEmpty())
            scope.insert(QStringLiteral("astro_system"), o.astroSystem);
    }
    return scope;
}

QJsonObject optionsObject(const ExportOptions& o)
{
    QJsonObject excluded;
    for (auto it = o.excludedFields.cbegin(); it != o.excludedFields.cend(); ++it) {
        QStringList cols = it.value().values();
        cols.sort();
        excluded.insert(it.key(), QJsonArray::fromStringList(cols));
    }
    return QJsonObject{ { QStringLiteral("anonymized"), o.anonymize },
                        { QStringLiteral("coarsened_places"), o.anonymize && o.coarsenPlaces },
                        { QStringLiteral("interpretations"), o.includeInterpretations },
                        { QStringLiteral("excluded_fields"), excluded },
                        { QStringLiteral("secret_fields_omitted"),
                          QJsonArray{ QStringLiteral("app_config.password_hash") } } };
}

// The header every file of the format starts with (JSON document, CSV manifest).
} // namespace

QJsonObject headerObject(const Context& ctx)
{
    QJsonObject counts;
    for (const TablePlan& p : ctx.plans)
        counts.insert(p.table->name, p.count);
    return QJsonObject{ { QStringLiteral("format"), QLatin1String(kExportFormatName) },
                        { QStringLiteral("format_version"), QLatin1String(kExportFormatVersion) },
                        { QStringLiteral("schema_version"), TableRegistry::kSchemaVersion },
                        { QStringLiteral("app_version"), applicationVersion() },
                        { QStringLiteral("exported_at"), ctx.exportedAt },
                        { QStringLiteral("scope"), scopeObject(ctx.options) },
                        { QStringLiteral("options"), optionsObject(ctx.options) },
                        { QStringLiteral("counts"), counts } };
}

namespace {

template <typename W> void writeQJson(W& w, const QJsonValue& v)
{
    const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.constData(), text.size());
    doc.Accept(w);
}

template <typename W> bool writeJsonDocument(W& w, Context& ctx, qint64 rowLimit, QString* error)
{
    const QJsonObject header = headerObject(ctx);
    w.StartObject();
    // Header fields in a fixed, readable order.
    for (const char* key : { "format", "format_version", "schema_version", "app_version", "exported_at",
                             "scope", "options", "counts" }) {
        w.Key(key);
        const QJsonValue v = header.value(QLatin1String(key));
        if (v.isString())
            writeString(w, v.toString());
        else if (v.isDouble())
            w.Int64(v.toInteger());
        else
            writeQJson(w, v);
    }
    w.Key("tables");
    w.StartObject();
    QVariantList values;
    for (const TablePlan& plan : std::as_const(ctx.plans)) {
        const QByteArray name = plan.table->name.toUtf8();
        w.Key(name.constData(), rapidjson::SizeType(name.size()));
        w.StartArray();
        RowCursor cursor(ctx, plan);
        if (!cursor.ok()) {
            *error = Exporter::tr("The table %1 cannot be read: %2").arg(plan.table->name, cursor.error());
            return false;
        }
        qint64 rows = 0;
        QList<QByteArray> keys;
        for (const Column* c : plan.columns)
            keys << c->name.toUtf8();
        while ((rowLimit < 0 || rows < rowLimit) && cursor.next(values)) {
            w.StartObject();
            for (int i = 0; i < plan.columns.size(); ++i) {
                w.Key(keys.at(i).constData(), rapidjson::SizeType(keys.at(i).size()));
                writeValue(w, *plan.columns.at(i), values.at(i), ctx);
            }
            w.EndObject();
            ++rows;
            if (!ctx.tick())
                return false;
        }
        ctx.written.insert(plan.table->name, rows);
        w.EndArray();
    }
    w.EndObject();
    w.EndObject();
    return true;
}

} // namespace

bool writeJson(QIODevice* out, Context& ctx, qint64 rowLimit, QString* error)
{
    formats::JsonDeviceStream stream(out);
    bool ok;
    if (ctx.options.pretty) {
        rapidjson::PrettyWriter<formats::JsonDeviceStream> w(stream);
        w.SetIndent(' ', 2);
        ok = writeJsonDocument(w, ctx, rowLimit, error);
    } else {
        rapidjson::Writer<formats::JsonDeviceStream> w(stream);
        ok = writeJsonDocument(w, ctx, rowLimit, error);
    }
    if (ok)
        stream.Put('\n');
    stream.Flush();
    if (stream.failed()) {
        *error = files::writeFailure(ctx.options.outputPath, out->errorString());
        return false;
    }
    return ok;
}

} // namespace tp::exchange::exporter
