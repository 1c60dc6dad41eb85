#pragma once

#include "CliOutput.h"
#include "Command.h"
#include "crypto/BackupCipher.h"
#include "KeepOptions.h"

#include <optional>

namespace tp::cli {

// The options of `backup` and its actions.
struct BackupCliOptions
{
    QCommandLineOption encrypt{ QStringLiteral("encrypt"),
                                Cli::tr("Encrypt the backup (AES-256-GCM) with a password or a key file.") };
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        Cli::tr("Read the backup password from this file (else THEPROGRAM_BACKUP_PASSWORD, else a prompt)."),
        Cli::tr("FILE")
    };
    QCommandLineOption keyFile{ QStringLiteral("key-file"),
                                Cli::tr("Use this key file instead of a password."), Cli::tr("FILE") };
    QCommandLineOption level{ QStringLiteral("level"), Cli::tr("Compression: fast, default, best or none."),
                              Cli::tr("LEVEL") };
    QCommandLineOption label{ QStringLiteral("label"), Cli::tr("A label for the backup."), Cli::tr("TEXT") };
    QCommandLineOption pin{ QStringLiteral("pin"), Cli::tr("Pin the backup: retention never removes it.") };
    QCommandLineOption folder{ QStringLiteral("folder"), folderHelp(), Cli::tr("DIR") };
    QCommandLineOption json{ QStringLiteral("json"), Cli::tr("List as JSON.") };
    QCommandLineOption all{ QStringLiteral("all"), Cli::tr("Verify every backup.") };
    QCommandLineOption output{ { QStringLiteral("o"), QStringLiteral("output") },
                               Cli::tr("Where decrypt writes the database."),
                               Cli::tr("FILE") };
    KeepOptions keep;
    QCommandLineOption clients{
        QStringLiteral("clients"),
        Cli::tr("restore: only these clients (comma-separated ids), through the import's conflict handling."),
        Cli::tr("UUIDS")
    };
    QCommandLineOption charts{
        QStringLiteral("charts"),
        Cli::tr("restore: only these charts (comma-separated ids), with their interpretations, "
                "birth data and client, through the import's conflict handling."),
        Cli::tr("UUIDS")
    };
    QCommandLineOption strategy{
        QStringLiteral("strategy"),
        Cli::tr("restore --clients/--charts: skip (default), replace, merge or rename."), Cli::tr("STRATEGY")
    };
    QCommandLineOption yes{
        QStringLiteral("yes"),
        Cli::tr("restore: confirm replacing the database (a safety backup is taken first).")
    };
    QCommandLineOption preHook{ QStringLiteral("pre-hook"),
                                Cli::tr("create: run this command first; if it fails, no backup is made."),
                                Cli::tr("COMMAND") };
    QCommandLineOption postHook{
        QStringLiteral("post-hook"),
        Cli::tr("create: run this command after a verified backup (THEPROGRAM_BACKUP_FILE names it)."),
        Cli::tr("COMMAND")
    };
    QCommandLineOption rememberPassword{ QStringLiteral("remember-password"),
                                         Cli::tr(
                                             "schedule: keep the backup password (from --password-file or "
                                             "THEPROGRAM_BACKUP_PASSWORD) in the OS keychain for scheduled "
                                             "backups.") };
    QCommandLineOption upload{
        QStringLiteral("upload"),
        Cli::tr("create: copy the new backup to this cloud destination (see cloud add)."), Cli::tr("NAME")
    };
    QCommandLineOption now{ QStringLiteral("now"),
                            Cli::tr(
                                "run-scheduled: make the scheduled backup now, whether or not one is due.") };

    static QString folderHelp();
    void addTo(QCommandLineParser& parser) const;
};

// One run of `backup ACTION …`.
struct BackupCall
{
    const Invocation& call;
    const BackupCliOptions& o;
    QStringList args; // the action and what follows it
    QString folder; // --folder, else the backup folder of the settings (the app's choice)

    const QCommandLineParser& parser() const { return call.parser; }
    // The backup a reference (an id, a file name in the folder, or a path)
    // names; empty and a message when none.
    QString findBackup(const QString& ref, QString* error) const;
    // The key an encrypted backup needs, asked for once; false and a
    // message when it cannot be had.
    bool keyFor(const QString& path, std::optional<crypto::KeySource>* key, QString* error) const;
};

// The key from --key-file, --password-file, THEPROGRAM_BACKUP_PASSWORD or a prompt.
std::optional<crypto::KeySource> keyFrom(const BackupCall& b, bool calibrate, QString* error);

int backupCreate(const BackupCall& b);
int backupList(const BackupCall& b);
int backupVerify(const BackupCall& b);
int backupDecrypt(const BackupCall& b);
int backupRestore(const BackupCall& b);
int backupSchedule(const BackupCall& b);
int backupRunScheduled(const BackupCall& b);
int backupPrune(const BackupCall& b);
int backupKeyFile(const BackupCall& b);

} // namespace tp::cli
