#include "ConvertSupport.h"
#include "exchange/InputLimits.h"
#include "formats/Csv.h"

namespace tp::exchange::convert {

ConvertResult regzip(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    QFile src(options.input);
    src.open(QIODevice::ReadOnly);
    QSaveFile dst(options.output);
    if (!dst.open(QIODevice::WriteOnly)) {
        result.error = files::writeFailure(options.output, dst.errorString());
        return result;
    }
    formats::GzipReader gzIn(&src);
    gzIn.setExpansionLimit(limits::kMaxExpansion, limits::kExpansionGrace, limits::kMaxExpanded);
    formats::GzipWriter gzOut(&dst, options.level);
    QIODevice* reader = &src;
    QIODevice* writer = &dst;
    if (in == Kind::Gzip) {
        gzIn.open(QIODevice::ReadOnly);
        reader = &gzIn;
    } else {
        gzOut.open(QIODevice::WriteOnly);
        writer = &gzOut;
    }
    bool written = true;
    for (;;) {
        const QByteArray chunk = reader->read(256 * 1024);
        if (chunk.isEmpty())
            break;
        if (writer->write(chunk) != chunk.size()) {
            written = false;
            break;
        }
    }
    if (writer == &gzOut) {
        gzOut.close();
        written = written && !gzOut.hasFailed();
    }
    if (reader == &gzIn && !gzIn.atEnd()) {
        dst.cancelWriting();
        result.error = gzIn.errorString();
        return result;
    }
    if (!written || !dst.flush() || !dst.commit()) {
        result.error = files::writeFailure(
            options.output, dst.error() != QFileDevice::NoError ? dst.errorString() : gzOut.errorString());
        dst.cancelWriting();
        return result;
    }
    result.ok = true;
    return result;
}

ConvertResult csvToJson(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    const db::Table* schema = nullptr;
    if (!options.schemaTable.isEmpty()) {
        schema = db::TableRegistry::instance().table(options.schemaTable);
        if (!schema) {
            result.error
                = Converter::tr("There is no table called %1 (for --schema).").arg(options.schemaTable);
            return result;
        }
    }
    QStringList columns;
    QList<Inferred> types;
    {
        // First pass: the header, and (without --schema) each column's type.
        TextInput text;
        if (!openText(options.input, &text, &result.warnings, &result.error))
            return result;
        formats::CsvReader csv(text.device);
        csv.setLimits(limits::kMaxValueBytes, limits::kMaxRowBytes);
        if (!csv.readRecord(&columns)) {
            result.error = Converter::tr("%1 is empty: it has no header row.").arg(inputInfo.fileName());
            return result;
        }
        types = QList<Inferred>(columns.size(), Inferred::Unknown);
        QStringList record;
        while (!schema && csv.readRecord(&record)) {
            for (int i = 0; i < qMin(record.size(), columns.size()); ++i)
                types[i] = widen(types[i], record.at(i));
        }
        if (csv.hasError()) {
            result.error = inputInfo.fileName() + QStringLiteral(": ") + csv.errorString();
            return result;
        }
    }
    TextInput text;
    if (!openText(options.input, &text, &result.warnings, &result.error))
        return result;
    formats::CsvReader csv(text.device);
    csv.setLimits(limits::kMaxValueBytes, limits::kMaxRowBytes);
    QStringList record;
    csv.readRecord(&record);
    QList<QByteArray> keys;
    for (const QString& c : std::as_const(columns))
        keys << c.toUtf8();
    result.ok = writeJsonFile(
        options.output, outGzip, options.pretty, options.level, progress, &result.error, [&](auto& w) {
            w.StartArray();
            while (csv.readRecord(&record)) {
                if (record.size() != columns.size()) {
                    result.error = Converter::tr("%1, line %2: %3 fields where the header has %4.")
                                       .arg(inputInfo.fileName())
                                       .arg(csv.recordStartLine())
                                       .arg(record.size())
                                       .arg(columns.size());
                    return false;
                }
                if (!csv.invalidUtf8Fields().isEmpty()) {
                    result.error = invalidText(inputInfo.fileName(), csv.recordStartLine(),
                                               columns.at(csv.invalidUtf8Fields().first()));
                    return false;
                }
                w.StartObject();
                for (int i = 0; i < columns.size(); ++i) {
                    w.Key(keys.at(i).constData(), rapidjson::SizeType(keys.at(i).size()));
                    if (schema)
                        writeTyped(w, schema->column(columns.at(i)), record.at(i), &result.warnings);
                    else
                        writeInferred(w, types.at(i), record.at(i));
                }
                w.EndObject();
                if ((++result.rows & 1023) == 0) {
                    progress->report(result.rows, 0, QString());
                    if (progress->isCanceled())
                        break; // writeJsonFile says so and keeps nothing
                }
            }
            w.EndArray();
            if (csv.hasError()) {
                result.error = inputInfo.fileName() + QStringLiteral(": ") + csv.errorString();
                return false;
            }
            return true;
        });
    return result;
}

} // namespace tp::exchange::convert
