#pragma once

#include "Migrations.h"

#include <memory>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tp::files {
class TempFolder;
}

namespace tp::db {

// Why a database could not be opened. Every reason has its own sentence;
// none of them leaves the file changed.
enum class OpenError {
    None,
    MissingDirectory,
    IsDirectory,
    NotSQLite,
    NotOurDatabase,
    NewerSchema,
    IncompatibleSchema,
    ReadOnly,
    Locked,
    MigrationFailed,
    Other,
};

struct OpenFailure
{
    OpenError error = OpenError::None;
    QString message; // one sentence for a person, naming the file
};

struct OpenOptions
{
    QString path;
    bool createIfMissing = true;
    bool createDirectory = false; // only for the default location
    int busyTimeoutMs = 5000;
    // For commands that only read (info, export): the file must already be
    // a practice; nothing is created, seeded, migrated or written. A
    // practice of an older schema is read through a migrated private copy
    // in the temporary folder, so the file itself stays as it is.
    bool readOnly = false;
    // Overridable for tests of the migration mechanism.
    const QList<MigrationStep>* migrations = nullptr;
    int targetVersion = 0; // 0: TableRegistry::kSchemaVersion
};

// One open connection to the practice database. Connections are per thread:
// a worker opens its own with open() on the same path.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(tp::db::Database)

public:
    // The page size of databases this version creates, in bytes.
    static constexpr int kNewPageSize = 16384;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static QString defaultPath();

    static std::unique_ptr<Database> open(const OpenOptions& options, OpenFailure* failure);
    // Another connection to a database that exists (for a worker thread).
    static std::unique_ptr<Database> openExisting(const QString& path, OpenFailure* failure);

    QSqlDatabase connection() const;

    // Closes this connection (so the file can be swapped, as undoing an
    // import does) and opens it again with the same checks.
    void close();
    bool reopen(OpenFailure* failure);
    QString path() const { return m_sourcePath.isEmpty() ? m_path : m_sourcePath; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    QString sqliteVersion() const;
    qint64 rowCount(const QString& table) const;
    // Main file plus -wal, in bytes.
    qint64 fileSize() const;

private:
    explicit Database(QString path, QString connectionName);
    bool prepare(const OpenOptions& options, bool createdFile, OpenFailure* failure);

    static std::unique_ptr<Database> openPrivateCopy(std::unique_ptr<Database> source, OpenFailure* failure);

    QString m_path;
    QString m_connectionName;
    OpenOptions m_options;
    bool m_needsCopy = false; // read-only, but the file needs an upgrade first
    QString m_sourcePath; // the practice a private copy was made of
    std::shared_ptr<files::TempFolder> m_copyFolder; // holds the private copy while this connection lives
};

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace tp::db
