#include "ConvertSupport.h"
#include "exchange/Exporter.h"
#include "exchange/InputLimits.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <rapidjson/document.h>

namespace tp::exchange::convert {

ConvertResult zipToFolder(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    formats::ZipReader zip(options.input);
    if (!zip.isOpen()) {
        result.error = zip.errorString();
        return result;
    }
    if (!QDir().mkpath(options.output)) {
        result.error
            = Converter::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.output));
        return result;
    }
    for (const QString& name : zip.entryNames()) {
        if (name.contains(QLatin1String("..")) || name.startsWith(QLatin1Char('/'))
            || name.endsWith(QLatin1Char('/')))
            continue; // never write outside the folder
        std::unique_ptr<QIODevice> src(zip.openEntry(name));
        QSaveFile dst(QDir(options.output).filePath(name));
        if (!src || !dst.open(QIODevice::WriteOnly)) {
            result.error = src ? dst.errorString() : zip.errorString();
            return result;
        }
        while (true) {
            const QByteArray chunk = src->read(256 * 1024);
            if (chunk.isEmpty() || dst.write(chunk) != chunk.size())
                break;
        }
        if (!dst.flush() || !dst.commit()) {
            result.error = files::writeFailure(dst.fileName(), dst.errorString());
            dst.cancelWriting();
            return result;
        }
    }
    result.ok = true;
    return result;
}

ConvertResult folderToZip(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    QList<formats::ZipWriter::Entry> entries;
    const QDir dir(options.input);
    if (dir.exists(QStringLiteral("manifest.json")))
        entries << formats::ZipWriter::Entry{ QStringLiteral("manifest.json"),
                                              dir.filePath(QStringLiteral("manifest.json")) };
    for (const QString& name : dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
        entries << formats::ZipWriter::Entry{ name, dir.filePath(name) };
    if (entries.isEmpty()) {
        result.error = Converter::tr("%1 holds no CSV files.").arg(QDir::toNativeSeparators(options.input));
        return result;
    }
    result.ok = formats::ZipWriter::write(
        options.output, entries, formats::zlibLevel(options.level),
        [progress] { return progress->isCanceled(); }, &result.error);
    return result;
}

ConvertResult bundleToJson(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    BundleSource bundle(options.input);
    if (!bundle.ok()) {
        result.error = bundle.error();
        return result;
    }
    QJsonObject manifest;
    if (std::unique_ptr<QIODevice> m{ bundle.open(QStringLiteral("manifest.json")) })
        manifest = QJsonDocument::fromJson(m->readAll()).object();
    // Tables in the manifest's order, else the registry's.
    QList<QPair<QString, QString>> files; // file, table
    for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray()) {
        const QString table = f.toObject().value(QLatin1String("table")).toString();
        if (!table.isEmpty())
            files << qMakePair(f.toObject().value(QLatin1String("name")).toString(), table);
    }
    if (files.isEmpty()) {
        const QStringList names = bundle.csvNames();
        for (const QString& t : db::TableRegistry::instance().tableNames()) {
            if (names.contains(t + QStringLiteral(".csv")))
                files << qMakePair(t + QStringLiteral(".csv"), t);
        }
        if (files.isEmpty()) { // an empty export would be no conversion
            result.error = names.isEmpty()
                ? Converter::tr("%1 holds no CSV files.").arg(QDir::toNativeSeparators(options.input))
                : Converter::tr("%1 holds no CSV file named after a table of the practice (clients.csv, "
                                "birth_data.csv, charts.csv, …), and no manifest.json says which table "
                                "each file is. Nothing was written.")
                      .arg(QDir::toNativeSeparators(options.input));
            return result;
        }
    }
    const bool ok = writeJsonFile(
        options.output, outGzip, options.pretty, options.level, progress, &result.error, [&](auto& w) {
            w.StartObject();
            const QJsonObject header = manifest.isEmpty()
                ? QJsonObject{ { QStringLiteral("format"), QLatin1String(kExportFormatName) },
                               { QStringLiteral("format_version"), QLatin1String(kExportFormatVersion) } }
                : manifest;
            for (const char* key : { "format", "format_version", "schema_version", "app_version",
                                     "exported_at", "scope", "options", "counts" }) {
                if (!header.contains(QLatin1String(key)))
                    continue;
                w.Key(key);
                const QJsonValue v = header.value(QLatin1String(key));
                const QByteArray text = v.isObject()
                    ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
                rapidjson::Document d;
                d.Parse<rapidjson::kParseFullPrecisionFlag>(text.constData(), text.size());
                d.Accept(w);
            }
            w.Key("tables");
            w.StartObject();
            for (const auto& [name, table] : std::as_const(files)) {
                std::unique_ptr<QIODevice> raw(bundle.open(name));
                if (!raw) {
                    result.error = Converter::tr("%1 is missing from the bundle.").arg(name);
                    return false;
                }
                formats::Utf8Reader utf8(raw.get(), formats::detectCharset(raw->peek(1 << 16)));
                formats::CsvReader csv(&utf8);
                csv.setLimits(limits::kMaxValueBytes, limits::kMaxRowBytes);
                QStringList columns;
                if (!csv.readRecord(&columns)) {
                    result.error = Converter::tr("%1 has no header row.").arg(name);
                    return false;
                }
                const db::Table* t = db::TableRegistry::instance().table(table);
                QList<const db::Column*> typed;
                QList<QByteArray> keys;
                for (const QString& c : std::as_const(columns)) {
                    typed << (t ? t->column(c) : nullptr);
                    keys << c.toUtf8();
                }
                const bool guarded = manifest.value(QLatin1String("csv_formula_protection")).toString()
                    == formats::formula::protectionName();
                const QByteArray tableKey = table.toUtf8();
                w.Key(tableKey.constData(), rapidjson::SizeType(tableKey.size()));
                w.StartArray();
                QStringList record;
                while (csv.readRecord(&record)) {
                    if (record.size() != columns.size()) {
                        result.error = Converter::tr("%1, line %2: %3 fields where the header has %4.")
                                           .arg(name)
                                           .arg(csv.recordStartLine())
                                           .arg(record.size())
                                           .arg(columns.size());
                        return false;
                    }
                    if (!csv.invalidUtf8Fields().isEmpty()) {
                        result.error = invalidText(name, csv.recordStartLine(),
                                                   columns.at(csv.invalidUtf8Fields().first()));
                        return false;
                    }
                    w.StartObject();
                    for (int i = 0; i < columns.size(); ++i) {
                        w.Key(keys.at(i).constData(), rapidjson::SizeType(keys.at(i).size()));
                        const db::Column* c = typed.at(i);
                        const bool numeric = c && c->isNumeric();
                        writeTyped(w, c,
                                   guarded && !numeric ? formats::formula::unguard(record.at(i))
                                                       : record.at(i),
                                   &result.warnings);
                    }
                    w.EndObject();
                    if ((++result.rows & 1023) == 0) {
                        progress->report(result.rows, 0, QString());
                        if (progress->isCanceled()) {
                            result.error = Converter::tr("Cancelled; nothing was written.");
                            return false;
                        }
                    }
                }
                if (csv.hasError()) {
                    result.error = name + QStringLiteral(": ") + csv.errorString();
                    return false;
                }
                w.EndArray();
            }
            w.EndObject();
            w.EndObject();
            return true;
        });
    result.ok = ok;
    return result;
}

} // namespace tp::exchange::convert
