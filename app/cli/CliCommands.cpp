#include "CliCommands.h"

#include "backup/BackupEngine.h"
#include "backup/Retention.h"
#include "backup/Schedule.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimeZone>
#include "db/Database.h"
#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"
#include "exchange/Converter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "formats/TextDecoding.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TP_ISATTY(fd) _isatty(fd)
#else
#include <termios.h>
#include <unistd.h>
#define TP_ISATTY(fd) ::isatty(fd)
#endif

#include <iostream>
#include <string>

namespace tp::cli {

namespace {

// The translation context of the command line's words.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(tp::cli::Cli)
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& message)
{
    err() << "theprogram-cli: " << message << '\n'
          << Cli::tr("Try 'theprogram-cli --help' for the commands and their options.") << '\n';
    err().flush();
    return UsageError;
}

int failure(const QString& message)
{
    err() << "theprogram-cli: " << message << '\n';
    err().flush();
    return Failure;
}

struct Command
{
    const char* name;
    const char* summary;
};

const Command kCommands[] = {
    {"info", QT_TRANSLATE_NOOP("tp::cli::Cli", "Show the database's path, versions, size and rows per table.")},
    {"demo-data", QT_TRANSLATE_NOOP("tp::cli::Cli", "Fill the database with a fictional, realistic practice.")},
    {"export", QT_TRANSLATE_NOOP("tp::cli::Cli", "Write the practice, a client, a chart or a selection to JSON or a CSV bundle.")},
    {"convert", QT_TRANSLATE_NOOP("tp::cli::Cli", "Convert between JSON, CSV bundles, single CSV files, gzip and folders.")},
    {"import", QT_TRANSLATE_NOOP("tp::cli::Cli", "Bring exported data in: checked first, conflict-aware, all or nothing.")},
    {"backup", QT_TRANSLATE_NOOP("tp::cli::Cli", "create | list | verify | restore | decrypt | prune | schedule | run-scheduled | keyfile new: encrypted, verified backups.")},
};

QString commandList()
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10), Cli::tr(c.summary));
    return text;
}

// The first argument that is not an option or an option's value.
QString findCommand(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("-o") || a == QLatin1String("--input") || a == QLatin1String("--output")
            || a == QLatin1String("--folder") || a == QLatin1String("--password-file") || a == QLatin1String("--key-file")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

enum class Access { ReadOnly, ReadWrite, Create };

// Commands that only read open the database read-only: they never create or change a file.
std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser, const QCommandLineOption& dbOption,
                                           Access access, int* exitCode)
{
    db::OpenOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
    options.createIfMissing = access == Access::Create;
    options.readOnly = access == Access::ReadOnly;
    options.createDirectory = !parser.isSet(dbOption);
    db::OpenFailure failed;
    auto database = db::Database::open(options, &failed);
    if (!database)
        *exitCode = failure(failed.message);
    return database;
}

int runInfo(const QCommandLineParser& parser, const QCommandLineOption& dbOption, bool json)
{
    int code = Success;
    auto database = openDatabase(parser, dbOption, Access::ReadOnly, &code);
    if (!database)
        return code;
    const auto& registry = db::TableRegistry::instance();
    if (json) {
        QJsonObject tables;
        for (const db::Table& t : registry.tables())
            tables.insert(t.name, database->rowCount(t.name));
        const QJsonObject doc{
            {QStringLiteral("database"), QDir::toNativeSeparators(database->path())},
            {QStringLiteral("schema_version"), database->schemaVersion()},
            {QStringLiteral("sqlite_version"), database->sqliteVersion()},
            {QStringLiteral("app_version"), applicationVersion()},
            {QStringLiteral("file_size_bytes"), database->fileSize()},
            {QStringLiteral("tables"), tables},
        };
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    const QLocale locale;
    out() << Cli::tr("Database:       ") << QDir::toNativeSeparators(database->path()) << '\n'
          << Cli::tr("Schema version: ") << database->schemaVersion() << '\n'
          << Cli::tr("SQLite version: ") << database->sqliteVersion() << '\n'
          << Cli::tr("App version:    ") << applicationVersion() << '\n'
          << Cli::tr("File size:      ") << locale.formattedDataSize(database->fileSize()) << " ("
          << locale.toString(database->fileSize()) << ' ' << Cli::tr("bytes") << ")\n"
          << Cli::tr("Rows per table:") << '\n';
    for (const db::Table& t : registry.tables())
        out() << "  " << t.name.leftJustified(24) << locale.toString(database->rowCount(t.name)).rightJustified(12)
              << '\n';
    out().flush();
    return Success;
}

class StderrProgress final : public Progress
{
public:
    void report(qint64 done, qint64 total, const QString&) override
    {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != m_last && isatty()) {
            err() << '\r' << Cli::tr("Generating demo data… %1%").arg(percent);
            err().flush();
        }
        m_last = percent;
    }
    bool isCanceled() const override { return false; }
    void finish()
    {
        if (m_last >= 0 && isatty()) {
            err() << '\n';
            err().flush();
        }
    }

private:
    static bool isatty() { return TP_ISATTY(fileno(stderr)); }
    int m_last = -1;
};

int runDemoData(const QCommandLineParser& parser, const QCommandLineOption& dbOption,
                const QCommandLineOption& clientsOption, const QCommandLineOption& chartsOption,
                const QCommandLineOption& seedOption)
{
    demo::DemoOptions options;
    bool ok = true;
    if (parser.isSet(clientsOption)) {
        options.clients = parser.value(clientsOption).toInt(&ok);
        if (!ok || options.clients < 1 || options.clients > 1000000)
            return usageError(Cli::tr("--clients needs a whole number from 1 to 1000000."));
    }
    if (parser.isSet(chartsOption)) {
        options.chartsPerClient = parser.value(chartsOption).toInt(&ok);
        if (!ok || options.chartsPerClient < 0 || options.chartsPerClient > 100)
            return usageError(Cli::tr("--charts-per-client needs a whole number from 0 to 100."));
    }
    if (parser.isSet(seedOption)) {
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return usageError(Cli::tr("--seed needs a whole number."));
    }
    int code = Success;
    auto database = openDatabase(parser, dbOption, Access::Create, &code);
    if (!database)
        return code;
    StderrProgress progress;
    const demo::DemoResult result = demo::DemoGenerator::generate(database->connection(), options, &progress);
    progress.finish();
    if (!result.ok)
        return failure(result.error);
    const QLocale locale;
    out() << Cli::tr("Added demo data to %1 in %2 s:").arg(QDir::toNativeSeparators(database->path()))
                 .arg(locale.toString(result.elapsedMs / 1000.0, 'f', 1))
          << '\n';
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        if (result.inserted.value(t.name) > 0)
            out() << "  " << t.name.leftJustified(24) << locale.toString(result.inserted.value(t.name)).rightJustified(12)
                  << '\n';
    }
    out().flush();
    return Success;
}

struct ExportCliOptions
{
    QCommandLineOption scope{QStringLiteral("scope"), Cli::tr("What to export: full, client, chart or selective (default full)."), Cli::tr("SCOPE")};
    QCommandLineOption id{QStringLiteral("id"), Cli::tr("A client id (client, selective) or chart id (chart); repeatable."), Cli::tr("UUID")};
    QCommandLineOption from{QStringLiteral("from"), Cli::tr("Selective: first date (YYYY-MM-DD) of the range."), Cli::tr("DATE")};
    QCommandLineOption to{QStringLiteral("to"), Cli::tr("Selective: last date (YYYY-MM-DD) of the range."), Cli::tr("DATE")};
    QCommandLineOption dateField{QStringLiteral("date-field"), Cli::tr("Selective: the date the range applies to: created_at (default) or birth_date."), Cli::tr("FIELD")};
    QCommandLineOption chartType{QStringLiteral("chart-type"), Cli::tr("Selective: only charts of this type (natal, transit, …)."), Cli::tr("TYPE")};
    QCommandLineOption system{QStringLiteral("system"), Cli::tr("Selective: only charts of this system (western, vedic, human_design)."), Cli::tr("SYSTEM")};
    QCommandLineOption format{QStringLiteral("format"), Cli::tr("json (default) or csv (a zip of CSV files)."), Cli::tr("FORMAT")};
    QCommandLineOption pretty{QStringLiteral("pretty"), Cli::tr("Indent the JSON for reading.")};
    QCommandLineOption gzip{QStringLiteral("gzip"), Cli::tr("Compress the JSON with gzip (.json.gz).")};
    QCommandLineOption level{QStringLiteral("level"), Cli::tr("Compression level: fast, default or best."), Cli::tr("LEVEL")};
    QCommandLineOption anonymize{QStringLiteral("anonymize"), Cli::tr("Replace names with pseudonyms and drop contact details and notes.")};
    QCommandLineOption coarsen{QStringLiteral("coarsen-places"), Cli::tr("With --anonymize: drop cities and round coordinates to 1°.")};
    QCommandLineOption exclude{QStringLiteral("exclude-fields"), Cli::tr("Leave out fields, such as clients.email,clients.phone."), Cli::tr("LIST")};
    QCommandLineOption noInterpretations{QStringLiteral("no-interpretations"), Cli::tr("Leave out chart interpretations.")};
    QCommandLineOption noVerify{QStringLiteral("no-verify"), Cli::tr("Do not re-read the file after writing it.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write (default: a suggested name in the current folder)."), Cli::tr("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* o : {&scope, &id, &from, &to, &dateField, &chartType, &system, &format, &pretty, &gzip,
                                            &level, &anonymize, &coarsen, &exclude, &noInterpretations, &noVerify, &output})
            parser.addOption(*o);
    }
};

int runExport(const QCommandLineParser& parser, const QCommandLineOption& dbOption, const ExportCliOptions& o)
{
    exchange::ExportOptions options;
    const QString scope = parser.value(o.scope).isEmpty() ? QStringLiteral("full") : parser.value(o.scope);
    static const QMap<QString, exchange::ExportScope> scopes = {{QStringLiteral("full"), exchange::ExportScope::Full},
                                                                {QStringLiteral("client"), exchange::ExportScope::Client},
                                                                {QStringLiteral("chart"), exchange::ExportScope::Chart},
                                                                {QStringLiteral("selective"), exchange::ExportScope::Selective}};
    if (!scopes.contains(scope))
        return usageError(Cli::tr("--scope must be full, client, chart or selective."));
    options.scope = scopes.value(scope);
    options.ids = parser.values(o.id);
    if ((options.scope == exchange::ExportScope::Client || options.scope == exchange::ExportScope::Chart) && options.ids.isEmpty())
        return usageError(Cli::tr("--scope %1 needs --id.").arg(scope));
    for (const auto* dateOption : {&o.from, &o.to}) {
        if (!parser.isSet(*dateOption))
            continue;
        const QDate d = QDate::fromString(parser.value(*dateOption), Qt::ISODate);
        if (!d.isValid())
            return usageError(Cli::tr("--%1 needs a date written YYYY-MM-DD.").arg(dateOption->names().first()));
        (dateOption == &o.from ? options.from : options.to) = d;
    }
    const QString dateField = parser.value(o.dateField);
    if (!dateField.isEmpty() && dateField != QLatin1String("created_at") && dateField != QLatin1String("birth_date"))
        return usageError(Cli::tr("--date-field must be created_at or birth_date."));
    options.dateField = dateField == QLatin1String("birth_date") ? exchange::DateField::BirthDate : exchange::DateField::CreatedAt;
    options.chartType = parser.value(o.chartType);
    options.astroSystem = parser.value(o.system);
    if (options.scope != exchange::ExportScope::Selective
        && (parser.isSet(o.from) || parser.isSet(o.to) || parser.isSet(o.chartType) || parser.isSet(o.system)))
        return usageError(Cli::tr("--from, --to, --chart-type and --system belong to --scope selective."));
    const QString format = parser.value(o.format).isEmpty() ? QStringLiteral("json") : parser.value(o.format);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(Cli::tr("--format must be json or csv."));
    options.format = format == QLatin1String("csv") ? exchange::ExportFormat::CsvBundle : exchange::ExportFormat::Json;
    options.pretty = parser.isSet(o.pretty);
    options.gzip = parser.isSet(o.gzip);
    if (options.gzip && options.format == exchange::ExportFormat::CsvBundle)
        return usageError(Cli::tr("--gzip is for JSON; the CSV bundle is a zip already."));
    const QString level = parser.value(o.level);
    if (!level.isEmpty() && level != QLatin1String("fast") && level != QLatin1String("default") && level != QLatin1String("best"))
        return usageError(Cli::tr("--level must be fast, default or best."));
    options.level = level == QLatin1String("fast") ? formats::CompressionLevel::Fast
                  : level == QLatin1String("best") ? formats::CompressionLevel::Best : formats::CompressionLevel::Default;
    options.anonymize = parser.isSet(o.anonymize);
    options.coarsenPlaces = parser.isSet(o.coarsen);
    if (options.coarsenPlaces && !options.anonymize)
        return usageError(Cli::tr("--coarsen-places goes with --anonymize."));
    QString error;
    if (!exchange::parseExcludedFields(parser.value(o.exclude), &options.excludedFields, &error))
        return usageError(error);
    options.includeInterpretations = !parser.isSet(o.noInterpretations);
    options.verify = !parser.isSet(o.noVerify);

    int code = Success;
    auto database = openDatabase(parser, dbOption, Access::ReadOnly, &code);
    if (!database)
        return code;
    options.outputPath = parser.value(o.output);
    if (options.outputPath.isEmpty())
        options.outputPath = QDir::current().filePath(exchange::Exporter::suggestedFileName(database->connection(), options, QDate::currentDate()));

    StderrProgress progress;
    const exchange::ExportResult result = exchange::Exporter::run(database->connection(), options, &progress);
    progress.finish();
    if (!result.ok)
        return failure(result.error);
    for (const QString& w : result.warnings)
        err() << "theprogram-cli: " << Cli::tr("warning: ") << w << '\n';
    const QLocale locale;
    qint64 rows = 0;
    for (qint64 n : result.counts)
        rows += n;
    out() << Cli::tr("Exported %1 rows to %2 (%3) in %4 s%5.")
                 .arg(locale.toString(rows), QDir::toNativeSeparators(result.outputPath), locale.formattedDataSize(result.bytes),
                      locale.toString(result.elapsedMs / 1000.0, 'f', 2), result.verified ? Cli::tr(", verified") : QString())
          << '\n';
    for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
        out() << "  " << it.key().leftJustified(24) << locale.toString(it.value()).rightJustified(12) << '\n';
    out().flush();
    return Success;
}

int runConvert(const QCommandLineParser& parser, const QCommandLineOption& input, const QCommandLineOption& output,
               const QCommandLineOption& pretty, const QCommandLineOption& level, const QCommandLineOption& schema)
{
    exchange::ConvertOptions options;
    options.input = parser.value(input);
    options.output = parser.value(output);
    if (options.input.isEmpty() || options.output.isEmpty())
        return usageError(Cli::tr("convert needs --input FILE and --output FILE."));
    options.pretty = parser.isSet(pretty);
    const QString lv = parser.value(level);
    if (!lv.isEmpty() && lv != QLatin1String("fast") && lv != QLatin1String("default") && lv != QLatin1String("best"))
        return usageError(Cli::tr("--level must be fast, default or best."));
    options.level = lv == QLatin1String("fast") ? formats::CompressionLevel::Fast
                  : lv == QLatin1String("best") ? formats::CompressionLevel::Best : formats::CompressionLevel::Default;
    options.schemaTable = parser.value(schema);
    StderrProgress progress;
    const exchange::ConvertResult result = exchange::Converter::run(options, &progress);
    progress.finish();
    for (const QString& w : result.warnings)
        err() << "theprogram-cli: " << Cli::tr("warning: ") << w << '\n';
    err().flush();
    if (!result.ok)
        return failure(result.error);
    out() << Cli::tr("Converted %1 (%2) to %3 (%4).")
                 .arg(QDir::toNativeSeparators(options.input), result.inputKind, QDir::toNativeSeparators(options.output), result.outputKind)
          << '\n';
    out().flush();
    return Success;
}

struct ImportCliOptions
{
    QCommandLineOption validateOnly{QStringLiteral("validate-only"), Cli::tr("Only check the files; change nothing.")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Cli::tr("Run the import and roll it back: shows exactly what would happen.")};
    QCommandLineOption encoding{QStringLiteral("encoding"), Cli::tr("The inputs' text encoding when it is not what is detected: utf-8, utf-16le, utf-16be or windows-1252."), Cli::tr("CHARSET")};
    QCommandLineOption strategy{QStringLiteral("strategy"), Cli::tr("For rows that already exist: skip (default), replace, merge or rename; per table as TABLE=STRATEGY, comma-separated."), Cli::tr("STRATEGY")};
    QCommandLineOption key{QStringLiteral("key"), Cli::tr("How rows are matched: id (default), natural, or a comma-separated list of columns."), Cli::tr("KEY")};
    QCommandLineOption mode{QStringLiteral("mode"), Cli::tr("merge (default) into the current data, or restore: replace it all (needs --yes)."), Cli::tr("MODE")};
    QCommandLineOption yes{QStringLiteral("yes"), Cli::tr("Confirm a full restore.")};
    QCommandLineOption partial{QStringLiteral("partial"), Cli::tr("Import the valid rows; skip invalid ones and what depends on them.")};
    QCommandLineOption report{QStringLiteral("report"), Cli::tr("Also write the report here (.json for JSON, else text)."), Cli::tr("FILE")};
    QCommandLineOption undoLast{QStringLiteral("undo-last"), Cli::tr("Undo the last import: put back the database as it was before it.")};

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* o : {&validateOnly, &dryRun, &strategy, &key, &mode, &yes, &partial, &report, &undoLast, &encoding})
            parser.addOption(*o);
    }
};

int runImport(const QCommandLineParser& parser, const QCommandLineOption& dbOption, const ImportCliOptions& o)
{
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
    if (parser.isSet(o.undoLast)) {
        if (parser.positionalArguments().size() > 1)
            return usageError(Cli::tr("--undo-last takes no files."));
        QString from, error;
        if (!exchange::Importer::undoLastImport(dbPath, &from, &error))
            return failure(error);
        out() << Cli::tr("The last import was undone: %1 is back as it was before it (from %2).")
                     .arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(from))
              << '\n';
        out().flush();
        return Success;
    }
    exchange::ImportOptions options;
    options.inputs = parser.positionalArguments().mid(1);
    if (options.inputs.isEmpty())
        return usageError(Cli::tr("import needs at least one file."));
    options.validateOnly = parser.isSet(o.validateOnly);
    options.dryRun = parser.isSet(o.dryRun);
    options.partial = parser.isSet(o.partial);
    // "merge" for all, or "merge,charts=replace" with overrides per table.
    for (const QString& item : parser.value(o.strategy).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString table = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString name = item.contains(QLatin1Char('=')) ? item.section(QLatin1Char('='), 1).trimmed() : table;
        exchange::ConflictStrategy strategy;
        if (!exchange::parseStrategy(name, &strategy))
            return usageError(Cli::tr("--strategy must be skip, replace, merge or rename (optionally per table: charts=replace)."));
        if (!item.contains(QLatin1Char('=')))
            options.strategy = strategy;
        else if (!db::TableRegistry::instance().table(table))
            return usageError(Cli::tr("--strategy: there is no table called %1.").arg(table));
        else
            options.tableStrategies.insert(table, strategy);
    }
    const QString key = parser.value(o.key);
    if (key.isEmpty() || key == QLatin1String("id")) {
        options.key = exchange::ConflictKey::Id;
    } else if (key == QLatin1String("natural")) {
        options.key = exchange::ConflictKey::Natural;
    } else {
        options.key = exchange::ConflictKey::Custom;
        options.customKeyColumns = key.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    const QString mode = parser.value(o.mode);
    if (!mode.isEmpty() && mode != QLatin1String("merge") && mode != QLatin1String("restore"))
        return usageError(Cli::tr("--mode must be merge or restore."));
    options.mode = mode == QLatin1String("restore") ? exchange::ImportMode::Restore : exchange::ImportMode::Merge;
    options.restoreConfirmed = parser.isSet(o.yes);
    if (options.mode == exchange::ImportMode::Restore && !options.restoreConfirmed && !options.dryRun && !options.validateOnly)
        return usageError(Cli::tr("--mode restore replaces all data in the database: add --yes to confirm (a safety snapshot is taken first)."));
    options.reportPath = parser.value(o.report);
    if (parser.isSet(o.encoding)) {
        formats::Charset charset;
        if (!formats::parseCharset(parser.value(o.encoding), &charset))
            return usageError(Cli::tr("--encoding must be utf-8, utf-16le, utf-16be or windows-1252."));
        options.encoding = parser.value(o.encoding);
    }

    int code = Success;
    auto database = openDatabase(parser, dbOption, Access::ReadWrite, &code);
    if (!database)
        return code;
    StderrProgress progress;
    const exchange::ImportResult result = exchange::Importer::run(*database, options, &progress);
    progress.finish();
    out() << exchange::Importer::textReport(result, options, database->path());
    out().flush();
    if (!result.ok)
        return failure(result.error.isEmpty() ? Cli::tr("the import failed.") : result.error);
    return Success;
}

struct BackupCliOptions
{
    QCommandLineOption encrypt{QStringLiteral("encrypt"), Cli::tr("Encrypt the backup (AES-256-GCM) with a password or a key file.")};
    QCommandLineOption passwordFile{QStringLiteral("password-file"), Cli::tr("Read the backup password from this file (else THEPROGRAM_BACKUP_PASSWORD, else a prompt)."), Cli::tr("FILE")};
    QCommandLineOption keyFile{QStringLiteral("key-file"), Cli::tr("Use this key file instead of a password."), Cli::tr("FILE")};
    QCommandLineOption level{QStringLiteral("level"), Cli::tr("Compression: fast, default, best or none."), Cli::tr("LEVEL")};
    QCommandLineOption label{QStringLiteral("label"), Cli::tr("A label for the backup."), Cli::tr("TEXT")};
    QCommandLineOption pin{QStringLiteral("pin"), Cli::tr("Pin the backup: retention never removes it.")};
    QCommandLineOption folder{QStringLiteral("folder"), Cli::tr("The backup folder (default: %1).").arg(QDir::toNativeSeparators(backup::BackupEngine::defaultFolder())), Cli::tr("DIR")};
    QCommandLineOption json{QStringLiteral("json"), Cli::tr("List as JSON.")};
    QCommandLineOption all{QStringLiteral("all"), Cli::tr("Verify every backup.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("Where decrypt writes the database."), Cli::tr("FILE")};
    QCommandLineOption keepLast{QStringLiteral("keep-last"), Cli::tr("prune: keep the N newest backups."), Cli::tr("N")};
    QCommandLineOption keepWithin{QStringLiteral("keep-within"), Cli::tr("prune: keep every backup within D days of the newest."), Cli::tr("D")};
    QCommandLineOption keepDaily{QStringLiteral("keep-daily"), Cli::tr("prune: keep the newest backup of each of the last N days."), Cli::tr("N")};
    QCommandLineOption keepWeekly{QStringLiteral("keep-weekly"), Cli::tr("prune: … of each of the last N weeks."), Cli::tr("N")};
    QCommandLineOption keepMonthly{QStringLiteral("keep-monthly"), Cli::tr("prune: … of each of the last N months."), Cli::tr("N")};
    QCommandLineOption keepYearly{QStringLiteral("keep-yearly"), Cli::tr("prune: … of each of the last N years."), Cli::tr("N")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Cli::tr("prune: only show what would go and why the rest stays.")};
    QCommandLineOption clients{QStringLiteral("clients"), Cli::tr("restore: only these clients (comma-separated ids), through the import's conflict handling."), Cli::tr("UUIDS")};
    QCommandLineOption charts{QStringLiteral("charts"), Cli::tr("restore: only these charts (comma-separated ids), with their interpretations, birth data and client, through the import's conflict handling."), Cli::tr("UUIDS")};
    QCommandLineOption encoding{QStringLiteral("encoding"), Cli::tr("The inputs' text encoding when it is not what is detected: utf-8, utf-16le, utf-16be or windows-1252."), Cli::tr("CHARSET")};
    QCommandLineOption strategy{QStringLiteral("strategy"), Cli::tr("restore --clients/--charts: skip (default), replace, merge or rename."), Cli::tr("STRATEGY")};
    QCommandLineOption yes{QStringLiteral("yes"), Cli::tr("restore: confirm replacing the database (a safety backup is taken first).")};
    QCommandLineOption preHook{QStringLiteral("pre-hook"), Cli::tr("create: run this command first; if it fails, no backup is made."), Cli::tr("COMMAND")};
    QCommandLineOption rememberPassword{QStringLiteral("remember-password"), Cli::tr("schedule: keep the backup password (from --password-file or THEPROGRAM_BACKUP_PASSWORD) in the OS keychain for scheduled backups.")};
    QCommandLineOption postHook{QStringLiteral("post-hook"), Cli::tr("create: run this command after a verified backup (THEPROGRAM_BACKUP_FILE names it)."), Cli::tr("COMMAND")};

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* o : {&encrypt, &passwordFile, &keyFile, &level, &label, &pin, &folder, &json, &all, &output,
                                            &keepLast, &keepWithin, &keepDaily, &keepWeekly, &keepMonthly, &keepYearly, &dryRun, &clients, &charts, &strategy, &yes, &preHook, &postHook, &rememberPassword})
            parser.addOption(*o);
    }
};

QString promptPassword()
{
#ifndef Q_OS_WIN
    if (!TP_ISATTY(0))
        return {};
    termios old{};
    tcgetattr(0, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(0, TCSANOW, &quiet);
    err() << Cli::tr("Backup password: ");
    err().flush();
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(0, TCSANOW, &old);
    err() << '\n';
    err().flush();
    return QString::fromStdString(line);
#else
    return {};
#endif
}

// The key from --key-file, --password-file, THEPROGRAM_BACKUP_PASSWORD or a prompt.
std::optional<crypto::KeySource> keyFrom(const QCommandLineParser& parser, const BackupCliOptions& o, bool calibrate, QString* error)
{
    if (parser.isSet(o.keyFile)) {
        QFile f(parser.value(o.keyFile));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("The key file %1 cannot be read: %2").arg(parser.value(o.keyFile), f.errorString());
            return std::nullopt;
        }
        return crypto::KeySource{crypto::KeySource::Kind::KeyFile, f.readAll(), {}};
    }
    QString password;
    if (parser.isSet(o.passwordFile)) {
        QFile f(parser.value(o.passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("The password file %1 cannot be read: %2").arg(parser.value(o.passwordFile), f.errorString());
            return std::nullopt;
        }
        password = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    } else if (qEnvironmentVariableIsSet("THEPROGRAM_BACKUP_PASSWORD")) {
        password = qEnvironmentVariable("THEPROGRAM_BACKUP_PASSWORD");
    } else {
        password = promptPassword();
    }
    if (password.isEmpty()) {
        *error = Cli::tr("No password: give --password-file, set THEPROGRAM_BACKUP_PASSWORD, or run in a terminal to be asked.");
        return std::nullopt;
    }
    crypto::KeySource key;
    key.secret = password.toUtf8();
    if (calibrate)
        key.argon2 = crypto::calibrateArgon2();
    return key;
}

// The keychain answers asynchronously; the command line waits for it here.
const QString kKeychainKey = QStringLiteral("backup-password");

bool keychainWrite(const QByteArray& secret, QString* error)
{
    secrets::SecretStore store;
    QEventLoop loop;
    bool ok = false;
    store.write(kKeychainKey, secret, [&](bool written, const QString& message) {
        ok = written;
        *error = message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

std::optional<QByteArray> keychainRead(QString* error)
{
    secrets::SecretStore store;
    QEventLoop loop;
    std::optional<QByteArray> secret;
    store.read(kKeychainKey, [&](std::optional<QByteArray> value, const QString& message) {
        secret = value;
        *error = message;
        loop.quit();
    });
    loop.exec();
    return secret;
}

int runBackup(const QCommandLineParser& parser, const QCommandLineOption& dbOption, const BackupCliOptions& o)
{
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    const QString folder = parser.isSet(o.folder) ? parser.value(o.folder) : backup::BackupEngine::defaultFolder();
    const QLocale locale;
    // The backup a reference (an id, a file name in the folder, or a path) names; empty and a message when none.
    const auto findBackup = [&](const QString& ref, QString* error) -> QString {
        if (QFileInfo::exists(ref))
            return ref;
        for (const backup::BackupInfo& b : backup::BackupEngine::list(folder)) {
            if (b.id == ref || QFileInfo(b.path).fileName() == ref)
                return b.path;
        }
        *error = Cli::tr("There is no backup %1 in %2.").arg(ref, QDir::toNativeSeparators(folder));
        return {};
    };
    // The key an encrypted backup needs, asked for once; false and a message when it cannot be had.
    const auto keyFor = [&](const QString& path, std::optional<crypto::KeySource>* key, QString* error) {
        QFile f(path);
        if (key->has_value() || !f.open(QIODevice::ReadOnly) || !crypto::isEncryptedBackup(f.peek(8)))
            return true;
        *key = keyFrom(parser, o, false, error);
        return key->has_value();
    };
    // Both: the backup `ref` names and its key; false and a message.
    const auto backupAndKey = [&](const QString& ref, QString* path, std::optional<crypto::KeySource>* key, QString* error) {
        *path = findBackup(ref, error);
        return !path->isEmpty() && keyFor(*path, key, error);
    };

    if (action == QLatin1String("create")) {
        backup::BackupOptions options;
        options.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
        options.folder = folder;
        const QString level = parser.value(o.level);
        if (!level.isEmpty() && level != QLatin1String("fast") && level != QLatin1String("default") && level != QLatin1String("best") && level != QLatin1String("none"))
            return usageError(Cli::tr("--level must be fast, default, best or none."));
        options.compress = level != QLatin1String("none");
        options.level = level == QLatin1String("fast") ? formats::CompressionLevel::Fast
                      : level == QLatin1String("best") ? formats::CompressionLevel::Best : formats::CompressionLevel::Default;
        options.label = parser.value(o.label);
        options.pinned = parser.isSet(o.pin);
        options.preHook = parser.value(o.preHook);
        options.postHook = parser.value(o.postHook);
        if (parser.isSet(o.encrypt) || parser.isSet(o.keyFile) || parser.isSet(o.passwordFile)) {
            QString error;
            options.key = keyFrom(parser, o, true, &error);
            if (!options.key)
                return failure(error);
        }
        StderrProgress progress;
        const backup::BackupResult r = backup::BackupEngine::create(options, &progress);
        progress.finish();
        if (!r.ok)
            return failure(r.error);
        for (const QString& w : r.warnings)
            err() << "theprogram-cli: " << Cli::tr("warning: ") << w << '\n';
        out() << Cli::tr("Backup %1 written and verified: %2 (%3) in %4 s.")
                     .arg(r.info.manifest.value(QLatin1String("id")).toString(), QDir::toNativeSeparators(r.info.path),
                          locale.formattedDataSize(r.info.manifest.value(QLatin1String("stored_size")).toInteger()),
                          locale.toString(r.elapsedMs / 1000.0, 'f', 2))
              << '\n';
        out().flush();
        return Success;
    }
    if (action == QLatin1String("list")) {
        const QList<backup::BackupInfo> all = backup::BackupEngine::list(folder);
        if (parser.isSet(o.json)) {
            QJsonArray array;
            for (const backup::BackupInfo& b : all) {
                QJsonObject entry = b.manifest;
                entry.insert(QStringLiteral("path"), QDir::toNativeSeparators(b.path));
                if (!b.problem.isEmpty())
                    entry.insert(QStringLiteral("problem"), b.problem);
                array.append(entry);
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const backup::BackupInfo& b : all) {
                const QJsonObject& m = b.manifest;
                out() << (b.problem.isEmpty() ? m.value(QLatin1String("id")).toString() : QStringLiteral("?")).leftJustified(10)
                      << (b.problem.isEmpty() ? m.value(QLatin1String("created_at")).toString() : b.problem).leftJustified(26)
                      << locale.formattedDataSize(QFileInfo(b.path).size()).rightJustified(12) << "  "
                      << (m.value(QLatin1String("encryption")).isObject() ? Cli::tr("encrypted") : Cli::tr("plain")).leftJustified(10)
                      << (m.value(QLatin1String("integrity_check")).toString() == QLatin1String("ok") ? Cli::tr("verified") : Cli::tr("not verified")).leftJustified(14)
                      << (m.value(QLatin1String("pinned")).toBool() ? Cli::tr("pinned ") : QString()) << m.value(QLatin1String("label")).toString() << '\n';
            }
            if (all.isEmpty())
                out() << Cli::tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)) << '\n';
        }
        out().flush();
        return Success;
    }
    if (action == QLatin1String("verify")) {
        QStringList paths;
        if (parser.isSet(o.all)) {
            for (const backup::BackupInfo& b : backup::BackupEngine::list(folder))
                paths << b.path;
        } else if (args.size() == 2) {
            QString error;
            const QString path = findBackup(args.at(1), &error);
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
            if (!keyFor(path, &key, &error))
                return failure(error);
            const backup::BackupResult r = backup::BackupEngine::verify(path, key);
            out() << QFileInfo(path).fileName() << ": " << (r.ok ? Cli::tr("ok") : r.error) << '\n';
            for (const QString& w : r.warnings)
                err() << "theprogram-cli: " << Cli::tr("warning: ") << w << '\n';
            failed += r.ok ? 0 : 1;
        }
        out().flush();
        return failed == 0 ? Success : failure(Cli::tr("%n backup(s) failed verification.", nullptr, failed));
    }
    if (action == QLatin1String("decrypt")) {
        if (args.size() != 2 || !parser.isSet(o.output))
            return usageError(Cli::tr("backup decrypt needs a backup id or file and -o OUT.db."));
        QString path;
        std::optional<crypto::KeySource> key;
        QString error;
        if (!backupAndKey(args.at(1), &path, &key, &error))
            return failure(error);
        if (!backup::BackupEngine::decrypt(path, key, parser.value(o.output), &error))
            return failure(error);
        out() << Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(o.output))) << '\n';
        out().flush();
        return Success;
    }
    if (action == QLatin1String("restore")) {
        if (args.size() != 2)
            return usageError(Cli::tr("backup restore needs a backup id or file."));
        if (!parser.isSet(o.yes))
            return usageError(Cli::tr("backup restore changes the database: add --yes to confirm (a safety backup is taken first)."));
        if (parser.isSet(o.clients) && parser.isSet(o.charts))
            return usageError(Cli::tr("Give --clients or --charts, not both."));
        QString path;
        std::optional<crypto::KeySource> key;
        QString keyError;
        if (!backupAndKey(args.at(1), &path, &key, &keyError))
            return failure(keyError);
        const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
        if (parser.isSet(o.clients) || parser.isSet(o.charts)) {
            exchange::ImportOptions io;
            if (parser.isSet(o.strategy) && !exchange::parseStrategy(parser.value(o.strategy), &io.strategy))
                return usageError(Cli::tr("--strategy must be skip, replace, merge or rename."));
            int code = Success;
            auto database = openDatabase(parser, dbOption, Access::ReadWrite, &code);
            if (!database)
                return code;
            const exchange::ImportResult r = parser.isSet(o.clients)
                ? backup::BackupEngine::restoreClients(path, key, *database, parser.value(o.clients).split(QLatin1Char(','), Qt::SkipEmptyParts), io)
                : backup::BackupEngine::restoreCharts(path, key, *database, parser.value(o.charts).split(QLatin1Char(','), Qt::SkipEmptyParts), io);
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
    if (action == QLatin1String("schedule")) {
        // backup schedule                 – show it
        // backup schedule "daily 02:00" [--keep-…] [--key-file F] [--folder DIR]  – set it (settings, not the database)
        QSettings settings;
        if (args.size() == 1) {
            const QString text = settings.value(QStringLiteral("backup/schedule")).toString();
            if (text.isEmpty()) {
                out() << Cli::tr("No backup schedule is set.") << '\n';
            } else {
                const auto s = backup::Schedule::parse(text);
                const QDateTime last = timestamp::parse(settings.value(QStringLiteral("backup/lastRun")).toString()).value_or(QDateTime());
                out() << Cli::tr("Schedule: %1; next run: %2").arg(text, s ? s->nextRun(last.isValid() ? last : Clock::nowUtc(), QTimeZone::systemTimeZone()).toLocalTime().toString(Qt::ISODate) : QString()) << '\n';
            }
            out().flush();
            return Success;
        }
        QString error;
        if (args.size() != 2 || !backup::Schedule::parse(args.at(1), &error))
            return usageError(error.isEmpty() ? Cli::tr("Use: backup schedule \"daily 02:00\"") : error);
        settings.setValue(QStringLiteral("backup/schedule"), args.at(1));
        if (parser.isSet(o.folder))
            settings.setValue(QStringLiteral("backup/folder"), QFileInfo(parser.value(o.folder)).absoluteFilePath());
        if (parser.isSet(o.keyFile))
            settings.setValue(QStringLiteral("backup/keyFile"), QFileInfo(parser.value(o.keyFile)).absoluteFilePath());
        settings.setValue(QStringLiteral("backup/database"), QFileInfo(parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath()).absoluteFilePath());
        for (const auto* option : {&o.keepLast, &o.keepWithin, &o.keepDaily, &o.keepWeekly, &o.keepMonthly, &o.keepYearly}) {
            if (parser.isSet(*option))
                settings.setValue(QStringLiteral("backup/") + option->names().first(), parser.value(*option).toInt());
        }
        if (parser.isSet(o.rememberPassword)) {
            // Only the keychain ever holds it; the settings just say that it does.
            QString keyError;
            const auto key = keyFrom(parser, o, false, &keyError);
            if (!key)
                return failure(keyError);
            if (!keychainWrite(key->secret, &keyError))
                return failure(keyError);
            settings.setValue(QStringLiteral("backup/passwordInKeychain"), true);
        }
        out() << Cli::tr("Backups are scheduled: %1.").arg(args.at(1)) << '\n';
        out().flush();
        return Success;
    }
    if (action == QLatin1String("run-scheduled")) {
        // For cron, systemd timers, Task Scheduler and launchd: a backup only when one is due.
        QSettings settings;
        const auto schedule = backup::Schedule::parse(settings.value(QStringLiteral("backup/schedule")).toString());
        if (!schedule)
            return failure(Cli::tr("No backup schedule is set: use backup schedule \"daily 02:00\" first."));
        const QDateTime last = timestamp::parse(settings.value(QStringLiteral("backup/lastRun")).toString()).value_or(QDateTime());
        const QDateTime now = Clock::nowUtc();
        if (!schedule->isDue(last, now, QTimeZone::systemTimeZone())) {
            out() << Cli::tr("No backup is due; the next one is at %1.")
                         .arg(schedule->nextRun(last, QTimeZone::systemTimeZone()).toLocalTime().toString(Qt::ISODate))
                  << '\n';
            out().flush();
            return Success;
        }
        backup::BackupOptions options;
        options.databasePath = parser.isSet(dbOption) ? parser.value(dbOption)
                                                      : settings.value(QStringLiteral("backup/database"), db::Database::defaultPath()).toString();
        options.folder = parser.isSet(o.folder) ? parser.value(o.folder) : settings.value(QStringLiteral("backup/folder"), folder).toString();
        options.kind = QStringLiteral("scheduled");
        const QString keyFile = parser.isSet(o.keyFile) ? parser.value(o.keyFile) : settings.value(QStringLiteral("backup/keyFile")).toString();
        if (!keyFile.isEmpty()) {
            QFile f(keyFile);
            if (!f.open(QIODevice::ReadOnly))
                return failure(Cli::tr("The key file %1 cannot be read: %2").arg(keyFile, f.errorString()));
            options.key = crypto::KeySource{crypto::KeySource::Kind::KeyFile, f.readAll(), {}};
        } else if (qEnvironmentVariableIsSet("THEPROGRAM_BACKUP_PASSWORD") || parser.isSet(o.passwordFile)) {
            QString error;
            options.key = keyFrom(parser, o, true, &error);
            if (!options.key)
                return failure(error);
        } else if (settings.value(QStringLiteral("backup/passwordInKeychain")).toBool()) {
            QString error;
            const auto secret = keychainRead(&error);
            if (!secret)
                return failure(error.isEmpty() ? Cli::tr("The backup password is not in the keychain any more; set it again with backup schedule … --remember-password.")
                                               : error);
            crypto::KeySource key;
            key.secret = *secret;
            key.argon2 = crypto::calibrateArgon2();
            options.key = key;
        }
        const backup::BackupResult r = backup::BackupEngine::create(options);
        if (!r.ok)
            return failure(r.error);
        settings.setValue(QStringLiteral("backup/lastRun"), timestamp::format(now));
        backup::RetentionPolicy policy;
        policy.keepLast = settings.value(QStringLiteral("backup/keep-last")).toInt();
        policy.keepWithinDays = settings.value(QStringLiteral("backup/keep-within")).toInt();
        policy.keepDaily = settings.value(QStringLiteral("backup/keep-daily")).toInt();
        policy.keepWeekly = settings.value(QStringLiteral("backup/keep-weekly")).toInt();
        policy.keepMonthly = settings.value(QStringLiteral("backup/keep-monthly")).toInt();
        policy.keepYearly = settings.value(QStringLiteral("backup/keep-yearly")).toInt();
        int removed = 0;
        if (!policy.isEmpty()) {
            for (const backup::RetentionDecision& d : backup::decideRetention(backup::BackupEngine::list(options.folder), policy)) {
                if (!d.keep && QFile::remove(d.backup.path)) {
                    QFile::remove(d.backup.manifestPath);
                    ++removed;
                }
            }
        }
        out() << Cli::tr("Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.", nullptr, removed)
                     .arg(r.info.manifest.value(QLatin1String("id")).toString())
              << '\n';
        out().flush();
        return Success;
    }
    if (action == QLatin1String("prune")) {
        backup::RetentionPolicy policy;
        const std::pair<const QCommandLineOption*, int*> rules[] = {
            {&o.keepLast, &policy.keepLast}, {&o.keepWithin, &policy.keepWithinDays}, {&o.keepDaily, &policy.keepDaily},
            {&o.keepWeekly, &policy.keepWeekly}, {&o.keepMonthly, &policy.keepMonthly}, {&o.keepYearly, &policy.keepYearly}};
        for (const auto& [option, value] : rules) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            *value = parser.value(*option).toInt(&ok);
            if (!ok || *value < 0)
                return usageError(Cli::tr("--%1 needs a whole number.").arg(option->names().first()));
        }
        if (policy.isEmpty())
            return usageError(Cli::tr("prune needs at least one --keep-… rule."));

        for (const backup::RetentionDecision& d : backup::decideRetention(backup::BackupEngine::list(folder), policy)) {
            const QString name = QFileInfo(d.backup.path).fileName();
            if (d.keep) {
                out() << Cli::tr("keep    %1  (%2)").arg(name, d.reasons.join(QStringLiteral(", "))) << '\n';
                continue;
            }
            out() << (parser.isSet(o.dryRun) ? Cli::tr("would remove %1").arg(name) : Cli::tr("remove  %1").arg(name)) << '\n';
            if (!parser.isSet(o.dryRun)) {
                if (!QFile::remove(d.backup.path))
                    return failure(Cli::tr("%1 could not be removed.").arg(d.backup.path));
                QFile::remove(d.backup.manifestPath);

            }
        }
        out().flush();
        return Success;
    }
    if (action == QLatin1String("keyfile")) {
        if (args.size() != 3 || args.at(1) != QLatin1String("new"))
            return usageError(Cli::tr("Use: backup keyfile new FILE"));
        if (QFileInfo::exists(args.at(2)))
            return failure(Cli::tr("%1 exists already; a key file is never overwritten.").arg(args.at(2)));
        QSaveFile f(args.at(2));
        if (!f.open(QIODevice::WriteOnly) || f.write(crypto::generateKeyFileContent()) != 32 || !f.commit())
            return failure(Cli::tr("The key file cannot be written: %1").arg(f.errorString()));
        QFile::setPermissions(args.at(2), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out() << Cli::tr("Wrote a new key file %1. Keep a copy somewhere safe: without it the backups cannot be read.").arg(args.at(2)) << '\n';
        out().flush();
        return Success;
    }
    return usageError(action.isEmpty() ? Cli::tr("backup needs an action: create, list, verify, decrypt, prune or keyfile new.")
                                       : Cli::tr("Unknown backup action '%1'.").arg(action));
}

} // namespace

int run(const QStringList& arguments)
{
    const QString command = findCommand(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("The Program, desktop edition: the practice database from the command line.")
                                     + QStringLiteral("\n\n") + commandList());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Cli::tr("The practice database file (default: %1).")
                                          .arg(QDir::toNativeSeparators(db::Database::defaultPath())),
                                      Cli::tr("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("One of the commands below."), Cli::tr("<command>"));

    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the information as JSON."));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), Cli::tr("How many clients to add (default 200)."),
                                           Cli::tr("N"));
    const QCommandLineOption chartsOption(QStringLiteral("charts-per-client"),
                                          Cli::tr("Charts per client (default 1; the first is the natal chart)."), Cli::tr("K"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Cli::tr("Seed of the generator: the same seed gives the same data (default 1)."),
                                        Cli::tr("S"));
    const ExportCliOptions exportOptions;
    const QCommandLineOption convertInput(QStringLiteral("input"), Cli::tr("The file or folder to convert."), Cli::tr("FILE"));
    const QCommandLineOption convertOutput(QStringLiteral("output"), Cli::tr("What to write: .json, .json.gz, .gz, .zip, .csv or a folder/."), Cli::tr("FILE"));
    const QCommandLineOption convertPretty(QStringLiteral("pretty"), Cli::tr("Indent JSON output."));
    const QCommandLineOption convertLevel(QStringLiteral("level"), Cli::tr("Compression level: fast, default or best."), Cli::tr("LEVEL"));
    const QCommandLineOption convertSchema(QStringLiteral("schema"), Cli::tr("Single CSV to JSON: take column types from this table."), Cli::tr("TABLE"));
    const ImportCliOptions importOptions;
    const BackupCliOptions backupOptions;
    if (command == QLatin1String("backup")) {
        backupOptions.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("create, list, verify ID|--all, restore ID --yes, decrypt ID -o FILE, prune --keep-…, keyfile new FILE."), Cli::tr("ACTION"));
    } else if (command == QLatin1String("import")) {
        importOptions.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("Files to import (.json, .json.gz, .zip, .csv, .csv.gz)."), Cli::tr("FILE..."));
    } else if (command == QLatin1String("convert")) {
        for (const QCommandLineOption* o : {&convertInput, &convertOutput, &convertPretty, &convertLevel, &convertSchema})
            parser.addOption(*o);
    } else if (command == QLatin1String("export")) {
        exportOptions.addTo(parser);
    } else if (command == QLatin1String("info")) {
        parser.addOption(jsonOption);
    } else if (command == QLatin1String("demo-data")) {
        parser.addOption(clientsOption);
        parser.addOption(chartsOption);
        parser.addOption(seedOption);
    }

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out() << "theprogram-cli " << applicationVersion() << '\n';
        out().flush();
        return Success;
    }
    if (command.isEmpty())
        return usageError(Cli::tr("No command given."));
    if (parser.positionalArguments().size() > 1 && command != QLatin1String("import") && command != QLatin1String("backup"))
        return usageError(Cli::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return usageError(Cli::tr("--db needs a file path."));

    if (command == QLatin1String("info"))
        return runInfo(parser, dbOption, parser.isSet(jsonOption));
    if (command == QLatin1String("demo-data"))
        return runDemoData(parser, dbOption, clientsOption, chartsOption, seedOption);
    if (command == QLatin1String("export"))
        return runExport(parser, dbOption, exportOptions);
    if (command == QLatin1String("import"))
        return runImport(parser, dbOption, importOptions);
    if (command == QLatin1String("backup"))
        return runBackup(parser, dbOption, backupOptions);
    if (command == QLatin1String("convert"))
        return runConvert(parser, convertInput, convertOutput, convertPretty, convertLevel, convertSchema);
    return usageError(Cli::tr("Unknown command '%1'.").arg(command));
}

} // namespace tp::cli
