#include "ConvertSupport.h"

#include "exchange/InputLimits.h"

#include <QLocale>

namespace tp::exchange::convert {

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

} // namespace tp::exchange::convert
