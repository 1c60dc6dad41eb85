#include "backup/BackupEngine.h"
#include "backup/BackupSettings.h"
#include "BackupActions.h"
#include "cloud/CloudCopies.h"
#include "CloudActions.h"
#include "db/Database.h"
#include "exchange/Importer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tp::cli {

namespace {

class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return Cli::tr(
            "create | list | verify | restore | decrypt | prune | schedule | run-scheduled | keyfile new: "
            "encrypted, verified backups.");
    }
    bool takesArguments() const override { return true; }

    void addOptions(QCommandLineParser& parser) override
    {
        m_options.addTo(parser);
        parser.addPositionalArgument(
            QStringLiteral("action"),
            Cli::tr("create, list, verify ID|--all, restore ID --yes, decrypt ID -o FILE, "
                    "prune --keep-…, keyfile new FILE."),
            Cli::tr("ACTION"));
    }

    int run(const Invocation& call) override
    {
        // Without --folder: the backup folder chosen in the app (or by backup schedule --folder).
        const BackupCall b{ call, m_options, call.arguments(),
                            call.parser.isSet(m_options.folder)
                                ? call.parser.value(m_options.folder)
                                : backup::BackupSettings::load().effectiveFolder() };
        const QString action = b.args.value(0);
        static const std::pair<const char*, int (*)(const BackupCall&)> actions[] = {
            { "create", backupCreate },
            { "list", backupList },
            { "verify", backupVerify },
            { "decrypt", backupDecrypt },
            { "restore", backupRestore },
            { "schedule", backupSchedule },
            { "run-scheduled", backupRunScheduled },
            { "prune", backupPrune },
            { "keyfile", backupKeyFile },
        };
        for (const auto& [name, function] : actions) {
            if (action == QLatin1String(name))
                return function(b);
        }
        return usageError(action.isEmpty() ? Cli::tr(
                              "backup needs an action: create, list, verify, decrypt, prune or keyfile new.")
                                           : Cli::tr("Unknown backup action '%1'.").arg(action));
    }

private:
    BackupCliOptions m_options;
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

int backupCreate(const BackupCall& b)
{
    const QCommandLineParser& parser = b.parser();
    backup::BackupOptions options;
    options.databasePath = b.call.databasePath();
    options.folder = b.folder;
    const QString level = parser.value(b.o.level);
    options.compress = level != QLatin1String("none");
    if (options.compress && !parseLevel(level, &options.level))
        return usageError(Cli::tr("--level must be fast, default, best or none."));
    options.label = parser.value(b.o.label);
    options.pinned = parser.isSet(b.o.pin);
    options.preHook = parser.value(b.o.preHook);
    options.postHook = parser.value(b.o.postHook);
    if (parser.isSet(b.o.encrypt) || parser.isSet(b.o.keyFile) || parser.isSet(b.o.passwordFile)) {
        QString error;
        options.key = keyFrom(b, true, &error);
        if (!options.key)
            return failure(error);
    }
    const QString uploadTo = parser.value(b.o.upload);
    if (!uploadTo.isEmpty() && !cloud::Destinations::find(uploadTo))
        return failure(Cli::tr("There is no destination “%1” (cloud list shows them).").arg(uploadTo));
    StderrProgress progress(Cli::tr("Backing up…"));
    const backup::BackupResult r = backup::BackupEngine::create(options, &progress);
    progress.finish();
    if (!r.ok)
        return failure(r.error);
    warn(r.warnings);
    cloud::CloudCopies::enqueue(r.info.path); // every enabled destination gets a copy in its time
    const QLocale locale;
    out() << Cli::tr("Backup %1 written and verified: %2 (%3) in %4 s.")
                 .arg(r.info.manifest.id(), QDir::toNativeSeparators(r.info.path),
                      locale.formattedDataSize(r.info.manifest.storedSize()),
                      locale.toString(r.elapsedMs / 1000.0, 'f', 2))
          << '\n';
    out().flush();
    return uploadTo.isEmpty() ? Success : uploadQueued(uploadTo);
}

int backupList(const BackupCall& b)
{
    const QList<backup::BackupInfo> all = backup::BackupEngine::list(b.folder);
    if (b.parser().isSet(b.o.json)) {
        QJsonArray array;
        for (const backup::BackupInfo& info : all) {
            QJsonObject entry = info.manifest.json();
            entry.insert(QStringLiteral("path"), QDir::toNativeSeparators(info.path));
            if (!info.problem.isEmpty())
                entry.insert(QStringLiteral("problem"), info.problem);
            array.append(entry);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    const QLocale locale;
    for (const backup::BackupInfo& info : all) {
        const backup::BackupManifest& m = info.manifest;
        const bool good = info.problem.isEmpty();
        out() << (good ? m.id() : QStringLiteral("?")).leftJustified(10)
              << (good ? m.json().value(QLatin1String("created_at")).toString() : info.problem)
                     .leftJustified(26)
              << locale.formattedDataSize(QFileInfo(info.path).size()).rightJustified(12) << "  "
              << (m.isEncrypted() ? Cli::tr("encrypted") : Cli::tr("plain")).leftJustified(10)
              << (m.isVerified() ? Cli::tr("verified") : Cli::tr("not verified")).leftJustified(14)
              << (m.isPinned() ? Cli::tr("pinned ") : QString()) << m.label() << '\n';
    }
    if (all.isEmpty())
        out() << Cli::tr("No backups in %1.").arg(QDir::toNativeSeparators(b.folder)) << '\n';
    out().flush();
    return Success;
}

int backupVerify(const BackupCall& b)
{
    QStringList paths;
    if (b.parser().isSet(b.o.all)) {
        for (const backup::BackupInfo& info : backup::BackupEngine::list(b.folder))
            paths << info.path;
    } else if (b.args.size() == 2) {
        QString error;
        const QString path = b.findBackup(b.args.at(1), &error);
        if (path.isEmpty())
            return failure(error);
        paths << path;
    } else {
        return usageError(Cli::tr("backup verify needs a backup id or --all."));
    }
    int failed = 0;
    std::optional<crypto::KeySource> key;
    for (const QString& path : std::as_const(paths)) {
        QString error;
        if (!b.keyFor(path, &key, &error))
            return failure(error);
        const backup::BackupResult r = backup::BackupEngine::verify(path, key);
        out() << QFileInfo(path).fileName() << ": " << (r.ok ? Cli::tr("ok") : r.error) << '\n';
        warn(r.warnings);
        failed += r.ok ? 0 : 1;
    }
    out().flush();
    return failed == 0 ? Success : failure(Cli::tr("%n backup(s) failed verification.", nullptr, failed));
}

int backupDecrypt(const BackupCall& b)
{
    if (b.args.size() != 2 || !b.parser().isSet(b.o.output))
        return usageError(Cli::tr("backup decrypt needs a backup id or file and -o OUT.db."));
    QString error;
    const QString path = b.findBackup(b.args.at(1), &error);
    std::optional<crypto::KeySource> key;
    if (path.isEmpty() || !b.keyFor(path, &key, &error))
        return failure(error);
    const QString output = b.parser().value(b.o.output);
    if (!backup::BackupEngine::decrypt(path, key, output, &error))
        return failure(error);
    out() << Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(output)) << '\n';
    out().flush();
    return Success;
}

int backupRestore(const BackupCall& b)
{
    const QCommandLineParser& parser = b.parser();
    if (b.args.size() != 2)
        return usageError(Cli::tr("backup restore needs a backup id or file."));
    if (!parser.isSet(b.o.yes))
        return usageError(Cli::tr(
            "backup restore changes the database: add --yes to confirm (a safety backup is taken first)."));
    if (parser.isSet(b.o.clients) && parser.isSet(b.o.charts))
        return usageError(Cli::tr("Give --clients or --charts, not both."));
    QString error;
    const QString path = b.findBackup(b.args.at(1), &error);
    std::optional<crypto::KeySource> key;
    if (path.isEmpty() || !b.keyFor(path, &key, &error))
        return failure(error);
    const QString dbPath = b.call.databasePath();
    if (parser.isSet(b.o.clients) || parser.isSet(b.o.charts)) {
        exchange::ImportOptions io;
        if (parser.isSet(b.o.strategy) && !exchange::parseStrategy(parser.value(b.o.strategy), &io.strategy))
            return usageError(Cli::tr("--strategy must be skip, replace, merge or rename."));
        int code = Success;
        auto database = openDatabase(dbPath, parser.isSet(b.call.dbOption), Access::ReadWrite, &code);
        if (!database)
            return code;
        const auto ids = [&](const QCommandLineOption& o) {
            return parser.value(o).split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        const exchange::ImportResult r = parser.isSet(b.o.clients)
            ? backup::BackupEngine::restoreClients(path, key, *database, ids(b.o.clients), io)
            : backup::BackupEngine::restoreCharts(path, key, *database, ids(b.o.charts), io);
        out() << exchange::Importer::textReport(r, io, database->path());
        out().flush();
        return r.ok ? Success : failure(r.error);
    }
    const backup::BackupResult r = backup::BackupEngine::restore(path, key, dbPath);
    if (!r.ok)
        return failure(r.error);
    out() << Cli::tr("Restored %1 from %2; the database as it was before is kept as a pre-restore backup.")
                 .arg(QDir::toNativeSeparators(dbPath), QFileInfo(path).fileName())
          << '\n';
    out().flush();
    return Success;
}

} // namespace tp::cli
