#include "Converter.h"

#include "crypto/Sha256.h"
#include "db/TableRegistry.h"
#include "Exporter.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"
#include "formats/JsonStream.h"
#include "formats/TextDecoding.h"
#include "formats/ZipArchive.h"
#include "InputLimits.h"
#include "util/SafeFiles.h"

#include <memory>
#include <optional>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tp::exchange {

namespace {

using db::ColumnKind;

enum class Kind { Json, Csv, Zip, Folder, Gzip };

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Json:
        return QStringLiteral("JSON");
    case Kind::Csv:
        return QStringLiteral("CSV");
    case Kind::Zip:
        return QStringLiteral("CSV bundle (zip)");
    case Kind::Folder:
        return QStringLiteral("folder of CSV files");
    case Kind::Gzip:
        return QStringLiteral("gzip");
    }
    return {};
}

// By content: magic bytes, else the first non-blank character.
Kind sniff(const QByteArray& head)
{
    if (formats::isGzip(head))
        return Kind::Gzip;
    if (formats::isZip(head))
        return Kind::Zip;
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return (c == '{' || c == '[') ? Kind::Json : Kind::Csv;
    }
    return Kind::Csv;
}

// By name, for the output.
Kind outputKind(const QString& path, bool* gzipped)
{
    QString p = path;
    *gzipped = false;
    if (p.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) {
        *gzipped = true;
        p.chop(3);
    }
    if (p.endsWith(QLatin1Char('/')) || QFileInfo(p).isDir())
        return Kind::Folder;
    if (p.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return Kind::Zip;
    if (p.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Kind::Csv;
    return Kind::Json;
}

QString numberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

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

// ── CSV values → typed JSON ────────────────────────────────────────────────

template <typename W>
void writeTyped(W& w, const db::Column* column, const QString& text, QStringList* warnings)
{
    if (text.isNull()) {
        w.Null();
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    bool ok = false;
    if (column) {
        switch (column->kind) {
        case ColumnKind::Integer:
        case ColumnKind::SingletonId: {
            const qlonglong n = text.toLongLong(&ok);
            if (ok) {
                w.Int64(n);
                return;
            }
            break;
        }
        case ColumnKind::Real: {
            const double d = text.toDouble(&ok);
            if (ok) {
                w.Double(d);
                return;
            }
            break;
        }
        case ColumnKind::Boolean: {
            const QString s = text.trimmed().toLower();
            if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("0")
                || s == QLatin1String("false")) {
                w.Bool(s == QLatin1String("1") || s == QLatin1String("true"));
                return;
            }
            break;
        }
        case ColumnKind::Json: {
            QByteArray json = utf8;
            formats::defuseZeroNumbers(&json);
            rapidjson::Document doc;
            doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.constData(), json.size());
            if (!doc.HasParseError()) {
                doc.Accept(w);
                return;
            }
            if (warnings && warnings->size() < 50)
                warnings->append(
                    Converter::tr("A %1 value is not valid JSON and was kept as text.").arg(column->name));
            break;
        }
        default:
            break;
        }
    }
    w.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

enum class Inferred { Unknown, Integer, Real, Boolean, Text };

QString invalidText(const QString& file, qint64 line, const QString& column)
{
    return Converter::tr("%1, line %2, %3: bytes that are not valid UTF-8; nothing was written. Correct "
                         "them, or convert the file "
                         "to UTF-8 first.")
        .arg(file)
        .arg(line)
        .arg(column);
}

// A value is a number (or a boolean) only when it prints back as exactly
// the same text: 08123 (a zip code), 0049301234 (a phone number), 12.50,
// 1e5, +5 and TRUE stay text, so converting never changes what was there.
bool isCanonicalInteger(const QString& value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    return ok && QString::number(n) == value;
}

bool isCanonicalReal(const QString& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok && qIsFinite(d) && QString::number(d, 'g', QLocale::FloatingPointShortest) == value;
}

Inferred widen(Inferred current, const QString& value)
{
    if (value.isNull() || current == Inferred::Text)
        return current;
    if (isCanonicalInteger(value) && (current == Inferred::Unknown || current == Inferred::Integer))
        return Inferred::Integer;
    if ((isCanonicalInteger(value) || isCanonicalReal(value))
        && (current == Inferred::Unknown || current == Inferred::Integer || current == Inferred::Real))
        return Inferred::Real;
    if ((value == QLatin1String("true") || value == QLatin1String("false"))
        && (current == Inferred::Unknown || current == Inferred::Boolean))
        return Inferred::Boolean;
    return Inferred::Text;
}

template <typename W> void writeInferred(W& w, Inferred type, const QString& text)
{
    if (text.isNull()) {
        w.Null();
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    switch (type) {
    case Inferred::Integer:
    case Inferred::Real:
        w.RawValue(utf8.constData(), size_t(utf8.size()), rapidjson::kNumberType);
        return; // the text as it was
    case Inferred::Boolean:
        w.Bool(text == QLatin1String("true"));
        return;
    default:
        w.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
    }
}

// Opens a text input as UTF-8, noting a charset warning.
struct TextInput
{
    QFile file;
    std::unique_ptr<formats::GzipReader> gzip;
    std::unique_ptr<formats::Utf8Reader> utf8;
    QIODevice* device = nullptr;
    formats::Charset charset = formats::Charset::Utf8;
};

bool openText(const QString& path, TextInput* in, QStringList* warnings, QString* error)
{
    in->file.setFileName(path);
    if (!in->file.open(QIODevice::ReadOnly)) {
        *error = Converter::tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), in->file.errorString());
        return false;
    }
    QIODevice* raw = &in->file;
    if (formats::isGzip(in->file.peek(2))) {
        in->gzip = std::make_unique<formats::GzipReader>(&in->file);
        in->gzip->setExpansionLimit(limits::kMaxExpansion, limits::kExpansionGrace, limits::kMaxExpanded);
        in->gzip->open(QIODevice::ReadOnly);
        raw = in->gzip.get();
    }
    const QByteArray head = raw->peek(1 << 16);
    in->charset = formats::detectCharset(head);
    if (in->charset == formats::Charset::Windows1252)
        warnings->append(
            Converter::tr(
                "%1 is not UTF-8; it was read as Windows-1252. Check accented letters in the result.")
                .arg(QFileInfo(path).fileName()));
    in->utf8 = std::make_unique<formats::Utf8Reader>(raw, in->charset);
    in->device = in->utf8.get();
    return true;
}

template <typename Fn>
bool writeJsonFile(const QString& path, bool gzip, bool pretty, formats::CompressionLevel level,
                   QString* error, Fn body)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = files::writeFailure(path, file.errorString());
        return false;
    }
    formats::GzipWriter gz(&file, level);
    QIODevice* out = &file;
    if (gzip) {
        gz.open(QIODevice::WriteOnly);
        out = &gz;
    }
    bool ok;
    bool writeFailed = false;
    {
        formats::JsonDeviceStream stream(out);
        if (pretty) {
            rapidjson::PrettyWriter<formats::JsonDeviceStream> w(stream);
            w.SetIndent(' ', 2);
            ok = body(w);
        } else {
            rapidjson::Writer<formats::JsonDeviceStream> w(stream);
            ok = body(w);
        }
        stream.Put('\n');
        stream.Flush();
        writeFailed = stream.failed();
    }
    if (gzip) {
        gz.close();
        writeFailed = writeFailed || gz.hasFailed();
    }
    writeFailed = writeFailed
        || (ok && !(file.flush() && file.commit())); // flush() keeps the system's words, commit() loses them
    if (!ok || writeFailed) {
        if (writeFailed || file.error() != QFileDevice::NoError) // named before the partial file goes
            *error = files::writeFailure(
                path, file.error() != QFileDevice::NoError ? file.errorString() : out->errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

// A CSV bundle as a zip or a folder.
class BundleSource
{
public:
    explicit BundleSource(const QString& path)
        : m_path(path)
    {
        if (!QFileInfo(path).isDir())
            m_zip = std::make_unique<formats::ZipReader>(path);
    }
    QString error() const { return m_zip ? m_zip->errorString() : QString(); }
    bool ok() const { return !m_zip || m_zip->isOpen(); }
    QIODevice* open(const QString& name)
    {
        if (m_zip)
            return m_zip->openEntry(name);
        auto* f = new QFile(QDir(m_path).filePath(name));
        if (!f->open(QIODevice::ReadOnly)) {
            delete f;
            return nullptr;
        }
        return f;
    }
    QStringList csvNames() const
    {
        QStringList names = m_zip
            ? m_zip->entryNames()
            : QDir(m_path).entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
        names = names.filter(
            QRegularExpression(QStringLiteral("\\.csv$"), QRegularExpression::CaseInsensitiveOption));
        return names;
    }

private:
    QString m_path;
    std::unique_ptr<formats::ZipReader> m_zip;
};

} // namespace

ConvertResult Converter::run(const ConvertOptions& options, Progress* progress)
{
    ConvertResult result;
    NoProgress none;
    if (!progress)
        progress = &none;
    const QFileInfo inputInfo(options.input);
    if (!inputInfo.exists()) {
        result.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(options.input));
        return result;
    }
    if (options.output.isEmpty()) {
        result.error = tr("No output was given.");
        return result;
    }
    Kind in = Kind::Folder;
    QByteArray head;
    if (!inputInfo.isDir()) {
        QFile f(options.input);
        if (!f.open(QIODevice::ReadOnly)) {
            result.error
                = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(options.input), f.errorString());
            return result;
        }
        head = f.peek(4096);
        in = sniff(head);
    }
    bool outGzip = false;
    const Kind out = outputKind(options.output, &outGzip);
    result.outputKind = (outGzip ? QStringLiteral("gzip of ") : QString()) + kindName(out);

    // Look through a gzip layer at what it holds.
    Kind inner = in;
    if (in == Kind::Gzip) {
        QFile f(options.input);
        f.open(QIODevice::ReadOnly);
        formats::GzipReader gz(&f);
        gz.open(QIODevice::ReadOnly);
        inner = sniff(gz.read(4096));
    }
    result.inputKind = in == Kind::Gzip ? QStringLiteral("gzip of ") + kindName(inner) : kindName(in);

    // gzip on/off without a change of format: the bytes as they are.
    if ((in == Kind::Gzip && !outGzip && out == inner && inner != Kind::Json)
        || (in != Kind::Gzip && outGzip && out == in && in != Kind::Json)) {
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
            result.error = files::writeFailure(options.output,
                                               dst.error() != QFileDevice::NoError ? dst.errorString()
                                                                                   : gzOut.errorString());
            dst.cancelWriting();
            return result;
        }
        result.ok = true;
        return result;
    }

    // JSON in: reformat, or split into CSV files.
    if (inner == Kind::Json) {
        if (out == Kind::Json) {
            TextInput text;
            if (!openText(options.input, &text, &result.warnings, &result.error))
                return result;
            formats::JsonDeviceInput stream(text.device);
            stream.setStringLimit(std::size_t(limits::kMaxValueBytes));
            QString parseError;
            const bool ok = writeJsonFile(
                options.output, outGzip, options.pretty, options.level, &result.error, [&](auto& w) {
                    rapidjson::Reader reader;
                    formats::RawNumbers<std::remove_reference_t<decltype(w)>> raw{ w };
                    const rapidjson::ParseResult r
                        = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, raw);
                    if (!r)
                        parseError = tr("%1, line %2: the JSON is not valid: %3")
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
        if (out == Kind::Zip || out == Kind::Folder) {
            TextInput text;
            if (!openText(options.input, &text, &result.warnings, &result.error))
                return result;
            std::unique_ptr<files::TempFolder> work;
            QString folder = options.output;
            if (out == Kind::Zip) {
                work = std::make_unique<files::TempFolder>(QFileInfo(options.output).absolutePath(),
                                                           QStringLiteral("convert"));
                if (!work->isValid()) {
                    result.error = work->errorString();
                    return result;
                }
                folder = work->path();
            } else if (!QDir().mkpath(folder)) {
                result.error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
                return result;
            }
            JsonToCsvHandler handler;
            handler.folder = folder;
            handler.progress = progress;
            formats::JsonDeviceInput stream(text.device);
            stream.setStringLimit(std::size_t(limits::kMaxValueBytes));
            rapidjson::Reader reader;
            const rapidjson::ParseResult r
                = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, handler);
            if (handler.canceled) {
                result.error = tr("Cancelled; nothing was written.");
                return result;
            }
            if (!r || !handler.error.isEmpty()) {
                result.error = handler.error.isEmpty()
                    ? tr("%1, line %2: the JSON is not valid: %3")
                          .arg(inputInfo.fileName())
                          .arg(stream.line())
                          .arg(QString::fromLatin1(rapidjson::GetParseError_En(r.Code())))
                    : handler.error;
                return result;
            }
            if (handler.header.value(QLatin1String("format")).toString()
                != QLatin1String(kExportFormatName)) {
                result.error
                    = tr("%1 is JSON but not an export of The Program, so it cannot become a CSV bundle.")
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
                QList<formats::ZipWriter::Entry> entries{ { QStringLiteral("manifest.json"),
                                                            QDir(folder).filePath(
                                                                QStringLiteral("manifest.json")) } };
                for (const QJsonValue& f : std::as_const(handler.files)) {
                    const QString name = f.toObject().value(QLatin1String("name")).toString();
                    entries << formats::ZipWriter::Entry{ name, QDir(folder).filePath(name) };
                }
                if (!formats::ZipWriter::write(
                        options.output, entries, formats::zlibLevel(options.level),
                        [progress] { return progress->isCanceled(); }, &result.error))
                    return result;
            }
            result.ok = true;
            return result;
        }
        result.error
            = tr("JSON can become JSON (.json, .json.gz), a CSV bundle (.zip) or a folder of CSV files.");
        return result;
    }

    // A bundle (zip or folder) in.
    if (in == Kind::Zip || in == Kind::Folder) {
        if (in == Kind::Zip && out == Kind::Folder) {
            formats::ZipReader zip(options.input);
            if (!zip.isOpen()) {
                result.error = zip.errorString();
                return result;
            }
            if (!QDir().mkpath(options.output)) {
                result.error
                    = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.output));
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
        if (in == Kind::Folder && out == Kind::Zip) {
            QList<formats::ZipWriter::Entry> entries;
            const QDir dir(options.input);
            if (dir.exists(QStringLiteral("manifest.json")))
                entries << formats::ZipWriter::Entry{ QStringLiteral("manifest.json"),
                                                      dir.filePath(QStringLiteral("manifest.json")) };
            for (const QString& name : dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
                entries << formats::ZipWriter::Entry{ name, dir.filePath(name) };
            if (entries.isEmpty()) {
                result.error = tr("%1 holds no CSV files.").arg(QDir::toNativeSeparators(options.input));
                return result;
            }
            result.ok = formats::ZipWriter::write(
                options.output, entries, formats::zlibLevel(options.level),
                [progress] { return progress->isCanceled(); }, &result.error);
            return result;
        }
        if (out == Kind::Json) {
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
            }
            const bool ok = writeJsonFile(
                options.output, outGzip, options.pretty, options.level, &result.error, [&](auto& w) {
                    w.StartObject();
                    const QJsonObject header = manifest.isEmpty()
                        ? QJsonObject{ { QStringLiteral("format"), QLatin1String(kExportFormatName) },
                                       { QStringLiteral("format_version"),
                                         QLatin1String(kExportFormatVersion) } }
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
                            result.error = tr("%1 is missing from the bundle.").arg(name);
                            return false;
                        }
                        formats::Utf8Reader utf8(raw.get(), formats::detectCharset(raw->peek(1 << 16)));
                        formats::CsvReader csv(&utf8);
                        csv.setLimits(limits::kMaxValueBytes, limits::kMaxRowBytes);
                        QStringList columns;
                        if (!csv.readRecord(&columns)) {
                            result.error = tr("%1 has no header row.").arg(name);
                            return false;
                        }
                        const db::Table* t = db::TableRegistry::instance().table(table);
                        QList<const db::Column*> typed;
                        QList<QByteArray> keys;
                        for (const QString& c : std::as_const(columns)) {
                            typed << (t ? t->column(c) : nullptr);
                            keys << c.toUtf8();
                        }
                        const bool guarded
                            = manifest.value(QLatin1String("csv_formula_protection")).toString()
                            == formats::formula::protectionName();
                        const QByteArray tableKey = table.toUtf8();
                        w.Key(tableKey.constData(), rapidjson::SizeType(tableKey.size()));
                        w.StartArray();
                        QStringList record;
                        while (csv.readRecord(&record)) {
                            if (record.size() != columns.size()) {
                                result.error = tr("%1, line %2: %3 fields where the header has %4.")
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
                                    result.error = tr("Cancelled; nothing was written.");
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
        result.error
            = tr("A CSV bundle can become JSON (.json, .json.gz), a folder, or (from a folder) a zip.");
        return result;
    }

    // A single CSV in.
    if (inner == Kind::Csv && out == Kind::Json) {
        const db::Table* schema = nullptr;
        if (!options.schemaTable.isEmpty()) {
            schema = db::TableRegistry::instance().table(options.schemaTable);
            if (!schema) {
                result.error = tr("There is no table called %1 (for --schema).").arg(options.schemaTable);
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
                result.error = tr("%1 is empty: it has no header row.").arg(inputInfo.fileName());
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
            options.output, outGzip, options.pretty, options.level, &result.error, [&](auto& w) {
                w.StartArray();
                while (csv.readRecord(&record)) {
                    if (record.size() != columns.size()) {
                        result.error = tr("%1, line %2: %3 fields where the header has %4.")
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
                    ++result.rows;
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

    result.error = tr("Converting %1 to %2 is not something the converter does.")
                       .arg(result.inputKind, result.outputKind);
    return result;
}

} // namespace tp::exchange
