#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

namespace tp {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TheProgram"));
    QCoreApplication::setApplicationName(QStringLiteral("TheProgram"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString dataFolder()
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QCoreApplication::applicationName());
    static QMutex mutex;
    static QString moved; // the folder whose earlier layout was looked at
    QMutexLocker locker(&mutex);
    if (moved != folder) {
        moved = folder;
        // Earlier versions: organisation and application name, both "TheProgram", gave two levels.
        const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (QDir::cleanPath(earlier) != QDir::cleanPath(folder) && QFileInfo(earlier).isDir())
            moveFolderContents(earlier, folder);
    }
    return folder;
}

bool moveFolderContents(const QString& from, const QString& to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    bool all = true;
    for (const QString& name :
         source.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(name);
        if (QFileInfo::exists(target) || !QFile::rename(source.filePath(name), target))
            all = false; // never over what is there: it stays where it was
    }
    if (all)
        QDir().rmdir(from);
    return all;
}

QString applicationVersion()
{
    return QStringLiteral(THEPROGRAM_VERSION);
}

} // namespace tp
