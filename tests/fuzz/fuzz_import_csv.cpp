// ImportReader::read on a loose CSV file — once named clients.csv (the table
// from the name) and once as export.csv (the table guessed from the header) —
// and CsvReader directly over the bytes.

#include "formats/Csv.h"
#include "FuzzSupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString named = tp::fuzz::scratchPath(QStringLiteral("clients.csv"));
    static const QString unnamed = [] {
        // The same bytes under a name that is no table: one write per input.
        const QString link = tp::fuzz::scratchPath(QStringLiteral("export.csv"));
        QFile::link(named, link);
        return link;
    }();
    tp::fuzz::writeFile(named, data, size);
    tp::fuzz::readImport(named);
    tp::fuzz::readImport(unnamed);

    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    tp::formats::CsvReader csv(&buffer);
    QStringList fields;
    while (csv.readRecord(&fields)) {
        tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(fields.size() + csv.recordStartLine());
        for (const QString& f : std::as_const(fields))
            tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(f.size()) + (f.isNull() ? 1 : 0);
    }
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(csv.errorString().size());
    return 0;
}
