#include "backup/BackupEngine.h"
#include "backup/Retention.h"
#include "backup/Schedule.h"
#include "backup/ScheduledBackup.h"
#include "BackupActions.h"
#include "cloud/CloudCopies.h"
#include "CloudActions.h"
#include "db/Database.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace tp::cli {

namespace {

// The --keep-… options given into `policy`; false and a message for one that is no whole number.
bool readKeepRules(const BackupCall& b, backup::RetentionPolicy* policy, QString* error)
{
    return b.o.keep.read(b.parser(), policy, error);
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(Qt::ISODate);
}

int showSchedule()
{
    const backup::ScheduledBackup scheduled(backup::BackupSettings::load());
    if (scheduled.settings().schedule.isEmpty())
        out() << Cli::tr("No backup schedule is set.") << '\n';
    else
        out() << Cli::tr("Schedule: %1; next run: %2")
                     .arg(scheduled.settings().schedule, localTime(scheduled.nextRun(Clock::nowUtc())))
              << '\n';
    out().flush();
    return Success;
}

// A key given on this command line or in the environment, for a scheduled run.
std::optional<crypto::KeySource> givenKey(const BackupCall& b, QString* error, bool* failed)
{
    const QCommandLineParser& parser = b.parser();
    *failed = false;
    if (!parser.isSet(b.o.keyFile) && !parser.isSet(b.o.passwordFile)
        && !qEnvironmentVariableIsSet("THEPROGRAM_BACKUP_PASSWORD"))
        return std::nullopt;
    auto key = keyFrom(b, true, error);
    *failed = !key;
    return key;
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
    backup::BackupSettings settings = backup::BackupSettings::load();
    if (!readKeepRules(b, &settings.retention, &error))
        return usageError(error);
    settings.setSchedule(b.args.at(1), Clock::nowUtc());
    if (parser.isSet(b.o.folder))
        settings.folder = QFileInfo(parser.value(b.o.folder)).absoluteFilePath();
    if (parser.isSet(b.o.keyFile))
        settings.keyFile = QFileInfo(parser.value(b.o.keyFile)).absoluteFilePath();
    settings.databasePath = QFileInfo(b.call.databasePath()).absoluteFilePath();
    if (parser.isSet(b.o.rememberPassword)) {
        const auto key = keyFrom(b, false, &error);
        if (!key)
            return failure(error);
        if (!secrets::SecretStore::writeNow(backup::ScheduledBackup::kKeychainKey, key->secret, &error))
            return failure(error);
        settings.passwordInKeychain = true;
    }
    settings.save();
    out() << Cli::tr("Backups are scheduled: %1; the next one is at %2.")
                 .arg(b.args.at(1), localTime(backup::ScheduledBackup(settings).nextRun(Clock::nowUtc())))
          << '\n';
    out().flush();
    return Success;
}

// For cron, systemd timers, Task Scheduler and launchd: a backup only when one is due.
int backupRunScheduled(const BackupCall& b)
{
    const QCommandLineParser& parser = b.parser();
    backup::ScheduledBackup scheduled(backup::BackupSettings::load());
    if (!scheduled.schedule())
        return failure(Cli::tr("No backup schedule is set: use backup schedule \"daily 02:00\" first."));
    QString error;
    bool failed = false;
    const auto given = givenKey(b, &error, &failed);
    if (failed)
        return failure(error);
    const backup::ScheduledRun r = scheduled.run(
        Clock::nowUtc(), given, parser.isSet(b.call.dbOption) ? parser.value(b.call.dbOption) : QString(),
        parser.isSet(b.o.folder) ? b.folder : QString(), parser.isSet(b.o.now));
    if (!r.due) {
        out() << Cli::tr("No backup is due; the next one is at %1.").arg(localTime(r.nextRun)) << '\n';
        out().flush();
        return Success;
    }
    if (!r.error.isEmpty() && !r.ok)
        return failure(r.error);
    out() << Cli::tr(
                 "Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.",
                 nullptr, r.retention.removed)
                 .arg(r.backup.info.manifest.id())
          << '\n';
    out().flush();
    if (!r.retention.error.isEmpty())
        return failure(r.retention.error);
    cloud::CloudCopies::enqueue(r.backup.info.path);
    return copyToDestinations();
}

int backupPrune(const BackupCall& b)
{
    backup::RetentionPolicy policy;
    QString error;
    if (!readKeepRules(b, &policy, &error))
        return usageError(error);
    if (policy.isEmpty())
        return usageError(Cli::tr("prune needs at least one --keep-… rule."));
    const bool dryRun = b.parser().isSet(b.o.keep.dryRun);
    const backup::RetentionOutcome outcome = backup::applyRetention(b.folder, policy, dryRun);
    printRetention(outcome, dryRun);
    return outcome.error.isEmpty() ? Success : failure(outcome.error);
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
