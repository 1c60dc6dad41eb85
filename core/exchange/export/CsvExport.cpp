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

QString csvText(const Column& c, const QVariant& v)
{
    if (v.isNull())
        return {};
    if (c.kind == ColumnKind::Real) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok)
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (c.kind == ColumnKind::Boolean) {
        const QString s = v.toString().toLower();
        return (s == QLatin1String("1") || s == QLatin1String("true")) ? QStringLiteral("1")
                                                                       : QStringLiteral("0");
    }
    if (c.kind == ColumnKind::Integer)
        return v.toString();
    QString s = v.toString();
    if (s.isNull())
        s = QStringLiteral("");
    return formats::formula::guard(s); // text: never run by a spreadsheet
}

} // namespace

bool writeCsvTable(QIODevice* out, const TablePlan& plan, Context& ctx, qint64 rowLimit, crypto::Sha256* hash,
                   qint64* rows, QString* error)
{
    formats::CsvWriter csv(out);
    csv.setHash(hash);
    QStringList header;
    for (const Column* c : plan.columns)
        header << c->name;
    if (!csv.writeBom() || !csv.writeRecord(header)) {
        *error = csv.errorString();
        return false;
    }
    RowCursor cursor(ctx, plan);
    if (!cursor.ok()) {
        *error = Exporter::tr("The table %1 cannot be read: %2").arg(plan.table->name, cursor.error());
        return false;
    }
    QVariantList values;
    QStringList fields;
    *rows = 0;
    while ((rowLimit < 0 || *rows < rowLimit) && cursor.next(values)) {
        fields.clear();
        for (int i = 0; i < plan.columns.size(); ++i)
            fields << csvText(*plan.columns.at(i), values.at(i));
        if (!csv.writeRecord(fields)) {
            *error = files::writeFailure(ctx.options.outputPath, csv.errorString());
            return false;
        }
        ++*rows;
        if (!ctx.tick())
            return false;
    }
    return true;
}

// chart_data flattened for spreadsheets: one row per body and per house cusp.
namespace {

bool writeChartPositions(QIODevice* out, const QString& chartData, crypto::Sha256* hash, qint64* rows,
                         QString* error)
{
    formats::CsvWriter csv(out);
    csv.setHash(hash);
    if (!csv.writeBom()
        || !csv.writeRecord({ QStringLiteral("name"), QStringLiteral("longitude"), QStringLiteral("sign"),
                              QStringLiteral("degree"), QStringLiteral("minute"), QStringLiteral("house"),
                              QStringLiteral("retrograde") })) {
        *error = csv.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(chartData.toUtf8()).object();
    const QJsonObject planets = root.value(QLatin1String("planets")).toObject();
    *rows = 0;
    const auto number = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest) : QString();
    };
    for (auto it = planets.begin(); it != planets.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (!csv.writeRecord(
                { it.key(), number(p.value(QLatin1String("longitude"))),
                  p.value(QLatin1String("sign")).toString(), number(p.value(QLatin1String("degree"))),
                  number(p.value(QLatin1String("minute"))), number(p.value(QLatin1String("house"))),
                  p.value(QLatin1String("retrograde")).toBool() ? QStringLiteral("1")
                                                                : QStringLiteral("0") }))
            return false;
        ++*rows;
    }
    const QJsonArray houses = root.value(QLatin1String("houses")).toArray();
    for (const QJsonValue& hv : houses) {
        const QJsonObject h = hv.toObject();
        const QString n = number(h.value(QLatin1String("number")));
        if (!csv.writeRecord({ QStringLiteral("house_") + n, number(h.value(QLatin1String("cusp"))),
                               h.value(QLatin1String("sign")).toString(),
                               number(h.value(QLatin1String("degree"))),
                               number(h.value(QLatin1String("minute"))), n, QString() }))
            return false;
        ++*rows;
    }
    return true;
}

} // namespace

bool writeCsvBundle(const QString& path, Context& ctx, QString* error)
{
    const QFileInfo target(path);
    // Personal data in plain CSV: an owner-only folder, removed whatever happens (by the next export if this
    // one is killed).
    files::TempFolder work(target.absolutePath(), QStringLiteral("export"));
    if (!work.isValid()) {
        *error = work.errorString();
        return false;
    }
    QList<formats::ZipWriter::Entry> entries;
    QJsonArray files;
    const auto addFile = [&](const QString& name, const QString& table, qint64 rows, crypto::Sha256& hash,
                             qint64 bytes) {
        entries << formats::ZipWriter::Entry{ name, work.filePath(name) };
        files.append(QJsonObject{ { QStringLiteral("name"), name },
                                  { QStringLiteral("table"), table },
                                  { QStringLiteral("rows"), rows },
                                  { QStringLiteral("bytes"), bytes },
                                  { QStringLiteral("sha256"), QString::fromLatin1(hash.hexResult()) } });
    };
    for (const TablePlan& plan : std::as_const(ctx.plans)) {
        const QString name = plan.table->name + QStringLiteral(".csv");
        QFile file(work.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = files::writeFailure(path, file.errorString());
            return false;
        }
        crypto::Sha256 hash;
        qint64 rows = 0;
        if (!writeCsvTable(&file, plan, ctx, -1, &hash, &rows, error) || !file.flush()) {
            if (file.error() != QFileDevice::NoError)
                *error = files::writeFailure(path, file.errorString());
            return false;
        }
        file.close();
        ctx.written.insert(plan.table->name, rows);
        addFile(name, plan.table->name, rows, hash, QFileInfo(file).size());
    }
    if (ctx.options.scope == ExportScope::Chart && ctx.options.ids.size() == 1) {
        QSqlQuery q(ctx.db);
        q.prepare(QStringLiteral("SELECT chart_data FROM charts WHERE id = ?"));
        q.addBindValue(ctx.options.ids.first());
        if (q.exec() && q.next()) {
            QFile file(work.filePath(QStringLiteral("chart_positions.csv")));
            crypto::Sha256 hash;
            qint64 rows = 0;
            if (!file.open(QIODevice::WriteOnly)
                || !writeChartPositions(&file, q.value(0).toString(), &hash, &rows, error) || !file.flush()) {
                *error = files::writeFailure(path, file.errorString());
                return false;
            }
            file.close();
            addFile(QStringLiteral("chart_positions.csv"), QString(), rows, hash, QFileInfo(file).size());
        }
    }
    QJsonObject manifest = headerObject(ctx);
    manifest.insert(QStringLiteral("csv_formula_protection"), formats::formula::protectionName());
    manifest.insert(QStringLiteral("files"), files);
    {
        QSaveFile file(work.filePath(QStringLiteral("manifest.json")));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !file.flush()
            || !file.commit()) {
            *error = Exporter::tr("The manifest cannot be written: %1")
                         .arg(files::writeFailure(path, file.errorString()));
            return false;
        }
    }
    entries.prepend(formats::ZipWriter::Entry{ QStringLiteral("manifest.json"),
                                               work.filePath(QStringLiteral("manifest.json")) });
    if (ctx.canceled)
        return false;
    return formats::ZipWriter::write(
        path, entries, formats::zlibLevel(ctx.options.level), [&ctx]() { return ctx.progress->isCanceled(); },
        error);
}

} // namespace tp::exchange::exporter
