#include "SafeFiles.h"

#include <cerrno>
#include <filesystem>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tp::files {

namespace {

const QString kLockName = QStringLiteral(".lock");
// A working folder without its lock yet is being made this moment (its lock
// follows within microseconds) or was left by a kill in that moment.
constexpr int kUnlockedGraceSeconds = kOwnerlessLockSeconds;

// The nearest folder of `path` that exists: where the disk can be asked.
QString existingFolderOf(const QString& path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(folder) && !QFileInfo(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

bool syncDescriptor(int fd)
{
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

} // namespace

QString tempPattern(const QString& folder, const QString& kind)
{
    return QDir(folder).filePath(kTempPrefix + kind + QStringLiteral("-XXXXXX"));
}

void removeStale(const QString& folder, const QString& kind)
{
    const QDir dir(folder);
    const QStringList names
        = dir.entryList({ kTempPrefix + kind + QStringLiteral("-*") },
                        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isDir()) {
            QFile::remove(path);
            continue;
        }
        const QString lockPath = QDir(path).filePath(kLockName);
        if (!QFileInfo::exists(lockPath)) {
            // Made a moment ago and not locked yet, or left by a kill in that moment.
            if (info.lastModified().secsTo(QDateTime::currentDateTime()) < kUnlockedGraceSeconds)
                continue;
        } else {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0); // stale only when its process is gone
            if (!tryLock(lock, lockPath, 0))
                continue; // a running program's
            lock.unlock();
        }
        QDir(path).removeRecursively();
    }
}

bool tryLock(QLockFile& lock, const QString& lockPath, int timeoutMs)
{
    if (lock.tryLock(timeoutMs))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // a named owner: QLockFile knows whether it still runs
    const QFileInfo info(lockPath);
    if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) < kOwnerlessLockSeconds)
        return false; // being written this moment
    // removeStaleLockFile() takes the file's native lock first, so a lock
    // whose owner still runs (and holds that) is never removed.
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

struct TempFolder::Private
{
    QString parent;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QLockFile> lock;
    QString error;
};

TempFolder::TempFolder(const QString& parent, const QString& kind)
    : d(std::make_unique<Private>())
{
    d->parent = parent;
    removeStale(parent, kind);
    d->dir = std::make_unique<QTemporaryDir>(tempPattern(parent, kind));
    if (!d->dir->isValid()) {
        d->error = writeFailure(parent, d->dir->errorString());
        return;
    }
    makeOwnerOnly(d->dir->path());
    d->lock = std::make_unique<QLockFile>(d->dir->filePath(kLockName));
    d->lock->setStaleLockTime(0);
    if (!d->lock->tryLock(0)) {
        d->error = writeFailure(d->dir->filePath(kLockName), QString());
        d->lock.reset();
        d->dir.reset();
    }
}

TempFolder::~TempFolder()
{
    if (d->lock)
        d->lock->unlock();
}

bool TempFolder::isValid() const
{
    return d->dir && d->lock;
}

QString TempFolder::path() const
{
    return d->dir ? d->dir->path() : QString();
}

QString TempFolder::filePath(const QString& name) const
{
    return d->dir ? d->dir->filePath(name) : QString();
}

QString TempFolder::errorString() const
{
    return d->error;
}

void makeOwnerOnly(const QString& path)
{
    const QFileInfo info(path);
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.isDir())
        p |= QFileDevice::ExeOwner;
    QFile::setPermissions(path, p);
}

bool syncFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        *error = f.errorString();
        return false;
    }
    if (!syncDescriptor(f.handle())) {
        *error = qt_error_string(errno);
        return false;
    }
    return true;
}

void syncFolder(const QString& folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder) // NTFS journals renames itself
#endif
}

bool replace(const QString& from, const QString& to, QString* error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    syncFolder(QFileInfo(to).absolutePath());
    return true;
}

bool copyAndSync(const QString& from, const QString& to, QString* error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = writeFailure(to, out.errorString());
        return false;
    }
    makeOwnerOnly(to);
    for (;;) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (out.write(chunk) != chunk.size() || !out.flush()) {
            *error = writeFailure(to, out.errorString());
            return false;
        }
    }
    if (in.error() != QFileDevice::NoError) {
        *error = in.errorString();
        return false;
    }
    if (!syncDescriptor(out.handle())) {
        *error = writeFailure(to, qt_error_string(errno));
        return false;
    }
    return true;
}

bool saveOwnerOnly(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeFailure(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!writeAll(&file, bytes.constData(), bytes.size()) || !file.flush() || !file.commit()) {
        *error = writeFailure(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    makeOwnerOnly(path);
    return true;
}

bool writeAll(QIODevice* device, const char* data, qint64 length)
{
    while (length > 0) {
        const qint64 n = device->write(data, length);
        if (n <= 0)
            return false;
        data += n;
        length -= n;
    }
    return true;
}

QString writeFailure(const QString& path, const QString& systemText)
{
    const QString folder = existingFolderOf(path);
    const QStorageInfo storage(folder);
    const QString where = QDir::toNativeSeparators(path);
    const auto full = [&]() {
        return SafeFiles::tr("The disk is full (%1 free at %2).")
            .arg(QLocale().formattedDataSize(storage.isValid() ? storage.bytesAvailable() : 0),
                 QDir::toNativeSeparators(folder));
    };
    if ((storage.isValid() && storage.isReadOnly()) || systemText.contains(qt_error_string(EROFS)))
        return SafeFiles::tr("%1 is read-only.").arg(where);
    if (systemText.contains(qt_error_string(ENOSPC)) || systemText.contains(QLatin1String("disk is full")))
        return full();
    if (systemText.contains(qt_error_string(EACCES)) || systemText.contains(qt_error_string(EPERM)))
        return SafeFiles::tr("Permission denied: %1.").arg(where);
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
        return full();
    if (!QFileInfo(folder).isWritable())
        return SafeFiles::tr("Permission denied: %1.").arg(where);
    return SafeFiles::tr("%1 cannot be written: %2")
        .arg(where, systemText.isEmpty() ? SafeFiles::tr("unknown error") : systemText);
}

} // namespace tp::files
