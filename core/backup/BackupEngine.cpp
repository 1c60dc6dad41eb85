#include "BackupEngine.h"

#include "BackupFolder.h"
#include "crypto/Sha256.h"
#include "db/Database.h"
#include "db/Snapshot.h"
#include "db/TableRegistry.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "formats/BlockGzip.h"
#include "util/AppInfo.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

namespace tp::backup {

namespace {

constexpr qint64 kChunk = 256 * 1024;

// Passes writes on to `sink` and hashes them.
class HashingWriter : public QIODevice
{
public:
    explicit HashingWriter(QIODevice* sink)
        : m_sink(sink)
    {
        QIODevice::open(WriteOnly | Unbuffered);
    }
    QByteArray hash() { return m_hash.hexResult(); }
    qint64 written() const { return m_written; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        // A short write is retried: the retry fails with the system's reason.
        for (qint64 done = 0; done < length;) {
            const qint64 n = m_sink->write(data + done, length - done);
            if (n <= 0) {
                setErrorString(m_sink->errorString());
                return -1;
            }
            done += n;
        }
        m_hash.addData(QByteArrayView(data, length));
        m_written += length;
        return length;
    }

private:
    QIODevice* m_sink;
    crypto::Sha256 m_hash;
    qint64 m_written = 0;
};

// TheProgram_<time>_<id>.db[.gz][.encrypted]
bool isBackupName(const QString& name)
{
    return name.endsWith(QLatin1String(".db")) || name.endsWith(QLatin1String(".db.gz"))
        || name.endsWith(QLatin1String(".encrypted"));
}

QString levelName(const BackupOptions& o)
{
    if (!o.compress)
        return QStringLiteral("none");
    return o.level == formats::CompressionLevel::Fast ? QStringLiteral("fast")
        : o.level == formats::CompressionLevel::Best  ? QStringLiteral("best")
                                                      : QStringLiteral("default");
}

// Runs a hook command; false and its output when it fails or takes too long.
bool runHook(const QString& command, int timeoutMs, const QString& backupFile, QString* output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!backupFile.isEmpty())
        env.insert(QStringLiteral("THEPROGRAM_BACKUP_FILE"), backupFile);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.startCommand(command);
    if (!process.waitForStarted(5000)) {
        *output = BackupEngine::tr("it could not be started: %1").arg(process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = BackupEngine::tr("it did not finish within %n second(s)", nullptr, timeoutMs / 1000);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *output = BackupEngine::tr("it ended with code %1%2")
                      .arg(process.exitCode())
                      .arg(output->isEmpty() ? QString() : QStringLiteral(": ") + *output);
        return false;
    }
    return true;
}

// Removes what a killed run left in the folder (its caller holds the folder's lock).
void removeLeftovers(const QString& folder)
{
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral(".snapshot-*"), QStringLiteral(".verify-*") },
                                             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(dir.filePath(name)).removeRecursively(); // names of earlier versions
    // Working folders of a snapshot or a verification are only ever made here
    // by the holder of the folder's lock, which the caller is: any found now
    // is a killed run's, even one killed before it could lock its folder.
    for (const QString& name : dir.entryList({ files::kTempPrefix + QStringLiteral("snapshot-*"),
                                               files::kTempPrefix + QStringLiteral("verify-*") },
                                             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(dir.filePath(name)).removeRecursively();
    for (const QString& name : dir.entryList({ QStringLiteral("TheProgram_*") }, QDir::Files)) {
        if (!isBackupName(name) && !name.endsWith(QLatin1String(".manifest.json")))
            QFile::remove(dir.filePath(name)); // a QSaveFile temporary of a killed run
        else if (name.endsWith(QLatin1String(".manifest.json"))
                 && !dir.exists(name.chopped(int(qstrlen(".manifest.json")))))
            QFile::remove(dir.filePath(name)); // a killed run's manifest whose backup never got its name
    }
}

// A consistent snapshot of the practice (the WAL included) into `snapshot`,
// on a connection of its own, with its row counts and schema version;
// empty, or why not.
QString takeSnapshot(const QString& databasePath, const QString& snapshot, QJsonObject* counts,
                     int* schemaVersion)
{
    {
        db::OpenFailure failure;
        auto database = db::Database::openExisting(databasePath, &failure);
        if (!database)
            return failure.message;
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshot);
        if (!q.exec())
            return BackupEngine::tr("The snapshot could not be taken: %1")
                .arg(files::writeFailure(snapshot,
                                         q.lastError().databaseText().isEmpty()
                                             ? q.lastError().text()
                                             : q.lastError().databaseText()));
        *schemaVersion = database->schemaVersion();
    }
    db::OpenFailure failure;
    auto snap = db::Database::openExisting(snapshot, &failure);
    if (snap) {
        *counts = db::Snapshot::rowCounts(snap->connection());
        QSqlQuery q(snap->connection());
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); // a single self-contained file
    }
    return {};
}

} // namespace

QString BackupEngine::defaultFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("backups"));
}

QString BackupEngine::manifestPathFor(const QString& backupPath)
{
    return BackupManifest::pathFor(backupPath);
}

bool BackupEngine::restorePlain(const QString& backupPath, const BackupManifest& manifest,
                                const std::optional<crypto::KeySource>& key, QIODevice* out, QString* error)
{
    QFile stored(backupPath);
    if (!stored.open(QIODevice::ReadOnly)) {
        *error = stored.errorString();
        return false;
    }
    QIODevice* in = &stored;
    std::unique_ptr<crypto::DecryptingReader> decrypt;
    if (crypto::isEncryptedBackup(stored.peek(8))) {
        if (!key) {
            *error = BackupEngine::tr("This backup is encrypted: give its password or key file.");
            return false;
        }
        decrypt = std::make_unique<crypto::DecryptingReader>(&stored, *key);
        if (!decrypt->open(QIODevice::ReadOnly)) {
            *error = decrypt->errorString();
            return false;
        }
        in = decrypt.get();
    }
    std::unique_ptr<formats::GzipReader> gunzip;
    if (manifest.compression() == QLatin1String("gzip") || formats::isGzip(in->peek(2))) {
        gunzip = std::make_unique<formats::GzipReader>(in);
        gunzip->open(QIODevice::ReadOnly);
        in = gunzip.get();
    }
    for (;;) {
        const QByteArray chunk = in->read(kChunk);
        if (chunk.isEmpty()) {
            const bool failed = (decrypt && decrypt->failure() != crypto::DecryptingReader::Failure::None)
                || (gunzip && !gunzip->atEnd()) || (!gunzip && decrypt && !decrypt->atEnd());
            if (failed) {
                *error = decrypt && decrypt->failure() != crypto::DecryptingReader::Failure::None
                    ? decrypt->errorString()
                    : gunzip->errorString();
                return false;
            }
            break;
        }
        if (out->write(chunk) != chunk.size()) {
            *error = out->errorString();
            return false;
        }
    }
    return true;
}

BackupResult BackupEngine::create(const BackupOptions& options, Progress* progress)
{
    BackupResult result;
    QElapsedTimer timer;
    timer.start();
    NoProgress none;
    if (!progress)
        progress = &none;
    const QString folder = options.folder.isEmpty() ? defaultFolder() : options.folder;
    if (!QDir().mkpath(folder)) {
        result.error = tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    // One backup or verification at a time per folder, whoever starts it.
    const auto lock = lockFolder(folder, progress, &result.error);
    if (!lock)
        return result;

    if (!options.preHook.isEmpty()) {
        QString output;
        if (!runHook(options.preHook, options.hookTimeoutMs, QString(), &output)) {
            result.error = tr("The pre-backup command failed, so no backup was made: %1").arg(output);
            return result;
        }
    }
    removeLeftovers(folder); // holding the lock, anything half-made by a killed run is stale
    const QDateTime now = Clock::nowUtc();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QString name = QStringLiteral("TheProgram_") + now.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'_"))
        + id + QStringLiteral(".db");
    if (options.compress)
        name += QStringLiteral(".gz");
    if (options.key)
        name += QStringLiteral(".encrypted");
    const QString path = QDir(folder).filePath(name);

    // The output, opened on a worker while the snapshot is taken: with a
    // password, deriving the key (Argon2id, ~0.5 s) overlaps the snapshot.
    QSaveFile file(path);
    HashingWriter stored(&file);
    std::unique_ptr<crypto::EncryptingWriter> encrypt;
    if (options.key)
        encrypt = std::make_unique<crypto::EncryptingWriter>(&stored, *options.key);
    QFuture<QString> outputReady = QtConcurrent::run([&]() -> QString {
        if (!file.open(QIODevice::WriteOnly))
            return tr("The backup file cannot be written: %1")
                .arg(files::writeFailure(path, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (encrypt && !encrypt->open(QIODevice::WriteOnly))
            return encrypt->errorString();
        return QString();
    });
    const auto abandon = [&](const QString& error) {
        outputReady.waitForFinished();
        encrypt.reset();
        file.cancelWriting();
        result.error = error;
        return result;
    };

    // 1. A consistent snapshot (the WAL included), on a connection of our own.
    files::TempFolder work(folder, QStringLiteral("snapshot"));
    if (!work.isValid())
        return abandon(work.errorString());
    const QString snapshot = work.filePath(QStringLiteral("snapshot.db"));
    QJsonObject counts;
    int schemaVersion = 0;
    if (const QString error = takeSnapshot(options.databasePath, snapshot, &counts, &schemaVersion);
        !error.isEmpty())
        return abandon(error);
    progress->report(1, 3, tr("Snapshot taken"));

    // 2. snapshot → block gzip → encryption → file, hashing plain and stored bytes.
    QFile plain(snapshot);
    if (const QString error = outputReady.result(); !error.isEmpty())
        return abandon(error);
    if (!plain.open(QIODevice::ReadOnly))
        return abandon(tr("The snapshot cannot be read: %1").arg(plain.errorString()));
    QIODevice* top = encrypt ? static_cast<QIODevice*>(encrypt.get()) : &stored;
    std::unique_ptr<formats::BlockGzipWriter> gzip;
    if (options.compress) {
        gzip = std::make_unique<formats::BlockGzipWriter>(top, options.level);
        gzip->open(QIODevice::WriteOnly);
        top = gzip.get();
    }
    crypto::Sha256 plainHash;
    qint64 plainBytes = 0;
    bool ok = true;
    while (ok) {
        const QByteArray chunk = plain.read(kChunk);
        if (chunk.isEmpty())
            break;
        plainHash.addData(chunk);
        plainBytes += chunk.size();
        ok = top->write(chunk) == chunk.size();
        if (progress->isCanceled()) {
            gzip.reset();
            return abandon(tr("Backup cancelled; no file was written."));
        }
    }
    QString writeError = ok ? QString() : top->errorString();
    if (gzip) {
        gzip->close();
        if (ok && gzip->hasFailed())
            writeError = gzip->errorString();
    }
    if (encrypt) {
        encrypt->close();
        if (writeError.isEmpty() && encrypt->hasFailed())
            writeError = encrypt->errorString();
    }
    if (writeError.isEmpty() && !file.flush()) // flush() keeps the system's words, commit() loses them
        writeError = file.errorString();
    const auto failed = [&](const QString& why) {
        encrypt.reset();
        file.cancelWriting();
        result.error = tr("The backup could not be written: %1").arg(files::writeFailure(path, why));
        return result;
    };
    if (!writeError.isEmpty())
        return failed(writeError);

    NewBackup made{ id,
                    name,
                    now,
                    options.kind,
                    options.label,
                    schemaVersion,
                    plainBytes,
                    stored.written(),
                    QString::fromLatin1(stored.hash()),
                    QString::fromLatin1(plainHash.hexResult()),
                    counts,
                    options.compress ? levelName(options) : QString(),
                    options.key ? &*options.key : nullptr,
                    options.pinned };
    const BackupManifest manifest = BackupManifest::forNewBackup(made);
    // The manifest first, then the backup gets its name: a kill in between
    // leaves a manifest without a backup (removed by the next run), never a
    // backup without its manifest.
    QString manifestError;
    if (!manifest.write(manifestPathFor(path), &manifestError)) {
        encrypt.reset();
        file.cancelWriting();
        result.error = manifestError;
        return result;
    }
    if (!file.commit()) {
        QFile::remove(manifestPathFor(path));
        return failed(file.errorString());
    }
    files::makeOwnerOnly(path);
    files::syncFolder(folder);
    progress->report(2, 3, tr("Backup written"));
    // 3. Verified right away, still under the lock: a backup that was never verified is not a backup.
    result = verifyLocked(path, options.key, progress);
    lock->unlock();
    if (result.ok && !options.postHook.isEmpty()) {
        QString output;
        if (!runHook(options.postHook, options.hookTimeoutMs, path, &output))
            result.warnings << tr("The post-backup command failed: %1").arg(output);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

BackupResult BackupEngine::verify(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                                  Progress* progress)
{
    BackupResult result;
    NoProgress none;
    const auto lock
        = lockFolder(QFileInfo(backupPath).absolutePath(), progress ? progress : &none, &result.error);
    if (!lock)
        return result;
    return verifyLocked(backupPath, key, progress);
}

BackupResult BackupEngine::verifyLocked(const QString& backupPath,
                                        const std::optional<crypto::KeySource>& key, Progress* progress)
{
    BackupResult result;
    QElapsedTimer timer;
    timer.start();
    NoProgress none;
    if (!progress)
        progress = &none;
    result.info.path = backupPath;
    result.info.manifestPath = manifestPathFor(backupPath);
    QString problem;
    BackupManifest manifest = BackupManifest::read(result.info.manifestPath, &problem);
    if (manifest.isEmpty()) {
        result.error = tr("The backup %1 is %2.").arg(QFileInfo(backupPath).fileName(), problem);
        return result;
    }
    result.info.id = manifest.id();
    const auto record = [&](const QString& outcome) {
        manifest.setVerification(outcome, Clock::nowUtc());
        QString error;
        if (!manifest.write(result.info.manifestPath, &error))
            result.warnings << tr("The outcome could not be recorded in the manifest: %1").arg(error);
        result.info.manifest = manifest;
    };

    // The stored bytes as the manifest knows them.
    QFile stored(backupPath);
    if (!stored.open(QIODevice::ReadOnly)) {
        result.error = tr("The backup file cannot be read: %1").arg(stored.errorString());
        record(result.error);
        return result;
    }
    crypto::Sha256 hash;
    hash.addData(&stored);
    stored.close();
    if (QString::fromLatin1(hash.hexResult()) != manifest.sha256Stored()) {
        result.error = tr("The backup file does not match its manifest's SHA-256: it was changed or damaged "
                          "after it was written.");
        record(result.error);
        return result;
    }

    progress->report(1, 3, tr("Checksum verified"));

    // Decrypt, decompress, and check the database itself.
    files::TempFolder work(QFileInfo(backupPath).absolutePath(), QStringLiteral("verify"));
    if (!work.isValid()) {
        result.error = work.errorString();
        return result;
    }
    const QString plainPath = work.filePath(QStringLiteral("verify.db"));
    QByteArray plainSha256;
    {
        QFile out(plainPath);
        HashingWriter hashed(&out);
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !restorePlain(backupPath, manifest, key, &hashed, &error)) {
            result.error = error.isEmpty() ? out.errorString() : error;
            if (!result.error.startsWith(tr("This backup is encrypted"))
                && !result.error.startsWith(QStringLiteral("Wrong password")))
                record(result.error);
            return result;
        }
        plainSha256 = hashed.hash();
    }
    if (QString::fromLatin1(plainSha256) != manifest.sha256Plain()) {
        result.error = tr("The decrypted database does not match its SHA-256 in the manifest.");
        record(result.error);
        return result;
    }
    progress->report(2, 3, tr("Decrypted and decompressed"));
    const db::FileCheck check = db::Snapshot::inspect(plainPath);
    const QString& integrity = check.integrity;
    const QJsonObject& counts = check.counts;
    if (integrity != QLatin1String("ok")) {
        result.error = tr("The database in the backup fails SQLite's integrity check: %1").arg(integrity);
        record(result.error);
        return result;
    }
    if (counts != manifest.rowCounts()) {
        result.error = tr("The row counts in the backup differ from its manifest.");
        record(result.error);
        return result;
    }
    record(QStringLiteral("ok"));
    progress->report(3, 3, tr("Verified"));
    result.ok = true;
    result.info.createdAt = manifest.createdAt();
    result.elapsedMs = timer.elapsed();
    return result;
}

QList<BackupInfo> BackupEngine::list(const QString& folder)
{
    QList<BackupInfo> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral("TheProgram_*") }, QDir::Files, QDir::Name)) {
        if (!isBackupName(name))
            continue; // manifests, and temporaries of a run in progress
        BackupInfo info;
        info.path = dir.filePath(name);
        info.manifestPath = manifestPathFor(info.path);
        info.manifest = BackupManifest::read(info.manifestPath, &info.problem);
        info.id = info.manifest.id();
        info.createdAt = info.manifest.createdAt();
        out << info;
    }
    // By the manifests' time, never by file times; unreadable ones first (they have none).
    std::stable_sort(out.begin(), out.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt < b.createdAt; });
    return out;
}

bool BackupEngine::isBackupFile(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral(".manifest.json")))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.startsWith("TPBACKUP")
        || (head.startsWith("\x1f\x8b\x08\x04") && head.size() >= 14 && head.mid(12, 2) == "TP");
}

} // namespace tp::backup
