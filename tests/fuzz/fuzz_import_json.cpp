// ImportReader::read on a file named *.json: the export document and the
// earlier edition's JSON (RapidJSON SAX over Utf8Reader), charset detection;
// the reader decides by content, so CSV-looking inputs reach the CSV path.

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = tp::fuzz::scratchPath(QStringLiteral("practice.json"));
    tp::fuzz::writeFile(path, data, size);
    tp::fuzz::readImport(path);
    return 0;
}
