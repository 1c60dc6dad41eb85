#include "LocalRepository.h"

#include "crypto/Sha256.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>

namespace tp::cloud {

namespace {

constexpr qint64 kChunk = 1 << 20;

class FolderLock final : public RepositoryLock
{
public:
    explicit FolderLock(std::unique_ptr<QLockFile> lock)
        : m_lock(std::move(lock))
    {
    }
    bool holdsLock() const override { return m_lock && m_lock->isLocked(); }

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace

std::unique_ptr<RepositoryLock> Repository::lock(Progress*, QString*)
{
    return std::make_unique<FolderLock>(nullptr);
}

LocalRepository::LocalRepository(QString folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
}

QString LocalRepository::displayName() const
{
    return tr("the folder %1").arg(QDir::toNativeSeparators(m_folder));
}

bool LocalRepository::acceptable(const QString& name, QString* error) const
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.')) || name.contains(QChar(0))) {
        *error = tr("“%1” is not a file name that can be kept in %2.").arg(name, displayName());
        return false;
    }
    return true;
}

bool LocalRepository::makeFolder(QString* error) const
{
    // One level only: a folder whose parent is missing is on a disk that is
    // not there (unplugged, not mounted), and copies must not land on
    // another disk in its place.
    if (QFileInfo(m_folder).isDir())
        return true;
    if (QFileInfo(m_folder).dir().exists() && QDir().mkdir(m_folder))
        return true;
    *error = QFileInfo(m_folder).dir().exists()
        ? files::writeFailure(m_folder, tr("the folder cannot be made"))
        : tr("The folder %1 does not exist (is its disk connected?).")
              .arg(QDir::toNativeSeparators(m_folder));
    return false;
}

bool LocalRepository::list(QList<RemoteFile>* files, Progress*, QString* error)
{
    files->clear();
    const QFileInfo dir(m_folder);
    if (!dir.exists() && QFileInfo(m_folder).dir().exists())
        return true; // not made yet: nothing there
    if (!dir.isDir()) {
        *error = tr("The folder %1 does not exist (is its disk connected?).")
                     .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    if (!dir.isReadable()) {
        *error
            = tr("The folder %1 cannot be read: permission denied.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QDirIterator it(m_folder, QDir::Files); // hidden files (locks, temporaries) are not listed
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        RemoteFile file;
        file.name = info.fileName();
        file.size = info.size();
        file.modified = info.lastModified().toUTC();
        *files << file;
    }
    return true;
}

bool LocalRepository::copyChecked(const QString& from, const QString& to, const QString& sha256,
                                  Progress* progress, QString* error)
{
    NoProgress none;
    progress = progress ? progress : &none;
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(from), in.errorString());
        return false;
    }
    const QFileInfo target(to);
    const QString temp
        = target.dir().filePath(files::kTempPrefix + QStringLiteral("copy-") + target.fileName());
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = files::writeFailure(temp, out.errorString());
        return false;
    }
    files::makeOwnerOnly(temp);
    auto fail = [&](const QString& why) {
        out.close();
        QFile::remove(temp);
        *error = why;
        return false;
    };
    crypto::Sha256 hash;
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        if (progress->isCanceled())
            return fail(tr("Cancelled."));
        const qint64 got = in.read(chunk.data(), kChunk);
        if (got < 0)
            return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
        if (got == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), got));
        if (!files::writeAll(&out, chunk.constData(), got))
            return fail(files::writeFailure(to, out.errorString()));
        done += got;
        progress->report(done, total, tr("Copying %1").arg(target.fileName()));
    }
    if (!out.flush())
        return fail(files::writeFailure(to, out.errorString()));
    out.close();
    const QByteArray digest = hash.hexResult();
    if (!sha256.isEmpty() && digest != sha256.toLatin1().toLower())
        return fail(tr("The copy of %1 does not match its checksum; nothing was kept. Is the disk failing?")
                        .arg(QDir::toNativeSeparators(from)));
    QString why;
    if (!files::syncFile(temp, &why) || !files::replace(temp, to, &why))
        return fail(files::writeFailure(to, why));
    return true;
}

bool LocalRepository::put(const QString& localPath, const QString& name, const QString& sha256,
                          Progress* progress, QString* error)
{
    if (!acceptable(name, error) || !makeFolder(error))
        return false;
    return copyChecked(localPath, QDir(m_folder).filePath(name), sha256, progress, error);
}

bool LocalRepository::get(const QString& name, const QString& localPath, Progress* progress, QString* error)
{
    if (!acceptable(name, error))
        return false;
    const QString path = QDir(m_folder).filePath(name);
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 is not in %2.").arg(name, displayName());
        return false;
    }
    return copyChecked(path, localPath, QString(), progress, error);
}

bool LocalRepository::remove(const QString& name, QString* error)
{
    if (!acceptable(name, error))
        return false;
    QFile file(QDir(m_folder).filePath(name));
    if (!file.exists() || file.remove()) {
        files::syncFolder(m_folder);
        return true;
    }
    *error = tr("%1 cannot be removed from %2: %3").arg(name, displayName(), file.errorString());
    return false;
}

std::optional<Quota> LocalRepository::quota(QString* error)
{
    QString existing = m_folder;
    while (!QFileInfo(existing).isDir() && QFileInfo(existing).dir().path() != existing)
        existing = QFileInfo(existing).dir().path();
    const QStorageInfo storage(existing);
    if (!storage.isValid() || !storage.isReady()) {
        *error = tr("The disk of %1 cannot be read.").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    Quota quota;
    quota.total = storage.bytesTotal();
    quota.used = storage.bytesTotal() - storage.bytesAvailable();
    return quota;
}

bool LocalRepository::test(QString* error)
{
    if (!makeFolder(error))
        return false;
    const QString probe = QDir(m_folder).filePath(files::kTempPrefix + QStringLiteral("test"));
    if (!files::saveOwnerOnly(probe, QByteArrayLiteral("test"), error))
        return false;
    QFile::remove(probe);
    return true;
}

std::unique_ptr<RepositoryLock> LocalRepository::lock(Progress* progress, QString* error)
{
    NoProgress none;
    progress = progress ? progress : &none;
    if (!makeFolder(error))
        return nullptr;
    const QString lockPath = QDir(m_folder).filePath(QStringLiteral(".backup.lock"));
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    bool said = false;
    while (!files::tryLock(*lock, lockPath, 250)) {
        if (lock->error() != QLockFile::LockFailedError) {
            *error = files::writeFailure(lockPath, tr("the lock cannot be made"));
            return nullptr;
        }
        if (!said) {
            progress->report(0, 0, tr("Waiting for another program writing to %1…").arg(displayName()));
            said = true;
        }
        if (progress->isCanceled()) {
            *error = tr("Cancelled while another program was writing to %1.").arg(displayName());
            return nullptr;
        }
    }
    return std::make_unique<FolderLock>(std::move(lock));
}

} // namespace tp::cloud
