#pragma once

#include "util/Progress.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tp::cloud {

// One file as a store lists it, named relative to the repository's root.
struct RemoteFile
{
    QString name;
    qint64 size = -1;
    QDateTime modified; // UTC, as the store reports it; may be invalid
};

// Space on a store; -1 where it does not say.
struct Quota
{
    qint64 used = -1;
    qint64 total = -1;
    qint64 available() const { return used >= 0 && total >= 0 ? qMax<qint64>(0, total - used) : -1; }
};

// Held while one program writes to or prunes a repository. Stores that
// cannot lock hand out one that holds nothing (`holdsLock()` false).
class RepositoryLock
{
public:
    virtual ~RepositoryLock() = default;
    virtual bool holdsLock() const = 0;
};

// Where backups live: the local folder, or a cloud store behind one of the
// providers of this folder. What `core/backup` and the app need of a store,
// and nothing of how a provider speaks to it. Every call blocks (callers run
// them on a worker), reports through `progress` and stops when it is
// cancelled. `error` gets a sentence a practitioner can act on.
class Repository
{
public:
    virtual ~Repository() = default;

    // "S3 bucket backups at s3.example.com", for messages and lists.
    virtual QString displayName() const = 0;

    // Every file under the root, in no particular order.
    virtual bool list(QList<RemoteFile>* files, Progress* progress, QString* error) = 0;

    // Stores the file at `localPath` as `name`, replacing one of that name.
    // Streams from disk with flat memory; retries and resumes an interrupted
    // transfer where the protocol allows; `sha256` (hex, of the file) is
    // kept with it where the store allows and what arrived is checked
    // against it. After a failure or a cancel nothing half-written is left
    // under `name`, and no partial upload is left on the store.
    virtual bool put(const QString& localPath, const QString& name, const QString& sha256, Progress* progress,
                     QString* error)
        = 0;

    // Fetches `name` into `localPath`, whole or not at all (a download that
    // breaks off resumes where it stopped).
    virtual bool get(const QString& name, const QString& localPath, Progress* progress, QString* error) = 0;

    // Removes `name`; one that is not there counts as removed.
    virtual bool remove(const QString& name, QString* error) = 0;

    // Used and total space; nullopt with an empty error when the store does
    // not tell.
    virtual std::optional<Quota> quota(QString* error) = 0;

    // Reaches the store with the account's credentials: true, or what is wrong.
    virtual bool test(QString* error) = 0;

    // The repository's lock where the store has one; see RepositoryLock.
    virtual std::unique_ptr<RepositoryLock> lock(Progress* progress, QString* error);

    // The account's grant is gone (revoked, expired): only connecting it
    // again helps, and the app says "Reconnect needed" instead of retrying.
    virtual bool needsReconnect() const { return false; }
    // Whose account it is ("Ada Lovelace (ada@example.org)"), once test()
    // or another call has asked the store; empty where it does not say.
    virtual QString accountName() const { return {}; }
};

} // namespace tp::cloud
