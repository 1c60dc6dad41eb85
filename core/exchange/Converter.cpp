#include "Converter.h"

#include "convert/ConvertSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tp::exchange {

using namespace convert;

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

    const Route route{ options, progress, inputInfo, in, inner, out, outGzip };
    if ((in == Kind::Gzip && !outGzip && out == inner && inner != Kind::Json)
        || (in != Kind::Gzip && outGzip && out == in && in != Kind::Json))
        return regzip(route, result);
    if (inner == Kind::Json) {
        if (out == Kind::Json)
            return jsonToJson(route, result);
        if (out == Kind::Zip || out == Kind::Folder)
            return jsonToCsv(route, result);
        result.error
            = tr("JSON can become JSON (.json, .json.gz), a CSV bundle (.zip) or a folder of CSV files.");
        return result;
    }
    if (in == Kind::Zip || in == Kind::Folder) {
        if (in == Kind::Zip && out == Kind::Folder)
            return zipToFolder(route, result);
        if (in == Kind::Folder && out == Kind::Zip)
            return folderToZip(route, result);
        if (out == Kind::Json)
            return bundleToJson(route, result);
        result.error
            = tr("A CSV bundle can become JSON (.json, .json.gz), a folder, or (from a folder) a zip.");
        return result;
    }
    if (inner == Kind::Csv && out == Kind::Json)
        return csvToJson(route, result);
    result.error = tr("Converting %1 to %2 is not something the converter does.")
                       .arg(result.inputKind, result.outputKind);
    return result;
}

} // namespace tp::exchange
