#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "exchange/Exporter.h"

#include <QDir>
#include <QLocale>

namespace tp::cli {

namespace {

class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return Cli::tr("Write the practice, a client, a chart or a selection to JSON or a CSV bundle.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        for (const QCommandLineOption* o :
             { &m_scope, &m_id, &m_from, &m_to, &m_dateField, &m_chartType, &m_system, &m_format, &m_pretty,
               &m_gzip, &m_level, &m_anonymize, &m_coarsen, &m_exclude, &m_noInterpretations, &m_noVerify,
               &m_output })
            parser.addOption(*o);
    }

    int run(const Invocation& call) override
    {
        exchange::ExportOptions options;
        if (const int code = readSelection(call.parser, &options); code != Success)
            return code;
        if (const int code = readForm(call.parser, &options); code != Success)
            return code;
        int code = Success;
        auto database
            = openDatabase(call.databasePath(), call.parser.isSet(call.dbOption), Access::ReadOnly, &code);
        if (!database)
            return code;
        options.outputPath = call.parser.value(m_output);
        if (options.outputPath.isEmpty())
            options.outputPath = QDir::current().filePath(
                exchange::Exporter::suggestedFileName(database->connection(), options, QDate::currentDate()));

        StderrProgress progress(Cli::tr("Exporting…"));
        const exchange::ExportResult result
            = exchange::Exporter::run(database->connection(), options, &progress);
        progress.finish();
        if (!result.ok)
            return failure(result.error);
        warn(result.warnings);
        printResult(result);
        return Success;
    }

private:
    // What is exported: scope, ids, dates, chart filters.
    int readSelection(const QCommandLineParser& parser, exchange::ExportOptions* options) const
    {
        const QString scope
            = parser.value(m_scope).isEmpty() ? QStringLiteral("full") : parser.value(m_scope);
        static const QMap<QString, exchange::ExportScope> scopes
            = { { QStringLiteral("full"), exchange::ExportScope::Full },
                { QStringLiteral("client"), exchange::ExportScope::Client },
                { QStringLiteral("chart"), exchange::ExportScope::Chart },
                { QStringLiteral("selective"), exchange::ExportScope::Selective } };
        if (!scopes.contains(scope))
            return usageError(Cli::tr("--scope must be full, client, chart or selective."));
        options->scope = scopes.value(scope);
        options->ids = parser.values(m_id);
        if ((options->scope == exchange::ExportScope::Client
             || options->scope == exchange::ExportScope::Chart)
            && options->ids.isEmpty())
            return usageError(Cli::tr("--scope %1 needs --id.").arg(scope));
        for (const auto* dateOption : { &m_from, &m_to }) {
            if (!parser.isSet(*dateOption))
                continue;
            const QDate d = QDate::fromString(parser.value(*dateOption), Qt::ISODate);
            if (!d.isValid())
                return usageError(
                    Cli::tr("--%1 needs a date written YYYY-MM-DD.").arg(dateOption->names().first()));
            (dateOption == &m_from ? options->from : options->to) = d;
        }
        const QString dateField = parser.value(m_dateField);
        if (!dateField.isEmpty() && dateField != QLatin1String("created_at")
            && dateField != QLatin1String("birth_date"))
            return usageError(Cli::tr("--date-field must be created_at or birth_date."));
        options->dateField = dateField == QLatin1String("birth_date") ? exchange::DateField::BirthDate
                                                                      : exchange::DateField::CreatedAt;
        options->chartType = parser.value(m_chartType);
        options->astroSystem = parser.value(m_system);
        if (options->scope != exchange::ExportScope::Selective
            && (parser.isSet(m_from) || parser.isSet(m_to) || parser.isSet(m_chartType)
                || parser.isSet(m_system)))
            return usageError(
                Cli::tr("--from, --to, --chart-type and --system belong to --scope selective."));
        return Success;
    }

    // How it is written: format, compression, privacy, verification.
    int readForm(const QCommandLineParser& parser, exchange::ExportOptions* options) const
    {
        const QString format
            = parser.value(m_format).isEmpty() ? QStringLiteral("json") : parser.value(m_format);
        if (format != QLatin1String("json") && format != QLatin1String("csv"))
            return usageError(Cli::tr("--format must be json or csv."));
        options->format = format == QLatin1String("csv") ? exchange::ExportFormat::CsvBundle
                                                         : exchange::ExportFormat::Json;
        options->pretty = parser.isSet(m_pretty);
        options->gzip = parser.isSet(m_gzip);
        if (options->gzip && options->format == exchange::ExportFormat::CsvBundle)
            return usageError(Cli::tr("--gzip is for JSON; the CSV bundle is a zip already."));
        if (!parseLevel(parser.value(m_level), &options->level))
            return usageError(Cli::tr("--level must be fast, default or best."));
        options->anonymize = parser.isSet(m_anonymize);
        options->coarsenPlaces = parser.isSet(m_coarsen);
        if (options->coarsenPlaces && !options->anonymize)
            return usageError(Cli::tr("--coarsen-places goes with --anonymize."));
        QString error;
        if (!exchange::parseExcludedFields(parser.value(m_exclude), &options->excludedFields, &error))
            return usageError(error);
        options->includeInterpretations = !parser.isSet(m_noInterpretations);
        options->verify = !parser.isSet(m_noVerify);
        return Success;
    }

    static void printResult(const exchange::ExportResult& result)
    {
        const QLocale locale;
        qint64 rows = 0;
        for (qint64 n : result.counts)
            rows += n;
        out() << Cli::tr("Exported %1 rows to %2 (%3) in %4 s%5.")
                     .arg(locale.toString(rows), QDir::toNativeSeparators(result.outputPath),
                          locale.formattedDataSize(result.bytes),
                          locale.toString(result.elapsedMs / 1000.0, 'f', 2),
                          result.verified ? Cli::tr(", verified") : QString())
              << '\n';
        for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
            out() << "  " << it.key().leftJustified(24) << locale.toString(it.value()).rightJustified(12)
                  << '\n';
        out().flush();
    }

    QCommandLineOption m_scope{ QStringLiteral("scope"),
                                Cli::tr("What to export: full, client, chart or selective (default full)."),
                                Cli::tr("SCOPE") };
    QCommandLineOption m_id{ QStringLiteral("id"),
                             Cli::tr("A client id (client, selective) or chart id (chart); repeatable."),
                             Cli::tr("UUID") };
    QCommandLineOption m_from{ QStringLiteral("from"),
                               Cli::tr("Selective: first date (YYYY-MM-DD) of the range."), Cli::tr("DATE") };
    QCommandLineOption m_to{ QStringLiteral("to"), Cli::tr("Selective: last date (YYYY-MM-DD) of the range."),
                             Cli::tr("DATE") };
    QCommandLineOption m_dateField{
        QStringLiteral("date-field"),
        Cli::tr("Selective: the date the range applies to: created_at (default) or birth_date."),
        Cli::tr("FIELD")
    };
    QCommandLineOption m_chartType{ QStringLiteral("chart-type"),
                                    Cli::tr("Selective: only charts of this type (natal, transit, …)."),
                                    Cli::tr("TYPE") };
    QCommandLineOption m_system{
        QStringLiteral("system"),
        Cli::tr("Selective: only charts of this system (western, vedic, human_design)."), Cli::tr("SYSTEM")
    };
    QCommandLineOption m_format{ QStringLiteral("format"),
                                 Cli::tr("json (default) or csv (a zip of CSV files)."), Cli::tr("FORMAT") };
    QCommandLineOption m_pretty{ QStringLiteral("pretty"), Cli::tr("Indent the JSON for reading.") };
    QCommandLineOption m_gzip{ QStringLiteral("gzip"), Cli::tr("Compress the JSON with gzip (.json.gz).") };
    QCommandLineOption m_level{ QStringLiteral("level"), Cli::tr("Compression level: fast, default or best."),
                                Cli::tr("LEVEL") };
    QCommandLineOption m_anonymize{
        QStringLiteral("anonymize"),
        Cli::tr("Replace names with pseudonyms and drop contact details and notes.")
    };
    QCommandLineOption m_coarsen{ QStringLiteral("coarsen-places"),
                                  Cli::tr("With --anonymize: drop cities and round coordinates to 1°.") };
    QCommandLineOption m_exclude{ QStringLiteral("exclude-fields"),
                                  Cli::tr("Leave out fields, such as clients.email,clients.phone."),
                                  Cli::tr("LIST") };
    QCommandLineOption m_noInterpretations{ QStringLiteral("no-interpretations"),
                                            Cli::tr("Leave out chart interpretations.") };
    QCommandLineOption m_noVerify{ QStringLiteral("no-verify"),
                                   Cli::tr("Do not re-read the file after writing it.") };
    QCommandLineOption m_output{ { QStringLiteral("o"), QStringLiteral("output") },
                                 Cli::tr(
                                     "The file to write (default: a suggested name in the current folder)."),
                                 Cli::tr("FILE") };
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace tp::cli
