#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>

namespace tp::cli {

namespace {

// Starts an empty practice: the first step on a new computer, before
// importing an export or restoring a backup.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return Cli::tr("Create an empty practice database (never over an existing file).");
    }
    void addOptions(QCommandLineParser&) override { }

    int run(const Invocation& call) override
    {
        const QString path = call.databasePath();
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return failure(
                Cli::tr(
                    "%1 exists already; init only creates a new practice. Choose another --db path, or use "
                    "info to see what is in it.")
                    .arg(QDir::toNativeSeparators(path)));
        int code = Success;
        auto database = openDatabase(path, call.parser.isSet(call.dbOption), Access::Create, &code);
        if (!database)
            return code;
        out() << Cli::tr("Created an empty practice at %1.").arg(QDir::toNativeSeparators(database->path()))
              << '\n';
        out().flush();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace tp::cli
