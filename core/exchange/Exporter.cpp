#include "Exporter.h"

#include "Anonymizer.h"
#include "db/TableRegistry.h"
#include "export/ExportRun.h"
#include "ExportSelection.h"
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
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/writer.h>

Q_LOGGING_CATEGORY(lcExport, "theprogram.export", QtWarningMsg)
namespace tp::exchange {

using db::TableRegistry;
using namespace exporter;

namespace {

bool buildPlans(Context& ctx, ExportSelection& selection, QString* error)
{
    const TableRegistry& registry = TableRegistry::instance();
    for (const QString& name : selection.tables()) {
        const Table* table = registry.table(name);
        TablePlan plan;
        plan.table = table;
        QStringList names;
        for (const Column& c : table->columns) {
            if (c.secret || ctx.options.excludedFields.value(name).contains(c.name))
                continue;
            plan.columns << &c;
            names << c.name;
        }
        plan.count = selection.count(name);
        if (plan.count < 0) {
            *error = Exporter::tr("The table %1 cannot be read.").arg(name);
            return false;
        }
        const QString where = selection.whereClause(name);
        plan.select = QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
            + name + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
            + QStringLiteral(" ORDER BY rowid");
        ctx.total += plan.count;
        ctx.plans << plan;
    }
    return true;
}

// Reads a plan's rows one at a time; values already anonymised.
QString asciiName(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
                 && !out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

} // namespace

QString scopeName(ExportScope scope)
{
    switch (scope) {
    case ExportScope::Full:
        return QStringLiteral("full");
    case ExportScope::Client:
        return QStringLiteral("client");
    case ExportScope::Chart:
        return QStringLiteral("chart");
    case ExportScope::Selective:
        return QStringLiteral("selective");
    }
    return {};
}

QString formatName(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

bool parseExcludedFields(const QString& list, QMap<QString, QSet<QString>>* out, QString* error)
{
    for (const QString& entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = entry.trimmed();
        const QStringList parts = item.split(QLatin1Char('.'));
        const Table* table = parts.size() == 2 ? TableRegistry::instance().table(parts.at(0)) : nullptr;
        const Column* column = table ? table->column(parts.at(1)) : nullptr;
        if (!column) {
            *error
                = Exporter::tr("'%1' is not a field: write table.column, such as clients.email.").arg(item);
            return false;
        }
        if (column->isPrimaryKey() || column->foreignKey) {
            *error = Exporter::tr(
                         "'%1' cannot be left out: ids and links between tables keep the file re-importable.")
                         .arg(item);
            return false;
        }
        (*out)[parts.at(0)].insert(parts.at(1));
    }
    return true;
}

ExportResult Exporter::run(QSqlDatabase db, const ExportOptions& options, Progress* progress)
{
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    NoProgress noProgress;
    Context ctx(options);
    ctx.db = db;
    ctx.progress = progress ? progress : &noProgress;
    ctx.exportedAt = timestamp::now();
    result.outputPath = options.outputPath;

    if (options.outputPath.isEmpty()) {
        result.error = tr("No output file was given.");
        return result;
    }
    if ((options.scope == ExportScope::Client || options.scope == ExportScope::Chart)
        && options.ids.isEmpty()) {
        result.error = options.scope == ExportScope::Client ? tr("Choose the client to export.")
                                                            : tr("Choose the chart to export.");
        return result;
    }

    // One read transaction: every table comes from the same moment.
    if (!db.transaction()) {
        result.error = tr("The database cannot be read: %1").arg(db.lastError().text());
        return result;
    }
    const auto finish = [&]() {
        db.rollback();
        result.elapsedMs = timer.elapsed();
        return result;
    };
    QString error;
    ExportSelection selection(db, options);
    if (!selection.prepare(&error) || !ctx.anonymizer.prepare(db, &error)
        || !buildPlans(ctx, selection, &error)) {
        result.error = tr("The export could not be prepared: %1").arg(error);
        return finish();
    }
    if (options.scope == ExportScope::Client || options.scope == ExportScope::Chart) {
        const QString table
            = options.scope == ExportScope::Client ? QStringLiteral("clients") : QStringLiteral("charts");
        if (selection.count(table) != options.ids.size()) {
            result.error = options.scope == ExportScope::Client
                ? tr("The client to export does not exist (any more).")
                : tr("The chart to export does not exist (any more).");
            return finish();
        }
    }
    ctx.progress->report(0, ctx.total, tr("Exporting…"));

    bool ok = false;
    if (options.format == ExportFormat::Json) {
        QSaveFile file(options.outputPath);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = files::writeFailure(options.outputPath, file.errorString());
            return finish();
        }
        if (options.gzip) {
            formats::GzipWriter gzip(&file, options.level);
            ok = gzip.open(QIODevice::WriteOnly) && writeJson(&gzip, ctx, -1, &error);
            gzip.close();
            if (ok && gzip.hasFailed()) {
                ok = false;
                error = gzip.errorString();
            }
        } else {
            ok = writeJson(&file, ctx, -1, &error);
        }
        if (ok && !ctx.canceled)
            ok = file.flush() && file.commit(); // flush() keeps the system's words, commit() loses them
        if (!ok && !ctx.canceled && file.error() != QFileDevice::NoError)
            error
                = files::writeFailure(options.outputPath, file.errorString()); // before the partial file goes
        if (!ok || ctx.canceled)
            file.cancelWriting();
    } else {
        ok = writeCsvBundle(options.outputPath, ctx, &error);
    }

    if (ctx.canceled || ctx.progress->isCanceled()) {
        result.canceled = true;
        result.error = tr("Export cancelled; no file was written.");
        return finish();
    }
    if (!ok) {
        result.error = tr("The export failed: %1").arg(error);
        return finish();
    }
    result.counts = ctx.written;
    result.warnings = ctx.warnings;
    result.bytes = QFileInfo(options.outputPath).size();
    db.rollback();
    if (options.verify) {
        const QString problem = verify(options.outputPath);
        if (!problem.isEmpty()) {
            result.error = tr("The written file does not check out: %1").arg(problem);
            result.elapsedMs = timer.elapsed();
            return result;
        }
        for (const TablePlan& plan : std::as_const(ctx.plans)) {
            if (ctx.written.value(plan.table->name) != plan.count) {
                result.error = tr("%1: %2 rows were announced but %3 written.")
                                   .arg(plan.table->name)
                                   .arg(plan.count)
                                   .arg(ctx.written.value(plan.table->name));
                result.elapsedMs = timer.elapsed();
                return result;
            }
        }
        result.verified = true;
    }
    ctx.progress->report(ctx.total, ctx.total, tr("Done"));
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

ExportPreview Exporter::preview(QSqlDatabase db, const ExportOptions& options, QString* error)
{
    ExportPreview preview;
    NoProgress none;
    Context ctx(options);
    ctx.db = db;
    ctx.progress = &none;
    ctx.exportedAt = timestamp::now();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return preview;
    }
    ExportSelection selection(db, options);
    if (!selection.prepare(error) || !ctx.anonymizer.prepare(db, error)
        || !buildPlans(ctx, selection, error)) {
        db.rollback();
        return preview;
    }
    for (const TablePlan& plan : std::as_const(ctx.plans)) {
        preview.tables << plan.table->name;
        preview.counts.insert(plan.table->name, plan.count);
    }
    // A sample of each table, written as the export would write it, gives
    // both the preview text and the size estimate.
    constexpr qint64 kSample = 20;
    if (options.format == ExportFormat::Json) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeJson(&buffer, ctx, 3, error);
        preview.sample = QString::fromUtf8(buffer.data()).section(QLatin1Char('\n'), 0, 49);
    }
    for (const TablePlan& plan : std::as_const(ctx.plans)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        writeCsvTable(&buffer, plan, ctx, options.format == ExportFormat::Json ? kSample : 10, nullptr, &rows,
                      error);
        if (options.format == ExportFormat::CsvBundle)
            preview.sample += QStringLiteral("── ") + plan.table->name + QStringLiteral(".csv ──\n")
                + QString::fromUtf8(buffer.data()).remove(QChar(0xFEFF)) + QLatin1Char('\n');
        if (rows > 0) {
            const double perRow = double(buffer.size()) / double(rows);
            preview.estimatedBytes
                += qint64(perRow * double(plan.count) * (options.format == ExportFormat::Json ? 1.35 : 1.0));
        }
    }
    if (options.gzip || options.format == ExportFormat::CsvBundle)
        preview.estimatedBytes /= 4; // deflate typically shrinks this text to a quarter
    db.rollback();
    return preview;
}

QString Exporter::suggestedFileName(QSqlDatabase db, const ExportOptions& options, const QDate& day)
{
    const QString date = day.toString(Qt::ISODate);
    const QString extension = options.format == ExportFormat::CsvBundle ? QStringLiteral(".zip")
        : options.gzip                                                  ? QStringLiteral(".json.gz")
                                                                        : QStringLiteral(".json");
    QString middle = options.scope == ExportScope::Client ? QStringLiteral("Client")
        : options.scope == ExportScope::Chart             ? QStringLiteral("Chart")
        : options.scope == ExportScope::Selective         ? QStringLiteral("Selection")
                                                          : QStringLiteral("Export");
    if (options.scope == ExportScope::Client && options.ids.size() == 1 && !options.anonymize) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT last_name, first_name FROM clients WHERE id = ?"));
        q.addBindValue(options.ids.first());
        if (q.exec() && q.next())
            middle = QStringLiteral("Client_")
                + asciiName(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    } else if (options.scope == ExportScope::Chart && options.ids.size() == 1 && !options.anonymize) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT c.last_name, c.first_name, ch.chart_type FROM charts ch LEFT JOIN "
                                 "clients c ON c.id = ch.client_id WHERE ch.id = ?"));
        q.addBindValue(options.ids.first());
        if (q.exec() && q.next())
            middle = QStringLiteral("Chart_")
                + asciiName(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                            + QLatin1Char(' ') + q.value(2).toString());
    }
    if (middle.endsWith(QLatin1Char('_')))
        middle.chop(1);
    return QStringLiteral("TheProgram_") + middle + QLatin1Char('_') + date + extension;
}

} // namespace tp::exchange
