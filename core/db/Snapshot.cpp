#include "Snapshot.h"

#include "Database.h"
#include "TableRegistry.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tp::db {

namespace {

const QString kRecordFormat = QStringLiteral("theprogram-snapshot-record");

// The database's path as the record names it: symbolic links resolved where the file exists.
QString identityOf(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

FileCheck Snapshot::inspect(const QString& path)
{
    FileCheck check;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly) || probe.read(16) != QByteArray("SQLite format 3\0", 16)) {
        check.integrity = tr("it is not a database file");
        return check;
    }
    probe.close();
    const QString name = QStringLiteral("inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!c.open()) {
            check.integrity = c.lastError().text();
        } else {
            QSqlQuery q(c);
            check.integrity = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                ? q.value(0).toString()
                : q.lastError().text();
            check.counts = rowCounts(c);
            if (q.exec(QStringLiteral("SELECT database_version FROM app_config WHERE id = 1")) && q.next())
                check.schemaVersion = q.value(0).toInt();
            q.finish();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

QJsonObject Snapshot::rowCounts(QSqlDatabase db)
{
    QJsonObject counts;
    QSqlQuery q(db);
    for (const Table& t : TableRegistry::instance().tables()) {
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + t.name) && q.next())
            counts.insert(t.name, q.value(0).toLongLong());
    }
    return counts;
}

QString Snapshot::recordPath(const QString& snapshotPath)
{
    return snapshotPath + QStringLiteral(".json");
}

void Snapshot::remove(const QString& snapshotPath)
{
    QFile::remove(snapshotPath);
    QFile::remove(recordPath(snapshotPath));
}

bool Snapshot::take(const QString& databasePath, const QString& finalPath, QString* error,
                    const QJsonObject& note)
{
    const QString folder = QFileInfo(finalPath).absolutePath();
    files::TempFolder work(folder, QStringLiteral("snapshot"));
    if (!work.isValid()) {
        *error = work.errorString();
        return false;
    }
    const QString temp = work.filePath(QFileInfo(finalPath).fileName());
    const auto fail = [&](const QString& why) {
        *error = why;
        return false;
    };
    {
        // A connection of its own: VACUUM refuses to run beside open statements.
        OpenFailure failure;
        const auto own = Database::openExisting(databasePath, &failure);
        if (!own)
            return fail(failure.message);
        QSqlQuery q(own->connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                        : q.lastError().databaseText();
            return fail(files::writeFailure(temp, text));
        }
    }
    files::makeOwnerOnly(temp);
    QString syncError;
    if (!files::syncFile(temp, &syncError))
        return fail(files::writeFailure(temp, syncError));
    const FileCheck check = inspect(temp);
    if (!check.ok())
        return fail(tr("The snapshot failed its integrity check: %1").arg(check.integrity));
    QJsonObject record{
        { QStringLiteral("format"), kRecordFormat },
        { QStringLiteral("database"), identityOf(databasePath) },
        { QStringLiteral("taken_at"), timestamp::now() },
        { QStringLiteral("size"), QFileInfo(temp).size() },
        { QStringLiteral("schema_version"), check.schemaVersion },
        { QStringLiteral("integrity_check"), check.integrity },
        { QStringLiteral("row_counts"), check.counts },
    };
    if (!note.isEmpty())
        record.insert(QStringLiteral("note"), note);
    QString recordError;
    if (!files::saveOwnerOnly(recordPath(finalPath), QJsonDocument(record).toJson(), &recordError))
        return fail(recordError);
    QString renameError;
    if (!files::replace(temp, finalPath, &renameError)) {
        QFile::remove(recordPath(finalPath));
        return fail(tr("The snapshot could not be given its name %1: %2")
                        .arg(QDir::toNativeSeparators(finalPath), renameError));
    }
    return true;
}

QJsonObject Snapshot::record(const QString& snapshotPath)
{
    QFile f(recordPath(snapshotPath));
    if (f.open(QIODevice::ReadOnly) && f.size() < 1024 * 1024)
        return QJsonDocument::fromJson(f.readAll()).object();
    return {};
}

bool Snapshot::check(const QString& snapshotPath, const QString& databasePath, QString* error)
{
    const QString name = QDir::toNativeSeparators(snapshotPath);
    const QJsonObject record = Snapshot::record(snapshotPath);
    if (record.value(QLatin1String("format")).toString() != kRecordFormat) {
        *error = tr("The snapshot %1 has no record of what it holds (it may be left from an interrupted "
                    "import), so it was not "
                    "put in place. Your practice is unchanged.")
                     .arg(name);
        return false;
    }
    const QString recorded = record.value(QLatin1String("database")).toString();
    if (recorded != identityOf(databasePath)) {
        *error = tr("The snapshot %1 was taken of %2, not of this practice (%3), so it was not put in place. "
                    "Your practice is unchanged.")
                     .arg(name, QDir::toNativeSeparators(recorded),
                          QDir::toNativeSeparators(identityOf(databasePath)));
        return false;
    }
    const auto damaged = [&](const QString& why) {
        *error
            = tr("The snapshot %1 is damaged (%2), so it was not put in place. Your practice is unchanged.")
                  .arg(name, why);
        return false;
    };
    if (QFileInfo(snapshotPath).size() != record.value(QLatin1String("size")).toInteger(-1))
        return damaged(tr("its size is not the size recorded when it was taken"));
    const FileCheck now = inspect(snapshotPath);
    if (!now.ok())
        return damaged(tr("integrity check: %1").arg(now.integrity));
    if (now.counts != record.value(QLatin1String("row_counts")).toObject())
        return damaged(tr("its rows are not those counted when it was taken"));
    return true;
}

bool Snapshot::swapIn(const QString& source, const QString& databasePath, QString* error)
{
    files::TempFolder work(QFileInfo(databasePath).absolutePath(), QStringLiteral("swap"));
    if (!work.isValid()) {
        *error = tr("The database could not be replaced: %1").arg(work.errorString());
        return false;
    }
    const QString temp = work.filePath(QStringLiteral("database"));
    QString why;
    if (!files::copyAndSync(source, temp, &why) || QFileInfo(temp).size() != QFileInfo(source).size()) {
        QFile::remove(temp);
        *error = tr("The database could not be replaced: %1")
                     .arg(why.isEmpty() ? tr("the copy is incomplete") : why);
        return false;
    }
    return install(temp, databasePath, error);
}

bool Snapshot::install(const QString& temp, const QString& databasePath, QString* error)
{
    {
        // Fold the write-ahead log into the old file and empty it, so a
        // stale -wal can never be replayed onto the new database.
        OpenFailure failure;
        auto current = Database::openExisting(databasePath, &failure);
        if (current) {
            QSqlQuery q(current->connection());
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }
    files::makeOwnerOnly(temp);
    QString why;
    if (!files::syncFile(temp, &why) || !files::replace(temp, databasePath, &why)) {
        QFile::remove(temp);
        *error = tr("The database could not be replaced: %1").arg(why);
        return false;
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    return true;
}

} // namespace tp::db
