// ImportReader::read on a file named *.zip (the CSV bundle: manifest.json and
// one CSV per table, through libzip), and ZipReader directly: every entry
// opened and read to its end.

#include "formats/ZipArchive.h"
#include "FuzzSupport.h"

#include <memory>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = tp::fuzz::scratchPath(QStringLiteral("bundle.zip"));
    tp::fuzz::writeFile(path, data, size);
    tp::fuzz::readImport(path);

    tp::formats::ZipReader zip(path);
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(zip.errorString().size());
    if (!zip.isOpen())
        return 0;
    QStringList names = zip.entryNames();
    names << QStringLiteral("manifest.json") << QStringLiteral("no such entry.csv");
    for (const QString& name : std::as_const(names)) {
        std::unique_ptr<QIODevice> entry(zip.openEntry(name));
        if (entry)
            tp::fuzz::drain(entry.get());
        else
            tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(zip.errorString().size());
    }
    return 0;
}
