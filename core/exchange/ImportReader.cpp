#include "ImportReader.h"

#include "crypto/Sha256.h"
#include "db/TableRegistry.h"
#include "Exporter.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "formats/TextDecoding.h"
#include "formats/ZipArchive.h"
#include "import/InputParts.h"
#include "InputLimits.h"

#include <cstring>
#include <memory>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <vector>

namespace tp::exchange {

namespace reading {

constexpr qint64 kMaxManifestBytes = 16 * 1024 * 1024;

const db::TableRegistry& registry()
{
    return db::TableRegistry::instance();
}

// An empty string when `version` (of file `name`) is readable, else why not.
QString refuseNewerMajor(const QString& name, const QString& version)
{
    const int ours = QString::fromLatin1(kExportFormatVersion).section(QLatin1Char('.'), 0, 0).toInt();
    if (version.isEmpty() || version.section(QLatin1Char('.'), 0, 0).toInt() <= ours)
        return {};
    return tp::exchange::ImportReader::tr(
               "%1 is in export format version %2; this version of The Program reads up to %3. "
               "Please update The Program.")
        .arg(name, version, QLatin1String(kExportFormatVersion));
}

// A JSON file that cannot be parsed: a file error with its place (line,
// column and byte offset) and the parser's reason; one that ends inside a
// value is said to be cut off.
QString jsonFileError(const QString& name, const formats::JsonDeviceInput& stream,
                      const rapidjson::ParseResult& parsed)
{
    const QString reason = QString::fromLatin1(rapidjson::GetParseError_En(parsed.Code()));
    if (stream.atEnd() && parsed.Code() != rapidjson::kParseErrorDocumentEmpty)
        return tp::exchange::ImportReader::tr(
                   "%1 ends too early, at line %2, column %3 (byte %4): the file is cut off, "
                   "perhaps by an interrupted download or copy (%5). Nothing was imported; "
                   "export it again or take a complete copy.")
            .arg(name)
            .arg(stream.line())
            .arg(stream.column())
            .arg(qulonglong(parsed.Offset()))
            .arg(reason);
    return tp::exchange::ImportReader::tr(
               "%1, line %2, column %3 (byte %4): the file is not valid JSON: %5 Nothing was "
               "imported.")
        .arg(name)
        .arg(stream.line())
        .arg(stream.column())
        .arg(qulonglong(parsed.Offset()))
        .arg(reason);
}

QString notAnExport(const QString& name)
{
    return tp::exchange::ImportReader::tr(
               "%1 is not an export of The Program, nor a CSV of one of its tables: it holds no "
               "table The Program "
               "knows, so nothing was imported.")
        .arg(name);
}

QString unknownColumn(const QString& name, const QString& column, const QString& table)
{
    return tp::exchange::ImportReader::tr("%1: the column \"%2\" is not part of %3 and is ignored.")
        .arg(name, column, table);
}

QString countMismatch(const QString& name, const QString& table, qint64 said, qint64 found)
{
    return tp::exchange::ImportReader::tr(
               "%1 says it holds %2 rows of %3 but holds %4: it is incomplete or was changed after it was "
               "written, so nothing was imported.")
        .arg(name)
        .arg(said)
        .arg(table)
        .arg(found);
}

// SAX handler for both JSON shapes: rows are the objects inside
// root.tables.<table>[] (export format) or root.<table>[] (earlier edition).
struct JsonRowsHandler
{
    const std::function<bool(const SourceRow&)>* sink = nullptr;
    const formats::JsonDeviceInput* stream = nullptr;
    QString file;
    QString error;
    bool stopped = false;

    int depth = 0;
    QString topKey;
    QString table;
    QString column;
    bool inRows = false; // inside an array of rows
    SourceRow row;
    std::unique_ptr<rapidjson::StringBuffer> buffer;
    std::unique_ptr<rapidjson::Writer<rapidjson::StringBuffer>> capture;
    int captureDepth = 0;
    QString format;
    QString formatVersion;
    QStringList unknownTables;
    const db::Table* tableDef = nullptr;
    int tablesSeen = 0; // arrays of rows met
    QHash<QString, qint64> rowsRead; // per table
    QHash<QString, qint64> headerCounts; // the header's "counts"
    bool hasCounts = false;
    QString countKey;
    QMap<QString, QStringList> unknownColumns; // table -> columns it does not have
    qint64 rowBytes = 0;

    // Input limits (InputLimits.h): false, with the error, once one is passed.
    bool beyond(const QString& what)
    {
        error = tp::exchange::ImportReader::tr("%1, line %2: %3, so nothing was imported.")
                    .arg(file)
                    .arg(stream->line())
                    .arg(what);
        return false;
    }
    bool capturing(bool ok)
    {
        if (ok && qint64(buffer->GetSize()) > limits::kMaxValueBytes)
            return beyond(tp::exchange::ImportReader::tr("a value is larger than %1 MiB, the most one may be")
                              .arg(limits::kMaxValueBytes >> 20));
        return ok;
    }
    bool deeper()
    {
        if (depth + captureDepth >= limits::kMaxDepth)
            return beyond(tp::exchange::ImportReader::tr("the JSON is nested more than %1 levels deep")
                              .arg(limits::kMaxDepth));
        return true;
    }
    bool addToRow(qint64 bytes)
    {
        rowBytes += bytes;
        if (rowBytes > limits::kMaxRowBytes)
            return beyond(tp::exchange::ImportReader::tr("a row is larger than %1 MiB, the most one may be")
                              .arg(limits::kMaxRowBytes >> 20));
        return true;
    }

    // The keys of the row at hand, by position. The rows of a table repeat
    // their keys, so the key read at the same place in the row before is
    // reused, and so is the row's map: values overwrite the previous row's,
    // and keys the new row lacks are removed (see endRow).
    struct CachedKey
    {
        QByteArray utf8;
        QString text;
    };
    std::vector<CachedKey> keys;
    size_t keysInRow = 0;
    bool keysChanged = false; // a key of this row differs from the one at its place before
    size_t keysInRowBefore = 0; // the row before: how many keys,
    bool rowBeforeDistinct = false; // and whether no key was given twice

    const QString& rowKey(const char* s, rapidjson::SizeType n)
    {
        if (keysInRow == keys.size())
            keys.emplace_back();
        CachedKey& k = keys[keysInRow++];
        if (k.utf8.size() != qsizetype(n) || std::memcmp(k.utf8.constData(), s, n) != 0) {
            k.utf8 = QByteArray(s, qsizetype(n));
            k.text = QString::fromUtf8(s, qsizetype(n));
            keysChanged = true;
            if (tableDef && !tableDef->column(k.text) && !unknownColumns[table].contains(k.text))
                unknownColumns[table] << k.text;
        }
        return k.text;
    }
    // Drops what is left of the rows before: keys this row does not have.
    void endRow()
    {
        // The same keys at the same places as a row before whose keys were distinct: the map
        // holds exactly those keys, each set again by this row.
        const bool sameKeys = !keysChanged && keysInRow == keysInRowBefore && rowBeforeDistinct;
        keysInRowBefore = keysInRow;
        keysChanged = false;
        if (sameKeys)
            return;
        QSet<QString> present;
        for (size_t i = 0; i < keysInRow; ++i)
            present.insert(keys[i].text);
        rowBeforeDistinct = present.size() == qsizetype(keysInRow);
        if (row.values.size() != present.size())
            row.values.removeIf([&](const auto& it) { return !present.contains(it.key()); });
    }

    int rowDepth() const { return topKey == QLatin1String("tables") ? 4 : 3; }
    bool atRowValue() const { return inRows && depth == rowDepth(); }

    bool scalar(const QVariant& v)
    {
        if (capture)
            return true;
        if (depth == 2 && topKey == QLatin1String("counts")) {
            hasCounts = true;
            headerCounts.insert(countKey, v.toLongLong());
        } else if (depth == 1 && topKey == QLatin1String("format"))
            format = v.toString();
        else if (depth == 1 && topKey == QLatin1String("format_version")) {
            formatVersion = v.toString();
            error = refuseNewerMajor(file, formatVersion);
            if (!error.isEmpty())
                return false;
        } else if (atRowValue()) {
            row.values[column] = v;
            if (!row.parsedJson.isEmpty())
                row.parsedJson.removeAll(column); // a key given twice: the later value counts
        }
        return true;
    }
    bool Null() { return capture ? capturing(capture->Null()) : scalar(QVariant()); }
    bool Bool(bool b) { return capture ? capturing(capture->Bool(b)) : scalar(b); }
    bool Int(int i) { return capture ? capturing(capture->Int(i)) : scalar(qlonglong(i)); }
    bool Uint(unsigned u) { return capture ? capturing(capture->Uint(u)) : scalar(qlonglong(u)); }
    bool Int64(int64_t i) { return capture ? capturing(capture->Int64(i)) : scalar(qlonglong(i)); }
    bool Uint64(uint64_t u) { return capture ? capturing(capture->Uint64(u)) : scalar(double(u)); }
    bool Double(double d) { return capture ? capturing(capture->Double(d)) : scalar(d); }
    // Numbers come as their text (kParseNumbersAsStringsFlag): RapidJSON
    // 1.1.0's full-precision conversion has undefined behaviour on some
    // hostile numbers (0e94: clz of zero), and nested values keep the very
    // digits of the file. Scalars become integers where they are integers
    // that fit, else doubles (correctly rounded).
    bool RawNumber(const char* s, rapidjson::SizeType n, bool)
    {
        if (capture)
            return capturing(capture->RawValue(s, n, rapidjson::kNumberType));
        const QByteArrayView text(s, n);
        bool ok = false;
        if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
            const qlonglong i = text.toLongLong(&ok);
            if (ok)
                return scalar(i);
        }
        const double d = text.toDouble(&ok);
        return scalar(ok ? QVariant(d) : QVariant(QString::fromLatin1(s, n)));
    }
    bool String(const char* s, rapidjson::SizeType n, bool c)
    {
        if (capture)
            return capturing(capture->String(s, n, c));
        if (atRowValue() && !addToRow(n))
            return false;
        QString text = QString::fromUtf8(s, n);
        if (text.isNull())
            text = QStringLiteral("");
        if (atRowValue() && !QByteArrayView(s, n).isValidUtf8() && !row.invalidText.contains(column))
            row.invalidText << column;
        return scalar(text);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool c)
    {
        if (capture)
            return capturing(capture->Key(s, n, c));
        if (atRowValue())
            column = rowKey(s, n);
        else if (depth == 1)
            topKey = QString::fromUtf8(s, n);
        else if (depth == 2 && topKey == QLatin1String("tables"))
            table = QString::fromUtf8(s, n);
        else if (depth == 2 && topKey == QLatin1String("counts"))
            countKey = QString::fromUtf8(s, n);
        return true;
    }
    bool StartObject()
    {
        if (!deeper())
            return false;
        if (capture || atRowValue()) {
            if (!capture) {
                buffer = std::make_unique<rapidjson::StringBuffer>();
                capture = std::make_unique<rapidjson::Writer<rapidjson::StringBuffer>>(*buffer);
            }
            ++captureDepth;
            return capture->StartObject();
        }
        ++depth;
        if (inRows && depth == rowDepth()) {
            row.table = table;
            row.file = file;
            row.line = stream->line();
            row.parsedJson.clear();
            row.invalidText.clear();
            rowBytes = 0;
            keysInRow = 0;
        }
        return true;
    }
    bool endCapture()
    {
        if (!QByteArrayView(buffer->GetString(), qsizetype(buffer->GetSize())).isValidUtf8()
            && !row.invalidText.contains(column))
            row.invalidText << column;
        if (!addToRow(qint64(buffer->GetSize())))
            return false;
        row.values[column] = QString::fromUtf8(buffer->GetString(), qsizetype(buffer->GetSize()));
        row.parsedJson << column;
        capture.reset();
        buffer.reset();
        return true;
    }
    bool EndObject(rapidjson::SizeType n)
    {
        if (capture) {
            const bool ok = capture->EndObject(n);
            return --captureDepth == 0 ? ok && endCapture() : ok;
        }
        if (inRows && depth == rowDepth()) {
            endRow();
            ++rowsRead[table];
            if (!(*sink)(row)) {
                stopped = true;
                return false;
            }
        }
        --depth;
        return true;
    }
    bool StartArray()
    {
        if (!deeper())
            return false;
        if (capture || atRowValue()) {
            if (!capture) {
                buffer = std::make_unique<rapidjson::StringBuffer>();
                capture = std::make_unique<rapidjson::Writer<rapidjson::StringBuffer>>(*buffer);
            }
            ++captureDepth;
            return capture->StartArray();
        }
        ++depth;
        // An array of rows: tables.<t> in the export format, <t> at the top in the earlier edition's.
        const bool exportRows = depth == 3 && topKey == QLatin1String("tables");
        const bool legacyRows = depth == 2 && topKey != QLatin1String("tables") && registry().table(topKey);
        if (legacyRows)
            table = topKey;
        if (exportRows || legacyRows) {
            if (!registry().table(table)) {
                error = tp::exchange::ImportReader::tr("%1: the table \"%2\" is not one The Program knows.")
                            .arg(file, table);
                return false;
            }
            inRows = true;
            tableDef = registry().table(table);
            ++tablesSeen;
        }
        return true;
    }
    bool EndArray(rapidjson::SizeType n)
    {
        if (capture) {
            const bool ok = capture->EndArray(n);
            return --captureDepth == 0 ? ok && endCapture() : ok;
        }
        if (inRows && depth == rowDepth() - 1)
            inRows = false;
        --depth;
        return true;
    }
};

} // namespace reading

using namespace reading;

ReadResult ImportReader::read(const QString& path, const std::function<bool(const SourceRow&)>& sink,
                              const QString& charset)
{
    ReadResult result;
    const QString name = QFileInfo(path).fileName();
    // Devices (/dev/zero), pipes and folders, also behind a symbolic link, are refused by name.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        result.error
            = tr("%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be imported.")
                  .arg(name);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    QByteArray head = file.peek(8);

    if (formats::isZip(head)) {
        result.kind = QStringLiteral("CSV bundle");
        file.close();
        formats::ZipReader zip(path);
        if (!zip.isOpen()) {
            result.error = zip.errorString();
            return result;
        }
        QJsonObject manifest;
        if (std::unique_ptr<QIODevice> m{ zip.openEntry(QStringLiteral("manifest.json")) })
            manifest = QJsonDocument::fromJson(m->read(kMaxManifestBytes)).object();
        result.error = refuseNewerMajor(name, manifest.value(QLatin1String("format_version")).toString());
        if (!result.error.isEmpty())
            return result;
        result.ok = readBundle(zip, name, manifest, &result, sink);
        return result;
    }

    std::unique_ptr<formats::GzipReader> gzip;
    QIODevice* in = &file;
    if (formats::isGzip(head)) {
        gzip = std::make_unique<formats::GzipReader>(&file);
        gzip->setExpansionLimit(limits::kMaxExpansion, limits::kExpansionGrace, limits::kMaxExpanded);
        gzip->open(QIODevice::ReadOnly);
        in = gzip.get();
    }
    // Text from here on: decoded to UTF-8 first, so a UTF-16 document is recognised as what it is.
    formats::Utf8Reader utf8(in, textCharset(in, name, charset, &result));
    const QByteArray trimmed = utf8.peek(64).trimmed();
    if (trimmed.startsWith('{')) {
        result.kind = gzip ? QStringLiteral("JSON (gzip)") : QStringLiteral("JSON");
        formats::JsonDeviceInput stream(&utf8);
        stream.setStringLimit(std::size_t(limits::kMaxValueBytes));
        JsonRowsHandler handler;
        handler.sink = &sink;
        handler.stream = &stream;
        handler.file = name;
        rapidjson::Reader reader;
        const rapidjson::ParseResult parsed
            = reader.Parse<rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseIterativeFlag>(stream,
                                                                                                   handler);
        if (handler.stopped)
            return result;
        if (!handler.error.isEmpty()) {
            result.error = handler.error;
            return result;
        }
        if (gzip && gzip->hasFailed()) {
            result.error = tr("%1: %2 Nothing was imported.").arg(name, gzip->errorString());
            return result;
        }
        if (stream.stringTooLong()) {
            result.error = tr("%1, line %2: a text is longer than %3 MiB, the most a value may be, so "
                              "nothing was imported.")
                               .arg(name)
                               .arg(stream.line())
                               .arg(limits::kMaxValueBytes >> 20);
            return result;
        }
        if (!parsed) {
            result.error = jsonFileError(name, stream, parsed);
            return result;
        }
        if (!handler.format.isEmpty() && handler.format != QLatin1String(kExportFormatName)) {
            result.error = tr("%1 is a \"%2\" file, not an export of The Program.").arg(name, handler.format);
            return result;
        }
        if (handler.format.isEmpty())
            result.kind += QStringLiteral(", earlier edition");
        if (handler.tablesSeen == 0) {
            result.error = notAnExport(name);
            return result;
        }
        for (auto it = handler.unknownColumns.cbegin(); it != handler.unknownColumns.cend(); ++it) {
            for (const QString& column : it.value())
                result.warnings << unknownColumn(name, column, it.key());
        }
        if (handler.hasCounts) {
            for (const db::Table& t : registry().tables()) {
                const qint64 said = handler.headerCounts.value(t.name),
                             found = handler.rowsRead.value(t.name);
                if (said != found) {
                    result.error = countMismatch(name, t.name, said, found);
                    return result;
                }
            }
        }
        result.ok = true;
        return result;
    }
    if (trimmed.startsWith('[')) {
        result.error = tr("%1 is a JSON array; The Program imports its export document (an object with "
                          "\"tables\") or a "
                          "CSV file per table.")
                           .arg(name);
        return result;
    }
    result.kind = gzip ? QStringLiteral("CSV (gzip)") : QStringLiteral("CSV");
    result.ok = readCsv(&utf8, name, QString(), &result, sink, nullptr, false, QStringLiteral("utf-8"));
    if (gzip && gzip->hasFailed()) {
        result.ok = false;
        result.error = tr("%1: %2 Nothing was imported.").arg(name, gzip->errorString());
    }
    return result;
}

} // namespace tp::exchange
