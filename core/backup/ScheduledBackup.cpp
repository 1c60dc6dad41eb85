#include "ScheduledBackup.h"

#include "db/Database.h"
#include "secrets/SecretStore.h"

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
    return s && s->isDue(m_settings.lastRun, now, QTimeZone::systemTimeZone());
}

QDateTime ScheduledBackup::nextRun(const QDateTime& now) const
{
    const auto s = schedule();
    if (!s)
        return {};
    return s->nextRun(m_settings.lastRun.isValid() ? m_settings.lastRun : now, QTimeZone::systemTimeZone());
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
    r.due = true;
    BackupOptions options;
    options.databasePath = !databasePath.isEmpty() ? databasePath
        : !m_settings.databasePath.isEmpty()       ? m_settings.databasePath
                                                   : db::Database::defaultPath();
    options.folder = !folder.isEmpty() ? folder : m_settings.effectiveFolder();
    options.kind = QStringLiteral("scheduled");
    QSettings settings;
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
