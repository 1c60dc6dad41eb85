// BackupEngine::parseManifest: a backup's sidecar manifest (JSON), then the
// fields `backup list` reads from it (id, created_at through
// timestamp::parse).

#include "backup/BackupEngine.h"
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
    const QJsonObject manifest = tp::backup::BackupEngine::parseManifest(bytes, &problem);
    const QString id = manifest.value(QLatin1String("id")).toString();
    const auto created = tp::timestamp::parse(manifest.value(QLatin1String("created_at")).toString());
    tp::fuzz::g_touched = tp::fuzz::g_touched + size_t(problem.size() + id.size() + manifest.size())
        + (created ? size_t(created->toMSecsSinceEpoch() & 0xff) : 0);
    return 0;
}
