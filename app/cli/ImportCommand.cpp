#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "db/TableRegistry.h"
#include "exchange/Importer.h"
#include "formats/TextDecoding.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFileInfo>

namespace tp::cli {

namespace {

// Removes a practice this run created, with its journal files.
void removeCreatedPractice(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return Cli::tr("Bring exported data in: checked first, conflict-aware, all or nothing.");
    }
    bool takesArguments() const override { return true; }

    void addOptions(QCommandLineParser& parser) override
    {
        for (const QCommandLineOption* o : { &m_validateOnly, &m_dryRun, &m_strategy, &m_key, &m_mode, &m_yes,
                                             &m_partial, &m_report, &m_undoLast, &m_encoding })
            parser.addOption(*o);
        parser.addPositionalArgument(QStringLiteral("files"),
                                     Cli::tr("Files to import (.json, .json.gz, .zip, .csv, .csv.gz)."),
                                     Cli::tr("FILE..."));
    }

    int run(const Invocation& call) override
    {
        if (call.parser.isSet(m_undoLast))
            return undoLast(call);
        exchange::ImportOptions options;
        if (const int code = readOptions(call, &options); code != Success)
            return code;
        const QString path = call.databasePath();
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return importInto(call, path, options, false);
        if (options.validateOnly || options.dryRun)
            return checkAgainstAnEmptyPractice(options);
        return importInto(call, path, options, true);
    }

private:
    int undoLast(const Invocation& call)
    {
        if (!call.arguments().isEmpty())
            return usageError(Cli::tr("--undo-last takes no files."));
        const QString dbPath = call.databasePath();
        QString from, error;
        if (!exchange::Importer::undoLastImport(dbPath, &from, &error))
            return failure(error);
        out() << Cli::tr("The last import was undone: %1 is back as it was before it (from %2).")
                     .arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(from))
              << '\n';
        out().flush();
        return Success;
    }

    int readOptions(const Invocation& call, exchange::ImportOptions* options) const
    {
        const QCommandLineParser& parser = call.parser;
        options->inputs = call.arguments();
        if (options->inputs.isEmpty())
            return usageError(Cli::tr("import needs at least one file."));
        options->validateOnly = parser.isSet(m_validateOnly);
        options->dryRun = parser.isSet(m_dryRun);
        options->partial = parser.isSet(m_partial);
        if (const int code = readStrategies(parser.value(m_strategy), options); code != Success)
            return code;
        const QString key = parser.value(m_key);
        if (key.isEmpty() || key == QLatin1String("id")) {
            options->key = exchange::ConflictKey::Id;
        } else if (key == QLatin1String("natural")) {
            options->key = exchange::ConflictKey::Natural;
        } else {
            options->key = exchange::ConflictKey::Custom;
            options->customKeyColumns = key.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        const QString mode = parser.value(m_mode);
        if (!mode.isEmpty() && mode != QLatin1String("merge") && mode != QLatin1String("restore"))
            return usageError(Cli::tr("--mode must be merge or restore."));
        options->mode
            = mode == QLatin1String("restore") ? exchange::ImportMode::Restore : exchange::ImportMode::Merge;
        options->restoreConfirmed = parser.isSet(m_yes);
        if (options->mode == exchange::ImportMode::Restore && !options->restoreConfirmed && !options->dryRun
            && !options->validateOnly)
            return usageError(
                Cli::tr("--mode restore replaces all data in the database: add --yes to confirm (a safety "
                        "snapshot is taken first)."));
        options->reportPath = parser.value(m_report);
        if (parser.isSet(m_encoding)) {
            formats::Charset charset;
            if (!formats::parseCharset(parser.value(m_encoding), &charset))
                return usageError(Cli::tr("--encoding must be utf-8, utf-16le, utf-16be or windows-1252."));
            options->encoding = parser.value(m_encoding);
        }
        return Success;
    }

    // "merge" for all, or "merge,charts=replace" with overrides per table.
    static int readStrategies(const QString& value, exchange::ImportOptions* options)
    {
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString table = item.section(QLatin1Char('='), 0, 0).trimmed();
            const QString name
                = item.contains(QLatin1Char('=')) ? item.section(QLatin1Char('='), 1).trimmed() : table;
            exchange::ConflictStrategy strategy;
            if (!exchange::parseStrategy(name, &strategy))
                return usageError(Cli::tr("--strategy must be skip, replace, merge or rename (optionally per "
                                          "table: charts=replace)."));
            if (!item.contains(QLatin1Char('=')))
                options->strategy = strategy;
            else if (!db::TableRegistry::instance().table(table))
                return usageError(Cli::tr("--strategy: there is no table called %1.").arg(table));
            else
                options->tableStrategies.insert(table, strategy);
        }
        return Success;
    }

    // Into the practice at `path`; `create`: there is none yet — one is made,
    // and removed again if the import does not go through.
    int importInto(const Invocation& call, const QString& path, const exchange::ImportOptions& options,
                   bool create)
    {
        const bool snapshotsExisted = QFileInfo::exists(exchange::Importer::snapshotFolder(path));
        int code = Success;
        auto database = openDatabase(path, call.parser.isSet(call.dbOption),
                                     create ? Access::Create : Access::ReadWrite, &code);
        if (!database)
            return code;
        if (create)
            out() << Cli::tr("There was no practice at %1: a new, empty one was created for this import.")
                         .arg(QDir::toNativeSeparators(database->path()))
                  << '\n';
        StderrProgress progress(Cli::tr("Importing…"));
        const exchange::ImportResult result = exchange::Importer::run(*database, options, &progress);
        progress.finish();
        out() << exchange::Importer::textReport(result, options, database->path());
        out().flush();
        if (result.ok)
            return Success;
        if (create) {
            database.reset();
            removeCreatedPractice(path);
            if (!snapshotsExisted)
                QDir(exchange::Importer::snapshotFolder(path)).removeRecursively();
            out() << Cli::tr("The new practice was removed again: nothing was created.") << '\n';
            out().flush();
        }
        return failure(result.error.isEmpty() ? Cli::tr("the import failed.") : result.error);
    }

    // --validate-only or --dry-run into a path with no practice: checked
    // against an empty practice in a working folder; nothing is created.
    int checkAgainstAnEmptyPractice(const exchange::ImportOptions& options)
    {
        files::TempFolder work(QDir::tempPath(), QStringLiteral("check"));
        if (!work.isValid())
            return failure(work.errorString());
        int code = Success;
        auto database = openDatabase(work.filePath(QStringLiteral("empty.db")), true, Access::Create, &code);
        if (!database)
            return code;
        out() << Cli::tr(
            "There is no practice at that path yet: checked against an empty one; nothing was created.")
              << '\n';
        StderrProgress progress(Cli::tr("Checking…"));
        const exchange::ImportResult result = exchange::Importer::run(*database, options, &progress);
        progress.finish();
        out() << exchange::Importer::textReport(result, options, database->path());
        out().flush();
        return result.ok ? Success
                         : failure(result.error.isEmpty() ? Cli::tr("the import failed.") : result.error);
    }

    QCommandLineOption m_validateOnly{ QStringLiteral("validate-only"),
                                       Cli::tr("Only check the files; change nothing.") };
    QCommandLineOption m_dryRun{ QStringLiteral("dry-run"),
                                 Cli::tr(
                                     "Run the import and roll it back: shows exactly what would happen.") };
    QCommandLineOption m_encoding{
        QStringLiteral("encoding"),
        Cli::tr("The inputs' text encoding when it is not what is detected: utf-8, utf-16le, "
                "utf-16be or windows-1252."),
        Cli::tr("CHARSET")
    };
    QCommandLineOption m_strategy{
        QStringLiteral("strategy"),
        Cli::tr("For rows that already exist: skip (default), replace, merge or rename; per "
                "table as TABLE=STRATEGY, comma-separated."),
        Cli::tr("STRATEGY")
    };
    QCommandLineOption m_key{
        QStringLiteral("key"),
        Cli::tr("How rows are matched: id (default), natural, or a comma-separated list of columns."),
        Cli::tr("KEY")
    };
    QCommandLineOption m_mode{
        QStringLiteral("mode"),
        Cli::tr("merge (default) into the current data, or restore: replace it all (needs --yes)."),
        Cli::tr("MODE")
    };
    QCommandLineOption m_yes{ QStringLiteral("yes"), Cli::tr("Confirm a full restore.") };
    QCommandLineOption m_partial{ QStringLiteral("partial"),
                                  Cli::tr(
                                      "Import the valid rows; skip invalid ones and what depends on them.") };
    QCommandLineOption m_report{ QStringLiteral("report"),
                                 Cli::tr("Also write the report here (.json for JSON, else text)."),
                                 Cli::tr("FILE") };
    QCommandLineOption m_undoLast{ QStringLiteral("undo-last"),
                                   Cli::tr(
                                       "Undo the last import: put back the database as it was before it.") };
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace tp::cli
