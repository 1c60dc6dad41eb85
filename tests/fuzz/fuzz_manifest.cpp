// BackupEngine::parseManifest: a backup's sidecar manifest (JSON), then the
// fields `backup list` reads from it (id, created_at through
// timestamp::parse).

#include "backup/BackupManifest.h"
#include "FuzzSupport.h"
#include "util/Clock.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tp::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    const tp::backup::BackupManifest manifest = tp::backup::BackupManifest::parse(bytes, &problem);
    const QString id = manifest.id();
    const QDateTime created = manifest.createdAt();
    tp::fuzz::g_touched = tp::fuzz::g_touched
        + size_t(problem.size() + id.size() + manifest.json().size() + manifest.rowCounts().size())
        + size_t(manifest.storedSize() & 0xff) + size_t(manifest.verifiedAt().isValid())
        + (created.isValid() ? size_t(created.toMSecsSinceEpoch() & 0xff) : 0);
    return 0;
}
