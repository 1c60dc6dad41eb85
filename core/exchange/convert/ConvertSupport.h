#pragma once

// What the routes of Converter::run share: the kinds of input and output,
// typed and inferred JSON values from CSV text, text inputs, JSON output
// files and CSV bundles. Internal to core/exchange.

#include "db/TableRegistry.h"
#include "exchange/Converter.h"
#include "formats/GzipDevice.h"
#include "formats/JsonStream.h"
#include "formats/TextDecoding.h"
#include "formats/ZipArchive.h"
#include "util/SafeFiles.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

namespace tp::exchange::convert {

enum class Kind { Json, Csv, Zip, Folder, Gzip };

QString kindName(Kind k);
// By content: magic bytes, else the first non-blank character.
Kind sniff(const QByteArray& head);
// By name, for the output.
Kind outputKind(const QString& path, bool* gzipped);
QString numberText(double d);

// One conversion: what it reads and writes.
struct Route
{
    const ConvertOptions& options;
    Progress* progress;
    QFileInfo inputInfo;
    Kind in; // the input as it is
    Kind inner; // what a gzip input holds (else `in`)
    Kind out;
    bool outGzip;
};

ConvertResult regzip(const Route& route, ConvertResult result); // gzip on or off, the bytes as they are
ConvertResult jsonToJson(const Route& route, ConvertResult result); // reformatted, numbers as written
ConvertResult jsonToCsv(const Route& route, ConvertResult result); // an export into a CSV bundle
ConvertResult zipToFolder(const Route& route, ConvertResult result);
ConvertResult folderToZip(const Route& route, ConvertResult result);
ConvertResult bundleToJson(const Route& route, ConvertResult result);
ConvertResult csvToJson(const Route& route, ConvertResult result); // one CSV file, types inferred

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
        case db::ColumnKind::Integer:
        case db::ColumnKind::SingletonId: {
            const qlonglong n = text.toLongLong(&ok);
            if (ok) {
                w.Int64(n);
                return;
            }
            break;
        }
        case db::ColumnKind::Real: {
            const double d = text.toDouble(&ok);
            if (ok) {
                w.Double(d);
                return;
            }
            break;
        }
        case db::ColumnKind::Boolean: {
            const QString s = text.trimmed().toLower();
            if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("0")
                || s == QLatin1String("false")) {
                w.Bool(s == QLatin1String("1") || s == QLatin1String("true"));
                return;
            }
            break;
        }
        case db::ColumnKind::Json: {
            if (formats::writeJsonText(w, utf8.constData(), std::size_t(utf8.size())))
                return; // numbers as they were written
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

QString invalidText(const QString& file, qint64 line, const QString& column);
Inferred widen(Inferred current, const QString& value);

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

bool openText(const QString& path, TextInput* in, QStringList* warnings, QString* error);

// Writes the JSON that `body` makes into `path` (QSaveFile: whole or not at
// all); a cancel through `progress` after the body's last look is heeded
// here, before anything is committed.
template <typename Fn>
bool writeJsonFile(const QString& path, bool gzip, bool pretty, formats::CompressionLevel level,
                   Progress* progress, QString* error, Fn body)
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
    if (ok && progress->isCanceled()) {
        *error = Converter::tr("Cancelled; nothing was written.");
        ok = false;
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

} // namespace tp::exchange::convert
