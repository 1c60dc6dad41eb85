#include "backup/BackupEngine.h"
#include "backup/Retention.h"
#include "backup/Schedule.h"
#include "BackupActions.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <array>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>

namespace tp::cli {

namespace {

const std::array<const QCommandLineOption BackupCliOptions::*, 6> kKeepRules
    = { &BackupCliOptions::keepLast,   &BackupCliOptions::keepWithin,  &BackupCliOptions::keepDaily,
        &BackupCliOptions::keepWeekly, &BackupCliOptions::keepMonthly, &BackupCliOptions::keepYearly };

QDateTime lastScheduledRun(const QSettings& settings)
{
    return timestamp::parse(settings.value(QStringLiteral("backup/lastRun")).toString())
        .value_or(QDateTime());
}

// The key of a scheduled backup: a key file, a password given now, or the
// one the keychain keeps. False and a message when none can be had.
bool scheduledKey(const BackupCall& b, const QSettings& settings, std::optional<crypto::KeySource>* key,
                  QString* error)
{
    const QCommandLineParser& parser = b.parser();
    const QString keyFile = parser.isSet(b.o.keyFile)
        ? parser.value(b.o.keyFile)
        : settings.value(QStringLiteral("backup/keyFile")).toString();
    if (!keyFile.isEmpty()) {
        QFile f(keyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("The key file %1 cannot be read: %2").arg(keyFile, f.errorString());
            return false;
        }
        *key = crypto::KeySource{ crypto::KeySource::Kind::KeyFile, f.readAll(), {} };
        return true;
    }
    if (qEnvironmentVariableIsSet("THEPROGRAM_BACKUP_PASSWORD") || parser.isSet(b.o.passwordFile)) {
        *key = keyFrom(b, true, error);
        return key->has_value();
    }
    if (!settings.value(QStringLiteral("backup/passwordInKeychain")).toBool())
        return true; // not encrypted
    const auto secret = keychainRead(error);
    if (!secret) {
        if (error->isEmpty())
            *error = Cli::tr("The backup password is not in the keychain any more; set it again with backup "
                             "schedule … --remember-password.");
        return false;
    }
    crypto::KeySource source;
    source.secret = *secret;
    source.argon2 = crypto::calibrateArgon2();
    *key = source;
    return true;
}

// Removes what the retention rules in the settings let go; how many went.
int applyScheduledRetention(const QSettings& settings, const QString& folder)
{
    backup::RetentionPolicy policy;
    policy.keepLast = settings.value(QStringLiteral("backup/keep-last")).toInt();
    policy.keepWithinDays = settings.value(QStringLiteral("backup/keep-within")).toInt();
    policy.keepDaily = settings.value(QStringLiteral("backup/keep-daily")).toInt();
    policy.keepWeekly = settings.value(QStringLiteral("backup/keep-weekly")).toInt();
    policy.keepMonthly = settings.value(QStringLiteral("backup/keep-monthly")).toInt();
    policy.keepYearly = settings.value(QStringLiteral("backup/keep-yearly")).toInt();
    int removed = 0;
    if (policy.isEmpty())
        return removed;
    for (const backup::RetentionDecision& d :
         backup::decideRetention(backup::BackupEngine::list(folder), policy)) {
        if (!d.keep && QFile::remove(d.backup.path)) {
            QFile::remove(d.backup.manifestPath);
            ++removed;
        }
    }
    return removed;
}

int showSchedule()
{
    QSettings settings;
    const QString text = settings.value(QStringLiteral("backup/schedule")).toString();
    if (text.isEmpty()) {
        out() << Cli::tr("No backup schedule is set.") << '\n';
    } else {
        const auto s = backup::Schedule::parse(text);
        const QDateTime last = lastScheduledRun(settings);
        const QDateTime next = s
            ? s->nextRun(last.isValid() ? last : Clock::nowUtc(), QTimeZone::systemTimeZone())
            : QDateTime();
        out() << Cli::tr("Schedule: %1; next run: %2").arg(text, next.toLocalTime().toString(Qt::ISODate))
              << '\n';
    }
    out().flush();
    return Success;
}

} // namespace

// backup schedule: show it; backup schedule "daily 02:00" [--keep-…]
// [--key-file F] [--folder DIR] [--remember-password]: set it (in the
// settings, not the database; a password only ever in the keychain).
int backupSchedule(const BackupCall& b)
{
    if (b.args.size() == 1)
        return showSchedule();
    const QCommandLineParser& parser = b.parser();
    QString error;
    if (b.args.size() != 2 || !backup::Schedule::parse(b.args.at(1), &error))
        return usageError(error.isEmpty() ? Cli::tr("Use: backup schedule \"daily 02:00\"") : error);
    QSettings settings;
    settings.setValue(QStringLiteral("backup/schedule"), b.args.at(1));
    if (parser.isSet(b.o.folder))
        settings.setValue(QStringLiteral("backup/folder"),
                          QFileInfo(parser.value(b.o.folder)).absoluteFilePath());
    if (parser.isSet(b.o.keyFile))
        settings.setValue(QStringLiteral("backup/keyFile"),
                          QFileInfo(parser.value(b.o.keyFile)).absoluteFilePath());
    settings.setValue(QStringLiteral("backup/database"), QFileInfo(b.call.databasePath()).absoluteFilePath());
    for (const auto rule : kKeepRules) {
        const QCommandLineOption& option = b.o.*rule;
        if (parser.isSet(option))
            settings.setValue(QStringLiteral("backup/") + option.names().first(),
                              parser.value(option).toInt());
    }
    if (parser.isSet(b.o.rememberPassword)) {
        const auto key = keyFrom(b, false, &error);
        if (!key)
            return failure(error);
        if (!keychainWrite(key->secret, &error))
            return failure(error);
        settings.setValue(QStringLiteral("backup/passwordInKeychain"), true);
    }
    out() << Cli::tr("Backups are scheduled: %1.").arg(b.args.at(1)) << '\n';
    out().flush();
    return Success;
}

// For cron, systemd timers, Task Scheduler and launchd: a backup only when one is due.
int backupRunScheduled(const BackupCall& b)
{
    const QCommandLineParser& parser = b.parser();
    QSettings settings;
    const auto schedule
        = backup::Schedule::parse(settings.value(QStringLiteral("backup/schedule")).toString());
    if (!schedule)
        return failure(Cli::tr("No backup schedule is set: use backup schedule \"daily 02:00\" first."));
    const QDateTime last = lastScheduledRun(settings);
    const QDateTime now = Clock::nowUtc();
    if (!schedule->isDue(last, now, QTimeZone::systemTimeZone())) {
        out() << Cli::tr("No backup is due; the next one is at %1.")
                     .arg(schedule->nextRun(last, QTimeZone::systemTimeZone())
                              .toLocalTime()
                              .toString(Qt::ISODate))
              << '\n';
        out().flush();
        return Success;
    }
    backup::BackupOptions options;
    options.databasePath = parser.isSet(b.call.dbOption)
        ? parser.value(b.call.dbOption)
        : settings.value(QStringLiteral("backup/database"), db::Database::defaultPath()).toString();
    options.folder = parser.isSet(b.o.folder)
        ? b.folder
        : settings.value(QStringLiteral("backup/folder"), b.folder).toString();
    options.kind = QStringLiteral("scheduled");
    QString error;
    if (!scheduledKey(b, settings, &options.key, &error))
        return failure(error);
    const backup::BackupResult r = backup::BackupEngine::create(options);
    if (!r.ok)
        return failure(r.error);
    settings.setValue(QStringLiteral("backup/lastRun"), timestamp::format(now));
    const int removed = applyScheduledRetention(settings, options.folder);
    out() << Cli::tr(
                 "Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.",
                 nullptr, removed)
                 .arg(r.info.manifest.value(QLatin1String("id")).toString())
          << '\n';
    out().flush();
    return Success;
}

int backupPrune(const BackupCall& b)
{
    const QCommandLineParser& parser = b.parser();
    backup::RetentionPolicy policy;
    int* const values[] = { &policy.keepLast,   &policy.keepWithinDays, &policy.keepDaily,
                            &policy.keepWeekly, &policy.keepMonthly,    &policy.keepYearly };
    for (size_t i = 0; i < kKeepRules.size(); ++i) {
        const QCommandLineOption& option = b.o.*kKeepRules[i];
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *values[i] = parser.value(option).toInt(&ok);
        if (!ok || *values[i] < 0)
            return usageError(Cli::tr("--%1 needs a whole number.").arg(option.names().first()));
    }
    if (policy.isEmpty())
        return usageError(Cli::tr("prune needs at least one --keep-… rule."));
    const bool dryRun = parser.isSet(b.o.dryRun);
    for (const backup::RetentionDecision& d :
         backup::decideRetention(backup::BackupEngine::list(b.folder), policy)) {
        const QString name = QFileInfo(d.backup.path).fileName();
        if (d.keep) {
            out() << Cli::tr("keep    %1  (%2)").arg(name, d.reasons.join(QStringLiteral(", "))) << '\n';
            continue;
        }
        out() << (dryRun ? Cli::tr("would remove %1").arg(name) : Cli::tr("remove  %1").arg(name)) << '\n';
        if (!dryRun) {
            if (!QFile::remove(d.backup.path))
                return failure(Cli::tr("%1 could not be removed.").arg(d.backup.path));
            QFile::remove(d.backup.manifestPath);
        }
    }
    out().flush();
    return Success;
}

int backupKeyFile(const BackupCall& b)
{
    if (b.args.size() != 3 || b.args.at(1) != QLatin1String("new"))
        return usageError(Cli::tr("Use: backup keyfile new FILE"));
    const QString path = b.args.at(2);
    if (QFileInfo::exists(path))
        return failure(Cli::tr("%1 exists already; a key file is never overwritten.").arg(path));
    QString error;
    if (!files::saveOwnerOnly(path, crypto::generateKeyFileContent(), &error))
        return failure(Cli::tr("The key file cannot be written: %1").arg(error));
    out()
        << Cli::tr(
               "Wrote a new key file %1. Keep a copy somewhere safe: without it the backups cannot be read.")
               .arg(path)
        << '\n';
    out().flush();
    return Success;
}

} // namespace tp::cli
