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
    saveOutcome(settings);
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
