#include "ConvertSupport.h"
#include "exchange/Exporter.h"
#include "exchange/InputLimits.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"

#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>

namespace tp::exchange::convert {

namespace {

using db::ColumnKind;

// ── export JSON → CSV files ────────────────────────────────────────────────

class TableCsvFile
{
public:
    TableCsvFile(const QString& folder, const QString& table)
        : m_table(table)
        , m_file(QDir(folder).filePath(table + QStringLiteral(".csv")))
        , m_writer(&m_file)
    {
        m_ok = m_file.open(QIODevice::WriteOnly);
        m_writer.setHash(&m_hash);
    }
    bool ok() const { return m_ok; }
    QString error() const
    {
        return files::writeFailure(m_file.fileName(),
                                   m_writer.errorString().isEmpty() ? m_file.errorString()
                                                                    : m_writer.errorString());
    }
    bool flush() { return m_file.flush(); }

    bool writeHeader(const QStringList& columns)
    {
        m_columns = columns;
        return m_writer.writeBom() && m_writer.writeRecord(columns);
    }
    bool writeRow(const QHash<QString, QString>& values)
    {
        QStringList fields;
        fields.reserve(m_columns.size());
        for (const QString& c : std::as_const(m_columns))
            fields << values.value(c);
        ++m_rows;
        return m_writer.writeRecord(fields);
    }
    const QStringList& columns() const { return m_columns; }
    bool hasHeader() const { return !m_columns.isEmpty(); }
    QJsonObject finish()
    {
        m_file.close();
        return QJsonObject{ { QStringLiteral("name"), QString(m_table + QStringLiteral(".csv")) },
                            { QStringLiteral("table"), m_table },
                            { QStringLiteral("rows"), m_rows },
                            { QStringLiteral("bytes"), m_writer.bytesWritten() },
                            { QStringLiteral("sha256"), QString::fromLatin1(m_hash.hexResult()) } };
    }
    qint64 rows() const { return m_rows; }

private:
    QString m_table;
    QFile m_file;
    crypto::Sha256 m_hash;
    formats::CsvWriter m_writer;
    QStringList m_columns;
    qint64 m_rows = 0;
    bool m_ok = false;
};

QStringList registryColumns(const QString& table)
{
    QStringList out;
    if (const db::Table* t = db::TableRegistry::instance().table(table)) {
        for (const db::Column& c : t->columns) {
            if (!c.secret)
                out << c.name;
        }
    }
    return out;
}

// The manifest and the CSV files of `files` from `work` into `folder`, each
// replacing the file of that name whole.
bool moveInto(const QString& work, const QString& folder, const QJsonArray& files, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = Converter::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QStringList names{ QStringLiteral("manifest.json") };
    for (const QJsonValue& f : files)
        names << f.toObject().value(QLatin1String("name")).toString();
    for (const QString& name : std::as_const(names)) {
        QString why;
        if (!files::replace(QDir(work).filePath(name), QDir(folder).filePath(name), &why)) {
            *error = files::writeFailure(QDir(folder).filePath(name), why);
            return false;
        }
    }
    return true;
}

// SAX handler: header values are captured as JSON text; every row of
// "tables" becomes a CSV record; nested values become compact JSON text.
struct JsonToCsvHandler
{
    QString folder;
    Progress* progress = nullptr;
    QString error;
    bool canceled = false;

    int depth = 0; // 1 inside the root object
    QString topKey;
    QString table;
    QString column;
    std::unique_ptr<rapidjson::StringBuffer> captureBuffer;
    std::unique_ptr<rapidjson::Writer<rapidjson::StringBuffer>> capture;
    int captureDepth = 0;
    QJsonObject header;
    QHash<QString, QString> row;
    QStringList rowOrder;
    std::unique_ptr<TableCsvFile> file;
    QJsonArray files;
    qint64 rows = 0;

    bool inTables() const { return topKey == QLatin1String("tables"); }

    void beginCapture()
    {
        captureBuffer = std::make_unique<rapidjson::StringBuffer>();
        capture = std::make_unique<rapidjson::Writer<rapidjson::StringBuffer>>(*captureBuffer);
        captureDepth = 0;
    }
    bool endCapture()
    {
        const QString text
            = QString::fromUtf8(captureBuffer->GetString(), qsizetype(captureBuffer->GetSize()));
        capture.reset();
        captureBuffer.reset();
        if (depth == 1) { // a header value
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            header.insert(topKey, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        } else {
            setValue(text);
        }
        return true;
    }
    void setValue(const QString& text)
    {
        if (depth == 1) {
            header.insert(topKey, text);
            return;
        }
        row.insert(column, text);
        if (!rowOrder.contains(column))
            rowOrder << column;
    }
    bool finishTable()
    {
        if (!file)
            return true;
        if (!file->hasHeader()
            && !file->writeHeader(registryColumns(table).isEmpty() ? rowOrder : registryColumns(table)))
            return fail(file->error());
        if (!file->flush())
            return fail(file->error());
        files.append(file->finish());
        file.reset();
        return true;
    }
    bool fail(const QString& message)
    {
        error = message;
        return false;
    }
    bool scalarValue(const QString& text, bool isNull = false)
    {
        if (capture)
            return true;
        if (depth == 1) {
            header.insert(topKey, text);
            return true;
        }
        if (depth == 4 && inTables()) {
            row.insert(column, isNull ? QString() : text);
            if (!rowOrder.contains(column))
                rowOrder << column;
        }
        return true;
    }

    // rapidjson handler interface
    bool Null() { return capture ? capture->Null() : scalarValue(QString(), true); }
    bool Bool(bool b)
    {
        return capture ? capture->Bool(b) : scalarValue(b ? QStringLiteral("1") : QStringLiteral("0"));
    }
    bool Int(int i) { return capture ? capture->Int(i) : scalarValue(QString::number(i)); }
    bool Uint(unsigned u) { return capture ? capture->Uint(u) : scalarValue(QString::number(u)); }
    bool Int64(int64_t i) { return capture ? capture->Int64(i) : scalarValue(QString::number(i)); }
    bool Uint64(uint64_t u) { return capture ? capture->Uint64(u) : scalarValue(QString::number(u)); }
    bool Double(double d) { return capture ? capture->Double(d) : scalarValue(numberText(d)); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool)
    {
        return capture ? capture->RawValue(s, n, rapidjson::kNumberType)
                       : scalarValue(QString::fromUtf8(s, n));
    }
    bool String(const char* s, rapidjson::SizeType n, bool c)
    {
        if (capture)
            return capture->String(s, n, c);
        const QString text = QString::fromUtf8(s, n);
        if (depth == 4 && inTables()) // a text cell: never run by a spreadsheet
            return scalarValue(text.isNull() ? QStringLiteral("") : formats::formula::guard(text));
        return scalarValue(text.isNull() ? QStringLiteral("") : text);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool c)
    {
        if (capture)
            return capture->Key(s, n, c);
        const QString key = QString::fromUtf8(s, n);
        if (depth == 1)
            topKey = key;
        else if (depth == 2 && inTables()) {
            if (!finishTable())
                return false;
            table = key;
            file = std::make_unique<TableCsvFile>(folder, table);
            if (!file->ok())
                return fail(file->error());
        } else if (depth == 4)
            column = key;
        return true;
    }
    bool StartObject()
    {
        if (capture) {
            ++captureDepth;
            return capture->StartObject();
        }
        if ((depth == 1 && !inTables()) || depth == 4) {
            beginCapture();
            ++captureDepth;
            return capture->StartObject();
        }
        ++depth;
        if (depth == 4) {
            row.clear();
            rowOrder.clear();
        }
        return true;
    }
    bool EndObject(rapidjson::SizeType n)
    {
        if (capture) {
            const bool ok = capture->EndObject(n);
            return --captureDepth == 0 ? (ok && endCapture()) : ok;
        }
        if (depth == 4 && inTables() && file) {
            if (!file->hasHeader()) {
                QStringList columns;
                for (const QString& c : registryColumns(table)) {
                    if (rowOrder.contains(c))
                        columns << c;
                }
                for (const QString& c : std::as_const(rowOrder)) {
                    if (!columns.contains(c))
                        columns << c;
                }
                if (!file->writeHeader(columns))
                    return fail(file->error());
            }
            if (!file->writeRow(row))
                return fail(file->error());
            if ((++rows & 1023) == 0 && progress) {
                progress->report(rows, 0, QString());
                if (progress->isCanceled()) {
                    canceled = true;
                    return false;
                }
            }
        }
        if (depth == 2 && inTables() && !finishTable())
            return false;
        --depth;
        return true;
    }
    bool StartArray()
    {
        if (capture) {
            ++captureDepth;
            return capture->StartArray();
        }
        if ((depth == 1 && !inTables()) || depth == 4) {
            beginCapture();
            ++captureDepth;
            return capture->StartArray();
        }
        ++depth;
        return true;
    }
    bool EndArray(rapidjson::SizeType n)
    {
        if (capture) {
            const bool ok = capture->EndArray(n);
            return --captureDepth == 0 ? (ok && endCapture()) : ok;
        }
        --depth;
        return true;
    }
};

} // namespace

ConvertResult jsonToJson(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    TextInput text;
    if (!openText(options.input, &text, &result.warnings, &result.error))
        return result;
    formats::JsonDeviceInput stream(text.device);
    stream.setStringLimit(std::size_t(limits::kMaxValueBytes));
    QString parseError;
    const bool ok = writeJsonFile(
        options.output, outGzip, options.pretty, options.level, progress, &result.error, [&](auto& w) {
            rapidjson::Reader reader;
            formats::RawNumbers<std::remove_reference_t<decltype(w)>> raw{ w };
            const rapidjson::ParseResult r = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, raw);
            if (!r)
                parseError = Converter::tr("%1, line %2: the JSON is not valid: %3")
                                 .arg(inputInfo.fileName())
                                 .arg(stream.line())
                                 .arg(QString::fromLatin1(rapidjson::GetParseError_En(r.Code())));
            return bool(r);
        });
    if (!parseError.isEmpty())
        result.error = parseError;
    result.ok = ok;
    return result;
}

ConvertResult jsonToCsv(const Route& route, ConvertResult result)
{
    // Plain names, not a structured binding: clang 14 cannot capture those in lambdas.
    [[maybe_unused]] const ConvertOptions& options = route.options;
    [[maybe_unused]] Progress* progress = route.progress;
    [[maybe_unused]] const QFileInfo& inputInfo = route.inputInfo;
    [[maybe_unused]] const Kind in = route.in, inner = route.inner, out = route.out;
    [[maybe_unused]] const bool outGzip = route.outGzip;
    TextInput text;
    if (!openText(options.input, &text, &result.warnings, &result.error))
        return result;
    // Written beside the output first: a failure or a cancel leaves the
    // output as it was, a folder's files are each replaced whole at the end.
    const QString parent = QFileInfo(QDir::cleanPath(options.output)).absolutePath();
    if (out == Kind::Folder && !QDir().mkpath(parent)) {
        result.error
            = Converter::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.output));
        return result;
    }
    const files::TempFolder work(parent, QStringLiteral("convert"));
    if (!work.isValid()) {
        result.error = work.errorString();
        return result;
    }
    const QString folder = work.path();
    JsonToCsvHandler handler;
    handler.folder = folder;
    handler.progress = progress;
    formats::JsonDeviceInput stream(text.device);
    stream.setStringLimit(std::size_t(limits::kMaxValueBytes));
    rapidjson::Reader reader;
    const rapidjson::ParseResult r = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, handler);
    if (handler.canceled || progress->isCanceled()) {
        result.error = Converter::tr("Cancelled; nothing was written.");
        return result;
    }
    if (!r || !handler.error.isEmpty()) {
        result.error = handler.error.isEmpty()
            ? Converter::tr("%1, line %2: the JSON is not valid: %3")
                  .arg(inputInfo.fileName())
                  .arg(stream.line())
                  .arg(QString::fromLatin1(rapidjson::GetParseError_En(r.Code())))
            : handler.error;
        return result;
    }
    if (handler.header.value(QLatin1String("format")).toString() != QLatin1String(kExportFormatName)) {
        result.error
            = Converter::tr("%1 is JSON but not an export of The Program, so it cannot become a CSV bundle.")
                  .arg(inputInfo.fileName());
        return result;
    }
    QJsonObject manifest = handler.header;
    manifest.insert(QStringLiteral("csv_formula_protection"), formats::formula::protectionName());
    manifest.insert(QStringLiteral("files"), handler.files);
    {
        QSaveFile m(QDir(folder).filePath(QStringLiteral("manifest.json")));
        if (!m.open(QIODevice::WriteOnly)
            || m.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !m.flush()
            || !m.commit()) {
            result.error = files::writeFailure(m.fileName(), m.errorString());
            return result;
        }
    }
    result.rows = handler.rows;
    if (out == Kind::Zip) {
        QList<formats::ZipWriter::Entry> entries{
            { QStringLiteral("manifest.json"), QDir(folder).filePath(QStringLiteral("manifest.json")) }
        };
        for (const QJsonValue& f : std::as_const(handler.files)) {
            const QString name = f.toObject().value(QLatin1String("name")).toString();
            entries << formats::ZipWriter::Entry{ name, QDir(folder).filePath(name) };
        }
        if (!formats::ZipWriter::write(
                options.output, entries, formats::zlibLevel(options.level),
                [progress] { return progress->isCanceled(); }, &result.error))
            return result;
    } else if (!moveInto(folder, options.output, handler.files, &result.error)) {
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace tp::exchange::convert
