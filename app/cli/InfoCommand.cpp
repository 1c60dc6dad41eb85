#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "db/TableRegistry.h"
#include "util/AppInfo.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tp::cli {

namespace {

class InfoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return Cli::tr("Show the database's path, versions, size and rows per table.");
    }
    void addOptions(QCommandLineParser& parser) override { parser.addOption(m_json); }

    int run(const Invocation& call) override
    {
        int code = Success;
        auto database
            = openDatabase(call.databasePath(), call.parser.isSet(call.dbOption), Access::ReadOnly, &code);
        if (!database)
            return code;
        if (call.parser.isSet(m_json))
            printJson(*database);
        else
            printText(*database);
        out().flush();
        return Success;
    }

private:
    static void printJson(db::Database& database)
    {
        QJsonObject tables;
        for (const db::Table& t : db::TableRegistry::instance().tables())
            tables.insert(t.name, database.rowCount(t.name));
        const QJsonObject doc{
            { QStringLiteral("database"), QDir::toNativeSeparators(database.path()) },
            { QStringLiteral("schema_version"), database.schemaVersion() },
            { QStringLiteral("sqlite_version"), database.sqliteVersion() },
            { QStringLiteral("app_version"), applicationVersion() },
            { QStringLiteral("file_size_bytes"), database.fileSize() },
            { QStringLiteral("tables"), tables },
        };
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }

    static void printText(db::Database& database)
    {
        const QLocale locale;
        out() << Cli::tr("Database:       ") << QDir::toNativeSeparators(database.path()) << '\n'
              << Cli::tr("Schema version: ") << database.schemaVersion() << '\n'
              << Cli::tr("SQLite version: ") << database.sqliteVersion() << '\n'
              << Cli::tr("App version:    ") << applicationVersion() << '\n'
              << Cli::tr("File size:      ") << locale.formattedDataSize(database.fileSize()) << " ("
              << locale.toString(database.fileSize()) << ' ' << Cli::tr("bytes") << ")\n"
              << Cli::tr("Rows per table:") << '\n';
        for (const db::Table& t : db::TableRegistry::instance().tables())
            out() << "  " << t.name.leftJustified(24)
                  << locale.toString(database.rowCount(t.name)).rightJustified(12) << '\n';
    }

    QCommandLineOption m_json{ QStringLiteral("json"), Cli::tr("Print the information as JSON.") };
};

} // namespace

std::unique_ptr<Command> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace tp::cli
