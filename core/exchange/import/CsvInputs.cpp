#include "crypto/Sha256.h"
#include "db/TableRegistry.h"
#include "exchange/Exporter.h"
#include "exchange/InputLimits.h"
#include "formats/Csv.h"
#include "formats/FormulaGuard.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "formats/TextDecoding.h"
#include "formats/ZipArchive.h"
#include "InputParts.h"

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

namespace tp::exchange::reading {

namespace {

// The table a loose CSV holds: its file name, else the registry table whose
// columns its header matches best.
QString tableOfCsv(const QString& fileName, const QStringList& header)
{
    QString base = QFileInfo(fileName).fileName();
    for (const char* suffix : { ".gz", ".csv" }) {
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            base.chop(int(qstrlen(suffix)));
    }
    if (registry().table(base))
        return base;
    QString best;
    int bestScore = 0;
    for (const db::Table& t : registry().tables()) {
        int score = 0;
        for (const QString& h : header)
            score += t.column(h) ? 1 : 0;
        if (score == header.size() && score > bestScore && score >= t.columns.size() / 2) {
            best = t.name;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

// The charset of a text input: as the user states it, else detected (with a
// warning when it is not UTF-8 at all).
formats::Charset textCharset(QIODevice* raw, const QString& displayName, const QString& stated,
                             ReadResult* result)
{
    formats::Charset charset = formats::Charset::Utf8;
    if (!stated.isEmpty() && formats::parseCharset(stated, &charset))
        return charset;
    charset = formats::detectCharset(raw->peek(1 << 16));
    if (charset == formats::Charset::Windows1252)
        result->warnings << tp::exchange::ImportReader::tr(
                                "%1 is not UTF-8 at all; it was read as Windows-1252. Check "
                                "accented letters, or state the "
                                "encoding (--encoding).")
                                .arg(displayName);
    return charset;
}

bool readCsv(QIODevice* raw, const QString& displayName, const QString& knownTable, ReadResult* result,
             const std::function<bool(const SourceRow&)>& sink, qint64* rows, bool guarded,
             const QString& stated)
{
    formats::Utf8Reader utf8(raw, textCharset(raw, displayName, stated, result));
    formats::CsvReader csv(&utf8);
    csv.setLimits(limits::kMaxValueBytes, limits::kMaxRowBytes);
    QStringList header;
    if (!csv.readRecord(&header)) {
        result->error = tp::exchange::ImportReader::tr("%1 is empty: it has no header row.").arg(displayName);
        return false;
    }
    const QString table = knownTable.isEmpty() ? tableOfCsv(displayName, header) : knownTable;
    const db::Table* t = registry().table(table);
    if (!t) {
        result->error = tp::exchange::ImportReader::tr(
                            "%1: neither its name nor its header row (%2) says which table it holds.")
                            .arg(displayName, header.join(QStringLiteral(", ")));
        return false;
    }
    for (const QString& h : std::as_const(header)) {
        if (!t->column(h))
            result->warnings << unknownColumn(displayName, h, table);
    }
    QStringList record;
    SourceRow row;
    row.table = table;
    row.file = displayName;
    while (csv.readRecord(&record)) {
        row.line = csv.recordStartLine();
        if (record.size() != header.size()) {
            result->error = tp::exchange::ImportReader::tr("%1, line %2: %3 fields where the header has %4.")
                                .arg(displayName)
                                .arg(row.line)
                                .arg(record.size())
                                .arg(header.size());
            return false;
        }
        row.values.clear();
        row.invalidText.clear();
        for (int i : csv.invalidUtf8Fields())
            row.invalidText << header.at(i);
        for (int i = 0; i < header.size(); ++i) {
            const db::Column* c = t->column(header.at(i));
            if (!c)
                continue;
            const QString& text = record.at(i);
            row.values.insert(
                header.at(i),
                text.isNull()
                    ? QVariant()
                    : QVariant(guarded && !c->isNumeric() ? formats::formula::unguard(text) : text));
        }
        if (!sink(row))
            return false;
        if (rows)
            ++*rows;
    }
    if (csv.hasError()) {
        result->error = displayName + QStringLiteral(": ") + csv.errorString();
        return false;
    }
    return true;
}

namespace {

// Passes a device's bytes through, hashing them on the way.
class HashingReader : public QIODevice
{
public:
    // `limit`: the most bytes it hands out (what the archive declares).
    HashingReader(QIODevice* source, qint64 limit)
        : m_source(source)
        , m_left(limit)
    {
        QIODevice::open(ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_source->atEnd() && QIODevice::atEnd(); }
    QString hash() { return QString::fromLatin1(m_hash.hexResult()); }
    bool overLimit() const { return m_over; }

protected:
    qint64 readData(char* data, qint64 maxLength) override
    {
        if (m_left <= 0 && !m_source->atEnd()) {
            char probe;
            m_over = m_source->read(&probe, 1) > 0;
            return -1;
        }
        const qint64 n = m_source->read(data, qMin(maxLength, m_left));
        if (n > 0)
            m_left -= n;
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        return n == 0 && m_source->atEnd() ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* m_source;
    qint64 m_left;
    bool m_over = false;
    crypto::Sha256 m_hash;
};

} // namespace

// The tables of a CSV bundle, parents first whatever order the zip has;
// each file checked against the manifest's SHA-256 and row count.
bool readBundle(formats::ZipReader& zip, const QString& name, const QJsonObject& manifest, ReadResult* result,
                const std::function<bool(const SourceRow&)>& sink)
{
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray())
        listed.insert(f.toObject().value(QLatin1String("name")).toString(), f.toObject());
    if (manifest.isEmpty())
        result->warnings << tp::exchange::ImportReader::tr(
                                "%1 has no manifest, so its files cannot be checked against it.")
                                .arg(name);
    const bool guarded = manifest.value(QLatin1String("csv_formula_protection")).toString()
        == formats::formula::protectionName();
    const QStringList entries = zip.entryNames();
    if (entries.size() > limits::kMaxBundleEntries) {
        result->error
            = tp::exchange::ImportReader::tr(
                  "%1 holds %2 files; a bundle of The Program holds at most %3, so nothing was imported.")
                  .arg(name)
                  .arg(entries.size())
                  .arg(limits::kMaxBundleEntries);
        return false;
    }
    int tables = 0;
    for (const db::Table& t : registry().tables()) {
        const QString entry = t.name + QStringLiteral(".csv");
        if (!entries.contains(entry))
            continue;
        ++tables;
        const QString where = name + QLatin1Char('/') + entry;
        std::unique_ptr<QIODevice> dev(zip.openEntry(entry));
        if (!dev) {
            result->error = zip.errorString();
            return false;
        }
        qint64 size = 0, compressed = 0;
        if (!zip.sizes(entry, &size, &compressed) || size > limits::kMaxExpanded
            || (size > limits::kExpansionGrace
                && size / qMax<qint64>(compressed, 1) > limits::kMaxExpansion)) {
            result->error = tp::exchange::ImportReader::tr(
                                "%1 expands more than %2-fold: it is not part of an export of "
                                "The Program, or it is built to "
                                "fill the memory or the disk, so nothing was imported.")
                                .arg(where)
                                .arg(limits::kMaxExpansion);
            return false;
        }
        HashingReader hashed(dev.get(), size);
        qint64 rows = 0;
        const bool read = readCsv(&hashed, where, t.name, result, sink, &rows, guarded);
        if (hashed.overLimit()) {
            result->error
                = tp::exchange::ImportReader::tr("%1 holds more than the archive declares: it was changed or "
                                                 "built to mislead, so nothing "
                                                 "was imported.")
                      .arg(where);
            return false;
        }
        if (!read)
            return false;
        if (manifest.isEmpty())
            continue;
        const QJsonObject file = listed.value(entry);
        if (file.isEmpty()) {
            result->error
                = tp::exchange::ImportReader::tr("%1 is not listed in the bundle's manifest, so it cannot be "
                                                 "checked; nothing was imported.")
                      .arg(where);
            return false;
        }
        hashed.readAll(); // what the CSV reader left (nothing, or trailing bytes)
        if (hashed.hash() != file.value(QLatin1String("sha256")).toString()) {
            result->error = tp::exchange::ImportReader::tr(
                                "%1 does not match its SHA-256 in the bundle's manifest: it was "
                                "changed or damaged after "
                                "it was written, so nothing was imported.")
                                .arg(where);
            return false;
        }
        if (rows != file.value(QLatin1String("rows")).toInteger(-1)) {
            result->error
                = countMismatch(where, t.name, file.value(QLatin1String("rows")).toInteger(-1), rows);
            return false;
        }
    }
    for (const QString& entry : entries) {
        if (entry != QLatin1String("manifest.json") && entry != QLatin1String("chart_positions.csv")
            && !registry().table(entry.section(QLatin1Char('.'), 0, 0)))
            result->warnings << tp::exchange::ImportReader::tr(
                                    "%1: %2 is not a table The Program knows and is ignored.")
                                    .arg(name, entry);
    }
    if (tables == 0) {
        result->error = notAnExport(name);
        return false;
    }
    return true;
}

} // namespace tp::exchange::reading
