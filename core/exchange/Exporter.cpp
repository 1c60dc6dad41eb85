#include "Exporter.h"

#include "Anonymizer.h"
#include "db/TableRegistry.h"
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

using db::Column;
using db::ColumnKind;
using db::Table;
using db::TableRegistry;

namespace {

struct TablePlan
{
    const Table* table = nullptr;
    QList<const Column*> columns;
    qint64 count = 0;
    QString select;
};

// Everything one export run needs, built once.
struct Context
{
    QSqlDatabase db;
    ExportOptions options;
    QList<TablePlan> plans;
    Anonymizer anonymizer;
    Progress* progress = nullptr;
    qint64 total = 0;
    qint64 done = 0;
    QMap<QString, qint64> written;
    QStringList warnings;
    QString exportedAt;
    bool canceled = false;

    explicit Context(const ExportOptions& o)
        : options(o)
        , anonymizer(o)
    {
    }

    bool tick()
    {
        ++done;
        if ((done & 255) == 0) {
            progress->report(done, total, QString());
            if (progress->isCanceled())
                canceled = true;
        }
        return !canceled;
    }
};

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
class RowCursor
{
public:
    RowCursor(Context& ctx, const TablePlan& plan)
        : m_ctx(ctx)
        , m_plan(plan)
        , m_query(ctx.db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(plan.select);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_query.lastError().text(); }
    bool next(QVariantList& values)
    {
        if (!m_query.next())
            return false;
        values.resize(m_plan.columns.size());
        for (int i = 0; i < m_plan.columns.size(); ++i)
            values[i] = m_query.value(i);
        m_ctx.anonymizer.apply(*m_plan.table, m_plan.columns, values);
        return true;
    }

private:
    Context& m_ctx;
    const TablePlan& m_plan;
    QSqlQuery m_query;
    bool m_ok = false;
};

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
