#include "Database.h"

#include "TableRegistry.h"
#include "util/AppInfo.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <atomic>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringBuilder>

Q_LOGGING_CATEGORY(lcDatabase, "theprogram.db", QtWarningMsg)

namespace tp::db {

namespace {

std::atomic<int> g_connectionCounter{ 0 };

bool isBusy(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6")
        || e.databaseText().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

bool isNotADatabase(const QSqlError& e)
{
    return e.nativeErrorCode() == QLatin1String("26")
        || e.databaseText().contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

bool fail(OpenFailure* failure, OpenError error, const QString& message)
{
    if (failure) {
        failure->error = error;
        failure->message = message;
    }
    qCInfo(lcDatabase).noquote() << message;
    return false;
}

QString defaultAspectOrbs()
{
    return QStringLiteral("{\"conjunction\":8,\"opposition\":8,\"trine\":7,\"square\":7,\"sextile\":5,"
                          "\"quincunx\":3,\"semisextile\":2,\"semisquare\":2,\"sesquiquadrate\":2}");
}

QString defaultDisplayedPoints()
{
    return QStringLiteral(
        "[\"sun\",\"moon\",\"mercury\",\"venus\",\"mars\",\"jupiter\",\"saturn\",\"uranus\","
        "\"neptune\",\"pluto\",\"north_node\",\"chiron\",\"ascendant\",\"midheaven\"]");
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("theprogram.db"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const OpenOptions& options, OpenFailure* failure)
{
    if (failure)
        *failure = {};
    if (options.path.isEmpty()) {
        fail(failure, OpenError::Other, tr("No database file was given."));
        return nullptr;
    }
    const QFileInfo info(options.path);
    const QString path = info.absoluteFilePath();
    const QString folder = info.absolutePath();

    if (!QDir(folder).exists()) {
        if (!options.createDirectory || !QDir().mkpath(folder)) {
            fail(failure, OpenError::MissingDirectory,
                 tr("The folder %1 does not exist, so the database %2 cannot be opened or created there.")
                     .arg(QDir::toNativeSeparators(folder), info.fileName()));
            return nullptr;
        }
    }

    bool createdFile = false;
    if (info.exists()) {
        if (info.isDir()) {
            fail(failure, OpenError::IsDirectory,
                 tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(failure, OpenError::Other,
                 tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
            return nullptr;
        }
        const QByteArray header = file.read(16);
        if (options.readOnly && info.size() == 0) {
            fail(failure, OpenError::NotOurDatabase,
                 tr("%1 is empty: it is not a practice of The Program. It was left untouched.")
                     .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16)) {
            fail(failure, OpenError::NotSQLite,
                 tr("%1 is not a database of The Program: it is not an SQLite file. It was left untouched.")
                     .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        if (!options.readOnly && (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable())) {
            fail(failure, OpenError::ReadOnly,
                 tr("%1 is read-only. The Program needs to write to its database; make the file writable "
                    "or open a copy of it.")
                     .arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
    } else {
        if (!options.createIfMissing || options.readOnly) {
            fail(failure, OpenError::Other, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            fail(failure, OpenError::Other,
                 tr("The database %1 cannot be created: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            return nullptr;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        createdFile = true;
    }

    const QString name = QStringLiteral("theprogram-%1").arg(++g_connectionCounter);
    std::unique_ptr<Database> db(new Database(path, name));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly && !info.isWritable())
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        c.setConnectOptions(connectOptions);
        if (!c.open()) {
            fail(failure, OpenError::Other,
                 tr("%1 cannot be opened: %2.").arg(QDir::toNativeSeparators(path), c.lastError().text()));
            db.reset();
            if (createdFile)
                QFile::remove(path);
            return nullptr;
        }
    }
    db->m_options = options;
    db->m_options.path = path;
    if (!db->prepare(options, createdFile, failure)) {
        db.reset();
        if (createdFile) {
            for (const char* suffix : { "", "-wal", "-shm" })
                QFile::remove(path + QLatin1String(suffix));
        }
        return nullptr;
    }
    if (db->m_needsCopy)
        return openPrivateCopy(std::move(db), failure);
    return db;
}

std::unique_ptr<Database> Database::openPrivateCopy(std::unique_ptr<Database> source, OpenFailure* failure)
{
    auto folder = std::make_shared<files::TempFolder>(QDir::tempPath(), QStringLiteral("read-copy"));
    const QString nativePath = QDir::toNativeSeparators(source->m_path);
    if (!folder->isValid()) {
        fail(failure, OpenError::Other,
             tr("%1 needs an upgrade to be read, and no private copy can be made: %2")
                 .arg(nativePath, folder->errorString()));
        return nullptr;
    }
    const QString copy = folder->filePath(QStringLiteral("practice.db"));
    {
        QSqlQuery q(source->connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!q.exec()) {
            fail(failure, OpenError::Other,
                 tr("%1 needs an upgrade to be read, and no private copy can be made: %2")
                     .arg(nativePath, q.lastError().text()));
            return nullptr;
        }
    }
    const QString sourcePath = source->m_path;
    OpenOptions options = source->m_options;
    source.reset();
    options.path = copy;
    options.readOnly = false;
    options.createIfMissing = false;
    auto db = open(options, failure);
    if (!db)
        return nullptr;
    db->m_sourcePath = sourcePath;
    db->m_copyFolder = folder;
    return db;
}

std::unique_ptr<Database> Database::openExisting(const QString& path, OpenFailure* failure)
{
    OpenOptions options;
    options.path = path;
    options.createIfMissing = false;
    return open(options, failure);
}

bool Database::prepare(const OpenOptions& options, bool createdFile, OpenFailure* failure)
{
    QSqlDatabase c = connection();
    const QString nativePath = QDir::toNativeSeparators(m_path);
    const TableRegistry& registry = TableRegistry::instance();
    const int target = options.targetVersion > 0 ? options.targetVersion : TableRegistry::kSchemaVersion;
    const QList<MigrationStep>& steps = options.migrations ? *options.migrations : productMigrations();

    const auto sqlFailure = [&](const QSqlError& e) {
        if (isBusy(e)) {
            return fail(failure, OpenError::Locked,
                        tr("%1 is locked by another program. Close the other program (or the other window of "
                           "The Program) that uses it and try again.")
                            .arg(nativePath));
        }
        if (isNotADatabase(e)) {
            return fail(failure, OpenError::NotSQLite,
                        tr("%1 is not a database of The Program: it is damaged or not an SQLite file. It was "
                           "left untouched.")
                            .arg(nativePath));
        }
        return fail(failure, OpenError::Other, tr("%1 cannot be used: %2.").arg(nativePath, e.text()));
    };

    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)))
        return sqlFailure(q.lastError());

    // Reading first, writing only once we know the file is ours and not newer.
    QSet<QString> existing;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return sqlFailure(q.lastError());
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!table.startsWith(QLatin1String("sqlite_")))
            existing.insert(table);
    }
    if (!existing.isEmpty() && !existing.contains(QStringLiteral("app_config"))) {
        return fail(failure, OpenError::NotOurDatabase,
                    tr("%1 is an SQLite database, but not one of The Program's (it has no app_config table). "
                       "It was left untouched.")
                        .arg(nativePath));
    }
    int version = target;
    bool hasVersion = false;
    if (existing.contains(QStringLiteral("app_config"))) {
        version = readSchemaVersion(c, &hasVersion);
        if (!hasVersion)
            version = target;
        if (version > target) {
            return fail(
                failure, OpenError::NewerSchema,
                tr("%1 was written by a newer version of The Program (database schema version %2; this "
                   "version understands up to %3). Please update The Program to open it. The file was "
                   "left untouched.")
                    .arg(nativePath)
                    .arg(version)
                    .arg(target));
        }
    }

    const auto verifyColumns = [&]() {
        for (const Table& table : registry.tables()) {
            if (!existing.contains(table.name))
                continue;
            QSqlQuery info(c);
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)))
                return sqlFailure(info.lastError());
            QSet<QString> present;
            while (info.next())
                present.insert(info.value(1).toString());
            for (const Column& col : table.columns) {
                if (!present.contains(col.name)) {
                    return fail(failure, OpenError::IncompatibleSchema,
                                tr("%1 cannot be used: its table %2 has no column %3, which this version of "
                                   "The Program needs. The file was left untouched.")
                                    .arg(nativePath, table.name, col.name));
                }
            }
        }
        return true;
    };
    if (version == target && !verifyColumns())
        return false;

    if (options.readOnly) {
        if (existing.isEmpty()) {
            return fail(
                failure, OpenError::NotOurDatabase,
                tr("%1 is an empty SQLite database, not a practice of The Program. It was left untouched.")
                    .arg(nativePath));
        }
        bool complete = hasVersion && version == target;
        for (const Table& table : registry.tables())
            complete = complete && existing.contains(table.name);
        m_needsCopy = !complete; // (not query_only: exports keep their selections in TEMP tables)
        return true;
    }

    // From here on the file is ours: WAL, missing tables, seeded single rows.
    // A new database gets 16 KiB pages (SQLite's default is 4 KiB): a chart's
    // data and an interpretation's text fit in one page more often, and a
    // large import writes and checkpoints a quarter as many pages. The page
    // size is fixed once the first table exists; older files keep theirs.
    if (existing.isEmpty() && !q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kNewPageSize)))
        return sqlFailure(q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlFailure(q.lastError());

    {
        Transaction tx(c);
        if (!tx.isActive())
            return sqlFailure(c.lastError());
        for (const Table& table : registry.tables()) {
            if (existing.contains(table.name))
                continue;
            if (!createdFile)
                qCInfo(lcDatabase) << "creating missing table" << table.name << "in" << m_path;
            if (!q.exec(table.createTableSql()))
                return sqlFailure(q.lastError());
            for (const QString& sql : table.createIndexSql()) {
                if (!q.exec(sql))
                    return sqlFailure(q.lastError());
            }
        }
        const QString now = timestamp::now();
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM app_config")) || !q.next())
            return sqlFailure(q.lastError());
        if (q.value(0).toInt() == 0) {
            q.prepare(
                QStringLiteral("INSERT INTO app_config (id, password_hash, app_version, database_version, "
                               "created_at, updated_at) VALUES (1, NULL, ?, ?, ?, ?)"));
            q.addBindValue(QStringLiteral(THEPROGRAM_VERSION));
            q.addBindValue(TableRegistry::kSchemaVersion);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return sqlFailure(q.lastError());
            version = TableRegistry::kSchemaVersion;
        }
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM user_preferences")) || !q.next())
            return sqlFailure(q.lastError());
        if (q.value(0).toInt() == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO user_preferences (id, default_house_system, default_ayanamsa, "
                "default_zodiac, aspect_orbs, color_scheme, displayed_points, created_at, "
                "updated_at) VALUES (1, 'placidus', 'lahiri', 'tropical', ?, 'light', ?, ?, ?)"));
            q.addBindValue(defaultAspectOrbs());
            q.addBindValue(defaultDisplayedPoints());
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return sqlFailure(q.lastError());
        }
        if (!tx.commit())
            return sqlFailure(c.lastError());
    }

    if (version < target) {
        const MigrationResult migrated = migrate(c, steps, target);
        if (!migrated.ok) {
            return fail(
                failure, OpenError::MigrationFailed,
                tr("%1 could not be updated to the current schema: %2").arg(nativePath, migrated.error));
        }
        existing.clear();
        QSqlQuery names(c);
        names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (names.next())
            existing.insert(names.value(0).toString());
        if (!verifyColumns())
            return false;
    }
    return true;
}

void Database::close()
{
    QSqlDatabase c = connection();
    if (c.isOpen())
        c.close();
}

bool Database::reopen(OpenFailure* failure)
{
    QSqlDatabase c = connection();
    if (!c.isOpen() && !c.open()) {
        if (failure)
            *failure = {
                OpenError::Other,
                tr("%1 cannot be opened: %2.").arg(QDir::toNativeSeparators(m_path), c.lastError().text())
            };
        return false;
    }
    return prepare(m_options, false, failure);
}

int Database::schemaVersion() const
{
    QSqlDatabase c = connection();
    return readSchemaVersion(c);
}

QString Database::sqliteVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 Database::rowCount(const QString& table) const
{
    if (!TableRegistry::instance().table(table))
        return -1;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 Database::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QLatin1String("-wal")).size();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace tp::db
