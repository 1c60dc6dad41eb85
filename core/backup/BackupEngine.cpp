#include "BackupEngine.h"

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

QJsonObject readManifest(const QString& path, QString* problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = BackupEngine::tr("unknown: it has no manifest");
        return {};
    }
    return BackupEngine::parseManifest(f.read(BackupEngine::kMaxManifestBytes + 1), problem);
}

bool writeManifest(const QString& path, const QJsonObject& manifest, QString* error)
{
    return files::saveOwnerOnly(path, QJsonDocument(manifest).toJson(QJsonDocument::Indented), error);
}

QString levelName(const BackupOptions& o)
{
    if (!o.compress)
        return QStringLiteral("none");
    return o.level == formats::CompressionLevel::Fast ? QStringLiteral("fast")
        : o.level == formats::CompressionLevel::Best  ? QStringLiteral("best")
                                                      : QStringLiteral("default");
}

// Streams the stored file back to the plain database bytes into `out`.
bool restorePlain(const QString& backupPath, const QJsonObject& manifest,
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
    if (manifest.value(QLatin1String("compression")).toObject().value(QLatin1String("algorithm")).toString()
            == QLatin1String("gzip")
        || formats::isGzip(in->peek(2))) {
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

// The folder's lock, held by whoever writes or verifies a backup there. A
// lock whose process has ended is taken over; a busy one is waited for
// (saying so) until it is free, the wait is cancelled or kLockWait passes.
std::unique_ptr<QLockFile> lockFolder(const QString& folder, Progress* progress, QString* error)
{
    constexpr int kLockWaitMs = 30 * 60 * 1000;
    const QString lockPath = QDir(folder).filePath(QStringLiteral(".backup.lock"));
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone: a large backup may take long
    QElapsedTimer waited;
    waited.start();
    const QString where = QDir::toNativeSeparators(folder);
    bool said = false;
    while (!files::tryLock(*lock, lockPath, 250)) {
        if (lock->error() != QLockFile::LockFailedError) {
            *error = lock->error() == QLockFile::PermissionError
                ? BackupEngine::tr("The backup folder %1 cannot be written to: it is read-only or you have "
                                   "no permission to write there.")
                      .arg(where)
                : BackupEngine::tr("Nothing can be written in the backup folder %1 (is its disk full?).")
                      .arg(where);
            return nullptr;
        }
        if (!said) {
            progress->report(0, 0,
                             BackupEngine::tr("Waiting for another backup in %1 to finish…").arg(where));
            said = true;
        }
        if (progress->isCanceled() || waited.elapsed() > kLockWaitMs) {
            *error = BackupEngine::tr(
                         "Another backup is being written to %1 right now; try again when it has finished.")
                         .arg(where);
            return nullptr;
        }
    }
    return lock;
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

} // namespace

QString BackupEngine::defaultFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("backups"));
}

QJsonObject BackupEngine::parseManifest(const QByteArray& bytes, QString* problem)
{
    QJsonParseError error{};
    const QJsonDocument doc
        = bytes.size() > kMaxManifestBytes ? QJsonDocument() : QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().contains(QLatin1String("sha256_stored"))) {
        *problem = tr("damaged: its manifest cannot be read");
        return {};
    }
    return doc.object();
}

QString BackupEngine::manifestPathFor(const QString& backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
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
    // Holding the lock, anything half-made by a killed run is stale: remove it.
    {
        const QDir dir(folder);
        for (const QString& name :
             dir.entryList({ QStringLiteral(".snapshot-*"), QStringLiteral(".verify-*") },
                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
            QDir(dir.filePath(name)).removeRecursively(); // names of earlier versions
        for (const QString& name : dir.entryList({ QStringLiteral("TheProgram_*") }, QDir::Files)) {
            if (!isBackupName(name) && !name.endsWith(QLatin1String(".manifest.json")))
                QFile::remove(dir.filePath(name)); // a QSaveFile temporary of a killed run
            else if (name.endsWith(QLatin1String(".manifest.json"))
                     && !dir.exists(name.chopped(int(qstrlen(".manifest.json")))))
                QFile::remove(dir.filePath(name)); // a killed run's manifest whose backup never got its name
        }
    }
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
    {
        db::OpenFailure failure;
        auto database = db::Database::openExisting(options.databasePath, &failure);
        if (!database)
            return abandon(failure.message);
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshot);
        if (!q.exec())
            return abandon(tr("The snapshot could not be taken: %1")
                               .arg(files::writeFailure(snapshot,
                                                        q.lastError().databaseText().isEmpty()
                                                            ? q.lastError().text()
                                                            : q.lastError().databaseText())));
        schemaVersion = database->schemaVersion();
    }
    {
        db::OpenFailure failure;
        auto snap = db::Database::openExisting(snapshot, &failure);
        if (snap)
            counts = db::Snapshot::rowCounts(snap->connection());
        if (snap) {
            QSqlQuery q(snap->connection());
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); // a single self-contained file
        }
    }
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

    QJsonObject encryption;
    if (options.key) {
        const bool withPassword = options.key->kind == crypto::KeySource::Kind::Password;
        encryption = QJsonObject{
            { QStringLiteral("cipher"), QStringLiteral("AES-256-GCM STREAM, 64 KiB segments") },
            { QStringLiteral("container_version"), 1 },
            { QStringLiteral("key_source"),
              withPassword ? QStringLiteral("password") : QStringLiteral("key file") },
            { QStringLiteral("kdf"),
              withPassword ? QStringLiteral("argon2id + HKDF-SHA256") : QStringLiteral("HKDF-SHA256") }
        };
        if (withPassword)
            encryption.insert(
                QStringLiteral("argon2"),
                QJsonObject{ { QStringLiteral("iterations"), qint64(options.key->argon2.iterations) },
                             { QStringLiteral("memory_kib"), qint64(options.key->argon2.memoryKiB) },
                             { QStringLiteral("parallelism"), options.key->argon2.parallelism } });
    }
    const QJsonObject manifest{
        { QStringLiteral("format"), QStringLiteral("theprogram-backup-manifest") },
        { QStringLiteral("format_version"), QStringLiteral("1.0") },
        { QStringLiteral("id"), id },
        { QStringLiteral("file"), name },
        { QStringLiteral("created_at"), timestamp::format(now) },
        { QStringLiteral("kind"), options.kind },
        { QStringLiteral("label"), options.label },
        { QStringLiteral("app_version"), applicationVersion() },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("plain_size"), plainBytes },
        { QStringLiteral("stored_size"), stored.written() },
        { QStringLiteral("compression"),
          QJsonObject{ { QStringLiteral("algorithm"),
                         options.compress ? QStringLiteral("gzip") : QStringLiteral("none") },
                       { QStringLiteral("level"), levelName(options) } } },
        { QStringLiteral("encryption"), options.key ? QJsonValue(encryption) : QJsonValue() },
        { QStringLiteral("sha256_stored"), QString::fromLatin1(stored.hash()) },
        { QStringLiteral("sha256_plain"), QString::fromLatin1(plainHash.hexResult()) },
        { QStringLiteral("row_counts"), counts },
        { QStringLiteral("integrity_check"), QJsonValue() },
        { QStringLiteral("verified_at"), QJsonValue() },
        { QStringLiteral("pinned"), options.pinned },
    };
    // The manifest first, then the backup gets its name: a kill in between
    // leaves a manifest without a backup (removed by the next run), never a
    // backup without its manifest.
    QString manifestError;
    if (!writeManifest(manifestPathFor(path), manifest, &manifestError)) {
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
    QJsonObject manifest = readManifest(result.info.manifestPath, &problem);
    if (manifest.isEmpty()) {
        result.error = tr("The backup %1 is %2.").arg(QFileInfo(backupPath).fileName(), problem);
        return result;
    }
    result.info.id = manifest.value(QLatin1String("id")).toString();
    const auto record = [&](const QString& outcome) {
        manifest.insert(QStringLiteral("integrity_check"), outcome);
        manifest.insert(QStringLiteral("verified_at"), timestamp::now());
        QString error;
        if (!writeManifest(result.info.manifestPath, manifest, &error))
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
    if (QString::fromLatin1(hash.hexResult()) != manifest.value(QLatin1String("sha256_stored")).toString()) {
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
    if (QString::fromLatin1(plainSha256) != manifest.value(QLatin1String("sha256_plain")).toString()) {
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
    if (counts != manifest.value(QLatin1String("row_counts")).toObject()) {
        result.error = tr("The row counts in the backup differ from its manifest.");
        record(result.error);
        return result;
    }
    record(QStringLiteral("ok"));
    progress->report(3, 3, tr("Verified"));
    result.ok = true;
    result.info.createdAt
        = timestamp::parse(manifest.value(QLatin1String("created_at")).toString()).value_or(QDateTime());
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
        info.manifest = readManifest(info.manifestPath, &info.problem);
        info.id = info.manifest.value(QLatin1String("id")).toString();
        info.createdAt = timestamp::parse(info.manifest.value(QLatin1String("created_at")).toString())
                             .value_or(QDateTime());
        out << info;
    }
    // By the manifests' time, never by file times; unreadable ones first (they have none).
    std::stable_sort(out.begin(), out.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt < b.createdAt; });
    return out;
}

BackupResult BackupEngine::restore(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                                   const QString& databasePath, Progress* progress)
{
    QElapsedTimer timer;
    timer.start();
    BackupResult result = verify(backupPath, key, progress);
    if (!result.ok) {
        result.error = tr("The backup was not restored: %1").arg(result.error);
        return result;
    }
    // A safety backup of what is there now, so the restore itself can be undone.
    BackupOptions safety;
    safety.databasePath = databasePath;
    safety.folder = QFileInfo(backupPath).absolutePath();
    safety.key = key;
    safety.kind = QStringLiteral("pre-restore");
    safety.label = tr("before restoring %1").arg(result.info.id);
    const BackupResult before = create(safety, progress);
    if (!before.ok) {
        result.ok = false;
        result.error
            = tr("The safety backup before restoring failed, so nothing was restored: %1").arg(before.error);
        return result;
    }
    {
        // What a killed restore of an earlier version left.
        const QFileInfo target(databasePath);
        for (const QString& name : target.dir().entryList(
                 { target.fileName() + QStringLiteral(".restoring*") }, QDir::Files | QDir::Hidden))
            QFile::remove(target.dir().filePath(name));
    }
    files::TempFolder work(QFileInfo(databasePath).absolutePath(), QStringLiteral("restore"));
    if (!work.isValid()) {
        result.ok = false;
        result.error = tr("The backup could not be unpacked: %1").arg(work.errorString());
        return result;
    }
    const QString temp = work.filePath(QStringLiteral("restored.db"));
    QString error;
    if (!decrypt(backupPath, key, temp, &error)) {
        QFile::remove(temp);
        result.ok = false;
        result.error = tr("The backup could not be unpacked: %1").arg(error);
        return result;
    }
    // What is swapped in is checked once more, as it lies on the disk.
    const db::FileCheck unpacked = db::Snapshot::inspect(temp);
    if (!unpacked.ok()
        || unpacked.counts != result.info.manifest.value(QLatin1String("row_counts")).toObject()) {
        QFile::remove(temp);
        result.ok = false;
        result.error = tr("The unpacked backup is not what was verified (%1), so nothing was restored. Your "
                          "practice is unchanged.")
                           .arg(unpacked.ok() ? tr("its rows differ from the manifest") : unpacked.integrity);
        return result;
    }
    if (!db::Snapshot::install(temp, databasePath, &error)) {
        result.ok = false;
        result.error = error;
        return result;
    }
    {
        db::OpenFailure failure;
        if (!db::Database::openExisting(databasePath, &failure)) {
            result.ok = false;
            result.error = tr("The restored database cannot be opened: %1").arg(failure.message);
            return result;
        }
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

namespace {

// Selective restore: the rows of `scope` and `ids`, exported from the
// unpacked backup, then imported with the import engine's conflict handling.
exchange::ImportResult restoreSelection(const QString& backupPath,
                                        const std::optional<crypto::KeySource>& key, db::Database& database,
                                        exchange::ExportScope scope, const QStringList& ids,
                                        exchange::ImportOptions options, Progress* progress)
{
    exchange::ImportResult result;
    files::TempFolder work(QFileInfo(database.path()).absolutePath(), QStringLiteral("selective-restore"));
    if (!work.isValid()) {
        result.error = work.errorString();
        return result;
    }
    const QString plain = work.filePath(QStringLiteral("backup.db"));
    QString error;
    if (!BackupEngine::decrypt(backupPath, key, plain, &error)) {
        result.error = BackupEngine::tr("The backup could not be unpacked: %1").arg(error);
        return result;
    }
    const QString json = work.filePath(QStringLiteral("selection.json"));
    {
        db::OpenFailure failure;
        auto from = db::Database::openExisting(plain, &failure);
        if (!from) {
            result.error = failure.message;
            return result;
        }
        exchange::ExportOptions e;
        e.scope = scope;
        e.ids = ids;
        e.ids.removeDuplicates();
        e.outputPath = json;
        e.verify = false;
        const exchange::ExportResult exported = exchange::Exporter::run(from->connection(), e);
        if (!exported.ok) {
            result.error = BackupEngine::tr("Nothing was restored from this backup: %1").arg(exported.error);
            return result;
        }
        const QString table
            = scope == exchange::ExportScope::Chart ? QStringLiteral("charts") : QStringLiteral("clients");
        if (exported.counts.value(table) < e.ids.size()) {
            result.error = scope == exchange::ExportScope::Chart
                ? BackupEngine::tr("%n of the chosen charts are not in this backup; nothing was restored.",
                                   nullptr, int(e.ids.size() - exported.counts.value(table)))
                : BackupEngine::tr("%n of the chosen clients are not in this backup; nothing was restored.",
                                   nullptr, int(e.ids.size() - exported.counts.value(table)));
            return result;
        }
    }
    options.inputs = { json };
    options.mode = exchange::ImportMode::Merge;
    return exchange::Importer::run(database, options, progress);
}

} // namespace

exchange::ImportResult BackupEngine::restoreClients(const QString& backupPath,
                                                    const std::optional<crypto::KeySource>& key,
                                                    db::Database& database, const QStringList& clientIds,
                                                    exchange::ImportOptions options, Progress* progress)
{
    return restoreSelection(backupPath, key, database, exchange::ExportScope::Client, clientIds,
                            std::move(options), progress);
}

exchange::ImportResult BackupEngine::restoreCharts(const QString& backupPath,
                                                   const std::optional<crypto::KeySource>& key,
                                                   db::Database& database, const QStringList& chartIds,
                                                   exchange::ImportOptions options, Progress* progress)
{
    return restoreSelection(backupPath, key, database, exchange::ExportScope::Chart, chartIds,
                            std::move(options), progress);
}

bool BackupEngine::decrypt(const QString& backupPath, const std::optional<crypto::KeySource>& key,
                           const QString& outputPath, QString* error)
{
    QString problem;
    const QJsonObject manifest = readManifest(manifestPathFor(backupPath), &problem);
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = files::writeFailure(outputPath, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!restorePlain(backupPath, manifest, key, &out, error)) {
        if (out.error() != QFileDevice::NoError)
            *error = files::writeFailure(outputPath, *error);
        out.cancelWriting();
        return false;
    }
    if (!out.flush() || !out.commit()) {
        *error = files::writeFailure(outputPath, out.errorString());
        out.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tp::backup
