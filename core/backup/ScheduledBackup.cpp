#include "ScheduledBackup.h"

#include "db/Database.h"
#include "secrets/SecretStore.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QLockFile>
#include <QSettings>
#include <QTimeZone>

namespace tp::backup {

const QString ScheduledBackup::kKeychainKey = QStringLiteral("backup-password");

ScheduledBackup::ScheduledBackup(BackupSettings settings)
    : m_settings(std::move(settings))
{
}

std::optional<Schedule> ScheduledBackup::schedule() const
{
    return m_settings.schedule.isEmpty() ? std::nullopt : Schedule::parse(m_settings.schedule);
}

bool ScheduledBackup::isDue(const QDateTime& now) const
{
    const auto s = schedule();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    // Counted from the last run, or from when the schedule was set.
    const QDateTime from = m_settings.lastRun.isValid() ? m_settings.lastRun : m_settings.scheduledSince;
    if (!s || m_settings.isPaused(now) || !s->isDue(from, now, zone))
        return false;
    return m_settings.catchUp || s->nextRun(now.addSecs(-kOnTimeSeconds), zone) <= now;
}

BackupOptions ScheduledBackup::options(const QString& databasePath, const QString& folder) const
{
    BackupOptions options;
    options.databasePath = !databasePath.isEmpty() ? databasePath
        : !m_settings.databasePath.isEmpty()       ? m_settings.databasePath
                                                   : db::Database::defaultPath();
    options.folder = !folder.isEmpty() ? folder : m_settings.effectiveFolder();
    const QString& c = m_settings.compression;
    options.compress = c != QLatin1String("none");
    options.level = c == QLatin1String("fast") ? formats::CompressionLevel::Fast
        : c == QLatin1String("best")           ? formats::CompressionLevel::Best
                                               : formats::CompressionLevel::Default;
    options.preHook = m_settings.preHook;
    options.postHook = m_settings.postHook;
    return options;
}

QDateTime ScheduledBackup::nextRun(const QDateTime& now) const
{
    const auto s = schedule();
    if (!s)
        return {};
    const QDateTime from = m_settings.lastRun.isValid() ? m_settings.lastRun
        : m_settings.scheduledSince.isValid()           ? m_settings.scheduledSince
                                                        : now;
    return s->nextRun(from, QTimeZone::systemTimeZone());
}

bool ScheduledBackup::key(const std::optional<crypto::KeySource>& given,
                          std::optional<crypto::KeySource>* key, QString* error) const
{
    if (given) {
        *key = given;
        return true;
    }
    if (!m_settings.keyFile.isEmpty()) {
        *key = crypto::readKeyFile(m_settings.keyFile, error);
        return key->has_value();
    }
    if (!m_settings.passwordInKeychain) {
        key->reset(); // not encrypted
        return true;
    }
    const auto secret = secrets::SecretStore::readNow(kKeychainKey, error);
    if (!secret) {
        if (error->isEmpty())
            *error = tr("The backup password is not in the keychain any more; set it again in the backup "
                        "settings (or with backup schedule … --remember-password).");
        return false;
    }
    crypto::KeySource source;
    source.secret = *secret;
    source.argon2 = crypto::calibrateArgon2();
    *key = source;
    return true;
}

ScheduledRun ScheduledBackup::run(const QDateTime& now, const std::optional<crypto::KeySource>& given,
                                  const QString& databasePath, const QString& folder, bool force,
                                  Progress* progress)
{
    ScheduledRun r;
    const auto s = schedule();
    if (!s && !force) {
        r.error = tr("No backup schedule is set.");
        return r;
    }
    r.nextRun = nextRun(now);
    if (!force && !isDue(now))
        return r;
    BackupOptions options = this->options(databasePath, folder);
    options.kind = QStringLiteral("scheduled");
    QSettings settings;
    // One scheduled run per folder: the app's scheduler, another instance's, the CLI's timer.
    const QString lockPath = QDir(options.folder).filePath(QStringLiteral(".schedule.lock"));
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!QDir().mkpath(options.folder) || !files::tryLock(lock, lockPath, 0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return r; // another run is under way
        r.due = true;
        r.error = tr("The backup folder %1 cannot be made or written to.")
                      .arg(QDir::toNativeSeparators(options.folder));
        m_settings.lastError = r.error;
        m_settings.saveOutcome(settings);
        return r;
    }
    settings.sync();
    const QDateTime recorded = BackupSettings::load(settings).lastRun;
    if (recorded.isValid() && (!m_settings.lastRun.isValid() || recorded > m_settings.lastRun)) {
        m_settings.lastRun = recorded; // another process ran it meanwhile
        r.nextRun = nextRun(now);
        if (!force && !isDue(now))
            return r;
    }
    r.due = true;
    if (key(given, &options.key, &r.error)) {
        r.backup = BackupEngine::create(options, progress);
        r.error = r.backup.ok ? QString() : r.backup.error;
    }
    m_settings.lastError = r.error;
    if (r.error.isEmpty()) {
        r.ok = true;
        m_settings.lastRun = now;
        r.retention = applyRetention(options.folder, m_settings.retention);
        m_settings.lastError = r.retention.error;
        if (s)
            r.nextRun = s->nextRun(now, QTimeZone::systemTimeZone());
    }
    m_settings.saveOutcome(settings);
    return r;
}

} // namespace tp::backup
