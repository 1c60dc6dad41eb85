#include "CliCommands.h"

#include "db/Database.h"
#include "db/TableRegistry.h"
#include "demo/DemoGenerator.h"
#include "util/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TP_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define TP_ISATTY(fd) ::isatty(fd)
#endif

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
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser, const QCommandLineOption& dbOption,
                                           bool create, int* exitCode)
{
    db::OpenOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
    options.createIfMissing = create;
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
    auto database = openDatabase(parser, dbOption, false, &code);
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
    auto database = openDatabase(parser, dbOption, true, &code);
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
    if (command == QLatin1String("info")) {
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
    if (parser.positionalArguments().size() > 1)
        return usageError(Cli::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return usageError(Cli::tr("--db needs a file path."));

    if (command == QLatin1String("info"))
        return runInfo(parser, dbOption, parser.isSet(jsonOption));
    if (command == QLatin1String("demo-data"))
        return runDemoData(parser, dbOption, clientsOption, chartsOption, seedOption);
    return usageError(Cli::tr("Unknown command '%1'.").arg(command));
}

} // namespace tp::cli
