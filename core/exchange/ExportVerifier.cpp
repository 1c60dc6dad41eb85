// Exporter::verify: re-reads a written export and checks it against its own
// header (JSON) or manifest (CSV bundle).

#include "Exporter.h"
#include "formats/Csv.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "formats/ZipArchive.h"

#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <vector>

namespace tp::exchange {

namespace {

// Counts the rows of every table of the "tables" object and remembers the
// header's "counts", without holding the document.
struct CountingHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, CountingHandler>
{
    std::vector<char> stack; // 'o' object, 'a' array
    std::vector<QString> keys; // current key per object level
    QMap<QString, qint64> rows;
    QMap<QString, qint64> announced;
    QString format;

    bool atKey(size_t depth, const char* key) const
    {
        return keys.size() > depth && keys[depth] == QLatin1String(key);
    }
    bool Default() { return true; }
    bool scalar(qint64 v)
    {
        if (stack.size() == 2 && atKey(0, "counts"))
            announced.insert(keys[1], v);
        return true;
    }
    bool Int(int v) { return scalar(v); }
    bool Uint(unsigned v) { return scalar(v); }
    bool Int64(int64_t v) { return scalar(v); }
    bool Uint64(uint64_t v) { return scalar(qint64(v)); }
    bool String(const char* s, rapidjson::SizeType n, bool)
    {
        if (stack.size() == 1 && atKey(0, "format"))
            format = QString::fromUtf8(s, n);
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType n, bool)
    {
        keys.resize(stack.size());
        keys.back() = QString::fromUtf8(s, n);
        return true;
    }
    bool StartObject()
    {
        if (stack.size() == 3 && stack[2] == 'a' && atKey(0, "tables"))
            ++rows[keys[1]];
        stack.push_back('o');
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        stack.pop_back();
        keys.resize(std::min(keys.size(), stack.size()));
        return true;
    }
    bool StartArray()
    {
        if (stack.size() == 2 && atKey(0, "tables") && !rows.contains(keys[1]))
            rows.insert(keys[1], 0);
        stack.push_back('a');
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        stack.pop_back();
        return true;
    }
};

QString compareCounts(const QMap<QString, qint64>& announced, const QMap<QString, qint64>& found)
{
    for (auto it = announced.cbegin(); it != announced.cend(); ++it) {
        if (found.value(it.key(), -1) != it.value())
            return Exporter::tr("the table %1 should have %2 rows but has %3.")
                .arg(it.key())
                .arg(it.value())
                .arg(found.value(it.key(), 0));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!announced.contains(it.key()))
            return Exporter::tr("the table %1 is not announced in the header.").arg(it.key());
    }
    return {};
}

QString verifyBundle(const QString& path)
{
    formats::ZipReader zip(path);
    if (!zip.isOpen())
        return zip.errorString();
    std::unique_ptr<QIODevice> manifestDevice(zip.openEntry(QStringLiteral("manifest.json")));
    if (!manifestDevice)
        return Exporter::tr("the zip has no manifest.json.");
    const QJsonObject manifest = QJsonDocument::fromJson(manifestDevice->readAll()).object();
    if (manifest.value(QLatin1String("format")).toString() != QLatin1String(kExportFormatName))
        return Exporter::tr("manifest.json is not a manifest of The Program's export format.");
    const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
    for (const QJsonValue& fv : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = fv.toObject();
        const QString name = file.value(QLatin1String("name")).toString();
        std::unique_ptr<QIODevice> raw(zip.openEntry(name));
        if (!raw)
            return Exporter::tr("%1 is listed in the manifest but missing from the zip.").arg(name);
        crypto::Sha256 hash;
        while (!raw->atEnd()) {
            const QByteArray chunk = raw->read(256 * 1024);
            if (chunk.isEmpty())
                break;
            hash.addData(chunk);
        }
        if (QString::fromLatin1(hash.hexResult()) != file.value(QLatin1String("sha256")).toString())
            return Exporter::tr("%1 does not match its SHA-256 in the manifest.").arg(name);
        std::unique_ptr<QIODevice> again(zip.openEntry(name));
        formats::CsvReader reader(again.get());
        QStringList fields;
        qint64 records = 0;
        while (reader.readRecord(&fields))
            ++records;
        if (reader.hasError())
            return name + QStringLiteral(": ") + reader.errorString();
        const qint64 rows = qMax<qint64>(0, records - 1);
        if (rows != file.value(QLatin1String("rows")).toInteger())
            return Exporter::tr("%1 has %2 rows, the manifest says %3.")
                .arg(name)
                .arg(rows)
                .arg(file.value(QLatin1String("rows")).toInteger());
        const QString table = file.value(QLatin1String("table")).toString();
        if (!table.isEmpty() && rows != counts.value(table).toInteger())
            return Exporter::tr("%1 has %2 rows, the header counts %3.")
                .arg(name)
                .arg(rows)
                .arg(counts.value(table).toInteger());
    }
    return {};
}

} // namespace

QString Exporter::verify(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(path, file.errorString());
    const QByteArray head = file.peek(4);
    if (formats::isZip(head)) {
        file.close();
        return verifyBundle(path);
    }
    formats::GzipReader gzip(&file);
    QIODevice* in = &file;
    if (formats::isGzip(head)) {
        if (!gzip.open(QIODevice::ReadOnly))
            return gzip.errorString();
        in = &gzip;
    }
    formats::JsonDeviceInput stream(in);
    CountingHandler handler;
    rapidjson::Reader reader;
    const rapidjson::ParseResult parsed = reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
    if (!parsed) {
        if (gzip.hasFailed())
            return gzip.errorString();
        return tr("the JSON is not valid at line %1: %2")
            .arg(stream.line())
            .arg(QString::fromLatin1(rapidjson::GetParseError_En(parsed.Code())));
    }
    if (handler.format != QLatin1String(kExportFormatName))
        return tr("the file is not in The Program's export format.");
    return compareCounts(handler.announced, handler.rows);
}

} // namespace tp::exchange
