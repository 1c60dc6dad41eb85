#include "CliOutput.h"
#include "Command.h"
#include "exchange/Converter.h"

#include <QDir>

namespace tp::cli {

namespace {

class ConvertCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override
    {
        return Cli::tr("Convert between JSON, CSV bundles, single CSV files, gzip and folders.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        for (const QCommandLineOption* o : { &m_input, &m_output, &m_pretty, &m_level, &m_schema })
            parser.addOption(*o);
    }

    int run(const Invocation& call) override
    {
        const QCommandLineParser& parser = call.parser;
        exchange::ConvertOptions options;
        options.input = parser.value(m_input);
        options.output = parser.value(m_output);
        if (options.input.isEmpty() || options.output.isEmpty())
            return usageError(Cli::tr("convert needs --input FILE and --output FILE."));
        options.pretty = parser.isSet(m_pretty);
        if (!parseLevel(parser.value(m_level), &options.level))
            return usageError(Cli::tr("--level must be fast, default or best."));
        options.schemaTable = parser.value(m_schema);
        StderrProgress progress(Cli::tr("Converting…"));
        const exchange::ConvertResult result = exchange::Converter::run(options, &progress);
        progress.finish();
        warn(result.warnings);
        if (!result.ok)
            return failure(result.error);
        out() << Cli::tr("Converted %1 (%2) to %3 (%4).")
                     .arg(QDir::toNativeSeparators(options.input), result.inputKind,
                          QDir::toNativeSeparators(options.output), result.outputKind)
              << '\n';
        out().flush();
        return Success;
    }

private:
    QCommandLineOption m_input{ QStringLiteral("input"), Cli::tr("The file or folder to convert."),
                                Cli::tr("FILE") };
    QCommandLineOption m_output{ QStringLiteral("output"),
                                 Cli::tr("What to write: .json, .json.gz, .gz, .zip, .csv or a folder/."),
                                 Cli::tr("FILE") };
    QCommandLineOption m_pretty{ QStringLiteral("pretty"), Cli::tr("Indent JSON output.") };
    QCommandLineOption m_level{ QStringLiteral("level"), Cli::tr("Compression level: fast, default or best."),
                                Cli::tr("LEVEL") };
    QCommandLineOption m_schema{ QStringLiteral("schema"),
                                 Cli::tr("Single CSV to JSON: take column types from this table."),
                                 Cli::tr("TABLE") };
};

} // namespace

std::unique_ptr<Command> makeConvertCommand()
{
    return std::make_unique<ConvertCommand>();
}

} // namespace tp::cli
