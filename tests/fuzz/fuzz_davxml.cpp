// The WebDAV answers the WebDAV repository reads (cloud/DavXml): a
// PROPFIND multistatus with sizes, times, collections and quota.

#include "cloud/DavXml.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tp::cloud;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto entries = davxml::multistatus(bytes);
    size_t touched = entries ? 1 : 0;
    if (entries) {
        for (const davxml::Entry& e : *entries)
            touched += size_t(e.href.size()) + size_t(e.collection) + size_t(e.size & 0xff)
                + size_t(e.modified.isValid()) + size_t(e.quotaUsed & 0xff) + size_t(e.quotaAvailable & 0xff);
    }
    tp::fuzz::g_touched = tp::fuzz::g_touched + touched;
    return 0;
}
