#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QLockFile;

#include <memory>

namespace tp::files {

// Every temporary file and folder The Program makes starts with this, so a
// stale one (left by a killed run) is recognised and removed by the next run
// of the same kind, and never mistaken for a real file.
inline const QString kTempPrefix = QStringLiteral(".theprogram-tmp-");

// `<folder>/.theprogram-tmp-<kind>-XXXXXX`: the pattern of TempFolder.
QString tempPattern(const QString& folder, const QString& kind);
// Removes the temporary folders of `kind` in `folder` that no running
// program holds: what a killed run left.
void removeStale(const QString& folder, const QString& kind);

// A working folder of one run: owner-only, named with kTempPrefix, locked
// (a lock file inside, held while the run lives) so that removeStale() of
// another run leaves it alone; removed with everything in it when the run
// ends — and, if the run is killed, by the next run of the same kind.
class TempFolder
{
public:
    // Removes stale folders of `kind` in `parent` first.
    TempFolder(const QString& parent, const QString& kind);
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    bool isValid() const;
    QString path() const;
    QString filePath(const QString& name) const;
    // Why it could not be made, in writeFailure()'s words.
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// QLockFile::tryLock(timeoutMs) for a lock that is stale only when its
// process is gone (staleLockTime 0). QLockFile writes its owner into the lock
// file just after creating it; a kill in that instant leaves a lock file that
// names no owner, which such a lock would honour forever. One that has named
// no owner for kOwnerlessLockSeconds is removed and the lock taken.
inline constexpr int kOwnerlessLockSeconds = 5;
bool tryLock(QLockFile& lock, const QString& lockPath, int timeoutMs);

// 0600 for a file, 0700 for a folder, whatever the umask.
void makeOwnerOnly(const QString& path);

// Puts the file's data on the disk (fsync); false with the reason.
bool syncFile(const QString& path, QString* error);
// Makes a rename or a new entry in the folder survive a crash.
void syncFolder(const QString& folder);
// rename(2) of `from` onto `to`, then the folder synced: a crash leaves the
// old file or the new one at `to`.
bool replace(const QString& from, const QString& to, QString* error);
// Copies into `to` (created owner-only, replaced if present) and syncs it.
bool copyAndSync(const QString& from, const QString& to, QString* error);

// A whole small file written the safe way (QSaveFile: the old file or the
// new one), owner-only; false with writeFailure()'s words.
bool saveOwnerOnly(const QString& path, const QByteArray& bytes, QString* error);

// Writes all of `data` to `device`: a short write (a disk filling up) is
// retried until the device takes the rest or refuses with the system's
// reason in errorString(). False on refusal.
bool writeAll(QIODevice* device, const char* data, qint64 length);

// The words for a write that failed at `path`: "The disk is full (12 KB free
// at /x).", "/x is read-only.", "Permission denied: /x." — else the system's
// own text with the path. `systemText` is the device's errorString().
QString writeFailure(const QString& path, const QString& systemText);

class SafeFiles
{
    Q_DECLARE_TR_FUNCTIONS(tp::files::SafeFiles)
};

} // namespace tp::files
