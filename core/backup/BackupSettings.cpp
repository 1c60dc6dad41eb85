#include "BackupSettings.h"

#include "BackupEngine.h"
#include "util/Clock.h"

#include <QSettings>

namespace tp::backup {

namespace {

// The keys are those of earlier versions: settings written by them read the same.
const QString kSchedule = QStringLiteral("backup/schedule");
const QString kFolder = QStringLiteral("backup/folder");
const QString kDatabase = QStringLiteral("backup/database");
const QString kKeyFile = QStringLiteral("backup/keyFile");
const QString kKeychain = QStringLiteral("backup/passwordInKeychain");
const QString kLastRun = QStringLiteral("backup/lastRun");
const QString kLastError = QStringLiteral("backup/lastError");
const QString kCatchUp = QStringLiteral("backup/catchUp");
const QString kSince = QStringLiteral("backup/scheduledSince");
const QString kPausedUntil = QStringLiteral("backup/pausedUntil");
const QString kWarnAfterDays = QStringLiteral("backup/warnAfterDays");
const QString kCompression = QStringLiteral("backup/compression");
const QString kPreHook = QStringLiteral("backup/preHook");
const QString kPostHook = QStringLiteral("backup/postHook");
const QString kNotifyOnSuccess = QStringLiteral("backup/notifyOnSuccess");
const QString kLabel = QStringLiteral("backup/label");
const QStringList kCompressions
    = { QStringLiteral("none"), QStringLiteral("fast"), QStringLiteral("default"), QStringLiteral("best") };

struct RuleKey
{
    int RetentionPolicy::*field;
    const char* key;
};
constexpr RuleKey kRules[] = {
    { &RetentionPolicy::keepLast, "backup/keep-last" },
    { &RetentionPolicy::keepWithinDays, "backup/keep-within" },
    { &RetentionPolicy::keepDaily, "backup/keep-daily" },
    { &RetentionPolicy::keepWeekly, "backup/keep-weekly" },
    { &RetentionPolicy::keepMonthly, "backup/keep-monthly" },
    { &RetentionPolicy::keepYearly, "backup/keep-yearly" },
};

void setOrRemove(QSettings& settings, const QString& key, const QVariant& value, bool keep)
{
    if (keep)
        settings.setValue(key, value);
    else
        settings.remove(key);
}

} // namespace

BackupSettings BackupSettings::load(const QSettings& settings)
{
    BackupSettings s;
    s.schedule = settings.value(kSchedule).toString();
    s.folder = settings.value(kFolder).toString();
    s.databasePath = settings.value(kDatabase).toString();
    s.keyFile = settings.value(kKeyFile).toString();
    s.passwordInKeychain = settings.value(kKeychain).toBool();
    for (const RuleKey& r : kRules)
        s.retention.*r.field = qMax(0, settings.value(QLatin1String(r.key)).toInt());
    s.lastRun = timestamp::parse(settings.value(kLastRun).toString()).value_or(QDateTime());
    s.lastError = settings.value(kLastError).toString();
    s.catchUp = settings.value(kCatchUp, true).toBool();
    s.scheduledSince = timestamp::parse(settings.value(kSince).toString()).value_or(QDateTime());
    s.pausedUntil = timestamp::parse(settings.value(kPausedUntil).toString()).value_or(QDateTime());
    s.warnAfterDays = qMax(0, settings.value(kWarnAfterDays, 7).toInt());
    const QString compression = settings.value(kCompression).toString();
    s.compression = kCompressions.contains(compression) ? compression : QStringLiteral("default");
    s.preHook = settings.value(kPreHook).toString();
    s.postHook = settings.value(kPostHook).toString();
    s.notifyOnSuccess = settings.value(kNotifyOnSuccess).toBool();
    s.label = settings.value(kLabel).toString();
    return s;
}

BackupSettings BackupSettings::load()
{
    return load(QSettings());
}

void BackupSettings::save(QSettings& settings) const
{
    setOrRemove(settings, kSchedule, schedule, !schedule.isEmpty());
    setOrRemove(settings, kFolder, folder, !folder.isEmpty());
    setOrRemove(settings, kDatabase, databasePath, !databasePath.isEmpty());
    setOrRemove(settings, kKeyFile, keyFile, !keyFile.isEmpty());
    setOrRemove(settings, kKeychain, true, passwordInKeychain);
    for (const RuleKey& r : kRules)
        setOrRemove(settings, QLatin1String(r.key), retention.*r.field, retention.*r.field > 0);
    setOrRemove(settings, kCatchUp, false, !catchUp);
    setOrRemove(settings, kSince, timestamp::format(scheduledSince),
                scheduledSince.isValid() && !schedule.isEmpty());
    setOrRemove(settings, kWarnAfterDays, warnAfterDays, warnAfterDays != 7);
    setOrRemove(settings, kCompression, compression, compression != QLatin1String("default"));
    setOrRemove(settings, kPreHook, preHook, !preHook.isEmpty());
    setOrRemove(settings, kPostHook, postHook, !postHook.isEmpty());
    setOrRemove(settings, kNotifyOnSuccess, true, notifyOnSuccess);
    setOrRemove(settings, kLabel, label, !label.isEmpty());
    saveOutcome(settings);
    savePause(settings);
}

void BackupSettings::savePause(QSettings& settings) const
{
    setOrRemove(settings, kPausedUntil, timestamp::format(pausedUntil), pausedUntil.isValid());
}

void BackupSettings::setSchedule(const QString& text, const QDateTime& now)
{
    if (text != schedule)
        scheduledSince = now;
    schedule = text;
}

QDateTime BackupSettings::pausedIndefinitely()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

void BackupSettings::saveOutcome(QSettings& settings) const
{
    setOrRemove(settings, kLastRun, timestamp::format(lastRun), lastRun.isValid());
    setOrRemove(settings, kLastError, lastError, !lastError.isEmpty());
}

void BackupSettings::save() const
{
    QSettings settings;
    save(settings);
}

QString BackupSettings::effectiveFolder() const
{
    return folder.isEmpty() ? BackupEngine::defaultFolder() : folder;
}

} // namespace tp::backup
