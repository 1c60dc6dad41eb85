#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QLocale>

namespace tp::cli {

namespace {

class DemoDataCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override
    {
        return Cli::tr("Fill the database with a fictional, realistic practice.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addOption(m_clients);
        parser.addOption(m_charts);
        parser.addOption(m_seed);
    }

    int run(const Invocation& call) override
    {
        const QCommandLineParser& parser = call.parser;
        demo::DemoOptions options;
        bool ok = true;
        if (parser.isSet(m_clients)) {
            options.clients = parser.value(m_clients).toInt(&ok);
            if (!ok || options.clients < 1 || options.clients > 1000000)
                return usageError(Cli::tr("--clients needs a whole number from 1 to 1000000."));
        }
        if (parser.isSet(m_charts)) {
            options.chartsPerClient = parser.value(m_charts).toInt(&ok);
            if (!ok || options.chartsPerClient < 0 || options.chartsPerClient > 100)
                return usageError(Cli::tr("--charts-per-client needs a whole number from 0 to 100."));
        }
        if (parser.isSet(m_seed)) {
            options.seed = parser.value(m_seed).toULongLong(&ok);
            if (!ok)
                return usageError(Cli::tr("--seed needs a whole number."));
        }
        int code = Success;
        auto database = openDatabase(call.databasePath(), parser.isSet(call.dbOption), Access::Create, &code);
        if (!database)
            return code;
        StderrProgress progress(Cli::tr("Generating demo data…"));
        const demo::DemoResult result
            = demo::DemoGenerator::generate(database->connection(), options, &progress);
        progress.finish();
        if (!result.ok)
            return failure(result.error);
        const QLocale locale;
        out() << Cli::tr("Added demo data to %1 in %2 s:")
                     .arg(QDir::toNativeSeparators(database->path()))
                     .arg(locale.toString(result.elapsedMs / 1000.0, 'f', 1))
              << '\n';
        for (const db::Table& t : db::TableRegistry::instance().tables()) {
            if (result.inserted.value(t.name) > 0)
                out() << "  " << t.name.leftJustified(24)
                      << locale.toString(result.inserted.value(t.name)).rightJustified(12) << '\n';
        }
        out().flush();
        return Success;
    }

private:
    QCommandLineOption m_clients{ QStringLiteral("clients"),
                                  Cli::tr("How many clients to add (default 200)."), Cli::tr("N") };
    QCommandLineOption m_charts{ QStringLiteral("charts-per-client"),
                                 Cli::tr("Charts per client (default 1; the first is the natal chart)."),
                                 Cli::tr("K") };
    QCommandLineOption m_seed{
        QStringLiteral("seed"),
        Cli::tr("Seed of the generator: the same seed gives the same data (default 1)."), Cli::tr("S")
    };
};

} // namespace

std::unique_ptr<Command> makeDemoDataCommand()
{
    return std::make_unique<DemoDataCommand>();
}

} // namespace tp::cli
