#include "CliCommands.h"

#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "util/AppInfo.h"

#include <QDir>

namespace tp::cli {

namespace {

QString commandList(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(10), c->summary());
    return text;
}

// The first argument that is not an option or an option's value.
QString findCommand(const QStringList& args)
{
    static const QStringList withValues
        = { QStringLiteral("--db"),      QStringLiteral("-o"),       QStringLiteral("--input"),
            QStringLiteral("--output"),  QStringLiteral("--folder"), QStringLiteral("--password-file"),
            QStringLiteral("--key-file") };
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (withValues.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

} // namespace

QString Invocation::databasePath() const
{
    return parser.isSet(dbOption) ? parser.value(dbOption) : db::Database::defaultPath();
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeInfoCommand());
    commands.push_back(makeDemoDataCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeConvertCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeCloudCommand());
    commands.push_back(makeStatsCommand());
    return commands;
}

int run(const QStringList& arguments)
{
    const auto commands = allCommands();
    const QString name = findCommand(arguments);
    Command* command = nullptr;
    for (const auto& c : commands) {
        if (c->name() == name)
            command = c.get();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The Program, desktop edition: the practice database from the command line.")
        + QStringLiteral("\n\n") + commandList(commands));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Cli::tr("The practice database file (default: %1).")
                                          .arg(QDir::toNativeSeparators(db::Database::defaultPath())),
                                      Cli::tr("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("One of the commands below."),
                                 Cli::tr("<command>"));
    if (command) {
        command->addOptions(parser);
        // `<command> --help`: what that command does and its options.
        parser.setApplicationDescription(command->summary());
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
    if (name.isEmpty())
        return usageError(Cli::tr("No command given."));
    if (!command)
        return usageError(Cli::tr("Unknown command '%1'.").arg(name));
    if (parser.positionalArguments().size() > 1 && !command->takesArguments())
        return usageError(Cli::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return usageError(Cli::tr("--db needs a file path."));
    return command->run(Invocation{ parser, dbOption });
}

} // namespace tp::cli
