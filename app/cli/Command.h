#pragma once

#include <memory>
#include <QCommandLineParser>
#include <QString>
#include <vector>

namespace tp::cli {

// What every command is given: the parsed command line, with the command's
// own options added, and the --db option.
struct Invocation
{
    const QCommandLineParser& parser;
    const QCommandLineOption& dbOption;

    // --db, else the default practice.
    QString databasePath() const;
    // The arguments after the command's name.
    QStringList arguments() const { return parser.positionalArguments().mid(1); }
};

// One command of theprogram-cli: its name, its line in --help, its options
// and what it does. Exit codes: see ExitCode in CliCommands.h.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options (and positional arguments) to the parser.
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // Whether it takes arguments after its name (files, an action, …).
    virtual bool takesArguments() const { return false; }
    virtual int run(const Invocation& invocation) = 0;
};

// Every command, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeDemoDataCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeConvertCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeCloudCommand();
std::unique_ptr<Command> makeStatsCommand();

} // namespace tp::cli
