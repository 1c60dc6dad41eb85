#pragma once

#include "Repository.h"

#include <QCoreApplication>

namespace tp::cloud {

// A folder on this computer (or a mounted disk, a network share) as a
// repository: the first implementation of the seam, and the one the
// providers' behaviour is measured against. Files are written under a
// temporary name, checked against their SHA-256, synced and then renamed,
// so a kill leaves the old file or the new one. The lock is the backup
// folder's own `.backup.lock`. The folder is made when its parent exists;
// else its disk is taken to be away, and nothing is written elsewhere.
class LocalRepository final : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::LocalRepository)

public:
    explicit LocalRepository(QString folder);

    QString folder() const { return m_folder; }

    QString displayName() const override;
    bool list(QList<RemoteFile>* files, Progress* progress, QString* error) override;
    bool put(const QString& localPath, const QString& name, const QString& sha256, Progress* progress,
             QString* error) override;
    bool get(const QString& name, const QString& localPath, Progress* progress, QString* error) override;
    bool remove(const QString& name, QString* error) override;
    std::optional<Quota> quota(QString* error) override;
    bool test(QString* error) override;
    std::unique_ptr<RepositoryLock> lock(Progress* progress, QString* error) override;

    // Copies `from` into `to` under a temporary name beside it, hashing on
    // the way; renamed onto `to` only when the hash is `sha256` (when
    // given). Progress as bytes copied.
    static bool copyChecked(const QString& from, const QString& to, const QString& sha256, Progress* progress,
                            QString* error);

private:
    // Makes the folder when its parent is there; false and why otherwise.
    bool makeFolder(QString* error) const;
    // A name that stays inside the folder: no separators, no "..", not hidden.
    bool acceptable(const QString& name, QString* error) const;

    QString m_folder;
};

} // namespace tp::cloud
